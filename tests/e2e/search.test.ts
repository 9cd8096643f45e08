/** The search dialog and /search/ page, as a reader uses them in Chromium on the built site. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContextOptions } from 'playwright-core';
import { baseURL, launchBrowser, openPage } from './browser.ts';
import { withoutPunctuation } from './search-windows.ts';
import { dialogInput, dialogResults, openDialogWithSlash, typeSearch } from './search-helpers.ts';

const pageInput = '[data-search-page] input[type="search"]';
const pageResults = '[data-search-page] .search-results';

let browser: Browser;
let articlePath = '';
/** A quote of the built site, with its place in the article and its speaker, read from the /quotes/ page. */
let quote = { place: '', text: '', speaker: '' };

beforeAll(async () => {
  browser = await launchBrowser();
  const listing = await openPage(browser, '/quotes/');
  const quotes = await listing.page.$$eval('figure.quote-figure', (figures) =>
    figures.map((figure) => ({
      // The caption links the quote's place in the article; the blockquote cites the outlet's page.
      place: figure.querySelector('figcaption a[href^="/articles/"]')?.getAttribute('href') ?? '',
      text: (figure.querySelector('blockquote')?.textContent ?? '').trim().replace(/^“|”$/g, ''),
      speaker: figure.querySelector('figcaption a')?.textContent ?? '',
    })),
  );
  await listing.close();
  // The longest quote: its words are distinctive enough to be the first result.
  quote = quotes.sort((a, b) => b.text.length - a.text.length)[0]!;
  articlePath = quote.place.split('#')[0]!;
});

afterAll(async () => {
  await browser?.close();
});

/** Four consecutive words from the middle of the quote, as a reader remembers them. */
function rememberedWords(text: string): string {
  const words = text.split(/\s+/);
  const start = Math.max(0, Math.floor(words.length / 2) - 2);
  return words.slice(start, start + 4).join(' ').replace(/[.,;:!?]+$/, '');
}

/** Opens `path` in a fresh context, recording the path of every request from the first one on. */
async function withPage<T>(path: string, use: (page: Page, requests: string[]) => Promise<T>, options: BrowserContextOptions = {}): Promise<T> {
  // Reduced motion: the jump to a fragment is instant, so positions can be read at once.
  const opened = await openPage(browser, 'about:blank', { reducedMotion: 'reduce', ...options });
  const requests: string[] = [];
  opened.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  try {
    await opened.page.goto(new URL(path, baseURL()).href);
    return await use(opened.page, requests);
  } finally {
    await opened.close();
  }
}

describe('search › loading', () => {
  it('the first view of the article loads no Pagefind file; opening the dialog loads the engine and index', async () => {
    await withPage(articlePath, async (page, requests) => {
      await page.waitForLoadState('networkidle');
      expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
      await openDialogWithSlash(page);
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/pagefind/pagefind.js')));
      await typeSearch(page, dialogInput, dialogResults, rememberedWords(quote.text));
      expect(requests).toContain('/pagefind/pagefind.js');
      expect(requests.some((path) => path.startsWith('/pagefind/fragment/'))).toBe(true);
    });
  });
});

describe('search › strict CSP', () => {
  it("searches under a Content Security Policy with no inline script, allowing only 'self' and 'wasm-unsafe-eval'", async () => {
    const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
    const opened = await openPage(browser, 'about:blank', { reducedMotion: 'reduce' });
    try {
      const page = opened.page;
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.route(`${baseURL()}/**`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
      });
      await page.goto(new URL(articlePath, baseURL()).href);
      await openDialogWithSlash(page);
      const hits = await typeSearch(page, dialogInput, dialogResults, rememberedWords(quote.text));
      expect(violations).toEqual([]);
      expect(hits.some((hit) => hit.href === quote.place)).toBe(true);
    } finally {
      await opened.close();
    }
  });
});

describe('search › dialog', () => {
  it('opens by click on the header’s Search link, by "/" and by Ctrl+K or Cmd+K, and Escape closes it', async () => {
    await withPage('/', async (page) => {
      const dialogOpen = () => page.$eval('.search-dialog', (dialog) => (dialog as HTMLDialogElement).open);
      const inputFocused = () => page.$eval(dialogInput, (input) => document.activeElement === input);
      await page.click('.site-header [data-search-open]');
      expect(await dialogOpen()).toBe(true);
      expect(await inputFocused()).toBe(true);
      expect(page.url()).not.toContain('/search/');
      await page.keyboard.press('Escape');
      expect(await dialogOpen()).toBe(false);

      await openDialogWithSlash(page);
      expect(await inputFocused()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await dialogOpen()).toBe(false);

      for (const shortcut of ['Control+k', 'Meta+k']) {
        await page.keyboard.press(shortcut);
        expect(await dialogOpen(), shortcut).toBe(true);
        await page.keyboard.press('Escape');
        expect(await dialogOpen()).toBe(false);
      }
    });
  });

  it('"/" typed in a text field is just a character', async () => {
    await withPage('/search/', async (page) => {
      await page.fill(pageInput, '');
      await page.focus(pageInput);
      await page.keyboard.type('a/b');
      expect(await page.inputValue(pageInput)).toBe('a/b');
      expect(await page.locator('.search-dialog[open]').count()).toBe(0);
    });
  });

  it('labels results by type, names the speaker of a quote, marks the matched words and announces the count', async () => {
    await withPage('/', async (page) => {
      await openDialogWithSlash(page);
      const words = rememberedWords(quote.text);
      const hits = await typeSearch(page, dialogInput, dialogResults, words);
      expect(hits.length).toBeGreaterThan(0);
      const quoteHit = hits.find((hit) => hit.href === quote.place);
      expect(quoteHit?.kind).toBe('quote');
      expect(quoteHit?.meta).toContain('Quote');
      expect(quoteHit?.meta).toContain(quote.speaker);
      const groupHeadings = await page.$$eval(`${dialogResults} .search-group-heading`, (headings) => headings.map((h) => h.textContent));
      expect(groupHeadings).toContain('Quotes');
      const marked = await page.$$eval(`${dialogResults} a.search-hit mark`, (marks) => marks.map((m) => m.textContent?.toLowerCase()));
      expect(marked.length).toBeGreaterThan(0);
      expect(withoutPunctuation(words).toLowerCase()).toContain(withoutPunctuation(marked[0]!));
      const status = page.locator('.search-dialog [role="status"]');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      expect(await status.textContent()).toBe(`${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${words}”`);

      await typeSearch(page, dialogInput, dialogResults, 'zzqxjv');
      expect(await status.textContent()).toBe('No results for “zzqxjv”');
    });
  });

  it('arrow keys move through the results and Enter opens the focused one', async () => {
    await withPage('/', async (page) => {
      await openDialogWithSlash(page);
      const hits = await typeSearch(page, dialogInput, dialogResults, quote.speaker);
      expect(hits.length).toBeGreaterThan(2);
      const focusedHref = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
      const links = await page.$$eval(`${dialogResults} a.search-hit`, (as) => as.map((a) => a.getAttribute('href')));
      const place = (href: string | null | undefined) => (href ? new URL(href, 'http://x').pathname + new URL(href, 'http://x').hash : '');
      await page.keyboard.press('ArrowDown');
      expect(await focusedHref()).toBe(links[0]);
      await page.keyboard.press('ArrowDown');
      expect(await focusedHref()).toBe(links[1]);
      await page.keyboard.press('ArrowUp');
      expect(await focusedHref()).toBe(links[0]);
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.matches('.search-dialog input[type="search"]'))).toBe(true);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForURL((url) => url.pathname + url.hash === place(links[1])), page.keyboard.press('Enter')]);
    });
  });

  it('a quote result opens the article at the quote, clear of the sticky header, the whole quote highlighted', async () => {
    await withPage('/', async (page) => {
      await openDialogWithSlash(page);
      await typeSearch(page, dialogInput, dialogResults, rememberedWords(quote.text));
      await Promise.all([page.waitForURL((url) => url.pathname + url.hash === quote.place), page.click(`${dialogResults} a.search-hit[href$="${quote.place.split('/').at(-1)}"]`)]);
      const id = quote.place.split('#')[1]!;
      const landing = await page.evaluate((quoteId) => {
        const target = document.getElementById(quoteId)!;
        const words = target.querySelector('q')!;
        const header = document.querySelector('.site-header')!.getBoundingClientRect();
        const box = words.getBoundingClientRect();
        return {
          targeted: target.matches(':target'),
          belowHeader: box.top >= header.bottom,
          inView: box.top < window.innerHeight,
          highlight: getComputedStyle(words).backgroundColor,
          normal: getComputedStyle(document.querySelector('.article-body p')!).backgroundColor,
        };
      }, id);
      expect(landing.targeted).toBe(true);
      expect(landing.belowHeader).toBe(true);
      expect(landing.inView).toBe(true);
      expect(landing.highlight).not.toBe(landing.normal);
      expect(landing.highlight).not.toBe('rgba(0, 0, 0, 0)');
    });
  });

  it('axe finds no violations with the dialog open and showing results', async () => {
    await withPage(articlePath, async (page) => {
      await openDialogWithSlash(page);
      await typeSearch(page, dialogInput, dialogResults, rememberedWords(quote.text));
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  });
});

describe('search › /search/ page', () => {
  it('restores a shared search from the URL: query, filters and results', async () => {
    const query = rememberedWords(quote.text);
    await withPage(`/search/?${new URLSearchParams({ q: query, type: 'quote' })}`, async (page) => {
      await page.waitForFunction((q) => document.querySelector('[data-search-page] .search-results')?.getAttribute('data-query') === q, query);
      expect(await page.inputValue(pageInput)).toBe(query);
      expect(await page.isChecked('input[name="type"][value="quote"]')).toBe(true);
      const kinds = await page.$$eval(`${pageResults} a.search-hit`, (as) => as.map((a) => (a as HTMLElement).dataset.kind));
      expect(kinds.length).toBeGreaterThan(0);
      expect(new Set(kinds)).toEqual(new Set(['quote']));
    });
  });

  it('filters narrow the results, show counts and go into the URL', async () => {
    await withPage('/search/', async (page) => {
      await page.waitForSelector('.search-filters:not([hidden]) input[name="type"]');
      // The speaker's name is on their person page, their quotes and the article.
      const all = await typeSearch(page, pageInput, pageResults, quote.speaker);
      expect(new Set(all.map((hit) => hit.kind)).size).toBeGreaterThan(1);
      // Filter by the speaker of the test quote: every result is a quote of theirs.
      const speakerBox = page.locator(`input[name="speaker"][value="${quote.speaker}"]`);
      const countText = await page.locator(`.search-filter-count[data-filter="speaker:${quote.speaker}"]`).textContent();
      const announced = Number(countText?.replace(/\D/g, ''));
      await speakerBox.check();
      await page.waitForFunction((speaker) => new URL(location.href).searchParams.get('speaker') === speaker, quote.speaker);
      await page.waitForFunction(() => !document.querySelector('[data-search-page] .search-results')?.hasAttribute('aria-busy'));
      const narrowed = await page.$$eval(`${pageResults} a.search-hit`, (as) => as.map((a) => ({ kind: (a as HTMLElement).dataset.kind, meta: a.querySelector('.search-hit-meta')?.textContent ?? '' })));
      expect(narrowed.length).toBeGreaterThan(0);
      expect(narrowed.length).toBeLessThan(all.length);
      expect(narrowed.length).toBe(announced);
      for (const hit of narrowed) {
        expect(hit.kind).toBe('quote');
        expect(hit.meta).toContain(quote.speaker);
      }
      expect(new URL(page.url()).searchParams.get('q')).toBe(quote.speaker);

      await speakerBox.uncheck();
      await page.check('input[name="type"][value="person"]');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === 'person');
      await page.waitForFunction(() => !document.querySelector('[data-search-page] .search-results')?.hasAttribute('aria-busy'));
      const people = await page.$$eval(`${pageResults} a.search-hit`, (as) => as.map((a) => (a as HTMLElement).dataset.kind));
      expect(people.length).toBeGreaterThan(0);
      expect(new Set(people)).toEqual(new Set(['person']));
    });
  });

  it('axe finds no violations on /search/ with results and filters', async () => {
    await withPage(`/search/?${new URLSearchParams({ q: quote.speaker })}`, async (page) => {
      await page.waitForFunction((q) => document.querySelector('[data-search-page] .search-results')?.getAttribute('data-query') === q, quote.speaker);
      await page.waitForSelector('.search-filters:not([hidden])');
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  });

  it('without JavaScript, the Search link goes to /search/, which says search needs JavaScript and links the quotes and people', async () => {
    await withPage(
      '/',
      async (page) => {
        expect(await page.getAttribute('.site-header [data-search-open]', 'href')).toBe('/search/');
        await Promise.all([page.waitForURL('**/search/'), page.click('.site-header [data-search-open]')]);
        const notice = page.locator('[data-search-nojs]');
        expect(await notice.isVisible()).toBe(true);
        expect(await notice.textContent()).toContain('needs JavaScript');
        expect(await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/quotes/', '/people/']);
        await page.click('[data-search-nojs] a[href="/people/"]');
        expect(await page.locator('h1').textContent()).toBe('People');
        expect(await page.locator('main a[href^="/people/"]').count()).toBeGreaterThan(0);
      },
      { javaScriptEnabled: false },
    );
  });
});
