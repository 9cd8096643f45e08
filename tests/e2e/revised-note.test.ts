/** A reader arriving by a link made before a passage's revision is told so, once, and can dismiss the note; a link made after it says nothing. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';
import { contentDirectory } from '../../src/content/paths.ts';

const articlesDir = join(contentDirectory(resolve(import.meta.dirname, '../..')), 'articles');
const articlePath = `/articles/${readdirSync(articlesDir).filter((name) => name.endsWith('.md')).sort()[0]!.replace(/\.md$/, '')}/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** The article as a build whose record holds a revision of its second paragraph writes it: data-revised on the passage. */
async function withRevision(page: Page) {
  await page.route((url) => url.pathname.endsWith(articlePath), async (route) => {
    const response = await route.fetch();
    let count = 0;
    const body = (await response.text()).replace(/<p id="(p-[^"]+)"/g, (match, id: string) => (++count === 2 ? `<p id="${id}" data-revised="2026-12-02" data-test-revised` : match));
    await route.fulfill({ response, body });
  });
}

describe('share › revised passages', () => {
  test('a link without a date, or dated before the revision, shows one dismissible note above the passage; a link made after shows none', async () => {
    const probe = await openPage(browser, articlePath, {}, withRevision);
    const id = await probe.page.locator('[data-test-revised]').getAttribute('id');
    await probe.close();

    for (const link of [`${articlePath}#${id}`, `${articlePath}?v=2026-11-25#${id}`]) {
      const { page, close } = await openPage(browser, link, {}, withRevision);
      const note = page.locator('.revised-note');
      await expect.poll(() => note.count(), { timeout: 15_000 }).toBe(1);
      expect(await note.textContent()).toBe('This passage was revised on 2 December 2026, after this link was made. Dismiss');
      expect(await note.evaluate((el) => el.nextElementSibling?.id)).toBe(id);
      expect(await note.isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Dismiss the note on the revision' }).click();
      expect(await note.count()).toBe(0);
      await close();
    }

    const { page, close } = await openPage(browser, `${articlePath}?v=2026-12-02#${id}`, {}, withRevision);
    await expect.poll(() => page.locator(`[id="${id}"].is-highlighted`).count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('.revised-note').count()).toBe(0);
    await close();
  });
});
