/** Roving focus: the chart is one tab stop (the current event); arrows, Home and End move between the shown events in time order. */
import { eventIdOf, placesOf, scrollBehavior, shownIds, visibleLink, type TimelineState, type TimelineView } from './state.ts';
import type { Zoom } from './zoom.ts';

export interface RovingFocus {
  /** Makes the event the chart's tab stop and marks its place on the map. */
  setCurrent(id: string): void;
}

type Step = number | 'first' | 'last';
const keySteps: Record<string, Step> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: 'first', End: 'last' };

export function setupRovingFocus(view: TimelineView, state: TimelineState, zoom: Zoom): RovingFocus {
  function setCurrent(id: string): void {
    state.currentId = id;
    for (const el of view.eventLinks) {
      el.setAttribute('tabindex', el.dataset.id === id ? '0' : '-1');
      el.classList.toggle('is-current', el.dataset.id === id);
    }
    const active = placesOf(view, id);
    for (const place of view.places) place.classList.toggle('is-active', active.includes(place));
  }

  function move(from: string, step: Step): void {
    const ids = shownIds(view, state);
    if (!ids.length) return;
    const index = ids.indexOf(from);
    const target = (step === 'first' ? ids[0] : step === 'last' ? ids.at(-1) : ids[Math.min(ids.length - 1, Math.max(0, index + step))])!;
    setCurrent(target);
    const link = visibleLink(view, target);
    if (!link) return;
    zoom.panTo(link);
    link.focus();
    link.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: scrollBehavior() });
  }

  view.chartWrap.addEventListener('keydown', (event) => {
    const id = eventIdOf(event.target);
    const step = keySteps[event.key];
    if (!id || step === undefined) return;
    event.preventDefault();
    move(id, step);
  });
  view.chartWrap.addEventListener('focusin', (event) => {
    const id = eventIdOf(event.target);
    if (id) setCurrent(id);
  });
  setCurrent(view.order[0] ?? '');
  return { setCurrent };
}
