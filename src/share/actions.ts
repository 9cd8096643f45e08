/** Client script: a share button beside every anchor link (headings, quotes, events) and on [data-share-here], with copy link, copy quote with citation (as printed, or the article's rendering) and the Web Share API; results announced in a live region. */
import { quoteCitation, renderingCitation } from './citation.ts';
import { textFragment } from './text-fragment.ts';
import { quoteRecords } from '../quotes/quote-data.ts';
import type { QuoteRecordData } from '../quotes/data.ts';
import controlsStylesheet from './share-controls.css?url';

interface Shareable {
  url: string;
  /** What is shared, for button names: "The drills", "quote by Ada Example". */
  label: string;
  /** A quote's id: its words, speakers and sources come from /data/quotes.json when the menu opens. */
  quoteId?: string;
  /** The iframe code of the page's embeddable version (data-share-embed), for "Copy embed code". */
  embed?: string;
}

const siteName = document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content ?? document.title;
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.replace(/#.*$/, '');

function liveRegion(): HTMLElement {
  const region = document.createElement('div');
  region.className = 'visually-hidden share-status';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);
  return region;
}
const status = liveRegion();
function announce(message: string) {
  // Clear first so the same message twice in a row is announced twice.
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}

/** The text before a quote within its paragraph, for a text fragment's prefix. */
function textBefore(element: Element): string {
  const block = element.closest('p, li, blockquote') ?? element.parentElement;
  if (!block) return '';
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEndBefore(element);
  return range.toString();
}

function shareableFor(anchor: HTMLAnchorElement): Shareable | undefined {
  const id = decodeURIComponent(anchor.hash.slice(1));
  const target = document.getElementById(id);
  if (!target) return undefined;
  const words = target.matches('.quote') ? target.querySelector('q')?.textContent : undefined;
  // A revised passage's link says it was made after the revision, so its reader gets no "revised" note.
  const revised = target.closest<HTMLElement>('[data-revised]')?.dataset.revised;
  const page = revised ? `${canonical}?v=${revised}` : canonical;
  if (words) {
    const fragment = textFragment({ quote: words, before: textBefore(target), pageText: document.body.textContent ?? '' });
    // The quote's # link is named "Link to this quote by <speakers>": its share button is named the same way.
    return { url: `${page}#${id}${fragment}`, label: (anchor.getAttribute('aria-label') ?? 'this quote').replace(/^Link to this /, ''), quoteId: id };
  }
  const label = (target.matches('h1, h2, h3, h4') ? target.firstChild?.textContent : target.getAttribute('aria-label')) ?? id;
  return { url: `${page}#${id}`, label: label.trim() };
}

function shareIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M8 1 4.5 4.5l1 1L7.3 3.7V10h1.4V3.7l1.8 1.8 1-1L8 1ZM3 8v6.5h10V8h-1.5v5h-7V8H3Z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

async function copy(text: string, done: string) {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    announce('Could not copy: your browser blocked the clipboard. The link is in the address bar after you follow the # link.');
  }
}

let openMenu: { menu: HTMLElement; button: HTMLButtonElement } | undefined;

function closeMenu(returnFocus: boolean) {
  if (!openMenu) return;
  const { menu, button } = openMenu;
  openMenu = undefined;
  menu.remove();
  button.setAttribute('aria-expanded', 'false');
  if (returnFocus) button.focus();
}

function menuButton(label: string, action: () => void | Promise<void>): HTMLButtonElement {
  const item = document.createElement('button');
  item.type = 'button';
  item.className = 'share-menu-item';
  item.textContent = label;
  item.addEventListener('click', async () => {
    await action();
    closeMenu(true);
  });
  return item;
}

/** The quote's record, or undefined (announced) when /data/quotes.json cannot be read: the menu then offers the link only. */
async function recordOf(quoteId: string | undefined): Promise<QuoteRecordData | undefined> {
  if (!quoteId) return undefined;
  try {
    return (await quoteRecords()).get(quoteId);
  } catch {
    announce('The quote’s citation could not load; Copy link still works.');
    return undefined;
  }
}

async function toggleMenu(button: HTMLButtonElement, shareable: Shareable) {
  const wasOpen = openMenu?.button === button;
  closeMenu(false);
  if (wasOpen) return;
  const record = await recordOf(shareable.quoteId);
  const menu = document.createElement('span');
  menu.className = 'share-menu';
  menu.id = 'share-menu';
  menu.setAttribute('role', 'group');
  menu.setAttribute('aria-label', `Share ${shareable.label}`);
  menu.append(menuButton('Copy link', () => copy(shareable.url, 'Link copied')));
  if (record) {
    const context = button.closest<HTMLElement>('[data-share-title]')?.dataset;
    const cited = { articleTitle: context?.shareTitle ?? document.title, siteName, date: context?.shareDate, url: shareable.url };
    menu.append(menuButton('Copy quote with citation', () => copy(quoteCitation(record, cited), 'Quote with citation copied')));
    // The article's own wording, when it is not what an outlet printed, is offered separately and labelled as a rendering.
    if (record.relation !== 'same' && record.reported.length > 0) {
      menu.append(menuButton('Copy the article’s wording (its rendering)', () => copy(renderingCitation(record, cited), 'The article’s wording copied, labelled as its rendering')));
    }
  }
  const { embed } = shareable;
  if (embed) menu.append(menuButton('Embed: copy the iframe code', () => copy(embed, 'Embed code copied: paste it into your page')));
  if (typeof navigator.share === 'function') {
    const text = record ? `“${record.reported[0]?.text ?? record.articleWording}” (${record.speakers.map((s) => s.name).join(' and ')})` : undefined;
    menu.append(
      menuButton('Share…', async () => {
        try {
          await navigator.share({ url: shareable.url, title: shareable.label, text });
        } catch {
          // The reader closed the share sheet: nothing to announce.
        }
      }),
    );
  }
  button.after(menu);
  button.setAttribute('aria-expanded', 'true');
  button.setAttribute('aria-controls', menu.id);
  openMenu = { menu, button };
  menu.querySelector('button')?.focus();
}

function addShareButton(after: Element, shareable: Shareable) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'share-button';
  button.setAttribute('aria-label', `Share ${shareable.label}`);
  button.setAttribute('aria-expanded', 'false');
  button.dataset.pagefindIgnore = '';
  button.append(shareIcon());
  button.addEventListener('click', () => void toggleMenu(button, shareable));
  after.after(button);
}

function addButtons() {
  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('main a.anchor[href^="#"]')) {
    const shareable = shareableFor(anchor);
    if (shareable) addShareButton(anchor, shareable);
  }
  for (const here of document.querySelectorAll<HTMLElement>('[data-share-here]')) {
    const shareable = { url: canonical, label: here.dataset.shareLabel ?? 'this page', quoteId: here.dataset.quoteId, embed: here.dataset.shareEmbed };
    const label = document.createElement('span');
    label.className = 'share-here-label';
    label.textContent = 'Share';
    label.setAttribute('aria-hidden', 'true');
    here.append(label);
    addShareButton(label, shareable);
    here.classList.remove('is-pending');
  }
}

// The buttons go in once their stylesheet is here (or has failed), so they never show unstyled or shift the text.
const stylesheet = document.createElement('link');
stylesheet.rel = 'stylesheet';
stylesheet.href = controlsStylesheet;
stylesheet.addEventListener('load', addButtons, { once: true });
stylesheet.addEventListener('error', addButtons, { once: true });
document.head.append(stylesheet);

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && openMenu) closeMenu(true);
});
document.addEventListener('click', (event) => {
  if (!openMenu) return;
  const target = event.target as Node;
  if (!openMenu.menu.contains(target) && !openMenu.button.contains(target)) closeMenu(false);
});
