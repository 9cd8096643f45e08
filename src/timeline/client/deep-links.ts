/** Links into the timeline: ?events=a,b highlights events, /timeline/#<id> opens one (on arrival and on hash changes). */
import { elementsOf, placesOf, scrollBehavior, type TimelineView } from './state.ts';
import type { Details } from './details.ts';
import type { RovingFocus } from './roving.ts';

export function setupDeepLinks(view: TimelineView, roving: RovingFocus, details: Details): { openFromHash(arriving: boolean): void } {
  const highlighted = (new URL(location.href).searchParams.get('events') ?? '').split(',').filter((id) => view.order.includes(id));
  for (const id of highlighted) {
    for (const el of [...elementsOf(view, id), ...placesOf(view, id)]) el.classList.add('is-linked');
  }
  if (highlighted.length) roving.setCurrent(view.order.find((id) => highlighted.includes(id))!);

  // Without script, /timeline/#<id> lands on the table row; with it, the chart is the target, so the rows give up their ids
  // (and the site's fragment-arrival script, if it ran first, lets go of the row it marked).
  for (const row of view.rows) {
    row.removeAttribute('id');
    row.classList.remove('is-highlighted');
  }
  function openFromHash(arriving: boolean): void {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!view.order.includes(id)) return;
    roving.setCurrent(id);
    // On arrival jump straight there (the browser has already jumped to the table row of that id).
    details.open(id, { scroll: arriving ? 'instant' : scrollBehavior() });
  }
  addEventListener('hashchange', () => openFromHash(false));
  return { openFromHash };
}
