/**
 * The details sheet: a modal <dialog>, filled from the event's server-rendered template when an event is chosen
 * (tap or click, Enter, a map mark or a shared /timeline/#<id> link). It opens in view at every width, takes focus
 * (its heading), and gives it back to the event that opened it when it closes (Close, Escape or a tap outside).
 */
import { eventIdOf, syncUrl, visibleLink, type TimelineState, type TimelineView } from './state.ts';
import type { RovingFocus } from './roving.ts';
import type { Zoom } from './zoom.ts';
import { withBase } from '../../links/urls.ts';

export interface Details {
  open(id: string, options?: { scroll?: ScrollBehavior }): void;
  /** Closes the sheet; with returnFocus, focus goes back to where the event was chosen. */
  close(returnFocus: boolean): void;
}

export function setupDetails(view: TimelineView, state: TimelineState, roving: RovingFocus, zoom: Zoom): Details {
  const sheet = view.root.querySelector<HTMLDialogElement>('[data-timeline-details]')!;
  const title = sheet.querySelector<HTMLElement>('[data-details-title]')!;
  const body = sheet.querySelector<HTMLElement>('[data-details-body]')!;
  const pageLink = sheet.querySelector<HTMLAnchorElement>('[data-details-page]')!;
  // Its share button (share/buttons.ts) shares the event's own page, whose card is the event's.
  const shareLine = sheet.querySelector<HTMLElement>('[data-details-share]');
  const marked = [...view.eventLinks, ...view.rows];
  let returnTo: HTMLElement | SVGElement | null = null;
  let focusBack = true;

  function open(id: string, options: { scroll?: ScrollBehavior } = {}): void {
    const template = view.doc.getElementById(`details-${id}`) as HTMLTemplateElement | null;
    if (!template) return;
    state.openId = id;
    title.textContent = template.dataset.name!;
    body.replaceChildren(template.content.cloneNode(true));
    pageLink.href = withBase(`/timeline/${id}/`);
    pageLink.textContent = `Open the page of ${template.dataset.name}`;
    if (shareLine) Object.assign(shareLine.dataset, { shareUrl: template.dataset.shareUrl, shareEmbed: template.dataset.shareEmbed, shareLabel: template.dataset.name });
    for (const el of marked) el.classList.toggle('is-open', el.dataset.id === id);
    syncUrl(state);
    // Behind the sheet, the chart shows the event, so it is in place when the sheet closes.
    const link = visibleLink(view, id);
    if (link && options.scroll) {
      zoom.panTo(link);
      link.scrollIntoView({ block: 'center', behavior: options.scroll });
    }
    const active = view.doc.activeElement;
    if (!sheet.open) {
      returnTo = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
      if (returnTo === view.doc.body) returnTo = null;
      sheet.showModal();
    }
    title.focus();
    sheet.scrollTop = 0;
  }

  function close(returnFocus: boolean): void {
    if (!sheet.open) return;
    focusBack = returnFocus;
    sheet.close();
  }

  // Every way of closing (the button, Escape, a tap outside, a filter) ends here.
  sheet.addEventListener('close', () => {
    const id = state.openId;
    state.openId = '';
    for (const el of marked) el.classList.remove('is-open');
    syncUrl(state);
    if (focusBack) {
      const target = returnTo?.isConnected && returnTo.getClientRects().length ? returnTo : visibleLink(view, id);
      target?.focus({ preventScroll: false });
    }
    focusBack = true;
    returnTo = null;
  });
  sheet.addEventListener('click', (event) => {
    // A click on the dialog box itself, not its content, is on the backdrop.
    if (event.target === sheet) {
      const box = sheet.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) close(true);
    }
  });
  sheet.querySelector('[data-details-close]')!.addEventListener('click', () => close(true));

  view.chartWrap.addEventListener('click', (event) => {
    const id = eventIdOf(event.target);
    if (!id || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (zoom.wasDragged()) return;
    roving.setCurrent(id);
    open(id);
  });
  return { open, close };
}
