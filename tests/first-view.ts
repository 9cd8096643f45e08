/** Records what a first view of a page fetches in Chromium (no interaction, idle-time loads included): every request with its type, host and raw and gzip bytes. */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions } from 'playwright-core';

export interface Fetched {
  url: string;
  /** html, css, js, image, font, data (json, wasm, pagefind index) or other */
  kind: 'html' | 'css' | 'js' | 'image' | 'font' | 'data' | 'other';
  external: boolean;
  raw: number;
  gzip: number;
}

export interface FirstView {
  fetched: Fetched[];
  /** Inline <style> and <script> the HTML carries (already counted in the HTML's bytes), raw and gzip. */
  inlineCss: { raw: number; gzip: number };
  inlineJs: { raw: number; gzip: number };
  /** URLs Chromium marked render-blocking (Resource Timing's renderBlockingStatus): the stylesheets the first paint waits for. */
  renderBlocking: string[];
}

export const gzipSize = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

function kindOf(resourceType: string, url: string): Fetched['kind'] {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || /\.css(\?|$)/.test(url)) return 'css';
  if (resourceType === 'script' || /\.m?js(\?|$)/.test(url)) return 'js';
  if (resourceType === 'image') return 'image';
  if (resourceType === 'font') return 'font';
  if (resourceType === 'fetch' || resourceType === 'xhr') return 'data';
  return 'other';
}

/** Loads the page, waits for the network to go quiet and then `idleMs` more (lazy and idle-time loads), without touching it. */
export async function recordFirstView(browser: Browser, url: string, options: BrowserContextOptions = {}, idleMs = 3000): Promise<FirstView> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, ...options });
  const origin = new URL(url).origin;
  const pending: Promise<Fetched | undefined>[] = [];
  // Other hosts are recorded and never contacted.
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(origin) || target.startsWith('data:') || target.startsWith('blob:')) return route.continue();
    pending.push(Promise.resolve({ url: target, kind: kindOf(route.request().resourceType(), target), external: true, raw: 0, gzip: 0 }));
    return route.abort();
  });
  const page = await context.newPage();
  page.on('response', (response) => {
    const request = response.request();
    if (!response.url().startsWith(origin)) return;
    pending.push(
      response
        .body()
        .then((body) => ({ url: response.url(), kind: kindOf(request.resourceType(), response.url()), external: false, raw: body.length, gzip: gzipSize(body) }))
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(idleMs);
  const inline = await page.evaluate(() => ({
    renderBlocking: performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
      .map((entry) => entry.name),
    css: [...document.querySelectorAll('style')].map((el) => el.textContent ?? '').join('\n'),
    js: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])')]
      .map((el) => el.textContent ?? '')
      .join('\n'),
  }));
  const measured = (text: string) => ({ raw: Buffer.byteLength(text), gzip: text ? gzipSize(text) : 0 });
  const fetched = (await Promise.all(pending)).filter((entry): entry is Fetched => entry !== undefined);
  await context.close();
  return { fetched, inlineCss: measured(inline.css), inlineJs: measured(inline.js), renderBlocking: inline.renderBlocking };
}

export const sum = (entries: Fetched[], key: 'raw' | 'gzip') => entries.reduce((total, entry) => total + entry[key], 0);

/** What the benchmark reports for a first view: the page's own bytes by kind (raw and gzip) and its requests; other hosts only counted. */
export interface FirstViewTotals {
  html: { raw: number; gzip: number };
  /** All CSS files a first view fetched (raw, gzip), those of them that blocked rendering, and the inline <style>. */
  css: { raw: number; gzip: number; blockingRaw: number; blockingGzip: number; inlineRaw: number; inlineGzip: number };
  js: { raw: number; gzip: number; inlineRaw: number; inlineGzip: number };
  other: { raw: number; gzip: number };
  requests: number;
  externalRequests: number;
}

export function firstViewTotals(view: FirstView): FirstViewTotals {
  const of = (kind: Fetched['kind']) => view.fetched.filter((entry) => entry.kind === kind && !entry.external);
  const others = view.fetched.filter((entry) => !['html', 'css', 'js'].includes(entry.kind) && !entry.external);
  const blockingCss = of('css').filter((entry) => view.renderBlocking.includes(entry.url));
  return {
    html: { raw: sum(of('html'), 'raw'), gzip: sum(of('html'), 'gzip') },
    css: {
      raw: sum(of('css'), 'raw'),
      gzip: sum(of('css'), 'gzip'),
      blockingRaw: sum(blockingCss, 'raw'),
      blockingGzip: sum(blockingCss, 'gzip'),
      inlineRaw: view.inlineCss.raw,
      inlineGzip: view.inlineCss.gzip,
    },
    js: { raw: sum(of('js'), 'raw'), gzip: sum(of('js'), 'gzip'), inlineRaw: view.inlineJs.raw, inlineGzip: view.inlineJs.gzip },
    other: { raw: sum(others, 'raw'), gzip: sum(others, 'gzip') },
    requests: view.fetched.filter((entry) => !entry.external).length,
    externalRequests: view.fetched.filter((entry) => entry.external).length,
  };
}
