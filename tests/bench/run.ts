/**
 * The benchmark (`npm run bench`): builds the site, times the build, measures a first view of each page type in Chromium
 * (bytes raw and gzip, requests), runs Lighthouse (mobile) on each, compares the article page with a Starlight baseline built in
 * the same run (tests/bench/baseline-starlight.ts), and writes bench-results/latest.json.
 * Options: --scale (synthetic sites of 10, 100 and 1,000 articles), --no-lighthouse, --dist <dir> (measure a built site, skip the build).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { firstViewTotals, recordFirstView, type FirstViewTotals } from '../first-view.ts';
import { pagesOf, pageTypes, type PageType } from '../page-types.ts';
import { chromiumFlags, chromiumPath } from '../chromium.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { writeSyntheticContent } from './synthetic.ts';
import { compareWithStarlight } from './baseline-starlight.ts';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string) => args.includes(name);
const distArg = args.includes('--dist') ? resolve(args[args.indexOf('--dist') + 1]!) : undefined;
const scratch = mkdtempSync(join(tmpdir(), 'two-fronts-bench-'));

const seconds = (ms: number) => Math.round(ms / 10) / 100;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function filesUnder(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [{ path, bytes: statSync(path).size }];
  });
}
const folderBytes = (dir: string) => {
  try {
    return filesUnder(dir).reduce((total, file) => total + file.bytes, 0);
  } catch {
    return 0;
  }
};

let cacheCount = 0;
/** One `npm run build` into outDir, in seconds; card images come from cardCache (a fresh folder renders every card). */
function buildOnce(outDir: string, env: NodeJS.ProcessEnv, cardCache: string): { ms: number; log: string } {
  const start = performance.now();
  const log = execFileSync('npm', ['run', 'build', '--silent', '--', '--outDir', outDir], {
    cwd: root,
    env: { ...env, TWO_FRONTS_CARD_CACHE: cardCache },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { ms: performance.now() - start, log };
}

/**
 * Builds into outDir with `npm run build` from a cold card cache (as a fresh clone or CI does) and returns its wall time.
 * With `split`, builds again with the cards cached: the difference is the card images' share. Pagefind's share is timed by
 * indexing the built HTML again alone.
 */
async function timedBuild(outDir: string, env: NodeJS.ProcessEnv = process.env, split = false) {
  const cardCache = join(scratch, `card-cache-${cacheCount++}`);
  const cold = buildOnce(outDir, env, cardCache);
  const warm = split ? buildOnce(outDir, env, cardCache) : undefined;
  const log = cold.log;
  const total = cold.ms;
  // Pagefind runs inside the build; indexing the built HTML again alone gives its share of the time.
  const { buildSearchIndex } = await import('../../src/search/indexer.ts');
  const pagefindStart = performance.now();
  await buildSearchIndex(outDir);
  const pagefind = performance.now() - pagefindStart;
  const cardFiles = filesUnder(outDir).filter((file) => /\/(cards?|og)\/.*\.png$/.test(file.path));
  const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);
  const cards = warm ? Math.max(0, total - warm.ms) : undefined;
  return {
    totalSeconds: seconds(total),
    pagefindSeconds: seconds(pagefind),
    cardSeconds: cards === undefined ? undefined : seconds(cards),
    astroSeconds: seconds(total - pagefind - (cards ?? 0)),
    cardImages: cardFiles.length,
    pages,
  };
}

interface PageResult extends FirstViewTotals {
  type: PageType;
  path: string;
  lighthouse?: LighthouseResult;
}

async function measurePages(dist: string, withLighthouse: boolean): Promise<{ pages: PageResult[]; missing: PageType[]; lighthouseNote?: string }> {
  const found = pagesOf(dist);
  const missing = pageTypes.filter((type) => !found[type]);
  const server = await preview({ root, outDir: dist, server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const base = `http://127.0.0.1:${server.port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
  const pages: PageResult[] = [];
  let lighthouseNote: string | undefined;
  try {
    for (const type of pageTypes) {
      const path = found[type];
      if (!path) continue;
      pages.push({ type, path, ...firstViewTotals(await recordFirstView(browser, base + path)) });
    }
  } finally {
    await browser.close();
  }
  if (withLighthouse) {
    const lighthouse = await runLighthouse(pages.map((page) => base + page.path));
    lighthouse.results.forEach((result, i) => (pages[i]!.lighthouse = result));
    lighthouseNote = lighthouse.note;
  } else lighthouseNote = 'Lighthouse skipped (--no-lighthouse)';
  await server.stop();
  return { pages, missing, lighthouseNote };
}

function printPages(pages: PageResult[], missing: PageType[], note?: string) {
  const rows = pages.map((page) => {
    const lh = page.lighthouse && !('error' in page.lighthouse) ? page.lighthouse : undefined;
    return {
      page: page.type,
      'HTML KB raw/gz': `${kb(page.html.raw)} / ${kb(page.html.gzip)}`,
      'CSS KB raw/gz (inline+files)': `${kb(page.css.raw + page.css.inlineRaw)} / ${kb(page.css.gzip + page.css.inlineGzip)}`,
      'JS KB raw/gz': `${kb(page.js.raw + page.js.inlineRaw)} / ${kb(page.js.gzip + page.js.inlineGzip)}`,
      requests: page.requests,
      external: page.externalRequests,
      'LH perf/a11y/bp/seo': lh ? `${lh.performance}/${lh.accessibility}/${lh.bestPractices}/${lh.seo}` : page.lighthouse ? 'error' : '—',
      'LCP ms': lh?.lcpMs ?? '—',
      CLS: lh?.cls ?? '—',
      'TBT ms': lh?.tbtMs ?? '—',
    };
  });
  console.table(rows);
  for (const type of missing) console.log(`  note: no ${type} page in this build (not measured)`);
  for (const page of pages) if (page.lighthouse && 'error' in page.lighthouse) console.log(`  Lighthouse on ${page.type}: ${page.lighthouse.error}`);
  if (note) console.log(`  ${note}`);
}

/** Search latency in Chromium on a built site, from tests/bench/search.ts (median first and warm query, first-search KiB), or a note if it cannot run. */
function searchLatency(dist: string): { firstMs?: number; warmMs?: number; firstKiB?: number; note?: string } {
  try {
    const out = execFileSync(process.execPath, [join(root, 'tests/bench/search.ts'), dist], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const first = /first query.*median (\d+) ms/.exec(out)?.[1];
    const warm = /warm query.*median (\d+) ms/.exec(out)?.[1];
    const bytes = /first search: median ([\d.]+) KiB/.exec(out)?.[1];
    return { firstMs: first ? Number(first) : undefined, warmMs: warm ? Number(warm) : undefined, firstKiB: bytes ? Number(bytes) : undefined };
  } catch (error) {
    return { note: `search benchmark failed: ${String((error as Error).message).split('\n')[0]}` };
  }
}

async function scale() {
  const results = [];
  for (const articles of [10, 100, 1000]) {
    const content = join(scratch, `content-${articles}`);
    const out = join(scratch, `dist-${articles}`);
    writeSyntheticContent(content, articles);
    console.log(`scale: building ${articles} articles and ${articles} events…`);
    const build = await timedBuild(out, { ...process.env, TWO_FRONTS_CONTENT: content });
    const result = {
      articles,
      events: articles,
      pages: build.pages,
      buildSeconds: build.totalSeconds,
      pagefindSeconds: build.pagefindSeconds,
      distMB: Math.round((folderBytes(out) / 1024 / 1024) * 100) / 100,
      indexMB: Math.round((folderBytes(join(out, 'pagefind')) / 1024 / 1024) * 100) / 100,
      indexKBPer100Articles: Math.round((folderBytes(join(out, 'pagefind')) / 1024 / articles) * 100),
      ...(articles === 1000 ? { search: searchLatency(out) } : {}),
    };
    results.push(result);
    rmSync(out, { recursive: true, force: true });
  }
  console.table(
    results.map((r) => ({
      articles: r.articles,
      events: r.events,
      pages: r.pages,
      'build s': r.buildSeconds,
      'of which Pagefind s': r.pagefindSeconds,
      'dist MB': r.distMB,
      'index MB': r.indexMB,
      'index KB per 100 articles': r.indexKBPer100Articles,
      'first search KiB': 'search' in r && r.search ? (r.search.firstKiB ?? '?') : '',
      'search first/warm ms': 'search' in r && r.search ? `${r.search.firstMs ?? '?'} / ${r.search.warmMs ?? '?'}${r.search.note ? ` (${r.search.note})` : ''}` : '',
    })),
  );
  return results;
}

try {
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium: execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() };
  let dist = distArg;
  let build: Awaited<ReturnType<typeof timedBuild>> | undefined;
  if (!dist) {
    dist = join(scratch, 'dist');
    console.log('bench: building the site…');
    build = await timedBuild(dist, process.env, true);
    console.log(
      `build: ${build.totalSeconds} s total, cold card cache (Astro ${build.astroSeconds} s, card images ${build.cardSeconds} s, Pagefind ${build.pagefindSeconds} s); ${build.pages} pages, ${build.cardImages} card images`,
    );
  }
  const index = { bytes: folderBytes(join(dist, 'pagefind')), files: (() => { try { return filesUnder(join(dist, 'pagefind')).length; } catch { return 0; } })() };
  const distTotal = folderBytes(dist);
  console.log(`dist: ${kb(distTotal)} KB; search index (dist/pagefind): ${kb(index.bytes)} KB in ${index.files} files`);
  const { pages, missing, lighthouseNote } = await measurePages(dist, !option('--no-lighthouse'));
  printPages(pages, missing, lighthouseNote);
  const timelineBaseline = await (await import('./baseline-timelinejs.ts')).timelineBaseline(dist, scratch);
  const article = pages.find((page) => page.type === 'article');
  const starlightBaseline = await compareWithStarlight({ scratch, ours: article && { page: article, dist, build }, lighthouse: !option('--no-lighthouse') });
  const scaleResults = option('--scale') ? await scale() : undefined;
  const results = { date: new Date().toISOString(), machine, build, distBytes: distTotal, index, pages, missingPageTypes: missing, lighthouseNote, timelineBaseline, starlightBaseline, scale: scaleResults };
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results/latest.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('wrote bench-results/latest.json');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
