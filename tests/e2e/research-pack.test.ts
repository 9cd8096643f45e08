/** The built research pack: a researcher downloads it from the quotes page, unzips it, and finds the site's data as published, checksummed. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { packedFiles } from '../../src/research/pack.ts';
import { launchBrowser, openPage } from './browser.ts';

const dist = inject('distDir');
const folder = 'two-fronts-research-pack/';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('research pack', () => {
  it('the quotes page links it, and the link downloads the zip the build wrote', async () => {
    const { page, close } = await openPage(browser, '/quotes/');
    try {
      const href = await page.getAttribute('a[href$="/data/two-fronts-research-pack.zip"]', 'href');
      expect(href).toBeTruthy();
      const response = await page.request.get(new URL(href!, page.url()).href);
      expect(response.status()).toBe(200);
      expect(Buffer.from(await response.body()).equals(readFileSync(join(dist, 'data/two-fronts-research-pack.zip')))).toBe(true);
    } finally {
      await close();
    }
  });

  it('unzips to the published data files, byte for byte, with a README and checksums that hold', () => {
    const unzipped = unzipSync(new Uint8Array(readFileSync(join(dist, 'data/two-fronts-research-pack.zip'))));
    for (const path of Object.keys(packedFiles)) {
      const packed = unzipped[folder + path.replace(/^data\//, '')];
      expect(packed, path).toBeDefined();
      expect(Buffer.from(packed!).equals(readFileSync(join(dist, path))), path).toBe(true);
    }
    const sums = strFromU8(unzipped[`${folder}SHA256SUMS`]!).trim().split('\n');
    expect(sums).toHaveLength(Object.keys(packedFiles).length + 1);
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(createHash('sha256').update(unzipped[folder + name!]!).digest('hex'), name).toBe(hash);
    }
    const quotes = JSON.parse(strFromU8(unzipped[`${folder}quotes.json`]!)) as { quotes: unknown[] };
    expect(quotes.quotes.length).toBeGreaterThan(10);
    expect(strFromU8(unzipped[`${folder}citations/cite.bib`]!).match(/^@/gm)?.length).toBe(quotes.quotes.length + 1);
  });
});
