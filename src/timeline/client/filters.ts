/** Filters: every select marked data-filter in the controls narrows chart, map and table by the matching data-filter-* attribute; the values live in the URL. */
import { announceCount, matches, shownIds, syncUrl, type TimelineState, type TimelineView } from './state.ts';
import type { Details } from './details.ts';
import type { RovingFocus } from './roving.ts';
import type { NarrowFolding } from './narrow-folding.ts';

export interface Filters {
  /** Shows what the filters let through, hides the rest (chart, table, map places). */
  apply(): void;
}

export function setupFilters(view: TimelineView, state: TimelineState, roving: RovingFocus, details: Details, folding: NarrowFolding): Filters {
  const selects = [...view.controls.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const params = new URL(location.href).searchParams;
  for (const select of selects) {
    const value = params.get(select.name);
    if (value && [...select.options].some((option) => option.value === value)) select.value = value;
    state.filters.set(select.name, select.value);
  }

  function apply(): void {
    for (const el of [...view.eventLinks, ...view.rows]) el.classList.toggle('is-filtered-out', !matches(el, state.filters));
    const shown = new Set(shownIds(view, state));
    for (const place of view.places) place.classList.toggle('is-filtered-out', !place.dataset.events!.split(' ').some((id) => shown.has(id)));
    folding.fold([...state.filters.values()].some(Boolean));
    announceCount(view, state);
    if (state.openId && !shown.has(state.openId)) details.close(false);
    const firstShown = [...shown][0];
    if (!shown.has(state.currentId) && firstShown) roving.setCurrent(firstShown);
  }

  view.controls.classList.remove('is-pending');
  view.controls.addEventListener('submit', (event) => event.preventDefault());
  view.controls.addEventListener('change', () => {
    for (const select of selects) state.filters.set(select.name, select.value);
    apply();
    syncUrl(state);
  });
  return { apply };
}
