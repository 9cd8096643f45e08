/** Chart and map linked both ways: pointing at or focusing an event marks it in the other; a map mark names its event beside it and opens its details like the chart does. */
import { eventIdOf, placesOf, type TimelineView } from './state.ts';
import type { Details } from './details.ts';
import type { RovingFocus } from './roving.ts';

export function setupMapLinks(view: TimelineView, roving: RovingFocus, details: Details): void {
  const maps = view.root.querySelector<HTMLElement>('[data-timeline-maps]');
  if (!maps) return;
  const tooltip = maps.querySelector<HTMLElement>('[data-map-tooltip]')!;
  tooltip.setAttribute('aria-hidden', 'true');
  const markOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<SVGAElement>('.tl-map-mark') ?? null;

  const markPlaces = (id: string | undefined) => {
    const active = id ? placesOf(view, id) : [];
    for (const place of view.places) place.classList.toggle('is-hovered', active.includes(place));
  };
  const markEvents = (id: string | undefined) => {
    for (const link of view.eventLinks) link.classList.toggle('is-hovered', link.dataset.id === id);
  };

  function show(mark: SVGAElement): void {
    const box = mark.getBoundingClientRect();
    const wrap = maps!.getBoundingClientRect();
    tooltip.textContent = mark.getAttribute('aria-label');
    tooltip.hidden = false;
    const left = Math.min(Math.max(0, box.left - wrap.left - 8), Math.max(0, wrap.width - tooltip.offsetWidth));
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${box.bottom - wrap.top + 6}px`;
    markEvents(mark.dataset.id);
  }
  function hide(): void {
    tooltip.hidden = true;
    markEvents(undefined);
  }
  maps.addEventListener('pointerover', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  maps.addEventListener('pointerout', (event) => {
    if (markOf(event.target) && !markOf(event.relatedTarget)) hide();
  });
  maps.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  maps.addEventListener('focusout', hide);
  maps.addEventListener('click', (event) => {
    const mark = markOf(event.target);
    if (!mark || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    roving.setCurrent(mark.dataset.id!);
    details.open(mark.dataset.id!);
  });

  // From the chart to the map: the event under the pointer (focus already marks it, through the roving focus).
  view.chartWrap.addEventListener('pointerover', (event) => markPlaces(eventIdOf(event.target)));
  view.chartWrap.addEventListener('pointerleave', () => markPlaces(undefined));
}
