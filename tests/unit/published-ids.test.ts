/** The build stops when a link that was published (content/ids.json) leads nowhere in it and has no alias. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import { stoppedWith } from './stopped-with.ts';
import { fingerprint } from '../../src/links/fingerprint.ts';
import { linksIntegration } from '../../src/links/integration.ts';
import { collectShareIds } from '../../src/links/published-ids.ts';
import type { IdRecord } from '../../src/links/id-record.ts';

const scratch = mkdtempSync(join(tmpdir(), 'two-fronts-published-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const kept = 'The committee met on Thursday to hear the annual threat assessment.';
const record: IdRecord = {
  '/articles/recorded/': {
    published: '2026-11-25',
    ids: {
      kept: { fingerprint: fingerprint(kept), published: '2026-11-25' },
      'moved-quote': { fingerprint: fingerprint('We see no reason.'), published: '2026-11-25' },
      'renamed-note': { fingerprint: fingerprint('A note.'), published: '2026-11-26' },
    },
  },
  '/quotes/old-quote/': { published: '2026-11-25', ids: {} },
};

/** A project root whose content has the record and the aliases, and a build (dist/) with the pages given. */
function project(name: string, aliases: string, pages: Record<string, string>): string {
  const root = join(scratch, name);
  mkdirSync(join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'content/ids.json'), `${JSON.stringify(record, null, 2)}\n`);
  writeFileSync(join(root, 'content/aliases.yaml'), aliases);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(root, 'dist', path), { recursive: true });
    writeFileSync(join(root, 'dist', path, 'index.html'), `<!doctype html><html><body><main><article>${html}</article></main></body></html>`);
  }
  return root;
}

/** Runs the integration's hooks as Astro does at the end of a build; the messages it stops with, or none. */
async function buildDone(root: string): Promise<string[]> {
  const hooks = linksIntegration().hooks as Required<AstroIntegration['hooks']>;
  const call = (hook: (options: never) => unknown, options: unknown) => hook(options as never);
  await call(hooks['astro:config:done'], { config: { root: pathToFileURL(`${root}/`) } });
  return (await stoppedWith(async () => call(hooks['astro:build:done'], { dir: pathToFileURL(`${join(root, 'dist')}/`) })))?.message.split('\n') ?? [];
}

describe('published ids › the build stops when one disappears without an alias', () => {
  it('names each lost link at its line of content/ids.json, when it was published, and both fixes', async () => {
    const root = project('lost', '- from: /articles/recorded/#moved-quote\n  to: /articles/recorded/#kept\n', {
      'articles/recorded': `<p id="kept">${kept}</p><p id="new-note">A note.</p>`,
      'quotes/new-quote': '',
    });
    expect(await buildDone(root)).toEqual([
      'Content has 2 mistakes; the build stops until they are fixed:',
      'content/ids.json:13:7: /articles/recorded/#renamed-note was published on 2026-11-26 and this build no longer has it, so links shared to it lead nowhere: restore {#renamed-note} in content/articles/recorded.md, or add to content/aliases.yaml an alias from /articles/recorded/#renamed-note to where it is now (to: /articles/recorded/#new-id).',
      'content/ids.json:19:3: /quotes/old-quote/ was published on 2026-11-25 and this build no longer has it, so links shared to it lead nowhere: restore the page, or add to content/aliases.yaml an alias from /quotes/old-quote/ to where it is now (to: /quotes/new-id/).',
    ]);
  });

  it('passes when every lost link has an alias', async () => {
    const aliases = '- from: /articles/recorded/#moved-quote\n  to: /articles/recorded/#kept\n- from: /articles/recorded/#renamed-note\n  to: /articles/recorded/#new-note\n- from: /quotes/old-quote/\n  to: /quotes/new-quote/\n';
    const root = project('aliased', aliases, { 'articles/recorded': `<p id="kept">${kept}</p><p id="new-note">A note.</p>`, 'quotes/new-quote': '' });
    expect(await buildDone(root)).toEqual([]);
  });
});

describe('published ids › what is recorded', () => {
  it('records the ids of passages inside the article with their fingerprints, not a speaker card’s popover id or ids outside the article', () => {
    const root = project('recorded', '', { 'articles/recorded': '' });
    const quote = '<span id="quote">We see no reason.</span><button popovertarget="quote-who">Haines</button><span id="quote-who" popover="auto">Avril Haines</span>';
    writeFileSync(join(root, 'dist/articles/recorded/index.html'), `<!doctype html><html><body><nav id="site-nav">Home</nav><main><article><p id="kept">${kept}</p><p id="q">${quote}</p></article></main></body></html>`);
    const ids = collectShareIds(join(root, 'dist'))['/articles/recorded/']!;
    expect(Object.keys(ids)).toEqual(['kept', 'q', 'quote']);
    expect(ids.kept).toBe(fingerprint(kept));
  });
});
