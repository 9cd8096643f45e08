/**
 * Takes the README's screenshots (public/about/) of a built site in Chromium at device scale 1, each cropped to the
 * viewport: `npx node tests/tools/screenshots.ts dist [name …]` (all of them when no name is given).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../chromium.ts';
import { listen, serveDist } from '../e2e/static-server.ts';

interface Shot {
  /** The file in public/about/, without .png. */
  name: string;
  path: string;
  context: BrowserContextOptions;
  /** Brings the page to what the picture shows; returns the part of the viewport to keep (the whole viewport if none). */
  prepare?: (page: Page) => Promise<{ x: number; y: number; width: number; height: number } | void>;
}

const phone: BrowserContextOptions = { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true };
const laptop: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
/** An event over the Sea of Japan: its sheet shows an event of the story's region. */
const sheetEvent = '2024-11-air-patrol';

/** Waits until entrance animations (the sheet's slide-in) have ended. */
const settled = (page: Page, selector: string) =>
  page.$eval(selector, (el) => Promise.all(el.getAnimations({ subtree: true }).map((animation) => animation.finished)).then(() => undefined));

const shots: Shot[] = [
  {
    name: 'timeline-desktop',
    path: '/timeline/',
    context: laptop,
    prepare: async (page) => {
      const chart = page.locator('svg.tl-wide');
      await chart.scrollIntoViewIfNeeded();
      const box = (await chart.boundingBox())!;
      return { x: 0, y: Math.round(box.y), width: 1280, height: Math.round(box.height) };
    },
  },
  {
    name: 'timeline-sheet-phone',
    path: '/timeline/',
    context: phone,
    prepare: async (page) => {
      const mark = page.locator(`.tl-narrow a.tl-event[data-id="${sheetEvent}"] .tl-hit`);
      await mark.scrollIntoViewIfNeeded();
      await mark.tap();
      await page.locator('#event-details').waitFor({ state: 'visible' });
      await settled(page, '#event-details');
      // The browser's tap highlight stays over the tapped mark until the next touch: touch the sheet's heading.
      await page.locator('#event-details h2').tap();
    },
  },
  { name: 'sources-desktop', path: '/sources/', context: laptop },
];

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`${dist} holds no built site: run npm run build first, then npx node tests/tools/screenshots.ts dist`);
    process.exit(2);
  }
  const names = process.argv.slice(3);
  const unknown = names.filter((name) => !shots.some((shot) => shot.name === name));
  if (unknown.length) {
    console.error(`No screenshot named ${unknown.join(', ')}; there are ${shots.map((shot) => shot.name).join(', ')}`);
    process.exit(2);
  }
  const out = resolve(import.meta.dirname, '../../public/about');
  const server = serveDist(dist);
  const base = await listen(server);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
  try {
    for (const shot of shots.filter((s) => !names.length || names.includes(s.name))) {
      const context = await browser.newContext({ ...shot.context, deviceScaleFactor: 1, colorScheme: 'light', reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(new URL(shot.path, base).href, { waitUntil: 'networkidle' });
      const clip = (await shot.prepare?.(page)) ?? undefined;
      const file = join(out, `${shot.name}.png`);
      await page.screenshot({ path: file, clip, animations: 'disabled' });
      console.info(`${file}`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}
