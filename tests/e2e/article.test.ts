/** A reader on the annotated article: the reported text is all there, quotes show their speakers, notes open by keyboard and read without JavaScript. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, openPage } from './browser.ts';

const root = join(import.meta.dirname, '../..');
const articleFile = readdirSync(join(root, 'content/articles')).find((name) => name.endsWith('.md'))!;
const slug = articleFile.replace(/\.md$/, '');
const markdown = readFileSync(join(root, 'content/articles', articleFile), 'utf8');
const seed = readFileSync(join(root, 'tests/fixtures/seed-article.txt'), 'utf8');
const articlePath = `/articles/${slug}/`;

/** The seed's sentences: split after . ? ! or a closing quote that follows one. */
function sentences(text: string): string[] {
  const body = text.split('\n').slice(1).join('\n');
  return body
    .split(/\n+/)
    .flatMap((paragraph) => paragraph.match(/[^.!?]+(?:[.!?]+[”’]?|$)/g) ?? [])
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The reported text as a reader sees it: the article body without the site's additions (headings, notes, speaker tags). */
const reportedText = (page: Page) =>
  page.evaluate(() => {
    const body = document.querySelector('.article-body')!.cloneNode(true) as HTMLElement;
    body.querySelectorAll('[data-editorial], .differs, h2, aside').forEach((el) => el.remove());
    return body.textContent!.replace(/\s+/g, ' ');
  });

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('article', () => {
  it('renders every sentence of the seed article word for word, in order', async () => {
    const { page, close } = await openPage(browser, articlePath);
    const text = await reportedText(page);
    const expected = sentences(seed);
    expect(expected.length).toBeGreaterThan(15);
    let from = 0;
    for (const sentence of expected) {
      const at = text.indexOf(sentence, from);
      expect(at, `sentence missing or out of order: ${sentence}`).toBeGreaterThanOrEqual(0);
      from = at + sentence.length;
    }
    expect(await page.locator('h1').textContent()).toBe(seed.split('\n')[0]!.trim());
    await close();
  });

  it('drops nothing: every quote, note and citation in the Markdown is in the page', async () => {
    const { page, close } = await openPage(browser, articlePath);
    const count = (pattern: RegExp) => markdown.match(pattern)?.length ?? 0;
    expect(count(/:quote\[/g)).toBeGreaterThan(5);
    expect(await page.locator('.article-body .quote').count()).toBe(count(/:quote\[/g));
    expect(await page.locator('.article-body aside.note').count()).toBe(count(/^:::note/gm));
    expect(await page.locator('.article-body a.cite').count()).toBe(count(/:cite\[/g));
    await close();
  });

  it('every quote shows its speaker: a link to the person, name and title', async () => {
    const { page, close } = await openPage(browser, articlePath);
    const data = (await (await fetch(new URL('/data/quotes.json', baseURL()))).json()) as { quotes: { id: string; speakers: { id: string }[] }[] };
    const speakerOf = new Map(data.quotes.map((q) => [q.id, q.speakers[0]!.id]));
    const quotes = await page.locator('.article-body .quote').evaluateAll((elements) =>
      elements.map((el) => ({
        id: el.id,
        href: el.querySelector('.speaker-card a')?.getAttribute('href'),
        label: el.querySelector('button.speaker')?.getAttribute('aria-label'),
        cite: el.querySelector('q')?.getAttribute('cite'),
      })),
    );
    for (const quote of quotes) {
      expect(quote.id).toMatch(/^[a-z0-9-]+$/);
      expect(quote.href).toBe(`/people/${speakerOf.get(quote.id)}/`);
      expect(quote.label).toMatch(/^(Speaker|Speakers [^:]+): .+, .+/);
    }
    // Hovering a speaker tag shows the card with the name and title.
    const firstSpeaker = page.locator('.article-body .speaker-tag').first();
    await firstSpeaker.locator('button.speaker').hover();
    await expect.poll(() => firstSpeaker.locator('.speaker-card').isVisible()).toBe(true);
    await close();
  });

  it('a note opens and closes by keyboard on a narrow screen', async () => {
    const { page, close } = await openPage(browser, articlePath, { viewport: { width: 375, height: 800 } });
    const note = page.locator('aside.note').first();
    const body = note.locator('.note-body');
    expect(await body.isVisible()).toBe(false);
    await note.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => body.isVisible()).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => body.isVisible()).toBe(false);
    await close();
  });

  it('with JavaScript off, the article and all its notes are readable (each note opens from its title)', async () => {
    const { page, close } = await openPage(browser, articlePath, { javaScriptEnabled: false });
    expect(await reportedText(page)).toContain(sentences(seed)[0]);
    const notes = page.locator('aside.note');
    const total = await notes.count();
    expect(total).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < total; i++) {
      await notes.nth(i).locator('summary').click();
      expect(await notes.nth(i).locator('.note-body').isVisible()).toBe(true);
    }
    await close();
  });

  it('lists the sources it cites, each citation linking to its entry', async () => {
    const { page, close } = await openPage(browser, articlePath);
    const targets = await page.locator('.article-body a.cite').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const target of new Set(targets)) expect(await page.locator(target).count(), target).toBe(1);
    await close();
  });

  it('shows the 2022–2024 timeline figure: an image of exactly those events from the data, described by its caption and alt text, with a link to the full timeline', async () => {
    const { page, close } = await openPage(browser, articlePath);
    const figure = page.locator('.article-body figure.tl-figure');
    const image = figure.locator('img');
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    const src = new URL((await image.getAttribute('src'))!, page.url());
    expect(src.origin).toBe(new URL(page.url()).origin);
    // The events the figure should show, counted from the published data set, not from the figure.
    const data = (await (await page.request.get(new URL('/data/exercises.json', page.url()).href)).json()) as { events: { id: string; start: string }[] };
    const events = data.events.filter((e) => /^202[2-4]/.test(e.start));
    expect(events.length).toBeGreaterThan(0);
    const svg = await (await page.request.get(src.href)).text();
    expect(svg.match(/class="tl-event /g)?.length).toBe(events.length);
    // The caption gives the count; the alt counts each lane, adding up to it.
    expect(await figure.locator('figcaption').textContent()).toContain(`${events.length} events by kind`);
    const lanes = /^Lanes by kind \(([^)]*)\)/.exec((await image.getAttribute('alt'))!)![1]!;
    expect([...lanes.matchAll(/ (\d+)(?=,|$)/g)].reduce((total, m) => total + Number(m[1]), 0)).toBe(events.length);
    // The page reserves the figure's space before the image arrives (no layout shift).
    expect(Number(await image.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(await image.getAttribute('height'))).toBeGreaterThan(0);
    expect(await figure.locator('figcaption a').getAttribute('href')).toBe('/timeline/');
    await close();
  });

  it('key quotes are the ones the front matter names, in that order, each linking to its place in the text', async () => {
    const keyQuotes = /^keyQuotes: \[(.*)\]$/m.exec(markdown)?.[1]?.split(',').map((id) => id.trim());
    expect(keyQuotes?.length).toBeGreaterThan(0);
    const { page, close } = await openPage(browser, articlePath);
    const links = await page.locator('.key-quotes blockquote').evaluateAll((quotes) => quotes.map((q) => q.getAttribute('cite')));
    expect(links).toEqual(keyQuotes!.map((id) => `#${id}`));
    for (const id of keyQuotes!) expect(await page.locator(`.article-body #${id}`).count(), id).toBe(1);
    await close();
  });

  it('prints as a reference: no site chrome, every note open, each external link followed by its address', async () => {
    const { page, close } = await openPage(browser, articlePath, { viewport: { width: 375, height: 800 } });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const notes = page.locator('aside.note .note-body');
    for (let i = 0; i < (await notes.count()); i++) expect(await notes.nth(i).isVisible()).toBe(true);
    const link = page.locator('.sources-list a[href^="http"]').first();
    const href = await link.getAttribute('href');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(href!);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    expect(await notes.first().isVisible()).toBe(false);
    await close();
  });
});

