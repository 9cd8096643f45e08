/**
 * The Starlight baseline: builds the same article with @astrojs/starlight (and its Pagefind search) in a scratch folder, measures
 * its article page as the benchmark measures ours, and prints ours / Starlight ratios.
 * Alone: `npx node tests/bench/baseline-starlight.ts [our-dist]` (with our-dist, our article page is measured too; no build time for ours).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { loadRegistry } from '../../src/content/registry.ts';
import { firstViewTotals, recordFirstView, type FirstViewTotals } from '../first-view.ts';
import { pagesOf } from '../page-types.ts';
import { chromiumFlags, chromiumPath } from '../chromium.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { toStarlightPage } from './starlight-markdown.ts';
import { benchModules, benchRoot } from './packages.ts';

const root = resolve(import.meta.dirname, '../..');
const articleSlug = 'china-russia-military-cooperation-taiwan';
/** Same path as ours, so both article pages sit at the same depth of their sites. */
const articlePath = `/articles/${articleSlug}/`;

export interface MeasuredPage extends FirstViewTotals {
  path: string;
  lighthouse?: LighthouseResult;
}

/** dist/pagefind: everything (runtime JS and wasm included) and the index data alone (entry, meta, index, fragment and filter files). */
export interface PagefindSize {
  bytes: number;
  files: number;
  dataBytes: number;
  dataFiles: number;
}

export interface SiteMeasure {
  page: MeasuredPage;
  index: PagefindSize;
  buildSeconds?: number;
  /** Build time without generating card images (ours makes a PNG card per article, quote and event; Starlight makes none). */
  buildSecondsWithoutCards?: number;
}

/** Our side of the comparison: the article page measured in the same run, the built site (for its index) and its build time. */
export interface OurSite {
  page: MeasuredPage;
  dist: string;
  build?: { totalSeconds: number; cardSeconds?: number };
}

export interface StarlightBaseline {
  versions: { starlight: string; astro: string; pagefind: string };
  starlight: SiteMeasure;
  ours?: SiteMeasure;
  /** ours / Starlight: below 1 means ours is smaller (or faster). */
  ratios?: { htmlCssGzip: number; jsGzip: number; requests: number; indexBytes: number; indexDataBytes: number; buildSeconds?: number; buildSecondsWithoutCards?: number };
  lighthouseNote: string;
}

const versionOf = (name: string) => (JSON.parse(readFileSync(join(benchModules, name, 'package.json'), 'utf8')) as { version: string }).version;
const seconds = (ms: number) => Math.round(ms / 10) / 100;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (ours: number, theirs: number) => (theirs > 0 ? Math.round((ours / theirs) * 100) / 100 : NaN);

/** Pagefind's index data, as opposed to its runtime (pagefind.js, the worker, wasm, UI scripts and styles). */
const isIndexData = (file: string) => /^(fragment|index|filter)\//.test(file) || file === 'pagefind-entry.json' || file.endsWith('.pf_meta');

/** The size of a built site's dist/pagefind (all zeros when it does not exist). */
export function pagefindSize(dist: string): PagefindSize {
  const dir = join(dist, 'pagefind');
  if (!existsSync(dir)) return { bytes: 0, files: 0, dataBytes: 0, dataFiles: 0 };
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => ({ file: file.split('\\').join('/'), stat: statSync(join(dir, file)) }))
    .filter(({ stat }) => stat.isFile());
  const data = files.filter(({ file }) => isIndexData(file));
  const bytes = (list: typeof files) => list.reduce((total, { stat }) => total + stat.size, 0);
  return { bytes: bytes(files), files: files.length, dataBytes: bytes(data), dataFiles: data.length };
}

/**
 * Where Starlight projects are generated: a gitignored folder beside the benchmark's own packages, so node finds astro and
 * @astrojs/starlight in tests/bench/node_modules by walking up. (A project in /tmp with a node_modules symlink does not build: Astro 7 resolves
 * Starlight's components to their real path outside the project root and fails with "No cached compile metadata found".)
 * tsconfig.json excludes it, so our `astro check` does not read it; vitest only looks in tests/unit and tests/e2e.
 */
export const projectsFolder = join(benchRoot, '.starlight-projects');

/**
 * Writes a minimal Starlight project into `project`: config, content config and the article as one docs page.
 * Astro's and Vite's caches stay inside the project, not in the shared node_modules where our own build keeps its content cache.
 */
export function writeStarlightProject(project: string): void {
  mkdirSync(join(project, 'src/content/docs/articles'), { recursive: true });
  // Starlight's starter ships public/favicon.svg (its default favicon); without one the page logs a 404 and loses a Best Practices point.
  mkdirSync(join(project, 'public'));
  copyFileSync(join(root, 'public/favicon.svg'), join(project, 'public/favicon.svg'));
  // The dependencies are listed as in a real Starlight project: Astro reads them to bundle Starlight (which imports astro:*) instead of leaving it external.
  const dependencies = { '@astrojs/starlight': versionOf('@astrojs/starlight'), astro: versionOf('astro') };
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'two-fronts-starlight-baseline', private: true, type: 'module', dependencies }, null, 2) + '\n');
  writeFileSync(
    join(project, 'astro.config.mjs'),
    `// The Starlight baseline: the defaults a Starlight author starts from (Pagefind search on), nothing loaded from other hosts.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  cacheDir: './.astro-cache',
  vite: { cacheDir: './.vite-cache' },
  integrations: [starlight({ title: 'Two Fronts', pagefind: true })],
});
`,
  );
  writeFileSync(
    join(project, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  // Always the real article and its sources, even when TWO_FRONTS_CONTENT points our build at other content.
  const content = join(root, 'content');
  const article = readFileSync(join(content, 'articles', `${articleSlug}.md`), 'utf8');
  const { markdown } = toStarlightPage(article, loadRegistry(root, content).sources);
  writeFileSync(join(project, `src/content/docs${articlePath.replace(/\/$/, '')}.md`), markdown);
}

/** `astro build` of the Starlight project in a child process (as ours is timed), telemetry off; wall time in seconds. */
export function buildStarlight(project: string, outDir: string): number {
  const start = performance.now();
  execFileSync(process.execPath, [join(benchModules, 'astro/bin/astro.mjs'), 'build', '--root', project, '--outDir', outDir], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 28,
  });
  return seconds(performance.now() - start);
}

/** Serves a built site with `astro preview` (the config of `projectRoot`) and measures one page's first view, then Lighthouse on it. */
export async function measureArticle(projectRoot: string, dist: string, path: string, withLighthouse: boolean): Promise<{ page: MeasuredPage; lighthouseNote: string }> {
  const server = await preview({ root: projectRoot, outDir: dist, server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const url = `http://127.0.0.1:${server.port}${path}`;
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
    let page: MeasuredPage;
    try {
      page = { path, ...firstViewTotals(await recordFirstView(browser, url)) };
    } finally {
      await browser.close();
    }
    if (!withLighthouse) return { page, lighthouseNote: 'Lighthouse skipped (--no-lighthouse)' };
    const lighthouse = await runLighthouse([url]);
    return { page: { ...page, lighthouse: lighthouse.results[0] }, lighthouseNote: lighthouse.note };
  } finally {
    await server.stop();
  }
}

/** What the first paint waits for: the HTML (its inline CSS included) and the render-blocking stylesheets. */
const htmlCssGzip = (page: MeasuredPage) => page.html.gzip + page.css.blockingGzip;
const jsGzip = (page: MeasuredPage) => page.js.gzip + page.js.inlineGzip;

function printComparison(result: StarlightBaseline) {
  const row = (name: string, site: SiteMeasure | undefined) => {
    if (!site) return { site: name, 'HTML+blocking CSS KB gz': '—', 'JS KB gz': '—', requests: '—', 'index KB (files)': '—', 'of which data KB': '—', 'build s': '—', 'without cards s': '—', 'LH perf/a11y/bp/seo': '—' };
    const lh = site.page.lighthouse && !('error' in site.page.lighthouse) ? site.page.lighthouse : undefined;
    return {
      site: name,
      'HTML+blocking CSS KB gz': kb(htmlCssGzip(site.page)),
      'JS KB gz': kb(jsGzip(site.page)),
      requests: site.page.requests,
      'index KB (files)': `${kb(site.index.bytes)} (${site.index.files})`,
      'of which data KB': kb(site.index.dataBytes),
      'build s': site.buildSeconds ?? '—',
      'without cards s': site.buildSecondsWithoutCards ?? '—',
      'LH perf/a11y/bp/seo': lh ? `${lh.performance}/${lh.accessibility}/${lh.bestPractices}/${lh.seo}` : site.page.lighthouse ? 'error' : '—',
    };
  };
  const ratios = result.ratios;
  console.log(`Starlight baseline (@astrojs/starlight ${result.versions.starlight}, astro ${result.versions.astro}, pagefind ${result.versions.pagefind}): the same article page`);
  console.table([
    row('ours', result.ours),
    row('Starlight', result.starlight),
    {
      site: 'ours / Starlight',
      'HTML+blocking CSS KB gz': ratios?.htmlCssGzip ?? '—',
      'JS KB gz': ratios?.jsGzip ?? '—',
      requests: ratios?.requests ?? '—',
      'index KB (files)': ratios?.indexBytes ?? '—',
      'of which data KB': ratios?.indexDataBytes ?? '—',
      'build s': ratios?.buildSeconds ?? '—',
      'without cards s': ratios?.buildSecondsWithoutCards ?? '—',
      'LH perf/a11y/bp/seo': '',
    },
  ]);
  console.log('  HTML+blocking CSS: the HTML (its inline CSS included) plus the stylesheets Chromium marked render-blocking (all CSS fetched is in the JSON);');
  console.log('  JS: files and inline scripts of a first view without interaction, idle loads included.');
  console.log('  index: dist/pagefind, runtime included; "data" is the index alone. Ours indexes the whole site (sections, quotes, events, people), Starlight its one page.');
  console.log('  build s: wall time of the whole build (ours from a cold card cache), Pagefind included; "without cards": ours minus its card images (Starlight makes none).');
  console.log(`  ${result.lighthouseNote}`);
}

/**
 * Builds the Starlight baseline (project under .bench-starlight/, built site in `scratch`) and measures it, compares it with our measured article page (`ours`, from the same run),
 * prints the table and returns the JSON for bench-results. A failure is returned as `{ error }` so the rest of the benchmark stands.
 */
export async function compareWithStarlight(options: { scratch: string; ours?: OurSite; lighthouse: boolean }): Promise<StarlightBaseline | { error: string }> {
  mkdirSync(projectsFolder, { recursive: true });
  const project = mkdtempSync(join(projectsFolder, 'run-'));
  const dist = join(options.scratch, 'starlight-dist');
  try {
    console.log('bench: building the Starlight baseline…');
    writeStarlightProject(project);
    const buildSeconds = buildStarlight(project, dist);
    if (!existsSync(join(dist, articlePath, 'index.html'))) throw new Error(`the Starlight build has no ${articlePath}`);
    const { page, lighthouseNote } = await measureArticle(project, dist, articlePath, options.lighthouse);
    const starlight: SiteMeasure = { page, index: pagefindSize(dist), buildSeconds, buildSecondsWithoutCards: buildSeconds };
    const ourBuild = options.ours?.build;
    const ours: SiteMeasure | undefined = options.ours && {
      page: options.ours.page,
      index: pagefindSize(options.ours.dist),
      buildSeconds: ourBuild?.totalSeconds,
      buildSecondsWithoutCards: ourBuild?.cardSeconds === undefined ? undefined : Math.round((ourBuild.totalSeconds - ourBuild.cardSeconds) * 100) / 100,
    };
    const result: StarlightBaseline = {
      versions: { starlight: versionOf('@astrojs/starlight'), astro: versionOf('astro'), pagefind: versionOf('pagefind') },
      starlight,
      ours,
      ratios: ours && {
        htmlCssGzip: ratio(htmlCssGzip(ours.page), htmlCssGzip(page)),
        jsGzip: ratio(jsGzip(ours.page), jsGzip(page)),
        requests: ratio(ours.page.requests, page.requests),
        indexBytes: ratio(ours.index.bytes, starlight.index.bytes),
        indexDataBytes: ratio(ours.index.dataBytes, starlight.index.dataBytes),
        ...(ours.buildSeconds !== undefined ? { buildSeconds: ratio(ours.buildSeconds, buildSeconds) } : {}),
        ...(ours.buildSecondsWithoutCards !== undefined ? { buildSecondsWithoutCards: ratio(ours.buildSecondsWithoutCards, buildSeconds) } : {}),
      },
      lighthouseNote,
    };
    printComparison(result);
    return result;
  } catch (error) {
    const message = String((error as Error & { stderr?: string }).stderr || (error as Error).message || error).trim().split('\n').slice(-5).join('\n');
    console.log(`  Starlight baseline failed: ${message}`);
    return { error: message };
  } finally {
    rmSync(project, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    if (readdirSync(projectsFolder).length === 0) rmSync(projectsFolder, { recursive: true });
  }
}

// Alone: build and measure Starlight; with an existing build of ours, measure our article page too.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const args = process.argv.slice(2);
  const withLighthouse = !args.includes('--no-lighthouse');
  const ourDist = args.find((arg) => !arg.startsWith('--'));
  const scratch = mkdtempSync(join(tmpdir(), 'two-fronts-starlight-'));
  try {
    let ours: OurSite | undefined;
    if (ourDist) {
      const dist = resolve(ourDist);
      const path = pagesOf(dist).article;
      if (!path) throw new Error(`no article page in ${dist}: build ours first (npx astro build --outDir ${dist}).`);
      const { page } = await measureArticle(root, dist, path, withLighthouse);
      ours = { page, dist };
    }
    const result = await compareWithStarlight({ scratch, ours, lighthouse: withLighthouse });
    console.log(JSON.stringify(result, null, 2));
    if ('error' in result) process.exitCode = 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
