/** Zoom and pan of the wide chart: positions were computed at build time, so only x is rescaled (buttons, +/− keys, Ctrl+wheel or pinch, drag). */
import type { TimelineView } from './state.ts';

const maxZoom = 16;

export interface Zoom {
  zoomBy(factor: number, atX?: number): void;
  /** Pans a zoomed chart so that the event is inside the plot. */
  panTo(link: SVGAElement): void;
  /** A drag is under way or has just ended: the click that ends it must not open an event. */
  isPanning(): boolean;
  wasDragged(): boolean;
}

export function setupZoom(view: TimelineView): Zoom {
  const wide = view.root.querySelector<SVGSVGElement>('.tl-wide')!;
  const plotX0 = Number(wide.dataset.plotX0);
  const plotX1 = Number(wide.dataset.plotX1);
  let k = 1;
  let tx = 0;
  let panning = false;
  let dragged = false;
  const scaleX = (x: number) => plotX0 + (x - plotX0) * k + tx;
  const positioned = view.eventLinks
    .filter((el) => el.closest('.tl-wide'))
    .map((el) => {
      const pos = el.querySelector<SVGGElement>('.tl-pos')!;
      return { el, pos, y: /,([-\d.]+)\)/.exec(pos.getAttribute('transform')!)![1] };
    });
  const zoomButtons = [...view.root.querySelectorAll<HTMLButtonElement>('[data-zoom]')];
  // Unzoomed, the clip leaves the first marks room to overhang the plot's start; zoomed, it ends at the plot so marks
  // and labels moved left of it never draw over the lane names.
  const clip = wide.querySelector<SVGRectElement>('clipPath rect')!;
  const clipX = Number(clip.getAttribute('x'));
  const viewWidth = wide.viewBox.baseVal.width;
  const milestoneLabels = [...wide.querySelectorAll<SVGGElement>('.tl-milestone')].map((el) => {
    const text = el.querySelector('text')!;
    // Where the layout put the label: its side, and its near edge relative to the rule (the leader runs from there to the rule).
    return { el, text, leader: el.querySelector('.tl-label-leader')!, anchor: text.getAttribute('text-anchor')!, near: Number(text.getAttribute('x')), width: 0 };
  });

  function render(): void {
    tx = Math.min(0, Math.max((plotX1 - plotX0) * (1 - k), tx));
    for (const { el, pos, y } of positioned) {
      const x0 = scaleX(Number(el.dataset.x0));
      const width = scaleX(Number(el.dataset.x1)) - x0;
      const hit = Math.max(24, width);
      pos.setAttribute('transform', `translate(${x0.toFixed(1)},${y})`);
      el.querySelector('.tl-bar')?.setAttribute('width', width.toFixed(1));
      const hitRect = el.querySelector('.tl-hit')!;
      hitRect.setAttribute('x', ((width - hit) / 2).toFixed(1));
      hitRect.setAttribute('width', hit.toFixed(1));
      el.querySelector('.tl-label')?.setAttribute('x', ((width + hit) / 2 + 3).toFixed(1));
    }
    for (const el of wide.querySelectorAll<SVGGElement>('.tl-tick, .tl-milestone')) {
      el.setAttribute('transform', `translate(${scaleX(Number(el.dataset.x)).toFixed(1)},0)`);
    }
    const left = k > 1 ? plotX0 : clipX;
    clip.setAttribute('x', left.toFixed(1));
    clip.setAttribute('width', (viewWidth - left).toFixed(1));
    // A milestone's label stays where the layout put it unless that would run it (or its leader) past the chart's edge
    // or into the lane names; then it is mirrored to the other side of its rule. It hides while its rule is out of the plot.
    for (const label of milestoneLabels) {
      label.width ||= label.text.getComputedTextLength();
      const x = scaleX(Number(label.el.dataset.x));
      label.el.classList.toggle('is-off-plot', x < left || x > viewWidth);
      const fits = (anchor: string, near: number) => {
        const textStart = anchor === 'start' ? near : near - label.width;
        return x + Math.min(0, textStart) >= left && x + Math.max(0, textStart + label.width) <= viewWidth;
      };
      const keep = fits(label.anchor, label.near) || !fits(label.anchor === 'start' ? 'end' : 'start', -label.near);
      const anchor = keep ? label.anchor : label.anchor === 'start' ? 'end' : 'start';
      const near = keep ? label.near : -label.near;
      label.text.setAttribute('text-anchor', anchor);
      label.text.setAttribute('x', String(near));
      label.leader.setAttribute('x1', String(near));
    }
    wide.classList.toggle('is-zoomed', k > 1);
    for (const button of zoomButtons) button.disabled = button.dataset.zoom === 'in' ? k >= maxZoom : k <= 1;
  }

  function zoomBy(factor: number, atX = (plotX0 + plotX1) / 2): void {
    const next = Math.min(maxZoom, Math.max(1, k * factor));
    // Keep the time under atX where it is.
    tx = atX - plotX0 - ((atX - plotX0 - tx) * next) / k;
    k = next;
    render();
  }

  function panTo(link: SVGAElement): void {
    if (k === 1 || !link.closest('.tl-wide')) return;
    const x = scaleX(Number(link.dataset.x0));
    if (x < plotX0 || x > plotX1) {
      tx += (plotX0 + plotX1) / 2 - x;
      render();
    }
  }

  for (const button of zoomButtons) {
    button.addEventListener('click', () => {
      if (button.dataset.zoom === 'reset') {
        k = 1;
        tx = 0;
        render();
      } else zoomBy(button.dataset.zoom === 'in' ? 2 : 0.5);
    });
  }
  view.chartWrap.addEventListener('keydown', (event) => {
    if (!(event.target as Element).closest('.tl-event')) return;
    if (event.key === '+' || event.key === '=' || event.key === '-') zoomBy(event.key === '-' ? 0.5 : 2);
  });
  const svgX = (clientX: number) => {
    const box = wide.getBoundingClientRect();
    return ((clientX - box.left) / box.width) * wide.viewBox.baseVal.width;
  };
  wide.addEventListener(
    'wheel',
    (event) => {
      // Only a pinch or Ctrl+wheel zooms: plain wheel keeps scrolling the page.
      if (!event.ctrlKey) return;
      event.preventDefault();
      zoomBy(event.deltaY < 0 ? 1.25 : 0.8, svgX(event.clientX));
    },
    { passive: false },
  );
  let dragStart = 0;
  let dragTx = 0;
  wide.addEventListener('pointerdown', (event) => {
    if (k === 1 || event.button !== 0) return;
    panning = true;
    dragged = false;
    dragStart = svgX(event.clientX);
    dragTx = tx;
    wide.setPointerCapture(event.pointerId);
  });
  wide.addEventListener('pointermove', (event) => {
    if (!panning) return;
    const dx = svgX(event.clientX) - dragStart;
    if (Math.abs(dx) > 3) dragged = true;
    tx = dragTx + dx;
    render();
  });
  const endPan = () => {
    panning = false;
    setTimeout(() => (dragged = false));
  };
  wide.addEventListener('pointerup', endPan);
  wide.addEventListener('pointercancel', endPan);
  render();
  return { zoomBy, panTo, isPanning: () => panning, wasDragged: () => dragged };
}
