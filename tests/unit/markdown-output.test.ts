/**
 * The annotation plugins as whole documents: each tests/fixtures/markdown/<case>.md is rendered by the build's own plugin
 * list (src/markdown/pipeline.ts, through renderAnnotated) and must equal <case>.html byte for byte.
 * After an intended change of the markup, `UPDATE_FIXTURES=1 npm run test:unit -- markdown-output` rewrites the .html files;
 * read their diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/content/registry.ts';
import { renderAnnotated } from '../../src/markdown/render.ts';

const fixtures = join(import.meta.dirname, '../fixtures/markdown');
const registry = loadRegistry(process.cwd(), join(import.meta.dirname, '../fixtures/site'));
const cases = readdirSync(fixtures).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)).sort();

describe('markdown › whole output', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(8));

  for (const name of cases) {
    it(`${name}.md renders as ${name}.html`, async () => {
      const markdown = readFileSync(join(fixtures, `${name}.md`), 'utf8');
      const { html } = await renderAnnotated(markdown, { registry, root: process.cwd(), path: join(process.cwd(), 'content/articles/test.md') });
      const expectedFile = join(fixtures, `${name}.html`);
      if (process.env.UPDATE_FIXTURES || !existsSync(expectedFile)) writeFileSync(expectedFile, `${html}\n`);
      expect(`${html}\n`).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
