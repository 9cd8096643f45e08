/** The narrow (phone) chart under a filter: stretches of time where nothing is shown fold to a short gap, so a filter
 * does not leave screens of empty years. Positions come from the build (data-y0/-top/-bottom); only y moves. */
import type { TimelineView } from './state.ts';

/** The most empty space kept between two shown things, in the chart's units. */
const keptGap = 40;
/** Room kept around a year's tick and label. */
const tickRoom = 12;

export interface NarrowFolding {
  /** Folds the empty stretches when a filter is set; unfolds everything when none is. */
  fold(filtered: boolean): void;
}

interface Fold {
  /** Where the removed stretch starts and ends, in build-time y. */
  from: number;
  to: number;
}

export function setupNarrowFolding(view: TimelineView): NarrowFolding {
  const found = view.root.querySelector<SVGSVGElement>('svg.tl-narrow');
  if (!found) return { fold() {} };
  const svg = found;
  const { width, height } = svg.viewBox.baseVal;
  const items = [...svg.querySelectorAll<SVGElement>('[data-top]')].map((el) => ({
    el,
    isEvent: el.classList.contains('tl-event'),
    y0: Number(el.dataset.y0),
    top: Number(el.dataset.top),
    bottom: Number(el.dataset.bottom),
  }));
  const ticks = [...svg.querySelectorAll<SVGGElement>('.tl-tick')].map((el) => ({ el, y: Number(el.dataset.y) }));
  const columns = [...svg.querySelectorAll<SVGLineElement>('.tl-column')];
  const columnBottom = columns[0]?.getAttribute('y2') ?? '0';

  const removedBefore = (folds: readonly Fold[], y: number) => folds.reduce((sum, f) => sum + (f.to <= y ? f.to - f.from : 0), 0);
  const isFolded = (folds: readonly Fold[], y: number) => folds.some((f) => y > f.from && y < f.to);

  function fold(filtered: boolean): void {
    const events = items.filter((item) => item.isEvent && !item.el.classList.contains('is-filtered-out'));
    const first = Math.min(...events.map((item) => item.top));
    const last = Math.max(...events.map((item) => item.bottom));
    // Context events outside the shown events' time would stand alone: they go while the filter is set.
    for (const item of items) if (!item.isEvent) item.el.classList.toggle('is-filtered-out', filtered && (item.y0 < first || item.y0 > last));
    const shown = items.filter((item) => !item.el.classList.contains('is-filtered-out'));
    // What must stay in view: each shown mark with its label, and the tick of each year that holds one.
    const kept = shown.map((item) => [item.top, item.bottom] as const);
    ticks.forEach((tick, index) => {
      const next = ticks[index + 1]?.y ?? Infinity;
      if (shown.some((item) => item.y0 >= tick.y && item.y0 < next)) kept.push([tick.y - tickRoom, tick.y + tickRoom]);
    });
    kept.sort((a, b) => a[0] - b[0]);
    const folds: Fold[] = [];
    let reached = 0;
    for (const [start, end] of filtered ? kept : []) {
      if (start - reached > keptGap) folds.push({ from: reached + keptGap, to: start });
      reached = Math.max(reached, end);
    }
    if (filtered && height - reached > keptGap) folds.push({ from: reached + keptGap, to: height });
    for (const item of shown) item.el.setAttribute('transform', `translate(0,${-removedBefore(folds, item.top)})`);
    for (const tick of ticks) {
      tick.el.classList.toggle('is-filtered-out', isFolded(folds, tick.y));
      tick.el.setAttribute('transform', `translate(0,${-removedBefore(folds, tick.y)})`);
    }
    const newHeight = height - removedBefore(folds, height);
    svg.setAttribute('viewBox', `0 0 ${width} ${newHeight}`);
    for (const column of columns) column.setAttribute('y2', folds.length ? String(newHeight - keptGap / 2) : columnBottom);
  }

  return { fold };
}
