/**
 * Script of the embeddable pages, inside their iframe: reports the content height (so a host script can size the
 * iframe) and, on the timeline, its place (filters and open event) whenever it changes; shows a place the host asks
 * for. Without a host script the page is a plain embed: messages go unanswered and nothing else changes.
 */
import { messageType, parseShow, type EmbedReport, type TimelineState } from './protocol.ts';

/** The host page's origin: messages go only there. Chromium and Safari name it; elsewhere the referrer does. */
function hostOrigin(): string | undefined {
  const ancestor = location.ancestorOrigins?.[0];
  if (ancestor) return ancestor;
  try {
    return document.referrer ? new URL(document.referrer).origin : undefined;
  } catch {
    return undefined;
  }
}

const timeline = document.querySelector<HTMLFormElement>('[data-timeline-controls]');

function currentState(): TimelineState | undefined {
  if (!timeline) return undefined;
  const params = new URL(location.href).searchParams;
  const event = decodeURIComponent(location.hash.slice(1));
  return {
    ...(params.get('kind') ? { kind: params.get('kind')! } : {}),
    ...(params.get('region') ? { region: params.get('region')! } : {}),
    ...(event ? { event } : {}),
  };
}

function report() {
  const origin = hostOrigin();
  if (!origin || window.parent === window) return;
  const message: EmbedReport = { type: messageType, action: 'report', height: Math.ceil(document.documentElement.getBoundingClientRect().height) };
  const state = currentState();
  if (state) message.state = state;
  window.parent.postMessage(message, origin);
}

/** Applies a place through the timeline's own controls, so it behaves as if the reader had chosen it. */
function show(state: TimelineState) {
  if (!timeline) return;
  for (const key of ['kind', 'region'] as const) {
    const select = timeline.elements.namedItem(key) as HTMLSelectElement | null;
    const value = state[key] ?? '';
    if (select && [...select.options].some((option) => option.value === value) && select.value !== value) {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  if (state.event && document.querySelector(`[data-timeline] .tl-event[data-id="${CSS.escape(state.event)}"]`)) location.hash = state.event;
}

addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window.parent || event.origin !== hostOrigin()) return;
  const message = parseShow(event.data);
  if (message) show(message.state);
});

// The timeline announces each change of its place (enhance.ts); any change of size is reported too.
document.addEventListener('timeline-state', report);
new ResizeObserver(report).observe(document.documentElement);
