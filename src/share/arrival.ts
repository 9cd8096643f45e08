/** Client script: landing on (or following) a #fragment opens the collapsed note holding the target, scrolls it clear of the sticky header and highlights it (marking the words a search found); old ids listed as aliases lead to their new place. */

import { formatDate } from '../content/dates.ts';

const highlightClass = 'is-highlighted';

/**
 * A passage edited after it was published carries data-revised="YYYY-MM-DD". A link made after the revision carries
 * ?v=YYYY-MM-DD (copy link adds it); a link without it, or with an earlier date, was made before: the reader is told,
 * once, above the passage, with a button to dismiss the note.
 */
function noteRevision(target: Element) {
  document.querySelector('.revised-note')?.remove();
  const revised = target.closest<HTMLElement>('[data-revised]')?.dataset.revised;
  const made = new URLSearchParams(location.search).get('v');
  if (!revised || (made && made >= revised)) return;
  const note = document.createElement('p');
  note.className = 'revised-note';
  note.setAttribute('role', 'note');
  note.textContent = `This passage was revised on ${formatDate(revised)}, after this link was made. `;
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  dismiss.setAttribute('aria-label', 'Dismiss the note on the revision');
  dismiss.addEventListener('click', () => {
    note.remove();
    if (target instanceof HTMLElement) target.focus({ preventScroll: true });
  });
  note.append(dismiss);
  target.before(note);
}

/** Old fragment ids that moved, from data-fragment-aliases="old:new old2:new2" (content/aliases.yaml). */
function aliases(): Map<string, string> {
  const spec = document.querySelector<HTMLElement>('[data-fragment-aliases]')?.dataset.fragmentAliases ?? '';
  return new Map(spec.split(/\s+/).filter(Boolean).map((pair) => pair.split(':') as [string, string]));
}

function openEnclosingNotes(target: Element) {
  const own = target.matches('aside.note') ? target.querySelector('details') : null;
  if (own) own.open = true;
  for (let details = target.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
}

function scrollClearOfHeader(target: Element) {
  const header = document.querySelector('.site-header');
  const headerBottom = header ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
  const top = target.getBoundingClientRect().top + window.scrollY - headerBottom - 16;
  window.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
}

/** Marks the words a search found (`?highlight=second+front`, set by the search results) where they begin a word inside the target. */
function markSearchedWords(target: Element) {
  const words = (new URLSearchParams(location.search).get('highlight') ?? '').split(/\s+/).filter((word) => word.length > 2);
  if (words.length === 0 || target.querySelector('mark.search-mark')) return;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const parts: (string | HTMLElement)[] = [];
    let last = 0;
    for (const match of text.data.matchAll(pattern)) {
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      mark.textContent = match[0];
      parts.push(text.data.slice(last, match.index), mark);
      last = match.index + match[0].length;
    }
    if (parts.length > 0) text.replaceWith(...parts, text.data.slice(last));
  }
}

/**
 * Whether this page was opened by a link with a text fragment (`#id:~:text=…`, as share copies it). The browser then
 * scrolls to the matched words itself (or, when they no longer match, to the id, clear of the header by
 * scroll-padding), so the page moves once. The directive is hidden from location.hash, not from the navigation entry.
 */
const openedOnText = /:~:text=/.test((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.name ?? '');

function arrive(event?: HashChangeEvent) {
  const raw = decodeURIComponent(location.hash.slice(1));
  if (!raw) return;
  const id = aliases().get(raw) ?? raw;
  const target = document.getElementById(id);
  if (!target) return;
  if (id !== raw) history.replaceState(history.state, '', `#${id}`);
  for (const old of document.querySelectorAll(`.${highlightClass}`)) old.classList.remove(highlightClass);
  openEnclosingNotes(target);
  target.classList.add(highlightClass);
  markSearchedWords(target);
  noteRevision(target);
  const revisedNote = document.querySelector('.revised-note');
  if (event || revisedNote || !openedOnText) scrollClearOfHeader(revisedNote ?? target);
}

arrive();
window.addEventListener('hashchange', arrive);
// Late layout (fonts, images) can move the target after the first scroll: settle once more when the page has loaded.
if (document.readyState !== 'complete' && !openedOnText) {
  window.addEventListener('load', () => {
    const target = document.querySelector(`.${highlightClass}`);
    if (target) scrollClearOfHeader(target);
  }, { once: true });
}
