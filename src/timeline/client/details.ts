/** The details panel: a real section, filled from the event's server-rendered template when an event is chosen (click, Enter or a link). */
import { announceCount, eventIdOf, syncUrl, visibleLink, type TimelineState, type TimelineView } from './state.ts';
import type { RovingFocus } from './roving.ts';
import type { Zoom } from './zoom.ts';
import { withBase } from '../../links/urls.ts';

export interface Details {
  open(id: string, options?: { scroll?: ScrollBehavior }): void;
  /** Closes the panel; with returnFocus, focus goes back to the event in the chart. */
  close(returnFocus: boolean): void;
}

export function setupDetails(view: TimelineView, state: TimelineState, roving: RovingFocus, zoom: Zoom): Details {
  const panel = view.root.querySelector<HTMLElement>('[data-timeline-details]')!;
  const title = panel.querySelector<HTMLElement>('[data-details-title]')!;
  const body = panel.querySelector<HTMLElement>('[data-details-body]')!;
  const pageLink = panel.querySelector<HTMLAnchorElement>('[data-details-page]')!;
  // Its share button (share/buttons.ts) shares the event's own page, whose card is the event's.
  const shareLine = panel.querySelector<HTMLElement>('[data-details-share]');
  const marked = [...view.eventLinks, ...view.rows];

  function open(id: string, options: { scroll?: ScrollBehavior } = {}): void {
    const template = view.doc.getElementById(`details-${id}`) as HTMLTemplateElement | null;
    if (!template) return;
    state.openId = id;
    title.textContent = template.dataset.name!;
    body.replaceChildren(template.content.cloneNode(true));
    pageLink.href = withBase(`/timeline/${id}/`);
    pageLink.textContent = `Open the page of ${template.dataset.name}`;
    if (shareLine) Object.assign(shareLine.dataset, { shareUrl: template.dataset.shareUrl, shareEmbed: template.dataset.shareEmbed, shareLabel: template.dataset.name });
    panel.hidden = false;
    for (const el of marked) el.classList.toggle('is-open', el.dataset.id === id);
    view.count.textContent = `Details of ${template.dataset.name} shown below the chart`;
    syncUrl(state);
    if (options.scroll) {
      const link = visibleLink(view, id);
      if (link) {
        zoom.panTo(link);
        link.scrollIntoView({ block: 'center', behavior: options.scroll });
      }
    }
  }

  function close(returnFocus: boolean): void {
    if (!state.openId) return;
    const id = state.openId;
    state.openId = '';
    panel.hidden = true;
    for (const el of marked) el.classList.remove('is-open');
    announceCount(view, state);
    syncUrl(state);
    if (returnFocus) visibleLink(view, id)?.focus();
  }

  view.chartWrap.addEventListener('click', (event) => {
    const id = eventIdOf(event.target);
    if (!id || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (zoom.wasDragged()) return;
    roving.setCurrent(id);
    open(id);
  });
  view.chartWrap.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && eventIdOf(event.target)) close(false);
  });
  panel.querySelector('[data-details-close]')!.addEventListener('click', () => close(true));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close(true);
  });
  return { open, close };
}
