/** Opens the search dialog from the header button, "/" or Ctrl/Cmd+K; the search code and index load on the first opening only. */

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function setUp(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog.search-dialog');
  const input = dialog?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = dialog?.querySelector<HTMLElement>('.search-status');
  const results = dialog?.querySelector<HTMLElement>('.search-results');
  if (!dialog || !input || !status || !results) return;
  let attached = false;

  const open = () => {
    // On the search page, the page's own field is the search.
    const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
    if (pageInput) return pageInput.focus();
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    if (attached) return;
    attached = true;
    void import('./controller.ts').then(({ attachSearch }) => {
      const controller = attachSearch({ input, status, results });
      if (input.value) void controller.run();
    });
  };

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey) return;
    const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !typingInField(event.target);
    if (!commandK && !slash) return;
    event.preventDefault();
    open();
  });
  for (const opener of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    opener.addEventListener('click', (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return; // a new tab still gets /search/
      event.preventDefault();
      open();
    });
  }
  const fullSearch = dialog.querySelector<HTMLAnchorElement>('.search-more a');
  input.addEventListener('input', () => {
    if (fullSearch) fullSearch.href = input.value.trim() ? `/search/?q=${encodeURIComponent(input.value.trim())}` : '/search/';
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // A chosen result may be on this very page (another quote of the article): close so the reader sees it.
  results.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) dialog.close();
  });
  // Enter in the field opens the first result; with no results, the form goes to the full search page.
  dialog.querySelector('form')?.addEventListener('submit', (event) => {
    const first = results.querySelector<HTMLAnchorElement>('a.search-hit');
    if (!first || results.dataset.query !== input.value) return;
    event.preventDefault();
    dialog.close();
    window.location.assign(first.href);
  });
}

setUp();
