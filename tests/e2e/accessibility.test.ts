/** axe-core finds no violations on each page type, in light and dark schemes, on a phone and a laptop. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { requiredPagesOf } from '../page-types.ts';
import { launchBrowser, openPage } from './browser.ts';

const dist = inject('distDir');
// Every page type the build has (home, article, timeline, event, quote, person, search), plus the listings.
const pages: Record<string, string> = { ...requiredPagesOf(dist), quotes: '/quotes/', sources: '/sources/' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('accessibility', () => {
  for (const [name, path] of Object.entries(pages)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        it(`${name} page › no axe violations (${colorScheme}, ${width}px)`, async () => {
          const { page, close } = await openPage(browser, path, { colorScheme, viewport: { width, height: 900 } });
          try {
            const results = await new AxeBuilder({ page }).analyze();
            const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
            expect(summary).toEqual([]);
          } finally {
            await close();
          }
        });
      }
    }
  }
});
