/** Launches Debian's Chromium through playwright-core with the flags this machine needs, and opens pages of the built site. */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { withBase } from '../../src/links/urls.ts';
import { chromiumFlags, chromiumPath } from '../chromium.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
}

export const baseURL = () => inject('baseURL');

/** The preview server's URL of a site path, under the base path the site was built with (BASE_PATH). */
export const siteURL = (path: string) => new URL(path.startsWith('/') ? withBase(path) : path, baseURL()).href;

/** Opens a page of the built site in a fresh context; requests to any other host are recorded and blocked. */
export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
  /** Runs on the new page before it loads the path (to add init scripts or listeners). */
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<{ page: Page; externalRequests: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const externalRequests: string[] = [];
  const origin = new URL(baseURL()).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    externalRequests.push(url);
    return route.abort();
  });
  const close = () => context.close();
  const page = await context.newPage();
  try {
    await beforeLoad?.(page);
    await page.goto(siteURL(path));
  } catch (error) {
    await close();
    throw error;
  }
  return { page, externalRequests, close };
}

/** Opens a page of the built site, runs `run` on it, checks that it asked no other host for anything, and closes it, failed or not. */
export async function withPage(browser: Browser, path: string, run: (page: Page) => Promise<void>, options: BrowserContextOptions = {}): Promise<void> {
  const { page, externalRequests, close } = await openPage(browser, path, options);
  try {
    await run(page);
    expect(externalRequests).toEqual([]);
  } finally {
    await close();
  }
}
