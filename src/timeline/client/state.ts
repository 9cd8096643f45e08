/** What every part of the timeline script shares: the page's elements (read once) and the small mutable state (current event, open event, filter values). */

export interface TimelineView {
  doc: Document;
  root: HTMLElement;
  controls: HTMLFormElement;
  chartWrap: HTMLElement;
  count: HTMLElement;
  /** Event links of both charts. */
  eventLinks: SVGAElement[];
  rows: HTMLTableRowElement[];
  places: SVGGElement[];
  /** Event ids in time order: the table is rendered in it. */
  order: string[];
}

export interface TimelineState {
  /** The event that holds the chart's one tab stop. */
  currentId: string;
  /** The event whose details are open, or ''. */
  openId: string;
  /** Each filter's value by dimension name ('' filters nothing out). */
  filters: Map<string, string>;
}

export function readView(doc: Document): TimelineView | undefined {
  const root = doc.querySelector<HTMLElement>('[data-timeline]');
  if (!root) return undefined;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('.tl-table tbody tr')];
  return {
    doc,
    root,
    controls: root.querySelector<HTMLFormElement>('[data-timeline-controls]')!,
    chartWrap: root.querySelector<HTMLElement>('[data-timeline-chart]')!,
    count: root.querySelector<HTMLElement>('[data-timeline-count]')!,
    eventLinks: [...root.querySelectorAll<SVGAElement>('.tl-event')],
    rows,
    places: [...root.querySelectorAll<SVGGElement>('.tl-place')],
    order: rows.map((row) => row.dataset.id!),
  };
}

export const eventIdOf = (target: EventTarget | null): string | undefined =>
  (target as Element | null)?.closest?.<SVGAElement>('.tl-event')?.dataset.id;

/** The chart links and table row of an event. */
export const elementsOf = (view: TimelineView, id: string): Element[] => [
  ...view.eventLinks.filter((el) => el.dataset.id === id),
  ...view.rows.filter((row) => row.dataset.id === id),
];

export const placesOf = (view: TimelineView, id: string): SVGGElement[] => view.places.filter((place) => place.dataset.events!.split(' ').includes(id));

/** The event's link in the chart on screen (wide or narrow, by the viewport). */
export const visibleLink = (view: TimelineView, id: string): SVGAElement | undefined =>
  view.eventLinks.find((el) => el.dataset.id === id && el.getClientRects().length > 0);

/** Whether an element's data-filter-* values pass every filter. */
export function matches(el: Element, filters: ReadonlyMap<string, string>): boolean {
  for (const [name, value] of filters) {
    if (value && !(el.getAttribute(`data-filter-${name}`) ?? '').split(' ').includes(value)) return false;
  }
  return true;
}

/** The ids the filters let through, in time order. */
export const shownIds = (view: TimelineView, state: TimelineState): string[] =>
  view.rows.filter((row) => matches(row, state.filters)).map((row) => row.dataset.id!);

export function announceCount(view: TimelineView, state: TimelineState): void {
  view.count.textContent = `${shownIds(view, state).length} of ${view.order.length} events shown`;
}

/** The URL says what is shown: a parameter per filter that is set, and the open event as the fragment. */
export function syncUrl(state: TimelineState): void {
  const url = new URL(location.href);
  for (const [name, value] of state.filters) {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  url.hash = state.openId;
  history.replaceState(null, '', url.href.replace(/#$/, ''));
  // An embedded timeline reports its place to the host page (src/embed/bridge.ts).
  document.dispatchEvent(new CustomEvent('timeline-state'));
}

const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
export const scrollBehavior = (): ScrollBehavior => (reduceMotion.matches ? 'instant' : 'smooth');
