/**
 * The TimelineJS3 baseline: builds a local TimelineJS3 page showing the same events as /timeline/, then measures both in one
 * Chromium run (first-view bytes, time until the chart responds to a key, events shown without script) and prints the comparison.
 * Alone, on an existing build: `npx node tests/bench/baseline-timelinejs.ts [dist]`; `npm run bench` calls timelineBaseline().
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadRegistry } from '../../src/content/registry.ts';
import { timeOrder } from '../../src/timeline/layout/index.ts';
import { recordFirstView, sum, type Fetched } from '../first-view.ts';
import { toTimelineJs } from './timelinejs-data.ts';
import { chromiumFlags, chromiumPath } from '../chromium.ts';
import { benchModules } from './packages.ts';

const root = resolve(import.meta.dirname, '../..');
const packageDir = join(benchModules, '@knight-lab/timelinejs');
/** The phone-sized viewport tests/first-view.ts uses; both pages are measured in it. */
const viewport = { width: 412, height: 823 };
const cpuSlowdown = 4;
const loads = 5;
const pollMs = 25;
const giveUpMs = 30_000;

/**
 * The definition printed with the results (both pages are measured the same way).
 * "Responds" means the chart's current event moves from the first event in time order to the next one after an ArrowRight:
 * on /timeline/ keyboard focus moves from the first event link to the second (the roving focus of src/timeline/client/roving.ts);
 * on TimelineJS3 the second event's marker becomes the active one (its document-level ArrowRight handler calls goToNext).
 */
export const timeToRespondDefinition =
  `time to respond: with the CPU slowed ${cpuSlowdown}× (CDP Emulation.setCPUThrottlingRate) in a ${viewport.width}×${viewport.height} viewport, ` +
  `from navigation start until the first ArrowRight key press moves the chart from its first event to the next one in time order ` +
  `(ours: keyboard focus moves from the first event link to the second; TimelineJS3: the second event's marker becomes active). ` +
  `From the moment the navigation commits, the first event is focused (ours; TimelineJS3 listens on the document) and ArrowRight is pressed every ${pollMs} ms until it responds; median of ${loads} loads.`;

/** The TimelineJS3 page: the library's own files served locally, system fonts (font "georgia-helvetica" loads no web fonts), no analytics. */
function timelineJsPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>China–Russia joint exercises (TimelineJS3 baseline)</title>
<link rel="stylesheet" href="/timelinejs/css/timeline.css">
<script src="/timelinejs/js/timeline.js"></script>
<style>html, body { margin: 0; height: 100%; } #timeline { height: 100vh; }</style>
</head>
<body>
<div id="timeline"></div>
<script>
  window.timeline = new TL.Timeline('timeline', '/events.json', { script_path: new URL('/timelinejs/js/', location.href).href, font: 'georgia-helvetica', language: 'en', hash_bookmark: false });
</script>
</body>
</html>
`;
}

/** The same page with TimelineJS3's defaults (its script_path is its CDN, its default font is Google's): only to record which other hosts it would call. */
function timelineJsDefaultsPage(): string {
  return timelineJsPage().replace(/\{ script_path:[^\n]*\}/, '{}');
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

/** A static server on 127.0.0.1 (port chosen by the system): /timelinejs/… from the package's dist folder, the rest from `folder`. */
async function serveStatic(folder: string): Promise<{ base: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = path.startsWith('/timelinejs/') ? join(packageDir, 'dist', path.slice('/timelinejs/'.length)) : join(folder, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Writes the TimelineJS3 page, a defaults variant and events.json (the site's events, read with the site's own registry) into `folder`. */
export function writeTimelineJsSite(folder: string): { events: { id: string; name: string }[] } {
  const registry = loadRegistry(root);
  const events = timeOrder([...registry.exercises.values()]);
  const milestones = [...registry.milestones.values()].sort((a, b) => a.date.localeCompare(b.date));
  writeFileSync(join(folder, 'events.json'), JSON.stringify(toTimelineJs(events, milestones)));
  writeFileSync(join(folder, 'index.html'), timelineJsPage());
  writeFileSync(join(folder, 'defaults.html'), timelineJsDefaultsPage());
  return { events: events.map(({ id, name }) => ({ id, name })) };
}


interface Bytes {
  raw: number;
  gzip: number;
}

export interface TimelinePageFigures {
  url: string;
  html: Bytes;
  /** Stylesheet files plus inline <style>. */
  css: Bytes;
  /** Script files plus inline scripts: what the browser has to parse and run. */
  js: Bytes;
  /** Fetched data (TimelineJS3's events.json). */
  data: Bytes;
  fonts: Bytes;
  other: Bytes;
  requests: number;
  /** Requests to other hosts the page attempted (blocked, never contacted). */
  externalRequests: string[];
  /** Each load's time to respond in ms (null: no response within the time limit), and their median. */
  timeToRespondMs: { median: number | null; loads: (number | null)[] };
  /** Events (of the site's events) whose name a rendered element shows, as text or accessible name, with script disabled. */
  eventsWithoutScript: number;
  /** The same count once the script has run (checks that the page shows every event). */
  eventsWithScript: number;
}

export interface TimelineBaseline {
  definition: string;
  viewport: { width: number; height: number };
  cpuSlowdown: number;
  events: number;
  milestonesAs: string;
  ours: TimelinePageFigures;
  timelineJs: TimelinePageFigures & { version: string; options: string };
  /** Hosts TimelineJS3 tries with its default options (script_path on its CDN, font "default" from Google Fonts). */
  timelineJsDefaultsExternalRequests: string[];
  /** Hosts the default font's stylesheet (font.default.css) loads its font files from: reached once that stylesheet loads. */
  timelineJsDefaultFontHosts: string[];
  /** Our JS gzip bytes as a percentage of TimelineJS3's. */
  jsGzipSharePercent: number;
}

/** Bytes by kind from a first view of `url` (tests/first-view.ts: no throttling, no interaction). */
async function firstViewBytes(browser: Browser, url: string) {
  const view = await recordFirstView(browser, url, { viewport });
  const local = view.fetched.filter((entry) => !entry.external);
  const of = (...kinds: Fetched['kind'][]) => {
    const entries = local.filter((entry) => kinds.includes(entry.kind));
    return { raw: sum(entries, 'raw'), gzip: sum(entries, 'gzip') };
  };
  const files = { css: of('css'), js: of('js') };
  return {
    html: of('html'),
    css: { raw: files.css.raw + view.inlineCss.raw, gzip: files.css.gzip + view.inlineCss.gzip },
    js: { raw: files.js.raw + view.inlineJs.raw, gzip: files.js.gzip + view.inlineJs.gzip },
    data: of('data'),
    fonts: of('font'),
    other: of('image', 'other'),
    requests: local.length,
    externalRequests: view.fetched.filter((entry) => entry.external).map((entry) => entry.url),
  };
}

/** In the page, before any of its scripts: notes the time of the first frame after the chart's current event became the second one. */
function installResponseProbe({ page, secondId }: { page: 'ours' | 'timelinejs'; secondId: string }) {
  const probe = window as unknown as { respondedAt?: number };
  const responded = (target?: EventTarget | null) =>
    page === 'ours'
      ? target instanceof Element && target.matches('.tl-event') && target.getAttribute('data-id') === secondId
      : document.getElementById(`${secondId}-marker`)?.classList.contains('tl-timemarker-active') === true;
  const note = () => {
    if (probe.respondedAt !== undefined) return;
    probe.respondedAt = -1;
    requestAnimationFrame(() => (probe.respondedAt = performance.now()));
  };
  if (page === 'ours') document.addEventListener('focusin', (event) => responded(event.target) && note(), true);
  else new MutationObserver(() => responded() && note()).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
}

/** Counts the events whose name a rendered element shows, as text or as its accessible name. */
function countShownEvents(names: string[]): number {
  const rendered = (el: Element) => el.getClientRects().length > 0;
  const labels = [...document.querySelectorAll('[aria-label]')].filter(rendered).map((el) => el.getAttribute('aria-label')!);
  const text = document.body.innerText.replace(/\s+/g, ' ');
  return names.filter((name) => text.includes(name) || labels.some((label) => label.includes(name))).length;
}

async function blockOtherHosts(context: Awaited<ReturnType<Browser['newContext']>>, origin: string) {
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) || route.request().url().startsWith('data:') ? route.continue() : route.abort()));
}

/** One throttled load: ms from navigation start to the chart's response to ArrowRight (see timeToRespondDefinition), or null. */
async function timeToRespond(browser: Browser, url: string, page: 'ours' | 'timelinejs', events: { id: string; name: string }[], countAfter = false) {
  const context = await browser.newContext({ viewport });
  await blockOtherHosts(context, new URL(url).origin);
  const tab: Page = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await tab.addInitScript(installResponseProbe, { page, secondId: events[1]!.id });
  let ms: number | null = null;
  let shown = 0;
  try {
    await tab.goto(url, { waitUntil: 'commit' });
    const deadline = Date.now() + giveUpMs;
    while (ms === null && Date.now() < deadline) {
      try {
        const at = await tab.evaluate(() => (window as unknown as { respondedAt?: number }).respondedAt);
        if (at !== undefined && at >= 0) ms = Math.round(at);
        else if (at === undefined) {
          // Ours: the first event link takes focus, as a Tab into the chart would; TimelineJS3 listens for arrows on the document.
          if (page === 'ours') {
            await tab.evaluate(() => {
              const first = [...document.querySelectorAll<SVGAElement>('.tl-event')].find((el) => el.getClientRects().length > 0);
              if (first && document.activeElement !== first) first.focus();
            });
          }
          await tab.keyboard.press('ArrowRight');
        }
      } catch {
        // The document is being replaced (navigation in progress): try again.
      }
      if (ms === null) await tab.waitForTimeout(pollMs);
    }
    if (countAfter) {
      await tab.waitForLoadState('load');
      await tab.waitForTimeout(1000);
      shown = await tab.evaluate(countShownEvents, events.map((event) => event.name));
    }
  } finally {
    await context.close();
  }
  return { ms, shown };
}

async function eventsWithoutScript(browser: Browser, url: string, names: string[]): Promise<number> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: false });
  await blockOtherHosts(context, new URL(url).origin);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(countShownEvents, names);
  } finally {
    await context.close();
  }
}

function defaultFontHosts(): string[] {
  const css = readFileSync(join(packageDir, 'dist/css/fonts/font.default.css'), 'utf8');
  return [...new Set([...css.matchAll(/url\((?:'|")?(https?:\/\/[^/'")]+)/g)].map((match) => match[1]!))];
}

const median = (values: (number | null)[]): number | null => {
  const known = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (known.length < values.length / 2 || !known.length) return null;
  const middle = Math.floor(known.length / 2);
  return known.length % 2 ? known[middle]! : Math.round((known[middle - 1]! + known[middle]!) / 2);
};

/** Builds the TimelineJS3 page in `scratch`, measures it and our /timeline/ (from the build in `dist`) in one Chromium, and returns the figures. */
export async function compareWithTimelineJs(dist: string, scratch: string): Promise<TimelineBaseline> {
  const { events } = writeTimelineJsSite(scratch);
  const names = events.map((event) => event.name);
  const ourServer = await preview({ root, outDir: dist, server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const baselineServer = await serveStatic(scratch);
  const urls = { ours: `http://127.0.0.1:${ourServer.port}/timeline/`, timelinejs: `${baselineServer.base}/` } as const;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
  try {
    const bytes = { ours: await firstViewBytes(browser, urls.ours), timelinejs: await firstViewBytes(browser, urls.timelinejs) };
    const defaults = await firstViewBytes(browser, `${baselineServer.base}/defaults.html`);
    const runs = { ours: [] as (number | null)[], timelinejs: [] as (number | null)[] };
    const withScript = { ours: 0, timelinejs: 0 };
    // Alternate the two pages so that any slow spell of the machine falls on both.
    for (let load = 0; load < loads; load++) {
      for (const page of ['ours', 'timelinejs'] as const) {
        const { ms, shown } = await timeToRespond(browser, urls[page], page, events, load === 0);
        runs[page].push(ms);
        if (load === 0) withScript[page] = shown;
      }
    }
    const figures = (page: 'ours' | 'timelinejs'): TimelinePageFigures => ({ url: urls[page], ...bytes[page], timeToRespondMs: { median: median(runs[page]), loads: runs[page] }, eventsWithoutScript: 0, eventsWithScript: withScript[page] });
    const ours = { ...figures('ours'), eventsWithoutScript: await eventsWithoutScript(browser, urls.ours, names) };
    const timelineJs = {
      ...figures('timelinejs'),
      eventsWithoutScript: await eventsWithoutScript(browser, urls.timelinejs, names),
      version: JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version as string,
      options: "script_path: the local copy, font: 'georgia-helvetica' (system fonts), language: 'en', hash_bookmark: false; data from /events.json",
    };
    return {
      definition: timeToRespondDefinition,
      viewport,
      cpuSlowdown,
      events: events.length,
      milestonesAs: 'TimelineJS3 eras spanning the milestone’s day (it rejects an era that ends when it starts); events are its slides',
      ours,
      timelineJs,
      timelineJsDefaultsExternalRequests: defaults.externalRequests,
      timelineJsDefaultFontHosts: defaultFontHosts(),
      jsGzipSharePercent: Math.round((1000 * ours.js.gzip) / timelineJs.js.gzip) / 10,
    };
  } finally {
    await browser.close();
    await ourServer.stop();
    await new Promise((done) => baselineServer.server.close(done));
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function printTimelineBaseline(result: TimelineBaseline): void {
  const { ours, timelineJs } = result;
  const both = (label: string, value: (page: TimelinePageFigures) => string | number) => ({ '': label, 'ours (/timeline/)': value(ours), [`TimelineJS3 ${timelineJs.version}`]: value(timelineJs) });
  const bytes = (pick: (page: TimelinePageFigures) => Bytes) => (page: TimelinePageFigures) => `${kb(pick(page).raw)} / ${kb(pick(page).gzip)}`;
  const ms = (value: number | null) => (value === null ? 'no response' : `${value}`);
  console.log(`\nTimeline vs TimelineJS3 (the same ${result.events} events; milestones as ${result.milestonesAs})`);
  console.table([
    both('JS KB raw / gzip', bytes((page) => page.js)),
    both('HTML KB raw / gzip', bytes((page) => page.html)),
    both('CSS KB raw / gzip', bytes((page) => page.css)),
    both('data KB raw / gzip', bytes((page) => page.data)),
    both('fonts KB raw / gzip', bytes((page) => page.fonts)),
    both('images and other KB raw / gzip', bytes((page) => page.other)),
    both('requests (other hosts)', (page) => `${page.requests} (${page.externalRequests.length})`),
    both('time to respond, median ms', (page) => ms(page.timeToRespondMs.median)),
    both('  each load, ms', (page) => page.timeToRespondMs.loads.map(ms).join(', ')),
    both('events shown without script', (page) => `${page.eventsWithoutScript} of ${result.events}`),
    both('events shown with script', (page) => `${page.eventsWithScript} of ${result.events}`),
  ]);
  const aim = result.jsGzipSharePercent < 100 / 3 ? 'under a third: aim met' : 'aim (under a third) not met';
  console.log(`  our JS gzip is ${result.jsGzipSharePercent}% of TimelineJS3's (${aim})`);
  console.log(`  ${result.definition}`);
  console.log(`  TimelineJS3 page: ${timelineJs.options}`);
  const defaults = result.timelineJsDefaultsExternalRequests;
  console.log(`  with its default options TimelineJS3 tries other hosts: ${defaults.length ? defaults.join(', ') : 'none'} (blocked); that stylesheet loads its fonts from ${result.timelineJsDefaultFontHosts.join(', ')}`);
}

/** For tests/bench/run.ts: measures and prints the comparison; a failure is reported, not thrown, so the rest of the benchmark stands. */
export async function timelineBaseline(dist: string, scratch: string): Promise<TimelineBaseline | { error: string }> {
  try {
    const folder = mkdtempSync(join(scratch, 'timelinejs-'));
    const result = await compareWithTimelineJs(dist, folder);
    printTimelineBaseline(result);
    return result;
  } catch (error) {
    const message = String((error as Error).message ?? error).split('\n')[0]!;
    console.log(`  TimelineJS3 comparison failed: ${message}`);
    return { error: message };
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const scratch = mkdtempSync(join(tmpdir(), 'timelinejs-baseline-'));
  try {
    printTimelineBaseline(await compareWithTimelineJs(dist, scratch));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
