/** Prints the weight of the built /timeline/ page (its JS raw and gzip, its HTML with the inline maps) beside TimelineJS3's files; after a build run `npx node tests/bench/timeline.ts [dist]`. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchModules } from './packages.ts';

const dist = process.argv[2] ?? 'dist';
const pagePath = join(dist, 'timeline', 'index.html');
if (!existsSync(pagePath)) throw new Error(`${pagePath} not found: build first (npm run build -- --outDir ${dist}).`);
const html = readFileSync(pagePath);
const scripts = [...html.toString().matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);
const inlineScripts = [...html.toString().matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

const size = (bytes: Buffer) => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
let jsRaw = 0;
let jsGzip = 0;
for (const src of scripts) {
  if (/^https?:/.test(src)) throw new Error(`the timeline page loads a script from another host: ${src}`);
  const { raw, gzip } = size(readFileSync(join(dist, src)));
  jsRaw += raw;
  jsGzip += gzip;
  console.log(`script ${src}: ${kb(raw)} raw, ${kb(gzip)} gzip`);
}
for (const body of inlineScripts) {
  const { raw, gzip } = size(Buffer.from(body));
  jsRaw += raw;
  jsGzip += gzip;
}
const page = size(html);
console.log(`timeline JS total: ${jsRaw} B raw, ${jsGzip} B gzip (${scripts.length} external, ${inlineScripts.length} inline)`);
console.log(`timeline HTML: ${page.raw} B raw, ${page.gzip} B gzip`);
console.log(`events in the wide SVG: ${(html.toString().match(/ data-x0=/g) ?? []).length}`);

// TimelineJS3's files (a package of the benchmark's own): tests/bench/baseline-timelinejs.ts measures both pages in Chromium.
const timelineJsDir = join(benchModules, '@knight-lab/timelinejs/dist');
const js = size(readFileSync(join(timelineJsDir, 'js', 'timeline.js')));
const css = size(readFileSync(join(timelineJsDir, 'css', 'timeline.css')));
console.log(`TimelineJS3 timeline.js: ${js.raw} B raw, ${js.gzip} B gzip; timeline.css: ${css.raw} B raw, ${css.gzip} B gzip`);
console.log(`timeline JS gzip as a share of TimelineJS3's timeline.js: ${((100 * jsGzip) / js.gzip).toFixed(1)}%`);
