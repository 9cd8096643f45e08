import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { ContentError } from '../../src/content/problems.ts';
import { rehypeParagraphIds } from '../../src/markdown/paragraph-ids.ts';
import { rehypeBoundIds } from '../../src/markdown/bound-ids.ts';
import { fingerprint, similarity } from '../../src/links/fingerprint.ts';
import { updateRecord, type IdRecord } from '../../src/links/id-record.ts';
import { parseAliases } from '../../src/links/aliases.ts';
import { missingLinks } from '../tools/share-ids.ts';

const path = join(process.cwd(), 'content/articles/recorded.md');
const page = '/articles/recorded/';

const first = 'The committee met on Thursday to hear the annual threat assessment from the intelligence agencies.';
const second = 'Officials said cooperation between the two militaries had grown since the last hearing.';

/** Renders with a given record (the plugins read it instead of content/ids.json). */
async function render(markdown: string, record: IdRecord) {
  const file = new VFile({ value: markdown, path });
  const html = await unified().use(remarkParse).use(remarkRehype).use(rehypeParagraphIds, { record }).use(rehypeBoundIds, { record }).use(rehypeStringify).process(file);
  return String(html.value);
}
/** Each paragraph's id and its first five words. */
const idsOf = (html: string) => [...html.matchAll(/<p id="([^"]+)"[^>]*>([^<]*)/g)].map((m) => `${m[1]} ${m[2]!.split(' ').slice(0, 5).join(' ')}`);
const recordOf = (ids: Record<string, { text: string; revised?: string }>): IdRecord => ({
  [page]: { published: '2026-11-25', ids: Object.fromEntries(Object.entries(ids).map(([id, entry]) => [id, { published: '2026-11-25', ...(entry.revised ? { revised: entry.revised } : {}), fingerprint: fingerprint(entry.text) }])) },
});

describe('id record › paragraphs keep their ids', () => {
  const record = recordOf({ 'p-the-committee-met-on': { text: first }, 'p-officials-said-cooperation-between': { text: second } });

  it('insert before: a new paragraph opening with the same words gets a new id; the published one keeps its own', async () => {
    const inserted = 'The committee met on Friday as well, behind closed doors, with no public record kept.';
    expect(idsOf(await render(`${inserted}\n\n${first}\n\n${second}`, record))).toEqual([
      'p-the-committee-met-on-friday The committee met on Friday',
      'p-the-committee-met-on The committee met on Thursday',
      'p-officials-said-cooperation-between Officials said cooperation between the',
    ]);
  });

  it('edit: an edited paragraph keeps its id, even with its first words changed and a look-alike inserted before it', async () => {
    const edited = 'On Thursday the committee met to hear the annual threat assessment from the intelligence agencies.';
    const lookAlike = 'On Thursday the committee also published its schedule for the autumn session.';
    expect(idsOf(await render(`${lookAlike}\n\n${edited}\n\n${second}`, record))).toEqual([
      'p-on-thursday-the-committee On Thursday the committee also',
      'p-the-committee-met-on On Thursday the committee met',
      'p-officials-said-cooperation-between Officials said cooperation between the',
    ]);
  });

  it('edit: a passage with a recorded revision carries its date for the note readers of older links see', async () => {
    const revised = recordOf({ 'p-the-committee-met-on': { text: first, revised: '2026-12-02' } });
    expect(await render(first, revised)).toContain('<p id="p-the-committee-met-on" data-revised="2026-12-02">');
    expect(await render(first, recordOf({ 'p-the-committee-met-on': { text: first } }))).toContain('<p id="p-the-committee-met-on">');
  });

  it('delete: the id of a deleted paragraph is never handed to the next paragraph with the same opening', async () => {
    const other = 'The committee met on Friday as well, behind closed doors, with no public record kept.';
    expect(idsOf(await render(`${other}\n\n${second}`, record))[0]).toBe('p-the-committee-met-on-friday The committee met on Friday');
  });
});

describe('id record › the build stops when a recorded id would mark other text', () => {
  it('names the file, line and column, the id, its publication date and the words it now marks', async () => {
    const record = recordOf({ 'second-front': { text: 'A second front' } });
    // Articles write {#second-front}; here the heading gets its id the same way, before the check.
    const withId = () => (tree: Root) => {
      for (const node of tree.children) if (node.type === 'element' && node.tagName === 'h2') node.properties.id = 'second-front';
    };
    const process = (heading: string) =>
      unified().use(remarkParse).use(remarkRehype).use(withId).use(rehypeBoundIds, { record }).use(rehypeStringify).process(new VFile({ value: `Intro.\n\n## ${heading}`, path }));
    const thrown = await process('Troops gather near the northern border').catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as ContentError).problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      'content/articles/recorded.md:3:1: id "second-front" was published on 25 November 2026 for other text, and now marks “Troops gather near the northern border”: links shared to it would land on different words. Give this text a new id, and restore the old passage or add an alias for its id in content/aliases.yaml.',
    ]);
    await expect(process('A second front, again')).resolves.toBeDefined();
  });
});

describe('id record › recording a build', () => {
  const previous = recordOf({ 'p-the-committee-met-on': { text: first }, 'haines-why-not': { text: 'We don’t see why they wouldn’t.' } });

  it('adds new ids with today’s date, dates a revision and keeps the first publication, keeps deleted ids', () => {
    const edited = first.replace('Thursday', 'Thursday morning');
    const { record, problems } = updateRecord(previous, { [page]: { 'p-the-committee-met-on': fingerprint(edited), 'new-id': fingerprint(second) }, '/quotes/q/': {} }, '2026-12-02');
    expect(problems).toEqual([]);
    expect(record[page]!.ids).toEqual({
      'haines-why-not': previous[page]!.ids['haines-why-not'],
      'new-id': { fingerprint: fingerprint(second), published: '2026-12-02' },
      'p-the-committee-met-on': { fingerprint: fingerprint(edited), published: '2026-11-25', revised: '2026-12-02' },
    });
    expect(record['/quotes/q/']).toEqual({ published: '2026-12-02', ids: {} });
  });

  it('refuses to record an id that now marks other text', () => {
    const { problems } = updateRecord(previous, { [page]: { 'haines-why-not': fingerprint('Troops gather near the northern border at dawn.') } }, '2026-12-02');
    expect(problems).toEqual(['/articles/recorded/#haines-why-not marked other text when it was published on 2026-11-25: give this text a new id, and the old one an alias if its passage is gone']);
  });

  it('tells an edit from other text by the words shared', () => {
    expect(similarity(fingerprint(first), fingerprint(first.replace('annual', 'yearly')))).toBeGreaterThanOrEqual(0.5);
    expect(similarity(fingerprint(first), fingerprint(second))).toBeLessThan(0.5);
  });
});

describe('id record › delete and alias', () => {
  const record = recordOf({ kept: { text: first }, renamed: { text: second }, '2023-07-northern-interaction': { text: second } });

  it('a recorded id or page that disappears without an alias is reported; with one it passes', () => {
    const withPage: IdRecord = { ...record, '/quotes/q/': { published: '2026-11-25', ids: {} } };
    const built = { [page]: { kept: fingerprint(first), 'new-name': fingerprint(second) } };
    expect(missingLinks(withPage, built, [])).toEqual([`${page}#renamed`, `${page}#2023-07-northern-interaction`, '/quotes/q/']);
    const aliases = [
      { from: `${page}#renamed`, to: `${page}#new-name` },
      { from: `${page}#2023-07-northern-interaction`, to: `${page}#kept` },
      { from: '/quotes/q/', to: '/quotes/r/' },
    ];
    expect(missingLinks(withPage, built, aliases)).toEqual([]);
  });

  it('aliases accept every id form the site uses: ids that start with a digit (events) as well as a letter', () => {
    const yaml = '- from: /timeline/#2023-07-northern-interaction\n  to: /timeline/#2023-07-northern-interaction-2023\n- from: /articles/a/#p-the-committee-met-on\n  to: /articles/a/#p-the-committee-met\n';
    expect(parseAliases('content/aliases.yaml', yaml)).toEqual({
      aliases: [
        { from: '/timeline/#2023-07-northern-interaction', to: '/timeline/#2023-07-northern-interaction-2023' },
        { from: '/articles/a/#p-the-committee-met-on', to: '/articles/a/#p-the-committee-met' },
      ],
      problems: [],
    });
  });
});
