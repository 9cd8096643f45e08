/**
 * Client script: a share button beside every anchor link (headings, quotes, events) and in every [data-share-here]
 * line. Only the buttons load with the page; the menu (copy link, copy quote with citation, embed, Share…) loads on
 * first use, from menu.ts.
 */
import controlsStylesheet from './share-controls.css?url';

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

/** What an anchor's share button is named after: a heading's text, a quote's "quote by <speakers>", or the target's own label. */
function labelOf(anchor: HTMLAnchorElement): string | undefined {
  const target = document.getElementById(decodeURIComponent(anchor.hash.slice(1)));
  if (!target) return undefined;
  // The quote's # link is named "Link to this quote by <speakers>": its share button is named the same way.
  if (target.matches('.quote')) return (anchor.getAttribute('aria-label') ?? 'this quote').replace(/^Link to this /, '');
  const label = target.matches('h1, h2, h3, h4') ? target.firstChild?.textContent : target.getAttribute('aria-label');
  return (label ?? target.id).trim();
}

function addShareButton(after: Element, label: string, source: HTMLAnchorElement | HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'share-button';
  button.setAttribute('aria-label', `Share ${label}`);
  button.setAttribute('aria-expanded', 'false');
  button.dataset.pagefindIgnore = '';
  button.append(shareIcon());
  button.addEventListener('click', () => void import('./menu.ts').then((menu) => menu.toggleMenu(button, source)));
  after.after(button);
  return button;
}

function addButtons() {
  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('main a.anchor[href^="#"]')) {
    const label = labelOf(anchor);
    if (!label) continue;
    addShareButton(anchor, label, anchor);
    // One Tab stop per heading or quote: the share menu copies the same link, so the "#" stays for the mouse only.
    anchor.tabIndex = -1;
  }
  for (const here of document.querySelectorAll<HTMLElement>('[data-share-here]')) {
    const label = document.createElement('span');
    label.className = 'share-here-label';
    label.textContent = 'Share';
    label.setAttribute('aria-hidden', 'true');
    here.append(label);
    const button = addShareButton(label, here.dataset.shareLabel ?? 'this page', here);
    // A line that follows the reader's choice (the timeline's details panel) is renamed with it.
    new MutationObserver(() => button.setAttribute('aria-label', `Share ${here.dataset.shareLabel ?? 'this page'}`)).observe(here, {
      attributeFilter: ['data-share-label'],
    });
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
