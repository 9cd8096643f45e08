/**
 * Each fixture in tests/fixtures/mistakes/ is the good fixture site with one kind of mistake laid over it; the content
 * check must give exactly the messages of its expected.txt, no more and no fewer, in order.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content.ts';
import { stoppedWith } from './stopped-with.ts';

const projectRoot = join(import.meta.dirname, '../..');
const fixtures = join(import.meta.dirname, '../fixtures');
const goodSite = join(fixtures, 'site');
const mistakesDir = join(fixtures, 'mistakes');
const scratch = mkdtempSync(join(tmpdir(), 'two-fronts-mistakes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The good site with the mistake's files laid over it, as a project root: its content/, and this project's pages and
 * public files (links are checked against them). */
function siteWith(mistake?: string): string {
  const root = join(scratch, mistake ?? 'good');
  rmSync(root, { recursive: true, force: true });
  cpSync(goodSite, join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'src'));
  symlinkSync(join(projectRoot, 'src/pages'), join(root, 'src/pages'));
  symlinkSync(join(projectRoot, 'public'), join(root, 'public'));
  if (mistake) cpSync(join(mistakesDir, mistake), join(root, 'content'), { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  return root;
}

/** The check's report as lines: the heading, then one line per mistake. */
async function report(root: string): Promise<string[]> {
  return (await stoppedWith(() => checkContent(root, join(root, 'content'))))?.message.split('\n') ?? [];
}

describe('content check', () => {
  it('passes the good fixture site', async () => {
    expect(await report(siteWith())).toEqual([]);
  });

  it('accepts files as editors save them: a byte-order mark and CRLF line endings in every YAML and Markdown file', async () => {
    const root = siteWith();
    const saved = join(scratch, 'bom-crlf');
    cpSync(root, saved, { recursive: true });
    for (const entry of readdirSync(join(saved, 'content'), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8').replace(/\n/g, '\r\n')}`);
    }
    expect(await report(saved)).toEqual([]);
  });

  it('places a mistake in a CRLF file with a byte-order mark at the editor’s own line', async () => {
    const root = siteWith('unknown-speaker');
    const article = join(root, 'content', 'articles', 'example-article.md');
    writeFileSync(article, `\uFEFF${readFileSync(article, 'utf8').replace(/\n/g, '\r\n')}`);
    const expected = readFileSync(join(mistakesDir, 'unknown-speaker', 'expected.txt'), 'utf8').trim();
    expect((await report(root)).slice(1)).toEqual([expected]);
  });

  for (const mistake of readdirSync(mistakesDir).sort()) {
    it(`${mistake.replaceAll('-', ' ')} › stops with exactly the expected file:line:column messages`, async () => {
      const expected = readFileSync(join(mistakesDir, mistake, 'expected.txt'), 'utf8').trim().split('\n');
      const count = expected.length === 1 ? '1 mistake' : `${expected.length} mistakes`;
      expect(await report(siteWith(mistake))).toEqual([`Content has ${count}; the build stops until they are fixed:`, ...expected]);
    });
  }
});
