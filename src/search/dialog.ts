/** Opens the search dialog from the header button, "/" or Ctrl/Cmd+K; the search code and index load on the first opening only. */
import { withBase } from '../links/urls.ts';

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** The dialog's styles: not needed before it opens, so they never block a page's first render; fetched when the page is idle, or on opening. */
let stylesRequested = false;
function loadStyles(): void {
  if (stylesRequested) return;
  stylesRequested = true;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = withBase('/search.css');
  document.head.append(link);
}

/** The dialog, built on the first opening: readers without JavaScript follow the Search link to /search/ and never need it, so its markup stays out of every page's HTML. */
const dialogMarkup = `<div class="search-dialog-inner">
  <form class="search-form" role="search" method="get" action="${withBase('/search/')}">
    <h2 id="search-dialog-title" class="visually-hidden">Search</h2>
    <label class="visually-hidden" for="search-dialog-input">Search quotes, sections, people and events</label>
    <input id="search-dialog-input" class="search-input" type="search" name="q" autocomplete="off" spellcheck="false" placeholder="Search quotes, sections, people, events">
    <button type="submit" class="search-submit">Search</button>
    <button type="button" class="search-close" data-search-close>Close <span class="visually-hidden">search</span></button>
  </form>
  <p class="search-status" role="status" aria-live="polite"></p>
  <div class="search-results" id="search-dialog-results"></div>
  <p class="search-more"><a href="${withBase('/search/')}">Full search, with filters</a> · <kbd>↑</kbd> <kbd>↓</kbd> move, <kbd>Enter</kbd> opens, <kbd>Esc</kbd> closes</p>
</div>`;

interface SearchDialog {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
}

function createDialog(): SearchDialog {
  const dialog = document.createElement('dialog');
  dialog.className = 'search-dialog';
  dialog.setAttribute('aria-labelledby', 'search-dialog-title');
  dialog.innerHTML = dialogMarkup;
  document.body.append(dialog);
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = dialog.querySelector<HTMLElement>('.search-status')!;
  const results = dialog.querySelector<HTMLElement>('.search-results')!;
  const fullSearch = dialog.querySelector<HTMLAnchorElement>('.search-more a')!;
  input.addEventListener('input', () => {
    fullSearch.href = withBase(input.value.trim() ? `/search/?q=${encodeURIComponent(input.value.trim())}` : '/search/');
  });
  dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
  // Escape closes at once: in a search field it would otherwise first clear the text.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // A chosen result may be on this very page (another quote of the article): close so the reader sees it.
  results.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) dialog.close();
  });
  // Enter in the field opens the first result; with no results, the form goes to the full search page.
  dialog.querySelector('form')!.addEventListener('submit', (event) => {
    const first = results.querySelector<HTMLAnchorElement>('a.search-hit');
    if (!first || results.dataset.query !== input.value) return;
    event.preventDefault();
    dialog.close();
    window.location.assign(first.href);
  });
  void import('./controller.ts').then(({ attachSearch }) => {
    const controller = attachSearch({ input, status, results });
    if (input.value) void controller.run();
  });
  return { dialog, input, status, results };
}

function setUp(): void {
  let search: SearchDialog | undefined;

  const open = () => {
    // On the search page, the page's own field is the search.
    const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
    if (pageInput) return pageInput.focus();
    loadStyles();
    search ??= createDialog();
    if (!search.dialog.open) search.dialog.showModal();
    search.input.focus();
    search.input.select();
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
}

setUp();
if ('requestIdleCallback' in window) requestIdleCallback(loadStyles);
else setTimeout(loadStyles, 2000);
