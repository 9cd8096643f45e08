/** Sharing in Chromium, as a reader does it: share menu → copy link / copy quote; deep links land visible, highlighted, inside opened notes. Works on whichever content was built (the first article). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { baseURL, launchBrowser, openPage } from './browser.ts';
import { site } from '../../src/site.ts';
import { formatDate } from '../../src/content/dates.ts';
import { contentDirectory } from '../../src/content/paths.ts';

const articlesDir = join(contentDirectory(resolve(import.meta.dirname, '../..')), 'articles');
const articleFile = readdirSync(articlesDir).filter((name) => name.endsWith('.md')).sort()[0]!;
const front = parse(readFileSync(join(articlesDir, articleFile), 'utf8').split(/^---$/m)[1]!) as { title: string; published: string };
const articlePath = `/articles/${articleFile.replace(/\.md$/, '')}/`;
const articleUrl = new URL(articlePath, site.url).href;
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

interface QuoteData {
  speakers: { name: string; title: string }[];
  said: { date: string; description: string };
  reported: { text: string; outlet: string; source: { url: string } }[];
}
/** A quote's record in the built /data/quotes.json. */
async function quoteData(id: string): Promise<QuoteData> {
  const data = (await (await fetch(new URL('/data/quotes.json', baseURL()))).json()) as { quotes: (QuoteData & { id: string })[] };
  return data.quotes.find((q) => q.id === id)!;
}

/** Where the target sits relative to the sticky header and the viewport. */
async function placement(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel)!.getBoundingClientRect();
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    return { top: target.top, headerBottom: header.bottom, viewport: window.innerHeight, scrolled: window.scrollY };
  }, selector);
}

/** The first section, quote, paragraph (the last one, far down) and note of the article, read from the page. */
async function targets(page: Page) {
  return page.evaluate(() => {
    const section = document.querySelector<HTMLAnchorElement>('nav.toc a')!;
    const quote = document.querySelector<HTMLElement>('.article-body .quote')!;
    const paragraphs = document.querySelectorAll('.article-body p[id]');
    return {
      sectionId: section.hash.slice(1),
      sectionTitle: section.textContent!.trim(),
      quoteId: quote.id,
      quoteWords: quote.querySelector('q')!.textContent!,
      // As a screen reader announces the speaker chip: "Speaker: <name>, <title>".
      speakerName: /^Speaker: ([^,]+), /.exec(quote.querySelector('.speaker')!.getAttribute('aria-label')!)![1]!,
      lastParagraphId: paragraphs[paragraphs.length - 1]!.id,
      noteId: document.querySelector('.article-body aside.note')!.id,
    };
  });
}

/** The terms of a text fragment directive: prefix-,start,end (any may be missing but start). */
function fragmentTerms(url: string) {
  const directive = decodeURIComponent(url.split(':~:text=')[1] ?? '');
  const parts = url.split(':~:text=')[1]!.split(',').map(decodeURIComponent);
  const prefix = parts[0]!.endsWith('-') ? parts.shift()!.slice(0, -1) : undefined;
  return { directive, prefix, start: parts[0]!, end: parts[1] };
}

describe('share › copy', () => {
  test('copy link on a section heading puts the exact canonical URL of the section on the clipboard and says so', async () => {
    const { page, close } = await openPage(browser, articlePath, clipboard);
    const t = await targets(page);
    await page.getByRole('button', { name: `Share ${t.sectionTitle}`, exact: true }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await readClipboard(page)).toBe(`${articleUrl}#${t.sectionId}`);
    await expect.poll(() => page.locator('[role="status"].share-status').textContent()).toBe('Link copied');
    await close();
  });

  test('copy link on a quote carries a text fragment that matches the quote once, in its place in the text', async () => {
    const { page, close } = await openPage(browser, articlePath, clipboard);
    const t = await targets(page);
    await page.locator(`#${t.quoteId} + .share-button, #${t.quoteId} .share-button`).first().click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const url = await readClipboard(page);
    expect(url.startsWith(`${articleUrl}#${t.quoteId}:~:text=`), url).toBe(true);
    const { prefix, start, end } = fragmentTerms(url);
    expect(t.quoteWords).toContain(start.replace(/^“/, ''));
    if (end) expect(t.quoteWords).toContain(end);
    // Like the browser: prefix, then only spaces, then start, at one place on the page, and that place is inside the quote.
    const matches = await page.evaluate(({ prefix, start, quoteId }) => {
      const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(`${prefix ? `${escape(prefix)}\\s*` : ''}${escape(start)}`, 'g');
      const inQuote = (document.getElementById(quoteId)!.querySelector('q')!.textContent ?? '').includes(start.replace(/^“/, ''));
      return { count: (document.body.textContent!.replace(/\s+/g, ' ').match(pattern) ?? []).length, inQuote };
    }, { prefix, start, quoteId: t.quoteId });
    expect(matches).toEqual({ count: 1, inQuote: true });
    await close();
  });

  test('copy quote with citation gives the words as the outlet printed them, with the outlet, the speaker, the date said and the article as where they were found', async () => {
    const { page, close } = await openPage(browser, articlePath, clipboard);
    const t = await targets(page);
    const quote = await quoteData(t.quoteId);
    const printed = quote.reported[0]!;
    await page.locator(`#${t.quoteId} .share-button`).click();
    await page.getByRole('button', { name: 'Copy quote with citation' }).click();
    await expect.poll(() => page.locator('.share-status').textContent()).toBe('Quote with citation copied');
    const lines = (await readClipboard(page)).split('\n');
    expect(lines[0]).toBe(`“${printed.text}”`);
    expect(lines[1]).toBe(`— ${quote.speakers.map((s) => `${s.name}, ${s.title}`).join('; ')}, ${formatDate(quote.said.date)} (${quote.said.description})`);
    expect(lines[2]).toMatch(new RegExp(`^As printed by ${printed.outlet}[ :(]`));
    expect(lines[2]).toContain(printed.source.url);
    expect(lines[3]!.startsWith(`Found via “${front.title}”, ${site.name}, ${formatDate(front.published)}: ${articleUrl}#${t.quoteId}`)).toBe(true);
    expect(lines).toHaveLength(4);
    // The article's own words are never on the clipboard as the speaker's.
    expect(lines.join('\n')).not.toContain(t.quoteWords.replace(/^“|”$/g, '').replace(/,$/, ''));
    await close();
  });

  test('the second choice copies the article’s wording, labelled as its rendering', async () => {
    const { page, close } = await openPage(browser, articlePath, clipboard);
    const t = await targets(page);
    await page.locator(`#${t.quoteId} .share-button`).click();
    await page.getByRole('button', { name: 'Copy the article’s wording (its rendering)' }).click();
    const lines = (await readClipboard(page)).split('\n');
    expect(lines[0]).toBe(`“${t.quoteWords.replace(/^“|”$/g, '').replace(/,$/, '')}”`);
    expect(lines[1]).toMatch(/^— the article’s rendering of words by .+; not their verbatim words$/);
    await close();
  });

  test('a quote page shares its own URL', async () => {
    const article = await openPage(browser, articlePath);
    const { quoteId, speakerName } = await targets(article.page);
    await article.close();
    const { page, close } = await openPage(browser, `/quotes/${quoteId}/`, clipboard);
    await page.getByRole('button', { name: `Share quote by ${speakerName}` }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await readClipboard(page)).toBe(new URL(`/quotes/${quoteId}/`, site.url).href);
    await close();
  });

  test('the share menu works by keyboard: Escape closes it and returns focus to its button; no axe violations with it open', async () => {
    const { page, close } = await openPage(browser, articlePath, clipboard);
    const t = await targets(page);
    const button = page.getByRole('button', { name: `Share ${t.sectionTitle}`, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Share ${t.sectionTitle}`);
    await close();
  });
});

describe('share › arrival', () => {
  test('a deep link to a paragraph far down lands with it below the sticky header, in view, highlighted', async () => {
    const first = await openPage(browser, articlePath);
    const { lastParagraphId } = await targets(first.page);
    await first.close();
    const { page, close } = await openPage(browser, `${articlePath}#${lastParagraphId}`, { viewport: { width: 1280, height: 420 } });
    await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-highlighted'), lastParagraphId);
    const where = await placement(page, `#${lastParagraphId}`);
    expect(where.scrolled).toBeGreaterThan(0);
    expect(where.top).toBeGreaterThanOrEqual(where.headerBottom);
    expect(where.top).toBeLessThan(where.viewport);
    await close();
  });

  test('following a section link in the page highlights the new target and drops the old highlight', async () => {
    const first = await openPage(browser, articlePath);
    const t = await targets(first.page);
    await first.close();
    const { page, close } = await openPage(browser, `${articlePath}#${t.lastParagraphId}`, { viewport: { width: 1280, height: 420 } });
    await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-highlighted'), t.lastParagraphId);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.locator(`nav.toc a[href="#${t.sectionId}"]`).click();
    await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-highlighted'), t.sectionId);
    expect(await page.locator(`#${t.lastParagraphId}`).getAttribute('class')).not.toContain('is-highlighted');
    const where = await placement(page, `#${t.sectionId}`);
    expect(where.top).toBeGreaterThanOrEqual(where.headerBottom);
    await close();
  });

  test('on a phone, a link into a collapsed note opens the note and shows it below the header', async () => {
    const phone = { viewport: { width: 375, height: 640 }, isMobile: true, hasTouch: true };
    const plain = await openPage(browser, articlePath, phone);
    const { noteId } = await targets(plain.page);
    expect(await plain.page.locator(`#${noteId} details`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await plain.close();

    const { page, close } = await openPage(browser, `${articlePath}#${noteId}`, phone);
    await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-highlighted'), noteId);
    expect(await page.locator(`#${noteId} details`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator(`#${noteId} .note-body`).isVisible()).toBe(true);
    const where = await placement(page, `#${noteId}`);
    expect(where.top).toBeGreaterThanOrEqual(where.headerBottom);
    expect(where.top).toBeLessThan(where.viewport);
    await close();
  });
});
