/**
 * `npm run dev` as an editor uses it, on a copy of the fixture content: a YAML edit shows on the pages without a
 * restart, a content mistake shows in Astro's error overlay with the build's file:line:column message and its fix,
 * and saving the fix shows the page again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'two-fronts-dev-'));
const contentDir = join(scratch, 'content');
const article = join(contentDir, 'articles/example-article.md');
const people = join(contentDir, 'people/people.yaml');

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/** Rewrites a file as an editor's save does. */
const edit = (path: string, from: string, to: string) => {
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

const editorEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));

let dev: ChildProcess;
let origin: string;
let browser: Browser;
let page: Page;
let log = '';

beforeAll(async () => {
  cpSync(join(root, 'tests/fixtures/site'), contentDir, { recursive: true });
  const port = await freePort();
  origin = `http://localhost:${port}`;
  // Its own process group, so the server and its workers stop together.
  dev = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
    cwd: root,
    // As `npm run dev` runs it: without the test runner's NODE_ENV=test and VITEST variables.
    env: { ...editorEnv(), TWO_FRONTS_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (chunk) => (log += chunk));
  dev.stderr!.on('data', (chunk) => (log += chunk));
  await vi.waitFor(() => expect(log).toMatch(/watching for file changes/), { timeout: 100_000, interval: 500 });
  browser = await launchBrowser();
  page = await browser.newPage();
  // On a fresh clone the first pages compile the site, and the scripts they load make Vite optimise its dependencies
  // and reload: done here, until the server has been quiet for 5 s, so each test times the editing loop only.
  for (const [path, heading] of [['/people/ada-example/', 'Ada Example'], ['/articles/example-article/', 'Example: an annotated article']] as const) {
    await vi.waitFor(async () => expect((await visit(path)).heading).toBe(heading), { timeout: 180_000, interval: 1000 });
    await page.waitForLoadState('networkidle');
  }
  let printed = -1;
  await vi.waitFor(
    () => {
      const quiet = log.length === printed;
      printed = log.length;
      expect(quiet).toBe(true);
    },
    { timeout: 120_000, interval: 5000 },
  );
}, 420_000);

// What the dev server printed, when a test fails: its content reloads and errors explain most failures.
afterEach(({ task }) => {
  if (task.result?.state === 'fail') console.info(`npm run dev printed (last 6000 characters):\n${log.slice(-6000)}`);
});

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) process.kill(-dev.pid);
  rmSync(scratch, { recursive: true, force: true });
});

/** The page's heading once it shows, or the error overlay's title, message and hint. */
async function visit(path: string): Promise<{ heading?: string; overlay?: string }> {
  // A saved file makes the dev server reload the page, which can abort a navigation under way: the visit tries again.
  const tryVisit = () => page.goto(`${origin}${path}`).then(() => true, (error: Error) => (/ERR_ABORTED/.test(error.message) ? false : Promise.reject(error)));
  await vi.waitFor(async () => expect(await tryVisit()).toBe(true), { timeout: 60_000, interval: 500 });
  const shown = page.locator('h1, vite-error-overlay').first();
  await shown.waitFor({ timeout: 60_000 });
  if ((await shown.evaluate((node) => node.tagName)) === 'H1') return { heading: (await shown.textContent())?.trim() };
  await page.locator('vite-error-overlay #message-content').waitFor();
  const overlay = await shown.evaluate((node) =>
    ['#title', '#message-content', '#hint-content'].map((part) => node.shadowRoot!.querySelector(part)?.textContent?.trim()).join('\n'),
  );
  return { overlay };
}

describe('npm run dev › the editing loop', { timeout: 150_000 }, () => {
  test('a saved YAML edit shows on the person’s page and in the article’s speaker card, without a restart', async () => {
    expect((await visit('/people/ada-example/')).heading).toBe('Ada Example');
    expect(await page.content()).toContain('Director of Examples');
    edit(people, 'title: Director of Examples', 'title: Chief of Examples');
    await expect.poll(async () => (await visit('/people/ada-example/'), await page.content()), { timeout: 60_000 }).toContain('Chief of Examples');
    await visit('/articles/example-article/');
    expect(await page.content()).toContain('Chief of Examples');
  });

  test('a mistake shows in the overlay with the build’s file:line:column message and fix; saving the fix shows the page again', async () => {
    expect((await visit('/articles/example-article/')).heading).toBe('Example: an annotated article');
    edit(article, 'speaker=ada-example source=example-hearing', 'speaker=ada-exampel source=example-hearing');
    const file = relative(root, article);
    await expect.poll(async () => (await visit('/articles/example-article/')).overlay ?? '', { timeout: 60_000 }).toContain(
      `${file}:10:77: unknown speaker "ada-exampel" (did you mean "ada-example"?): use an id from content/people/, or add the speaker there.`,
    );
    const { overlay } = await visit('/articles/example-article/');
    expect(overlay).toContain('Content has 1 mistake; the build stops until they are fixed:');
    expect(overlay).toContain('Fix each line listed above and save: the page reloads by itself.');
    expect(overlay).not.toContain('TypeError');
    edit(article, 'speaker=ada-exampel', 'speaker=ada-example');
    await expect.poll(async () => (await visit('/articles/example-article/')).heading, { timeout: 60_000 }).toBe('Example: an annotated article');
  });

  test('a YAML mistake shows in the overlay with its line and fix; saving the fix shows the pages again', async () => {
    expect((await visit('/people/ada-example/')).heading).toBe('Ada Example');
    edit(people, '  organisation: Example Agency', '\torganisation: Example Agency');
    const message = `${relative(root, people)}:5:1: line 5 is indented with a tab; YAML needs spaces: replace the tab with spaces.`;
    await expect.poll(async () => (await visit('/people/ada-example/')).overlay ?? '', { timeout: 60_000 }).toContain(message);
    edit(people, '\torganisation: Example Agency', '  organisation: Example Agency');
    await expect.poll(async () => (await visit('/people/ada-example/')).heading, { timeout: 60_000 }).toBe('Ada Example');
    await expect.poll(async () => (await visit('/articles/example-article/')).heading, { timeout: 60_000 }).toBe('Example: an annotated article');
  });
});
