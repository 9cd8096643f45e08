/**
 * The optional host-page script for Two Fronts embeds, served as /embed/host.js:
 *
 *   <iframe src="https://SITE/embed/timeline/" title="…" data-two-fronts width="100%" height="600"></iframe>
 *   <script src="https://SITE/embed/host.js" defer></script>
 *
 * It sizes each iframe marked data-two-fronts to its content, keeps the embedded timeline's place (filters and open
 * event) in this page's URL hash (#two-fronts=…), and shows that place again when the page is opened at that hash.
 * It accepts messages only from the site's origin and from the iframe itself, of the expected shape.
 */
import { hashKey, messageType, parseReport, stateFromHash, stateToHash, type EmbedShow } from './protocol.ts';

const script = document.currentScript as HTMLScriptElement | null;
const siteOrigin = script ? new URL(script.src).origin : undefined;

function frames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-two-fronts]')].filter((frame) => {
    try {
      return new URL(frame.src, location.href).origin === siteOrigin;
    } catch {
      return false;
    }
  });
}

/** This page's hash with the embed's place replaced (other parts of the hash are kept). */
function withPlace(place: string): string {
  const others = location.hash.replace(/^#/, '').split('&').filter((part) => part && !part.startsWith(`${hashKey}=`));
  const parts = place ? [...others, place] : others;
  return parts.length ? `#${parts.join('&')}` : '';
}

const restored = new WeakSet<HTMLIFrameElement>();

addEventListener('message', (event: MessageEvent) => {
  if (!siteOrigin || event.origin !== siteOrigin) return;
  const frame = frames().find((candidate) => candidate.contentWindow === event.source);
  const message = parseReport(event.data);
  if (!frame || !message) return;
  frame.style.height = `${message.height}px`;
  if (!message.state) return;
  // The first report is the embed arriving: show the place this page was opened at, if any, before mirroring.
  if (!restored.has(frame)) {
    restored.add(frame);
    const wanted = stateFromHash(location.hash);
    if (wanted) {
      const show: EmbedShow = { type: messageType, action: 'show', state: wanted };
      frame.contentWindow?.postMessage(show, siteOrigin);
      return;
    }
  }
  const hash = withPlace(stateToHash(message.state));
  if (hash !== location.hash && !(hash === '' && location.hash === '')) history.replaceState(null, '', hash || location.pathname + location.search);
});
