/** What a reader does with the search dialog, for the search tests: open it, type, read the results. */
import type { Page } from 'playwright-core';

export const dialogInput = '.search-dialog input[type="search"]';
export const dialogResults = '.search-dialog .search-results';

export interface ShownHit {
  href: string;
  kind: string;
  meta: string;
  title: string;
}

/** Types the query into a search field and waits until the results shown are the results for it. */
export async function typeSearch(page: Page, input: string, results: string, query: string): Promise<ShownHit[]> {
  await page.fill(input, query);
  await page.waitForFunction(
    ([selector, q]) => {
      const list = document.querySelector(selector!);
      return list?.getAttribute('data-query') === q && !list.hasAttribute('aria-busy');
    },
    [results, query] as const,
  );
  return page.$$eval(`${results} a.search-hit`, (links) =>
    links.map((link) => ({
      href: new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).hash,
      kind: (link as HTMLElement).dataset.kind ?? '',
      meta: link.querySelector('.search-hit-meta')?.textContent ?? '',
      title: link.querySelector('.search-hit-title')?.textContent ?? '',
    })),
  );
}

export async function openDialogWithSlash(page: Page): Promise<void> {
  await page.locator('body').focus();
  await page.keyboard.press('/');
  await page.waitForSelector('.search-dialog[open]');
}
