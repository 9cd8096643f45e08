/** Runs Lighthouse (default mobile config) on a list of URLs in one Chromium and keeps the scores and metrics the benchmark reports. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumFlags, chromiumPath } from '../chromium.ts';
import { benchModules } from './packages.ts';

export type LighthouseResult =
  | { performance: number; accessibility: number; bestPractices: number; seo: number; lcpMs: number; cls: number; tbtMs: number }
  | { error: string };

/** The little of Lighthouse and chrome-launcher this file uses. They are the benchmark's own packages (tests/bench/package.json),
 * installed by its first run, so they are typed here and loaded by name: `astro check` passes where they are not installed. */
interface LighthouseReport {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
}
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: LighthouseReport } | undefined>;
type LaunchChrome = (options: { chromePath: string; chromeFlags: string[] }) => Promise<{ port: number; kill: () => void }>;
const load = (name: string): Promise<unknown> => import(name);

const firstLine = (error: unknown) => String((error as Error).message ?? error).split('\n')[0]!;

/** One result per URL (in order) and a note saying how Lighthouse ran, or why it could not (then `results` is empty). */
export async function runLighthouse(urls: string[]): Promise<{ results: LighthouseResult[]; note: string }> {
  try {
    const { default: lighthouse } = (await load('lighthouse')) as { default: Lighthouse };
    const { launch } = (await load('chrome-launcher')) as { launch: LaunchChrome };
    const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
    const results: LighthouseResult[] = [];
    try {
      for (const url of urls) {
        try {
          const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
          const lhr = result!.lhr;
          const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
          const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
          results.push({
            performance: score('performance'),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            seo: score('seo'),
            lcpMs: Math.round(metric('largest-contentful-paint')),
            cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
            tbtMs: Math.round(metric('total-blocking-time')),
          });
        } catch (error) {
          results.push({ error: firstLine(error) });
        }
      }
    } finally {
      chrome.kill();
    }
    const { version } = JSON.parse(readFileSync(join(benchModules, 'lighthouse/package.json'), 'utf8')) as { version: string };
    return { results, note: `Lighthouse ${version}, default mobile config (simulated slow 4G, 4× CPU slowdown), against astro preview on 127.0.0.1` };
  } catch (error) {
    return { results: [], note: `Lighthouse could not run here: ${firstLine(error)}` };
  }
}
