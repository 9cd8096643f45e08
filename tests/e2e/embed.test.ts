/**
 * Embeds in Chromium, with the site and a host page on two origins (two local ports): the site served from dist with
 * its _headers applied, the host page with a strict CSP of its own. The embedded timeline keeps its place in the host
 * page's URL; only /embed/ pages may be framed; the embeds are complete without JavaScript and axe-clean, light and dark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { htmlFilesOf } from '../page-types.ts';
import { headersFor, listen, parseHeaders, serveDist, serveHostPage } from './static-server.ts';

const dist = inject('distDir');
let browser: Browser;
let servers: Server[] = [];
let site: string;

/** Records CSP violations and console errors in every frame of every page of a context. */
async function watchedContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  const errors: string[] = [];
  await context.exposeBinding('reportViolation', ({ frame }, text: string) => errors.push(`${frame.url()}: ${text}`));
  await context.addInitScript(() => {
    addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`CSP ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, errors };
}

function hostHtml(embedPath: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom page</title></head><body>
<h1>A newsroom page</h1>
<iframe src="${site}${embedPath}" title="Timeline (Two Fronts)" width="100%" height="600" loading="lazy" data-two-fronts></iframe>
<script src="${site}/embed/host.js" defer></script>
</body></html>`;
}

async function hostPage(embedPath: string): Promise<string> {
  // The host's own strict policy: scripts and frames only from the site, nothing inline.
  const csp = `default-src 'none'; script-src ${site}; frame-src ${site}; style-src 'none'; img-src 'none'`;
  const server = serveHostPage(hostHtml(embedPath), { 'content-security-policy': csp });
  servers.push(server);
  return listen(server);
}

const embedFrame = (page: Page): Frame => page.frames().find((frame) => frame.url().startsWith(`${site}/embed/`))!;

beforeAll(async () => {
  browser = await launchBrowser();
  const siteServer = serveDist(dist);
  servers.push(siteServer);
  site = await listen(siteServer);
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  servers = [];
});

describe('embeds', () => {
  it('the embedded timeline keeps its place: choose an event and a filter, reload the host at its new hash, land on the same event', async () => {
    const host = await hostPage('/embed/timeline/');
    const { context, errors } = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${host}/`);
    const iframe = page.locator('iframe[data-two-fronts]');
    // The host script sizes the iframe to its content.
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
    const contentHeight = await embedFrame(page).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(Math.abs((await iframe.evaluate((el) => el.clientHeight)) - contentHeight)).toBeLessThanOrEqual(1);

    const frame = embedFrame(page);
    await frame.selectOption('select[name="kind"]', 'air-patrol');
    await page.waitForFunction(() => location.hash === '#two-fronts=kind.air-patrol');
    const event = frame.locator('.tl-wide .tl-event:not(.is-filtered-out)').first();
    const id = (await event.getAttribute('data-id'))!;
    await event.click();
    await page.waitForFunction((expected) => location.hash === expected, `#two-fronts=kind.air-patrol~event.${id}`);
    const name = await frame.locator('[data-details-title]').textContent();

    const shared = page.url();
    await page.goto('about:blank');
    await page.goto(shared);
    await page.waitForFunction((expected) => {
      const inner = [...document.querySelectorAll('iframe')][0];
      return inner && location.hash === expected && inner.style.height !== '';
    }, `#two-fronts=kind.air-patrol~event.${id}`);
    const again = embedFrame(page);
    await again.waitForFunction((expected) => location.hash === `#${expected}`, id);
    expect(await again.locator('[data-details-title]').textContent()).toBe(name);
    expect(await again.locator('[data-timeline-details]').isVisible()).toBe(true);
    expect(await again.inputValue('select[name="kind"]')).toBe('air-patrol');
    expect(page.url()).toBe(shared);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the host script ignores messages that do not come from the embed, and the embed ignores shows from other windows', async () => {
    const host = await hostPage('/embed/timeline/');
    const { context } = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${host}/`);
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
    // Right shape, wrong sender: the host page itself (another origin than the site's, not the iframe).
    await page.evaluate(() => window.postMessage({ type: 'two-fronts-embed', action: 'report', height: 5, state: { event: 'forged' } }, '*'));
    // Right sender, wrong shape: the embed posts a message with an unknown key.
    await embedFrame(page).evaluate(() => parent.postMessage({ type: 'two-fronts-embed', action: 'report', height: 5, state: { event: 'x', script: 'y' } }, '*'));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => [location.hash, document.querySelector('iframe')!.style.height])).not.toContain('5px');
    expect(await page.evaluate(() => location.hash)).toBe('');
    await context.close();
  });

  it('only /embed/ pages may be framed: the host page shows an embed, and a framed full page is refused', async () => {
    const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
    const pages = htmlFilesOf(dist).map((file) => `/${file.replace(/index\.html$/, '')}`);
    expect(pages.filter((path) => path.startsWith('/embed/')).length).toBeGreaterThan(2);
    for (const path of pages) {
      const headers = headersFor(rules, path);
      if (path.startsWith('/embed/')) {
        expect(headers['Content-Security-Policy'], path).toBe('frame-ancestors *');
        expect(headers['X-Frame-Options'], path).toBeUndefined();
      } else {
        expect(headers['Content-Security-Policy'], path).toBe("frame-ancestors 'none'");
        expect(headers['X-Frame-Options'], path).toBe('DENY');
      }
    }
    const host = await hostPage('/timeline/');
    const { context } = await watchedContext();
    const page = await context.newPage();
    const refused = page.waitForEvent('console', (message) => /frame-ancestors|Refused to frame/.test(message.text()));
    await page.goto(`${host}/`);
    await refused;
    expect(page.frames().some((frame) => frame.url() === `${site}/timeline/`)).toBe(false);
    await context.close();
  });

  for (const path of ['/embed/timeline/', '/embed/events/2023-07-northern-interaction/', '/embed/quotes/haines-first-time-taiwan/']) {
    it(`${path} is complete without JavaScript: content, no site chrome, a link to the full page`, async () => {
      const { context } = await watchedContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site}${path}`);
      expect(await page.locator('header.site-header, nav, footer.site-footer, [data-search-open]').count()).toBe(0);
      expect(await page.locator('h1, blockquote').count()).toBeGreaterThan(0);
      const back = page.locator('.embed-source a');
      expect(await back.getAttribute('href')).toBe(path.replace('/embed/events/', '/timeline/').replace('/embed/', '/'));
      expect(await back.getAttribute('target')).toBe('_blank');
      await context.close();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${path} has no axe violations (${colorScheme})`, async () => {
        const { context, errors } = await watchedContext({ colorScheme, viewport: { width: 600, height: 700 } });
        const page = await context.newPage();
        await page.goto(`${site}${path}`);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      }, 180_000);
    }
  }

  it('quote and event pages name their oEmbed JSON, which embeds the page by URL', async () => {
    const { context } = await watchedContext();
    const page = await context.newPage();
    for (const [path, embed] of [['/quotes/haines-first-time-taiwan/', '/embed/quotes/haines-first-time-taiwan/'], ['/timeline/2023-07-northern-interaction/', '/embed/events/2023-07-northern-interaction/'], ['/timeline/', '/embed/timeline/']]) {
      await page.goto(`${site}${path}`);
      const href = await page.getAttribute('link[rel="alternate"][type="application/json+oembed"]', 'href');
      const json = JSON.parse(readFileSync(join(dist, new URL(href!).pathname), 'utf8'));
      expect(json).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Two Fronts' });
      expect(json.html).toMatch(new RegExp(`^<iframe src="[^"]*${embed}" title="[^"]+" width="100%" height="\\d+" loading="lazy" data-two-fronts></iframe>$`));
      // The share menu offers the same code.
      expect(await page.getAttribute('[data-share-here]', 'data-share-embed')).toBe(json.html);
    }
    await context.close();
  });
});
