/** Each annotation plugin stops at attach time, naming itself, the option and what to pass, when a required option is missing. */
import { describe, expect, it } from 'vitest';
import { unified, type Plugin } from 'unified';
import type { Root } from 'mdast';
import { remarkCite } from '../../src/markdown/cite.ts';
import { remarkEvents } from '../../src/markdown/events.ts';
import { remarkMention } from '../../src/markdown/mention.ts';
import { remarkNote } from '../../src/markdown/note.ts';
import { remarkQuote } from '../../src/markdown/quote.ts';
import { remarkSiteLinks } from '../../src/markdown/site-links.ts';
import { remarkPlugins, type PipelineOptions } from '../../src/markdown/pipeline.ts';
import type { AnnotationRegistry } from '../../src/markdown/registry-types.ts';

const none = new Map();
const registry: AnnotationRegistry = { people: none, sources: none, exercises: none, quotes: none };
const root = process.cwd();

/** Attaching happens when the processor is frozen (unified calls every plugin then). */
function attach(plugin: Plugin<[never], Root>, options: unknown): void {
  unified()
    .use(plugin as Plugin<[unknown], Root>, options)
    .freeze();
}

/** Each plugin, a part of the registry it reads, and its message when the registry is missing. */
const registryMessages: [string, Plugin<[never], Root>, keyof AnnotationRegistry, string][] = [
  ['remarkQuote', remarkQuote, 'quotes', 'remarkQuote needs { registry }: the content registry (people, sources, quotes) that :quote resolves speaker=, also=, source= and its #id against.'],
  ['remarkNote', remarkNote, 'sources', 'remarkNote needs { registry }: the content registry (sources) that :::note resolves source= against.'],
  ['remarkMention', remarkMention, 'people', 'remarkMention needs { registry }: the content registry (people, sources) that :person, :org and :place resolve id= and source= against.'],
  ['remarkCite', remarkCite, 'sources', 'remarkCite needs { registry }: the content registry (sources) that :cite resolves source= against.'],
  ['remarkEvents', remarkEvents, 'exercises', 'remarkEvents needs { registry }: the content registry (exercises) that :events resolves ids= against.'],
  ['remarkSiteLinks', remarkSiteLinks, 'quotes', 'remarkSiteLinks needs { registry }: the content registry (people, quotes, exercises) that links to /people/…, /quotes/… and /timeline/#… are checked against.'],
];

describe('markdown › plugin options', () => {
  for (const [name, plugin, part, message] of registryMessages) {
    it(`${name} without a registry says what to pass`, () => {
      expect(() => attach(plugin, {})).toThrow(new Error(message));
      expect(() => attach(plugin, undefined)).toThrow(new Error(message));
    });

    it(`${name} with a registry that lacks its ${part} says the same`, () => {
      const { [part]: _lacking, ...partial } = registry;
      expect(() => attach(plugin, { registry: partial, root })).toThrow(new Error(message));
    });

    it(`${name} with a registry attaches`, () => {
      expect(() => attach(plugin, { registry, root })).not.toThrow();
    });
  }

  it('remarkSiteLinks without a root says what to pass', () => {
    const message = "remarkSiteLinks needs { root }: the project folder (Astro's config.root), whose src/pages and public/ links are checked against.";
    expect(() => attach(remarkSiteLinks, { registry })).toThrow(new Error(message));
    expect(() => attach(remarkSiteLinks, { registry, root: '' })).toThrow(new Error(message));
  });

  it('the pipeline stops at its first plugin that misses an option', () => {
    const pipeline = (options: Partial<PipelineOptions>) => () => unified().use(remarkPlugins(options as PipelineOptions)).freeze();
    expect(pipeline({ root })).toThrow(new Error(registryMessages[0]![3]));
    expect(pipeline({ registry })).toThrow(/^remarkSiteLinks needs \{ root \}/);
    expect(pipeline({ registry, root })).not.toThrow();
  });
});
