/**
 * Client script for the article: a quote whose wording is the article's rendering carries a "≠" link to its page. On
 * hover, keyboard focus or a first tap it shows, in place, the wording an outlet printed; a second tap (or Enter)
 * follows the link. Without this script the link simply opens the quote page.
 */
import stylesheet from './marker.css?url';
import { quoteRecords } from './quote-data.ts';

const markers = [...document.querySelectorAll<HTMLAnchorElement>('a.differs')];
const tip = document.createElement('span');
tip.id = 'wording-tip';
tip.className = 'wording-tip';
tip.setAttribute('role', 'tooltip');
tip.hidden = true;
let shownFor: HTMLAnchorElement | undefined;
let lastPointer = '';
/** Whether the wording was already showing for the marker when the current tap began (a tap also focuses, which shows it). */
let showingAtTap = false;

function place(marker: HTMLAnchorElement) {
  const box = marker.getBoundingClientRect();
  const width = Math.min(352, document.documentElement.clientWidth - 16);
  tip.style.width = `${width}px`;
  tip.style.left = `${Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8)) + scrollX}px`;
  tip.style.top = `${box.bottom + scrollY + 6}px`;
}

function quoteIdOf(marker: HTMLAnchorElement): string {
  return marker.closest<HTMLElement>('.quote')?.id ?? '';
}

async function show(marker: HTMLAnchorElement) {
  shownFor?.removeAttribute('aria-describedby');
  shownFor = marker;
  const follow = lastPointer === 'touch' ? 'Tap ≠ again to compare the wordings.' : 'Open ≠ to compare the wordings.';
  tip.textContent = 'Loading the reported wording…';
  tip.hidden = false;
  marker.setAttribute('aria-describedby', tip.id);
  place(marker);
  let text: string;
  try {
    const record = (await quoteRecords()).get(quoteIdOf(marker));
    const [first, ...others] = record?.reported ?? [];
    text = first
      ? `${first.outlet} printed: “${first.text}”${others.length ? ` (and ${others.length} other ${others.length === 1 ? 'wording' : 'wordings'})` : ''}. ${follow}`
      : `The reported wording is on the quote page. ${follow}`;
  } catch {
    text = `The reported wording could not load. ${follow}`;
  }
  if (shownFor !== marker) return;
  tip.textContent = text;
  place(marker);
}

function hide() {
  shownFor?.removeAttribute('aria-describedby');
  shownFor = undefined;
  tip.hidden = true;
}

if (markers.length) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  document.head.append(link);
  // Inside the page's main landmark, where every piece of content belongs.
  (document.querySelector('main') ?? document.body).append(tip);
  for (const marker of markers) {
    const tapBegins = (pointer: string) => {
      lastPointer = pointer;
      showingAtTap = shownFor === marker;
    };
    marker.addEventListener('pointerdown', (event) => tapBegins(event.pointerType));
    marker.addEventListener('touchstart', () => tapBegins('touch'), { passive: true });
    marker.addEventListener('pointerenter', (event) => event.pointerType === 'mouse' && void show(marker));
    marker.addEventListener('pointerleave', (event) => event.pointerType === 'mouse' && document.activeElement !== marker && hide());
    marker.addEventListener('focus', () => void show(marker));
    marker.addEventListener('blur', hide);
    // A first tap shows the wording; a tap on the marker whose wording is showing follows the link.
    marker.addEventListener('click', (event) => {
      // A click is a PointerEvent in current browsers; the touchstart seen before it covers the others.
      if ((event as PointerEvent).pointerType === 'touch') lastPointer = 'touch';
      if (lastPointer === 'touch' && !showingAtTap) {
        event.preventDefault();
        void show(marker);
      }
      lastPointer = '';
    });
  }
  document.addEventListener('keydown', (event) => event.key === 'Escape' && hide());
  document.addEventListener('pointerdown', (event) => shownFor && !shownFor.contains(event.target as Node) && !tip.contains(event.target as Node) && hide());
}
