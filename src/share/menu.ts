/** The share menu, loaded on a share button's first use (buttons.ts): copy link, copy quote with citation (as printed, or the article's rendering), embed code and the Web Share API; results announced in a live region; kept inside the viewport. */
import { quoteCitation, renderingCitation } from './citation.ts';
import { textFragment } from './text-fragment.ts';
import { visibleText } from './visible-text.ts';
import { quoteRecords } from '../quotes/quote-data.ts';
import type { QuoteRecordData } from '../quotes/data.ts';

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

/** What an anchor link or a [data-share-here] line shares, read when its menu opens (the page may have changed since). */
function shareableFor(source: HTMLAnchorElement | HTMLElement, label: string): Shareable | undefined {
  if (!(source instanceof HTMLAnchorElement)) {
    const { shareUrl, quoteId, shareEmbed } = source.dataset;
    return { url: shareUrl ?? canonical, label, quoteId, embed: shareEmbed };
  }
  const id = decodeURIComponent(source.hash.slice(1));
  const target = document.getElementById(id);
  if (!target) return undefined;
  // A revised passage's link says it was made after the revision, so its reader gets no "revised" note.
  const revised = target.closest<HTMLElement>('[data-revised]')?.dataset.revised;
  const page = revised ? `${canonical}?v=${revised}` : canonical;
  const words = target.matches('.quote') ? target.querySelector('q') : null;
  if (!words?.textContent) return { url: `${page}#${id}`, label };
  // The browser's highlight covers the quote exactly: the directive is built on the text the browser searches.
  const { text, at } = visibleText(document.body, words);
  const fragment = at === -1 ? '' : textFragment({ quote: words.textContent, pageText: text, at });
  return { url: `${page}#${id}${fragment}`, label, quoteId: id };
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

/** Keeps the open menu inside the viewport: a phone is narrower than a menu opened near its right edge would need. */
function placeInViewport() {
  if (!openMenu) return;
  const { menu } = openMenu;
  const gap = 8;
  menu.style.marginLeft = '';
  const box = menu.getBoundingClientRect();
  const shift = Math.max(gap - box.left, Math.min(0, document.documentElement.clientWidth - gap - box.right));
  if (shift) menu.style.marginLeft = `${parseFloat(getComputedStyle(menu).marginLeft) + shift}px`;
}

export async function toggleMenu(button: HTMLButtonElement, source: HTMLAnchorElement | HTMLElement) {
  const wasOpen = openMenu?.button === button;
  closeMenu(false);
  const shareable = shareableFor(source, (button.getAttribute('aria-label') ?? '').replace(/^Share /, ''));
  if (wasOpen || !shareable) return;
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
  placeInViewport();
  menu.querySelector('button')?.focus();
}

window.addEventListener('resize', placeInViewport);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && openMenu) closeMenu(true);
});
document.addEventListener('click', (event) => {
  if (!openMenu) return;
  const target = event.target as Node;
  if (!openMenu.menu.contains(target) && !openMenu.button.contains(target)) closeMenu(false);
});
