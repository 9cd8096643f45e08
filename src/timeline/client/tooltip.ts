/** A summary beside the event under the pointer or in focus (the event's accessible name; hidden from screen readers, which read that name already). */
import type { TimelineView } from './state.ts';
import type { Zoom } from './zoom.ts';

export function setupTooltip(view: TimelineView, zoom: Zoom): void {
  const { chartWrap } = view;
  const tooltip = chartWrap.querySelector<HTMLElement>('[data-timeline-tooltip]')!;
  tooltip.setAttribute('aria-hidden', 'true');

  function show(link: SVGAElement): void {
    const box = link.querySelector('.tl-hit')!.getBoundingClientRect();
    const wrap = chartWrap.getBoundingClientRect();
    tooltip.textContent = link.getAttribute('aria-label');
    tooltip.hidden = false;
    const left = Math.min(Math.max(0, box.left - wrap.left), Math.max(0, wrap.width - tooltip.offsetWidth));
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${box.bottom - wrap.top + 4}px`;
  }
  const hide = () => (tooltip.hidden = true);
  const linkOf = (target: EventTarget | null) => (target as Element).closest<SVGAElement>('.tl-event');

  chartWrap.addEventListener('focusin', (event) => {
    const link = linkOf(event.target);
    if (link) show(link);
  });
  chartWrap.addEventListener('focusout', hide);
  chartWrap.addEventListener('pointerover', (event) => {
    const link = linkOf(event.target);
    if (link && !zoom.isPanning()) show(link);
  });
  chartWrap.addEventListener('pointerleave', hide);
}
