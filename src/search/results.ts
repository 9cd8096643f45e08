/** Renders search hits grouped by type into a results container, and moves focus through them with the arrow keys. */
import type { Hit, HitKind } from './hit.ts';
import { groupLabels, kindLabels, noResultsHelp } from './labels.ts';
import { withBase } from '../links/urls.ts';
import { bareWords } from '../quotes/words.ts';

/** Groups hits by kind, the group with the best-ranked hit first, keeping Pagefind's order inside each group. */
export function groupHits(hits: readonly Hit[]): { kind: HitKind; hits: Hit[] }[] {
  const groups = new Map<HitKind, Hit[]>();
  for (const hit of hits) groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  return [...groups].map(([kind, grouped]) => ({ kind, hits: grouped }));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function hitLink(hit: Hit): HTMLAnchorElement {
  const link = element('a', 'search-hit');
  link.href = hit.url;
  link.dataset.kind = hit.kind;
  const title = hit.kind === 'quote' ? `“${bareWords(hit.title)}”` : hit.title;
  link.append(element('span', 'search-hit-title', title));
  const facts = [kindLabels[hit.kind], hit.speaker, hit.detail, hit.date].filter(Boolean).join(' · ');
  link.append(element('span', 'search-hit-meta', facts));
  // Pagefind escapes the page text and adds only <mark> around the matched words.
  const excerpt = element('span', 'search-hit-excerpt');
  excerpt.innerHTML = hit.excerpt;
  link.append(excerpt);
  return link;
}

/** Replaces the container's content with the hits, grouped and labelled by type. */
export function renderHits(container: HTMLElement, hits: readonly Hit[], headingLevel: 'h2' | 'h3' = 'h2'): void {
  const groups = groupHits(hits).map(({ kind, hits: grouped }) => {
    const section = element('section', 'search-group');
    const headingId = `${container.id || 'search'}-group-${kind}`;
    section.setAttribute('aria-labelledby', headingId);
    const heading = element(headingLevel, 'search-group-heading', groupLabels[kind]);
    heading.id = headingId;
    const list = element('ul', 'search-hit-list');
    for (const hit of grouped) {
      const item = element('li', 'search-hit-item');
      item.append(hitLink(hit));
      list.append(item);
    }
    section.append(heading, list);
    return section;
  });
  container.replaceChildren(...groups);
}

/**
 * What to do when nothing is found: clear the filters when they emptied the list, otherwise fix the spelling, use fewer
 * words, or browse the lists.
 */
export function renderNoResults(container: HTMLElement, outcome: { filtered: boolean; unfilteredCount: number; query: string }, clearFilters?: () => void): void {
  const box = element('div', 'search-empty');
  if (outcome.filtered && clearFilters && (outcome.unfilteredCount > 0 || !outcome.query)) {
    const button = element('button', 'search-clear-filters', noResultsHelp.clearFilters);
    button.type = 'button';
    button.addEventListener('click', clearFilters);
    box.append(element('p', '', outcome.query ? noResultsHelp.filtersEmptied : noResultsHelp.filtersExclusive), button);
  } else {
    box.append(element('p', '', noResultsHelp.intro));
    const list = element('ul', '');
    for (const tip of noResultsHelp.tips) list.append(element('li', '', tip));
    const browse = element('li', '', noResultsHelp.browse);
    noResultsHelp.lists.forEach(({ href, text }, index) => {
      const link = element('a', '', text);
      link.href = withBase(href);
      browse.append(index === 0 ? ' ' : index === noResultsHelp.lists.length - 1 ? ' or ' : ', ', link);
    });
    list.append(browse);
    box.append(list);
  }
  container.replaceChildren(box);
}

/** ArrowDown from the input enters the results; ArrowUp/ArrowDown move between them; ArrowUp from the first returns to the input. */
export function enableArrowKeys(input: HTMLInputElement, container: HTMLElement): void {
  const links = () => [...container.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? all[Math.min(index + 1, all.length - 1)] : all[index - 1];
    (next ?? input).focus();
  });
}
