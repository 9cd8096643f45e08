/** Each fixture in tests/fixtures/mistakes/ is the good fixture site with one kind of mistake; the check must stop with the expected file:line:column message. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArticles } from '../../src/content/articles.ts';
import { ContentError } from '../../src/content/problems.ts';
import { loadRegistry } from '../../src/content/registry.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const goodSite = join(fixtures, 'site');
const mistakesDir = join(fixtures, 'mistakes');
const scratch = mkdtempSync(join(tmpdir(), 'two-fronts-mistakes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The good site with the mistake's files laid over it, as a project root with content/. */
function siteWith(mistake?: string): string {
  const root = join(scratch, mistake ?? 'good');
  cpSync(goodSite, join(root, 'content'), { recursive: true });
  if (mistake) cpSync(join(mistakesDir, mistake), join(root, 'content'), { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  return root;
}

async function checkSite(root: string): Promise<string> {
  try {
    const registry = loadRegistry(root, join(root, 'content'));
    await checkArticles(root, registry, join(root, 'content', 'articles'));
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  return '';
}

describe('content check', () => {
  it('passes the good fixture site', async () => {
    expect(await checkSite(siteWith())).toBe('');
  });

  for (const mistake of readdirSync(mistakesDir).sort()) {
    it(`${mistake.replaceAll('-', ' ')} › stops the build with file:line:column and the fix`, async () => {
      const expected = readFileSync(join(mistakesDir, mistake, 'expected.txt'), 'utf8').trim().split('\n');
      const message = await checkSite(siteWith(mistake));
      expect(message).toMatch(/^Content has \d+ mistakes?; the build stops/);
      for (const line of expected) expect(message).toContain(line);
    });
  }

  it('reports every mistake of a file in one run, in file order', async () => {
    const message = await checkSite(siteWith('several-mistakes-at-once'));
    expect(message).toMatch(/^Content has 3 mistakes/);
    const lines = message.split('\n').slice(1);
    expect(lines.map((line) => line.split(': ')[0])).toEqual([
      'content/articles/example-article.md:9:9',
      'content/articles/example-article.md:9:53',
      'content/articles/example-article.md:11:1',
    ]);
  });
});
