/** The annotation plugins: this Markdown in, this HTML and these records out. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/content/registry.ts';
import { stoppedWith } from './stopped-with.ts';
import { renderAnnotated } from '../../src/markdown/render.ts';
import { paragraphId } from '../../src/markdown/paragraph-ids.ts';
import { quoteWords } from '../../src/markdown/quote.ts';
import type { QuoteProvenance } from '../../src/content/schemas.ts';

const fixtureContent = join(import.meta.dirname, '../fixtures/site');
const fixtureRegistry = loadRegistry(process.cwd(), fixtureContent);
/** The snippets' own quotes get an entry each, as content/quotes/ gives every quote of an article. */
const snippetQuote = (id: string, joint = false): [string, QuoteProvenance] => [
  id,
  { id, said: { date: '2024-05-02', precision: 'day', occasion: joint ? 'joint-statement' : 'hearing', description: 'A hearing' }, reported: [], notFound: 'Searched the fixtures.' },
];
const registry = {
  ...fixtureRegistry,
  quotes: new Map([...fixtureRegistry.quotes, snippetQuote('q'), snippetQuote('q-one'), snippetQuote('q-two'), snippetQuote('a'), snippetQuote('joint', true)]),
};
const render = (markdown: string) => renderAnnotated(markdown, { registry, root: process.cwd(), path: join(process.cwd(), 'content/articles/test.md') });

async function mistakesIn(markdown: string): Promise<string[]> {
  return (await stoppedWith(() => render(markdown)))?.problems.map((p) => `${p.line}:${p.column} ${p.message}`) ?? [];
}

describe('quote', () => {
  it('renders a <q> with id, cite URL and a speaker tag whose card (a popover) names the speaker and links to the person', async () => {
    const { html, annotations } = await render('She said :quote[“We don’t see why they wouldn’t.”]{#ada-why-not speaker=ada-example source=example-hearing} then left.');
    expect(html).toContain('<span class="quote" id="ada-why-not">');
    expect(html).toContain('<a class="anchor quote-anchor" href="#ada-why-not" data-editorial="" data-pagefind-ignore="" aria-label="Link to this quote by Ada Example"><span aria-hidden="true">#</span></a></span>');
    expect(html).toContain('<q cite="https://example.org/hearing">“We don’t see why they wouldn’t.”</q>');
    expect(html).toContain(
      '<span class="speaker-tag" data-editorial="" data-pagefind-ignore=""><button type="button" class="speaker" popovertarget="ada-why-not-who" aria-label="Speaker: Ada Example, Director of Examples">Example</button><span class="speaker-card" id="ada-why-not-who" popover="auto"><a href="/people/ada-example/"><strong>Ada Example</strong></a> Director of Examples</span></span>',
    );
    expect(annotations.quotes).toEqual([
      expect.objectContaining({ id: 'ada-why-not', speaker: 'ada-example', text: 'We don’t see why they wouldn’t.', source: 'example-hearing' }),
    ]);
    expect(annotations.quotes[0]!.context).toBe('She said “We don’t see why they wouldn’t.” then left.');
  });

  it('a joint statement’s tag, card and label name every speaker, by short name on the tag', async () => {
    const { html } = await render('They said :quote[“x”]{#joint speaker=ada-example also=bo-sample} together.');
    expect(html).toContain('<span class="quote" id="joint">');
    expect(html).toContain(
      '<button type="button" class="speaker" popovertarget="joint-who" aria-label="Speakers Example and Bo: Ada Example, Director of Examples; Bo Sample, Chair of Samples">Example and Bo</button><span class="speaker-card" id="joint-who" popover="auto"><a href="/people/ada-example/"><strong>Ada Example</strong></a> Director of Examples <a href="/people/bo-sample/"><strong>Bo Sample</strong></a> Chair of Samples</span>',
    );
  });

  it('a quote whose every reported wording is a rendering links to its page with a marker; others do not', async () => {
    const { html } = await render('She said :quote[“We don’t see why they wouldn’t.”]{#ada-why-not speaker=ada-example} and :quote[“x”]{#q speaker=ada-example}.');
    expect(html).toContain('<a class="differs" href="/quotes/ada-why-not/" data-editorial="" data-pagefind-ignore="" aria-label="Wording differs from the reports"><span aria-hidden="true">≠</span></a>');
    expect(html.match(/class="differs"/g)).toHaveLength(1);
  });

  it('a joint statement that names one speaker stops the build', async () => {
    expect(await mistakesIn('Text :quote[“x”]{#joint speaker=ada-example}.')).toEqual([
      '1:6 quote "joint" is a joint statement (content/quotes/test.yaml) but names one speaker: add every other signatory with also=person-id.',
    ]);
  });

  it('a quote’s context is its paragraph as written, even when an earlier quote in it gained a speaker tag', async () => {
    const { annotations } = await render('First :quote[“one”]{#q-one speaker=ada-example} then :quote[“two”]{#q-two speaker=ada-example}.');
    expect(annotations.quotes.map((q) => q.context)).toEqual(['First “one” then “two”.', 'First “one” then “two”.']);
  });

  it('strips only the surrounding quote marks and a trailing comma from the quoted words', () => {
    expect(quoteWords('“Certainly it is possible,”')).toBe('Certainly it is possible');
    expect(quoteWords('“We don’t see why they wouldn’t.”')).toBe('We don’t see why they wouldn’t.');
    expect(quoteWords('increasing')).toBe('increasing');
  });

  it('unknown speaker › stops with line:column and a suggestion', async () => {
    expect(await mistakesIn('Text :quote[“x”]{#q speaker=ada-exmple}.')).toEqual([
      '1:6 unknown speaker "ada-exmple" (did you mean "ada-example"?): use an id from content/people/, or add the speaker there.',
    ]);
  });

  it('a misspelt attribute is reported, not ignored', async () => {
    expect((await mistakesIn('Text :quote[“x”]{#q speakr=ada-example}.')).join('\n')).toContain(':quote does not take speakr=');
  });
});

describe('note', () => {
  it('renders an aside with a details/summary, the title and a source line with its URL', async () => {
    const { html, annotations } = await render('A passage.\n\n:::note[Why it matters]{#note-why source=example-news}\nBecause of :cite[this]{source=example-hearing}.\n:::\n');
    expect(html).toContain('<div class="passage"><p id="p-a-passage">A passage.</p><aside class="note" id="note-why" data-editorial="" data-pagefind-title="Note: Why it matters">');
    expect(html).toContain('<summary><span class="note-kicker">Note</span> <span class="note-title">Why it matters</span></summary>');
    expect(html).toContain('<p class="note-source">Source: <a href="https://example.org/news" rel="noopener noreferrer">Example News, “Examples meet in the Example Sea”</a>, July 2023.</p>');
    expect(annotations.notes).toEqual([{ id: 'note-why', title: 'Why it matters', source: 'example-news', text: 'Because of this.', section: undefined }]);
  });

  it('a note without a source or title › reports both', async () => {
    const problems = await mistakesIn(':::note{#n}\nx\n:::\n');
    expect(problems).toEqual([
      '1:1 :::note needs a source: add {source=source-id} so readers can check the note.',
      '1:1 :::note needs a title in brackets: :::note[What this note explains]{…}.',
    ]);
  });
});

describe('mentions, citations and events', () => {
  it('links people to their page, cites to the sources list, events to the timeline', async () => {
    const { html } = await render(':person[Ada]{id=ada-example} read :cite[the news]{source=example-news} on :events[the drill]{ids=2023-07-example-drill} in :place[Example Sea] for the :org[Agency].');
    expect(html).toContain('<a class="mention mention-person" href="/people/ada-example/" data-person="ada-example">Ada</a>');
    expect(html).toContain('<a class="cite" href="#source-example-news">the news</a>');
    expect(html).toContain('<a class="events-link" href="/timeline/?events=2023-07-example-drill#2023-07-example-drill" data-events="2023-07-example-drill">the drill</a>');
    expect(html).toContain('<span class="mention mention-place">Example Sea</span>');
    expect(html).toContain('<span class="mention mention-org">Agency</span>');
  });

  it('an events link to an unknown event › stops with the id and a suggestion', async () => {
    expect(await mistakesIn(':events[x]{ids=2023-07-example-drill,2099-01-nothing}')).toEqual([
      '1:1 unknown event "2099-01-nothing": use an id from content/exercises/, or add the event there.',
    ]);
  });
});

describe('sections and paragraphs', () => {
  it('takes the explicit heading id, wraps the section and puts an anchor link after the heading, outside it', async () => {
    const { html, annotations } = await render('## The second front {#second-front}\n\nText.');
    expect(html).toContain(
      '<section class="article-section" aria-labelledby="second-front"><div class="heading"><h2 id="second-front" data-pagefind-title="The second front">The second front</h2><a class="anchor" href="#second-front" data-pagefind-ignore=""><span class="visually-hidden">Section titled “The second front”</span><span aria-hidden="true">#</span></a></div>',
    );
    expect(annotations.sections).toEqual([{ id: 'second-front', title: 'The second front' }]);
  });

  it('paragraph ids come from the first words, so inserting a paragraph leaves the others alone', async () => {
    const before = await render('First words of one.\n\nSecond paragraph here now.');
    const after = await render('Inserted paragraph goes first.\n\nFirst words of one.\n\nSecond paragraph here now.');
    const ids = (html: string) => [...html.matchAll(/<p id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(before.html)).toEqual(['p-first-words-of-one', 'p-second-paragraph-here-now']);
    expect(ids(after.html)).toEqual(['p-inserted-paragraph-goes-first', 'p-first-words-of-one', 'p-second-paragraph-here-now']);
    expect(paragraphId('First words of one again', new Set(['p-first-words-of-one']))).toBe('p-first-words-of-one-again');
  });
});

describe('prose colons', () => {
  it('puts back every colon remark-directive mistook for a directive, exactly as typed', async () => {
    const prose = 'At 10:30 the Note:this and ratio 3:2, a:b:c, see:also and 12:00:05 stay.';
    const { html } = await render(prose);
    expect(html).toBe(`<p id="p-at-1030-the-notethis">${prose}</p>`);
  });

  it('an unknown annotation with a label or attributes is a mistake, not prose', async () => {
    expect(await mistakesIn('He said :qoute[“x”]{#q speaker=ada-example}.')).toEqual([
      '1:9 unknown annotation :qoute (did you mean :quote?): the annotations are :quote, :note, :person, :org, :place, :cite, :events. If the colon is ordinary text, write it as \\:.',
    ]);
  });
});

describe('links and images in prose', () => {
  it('an image-only paragraph is named by its alt text, and site links keep their path (base "/")', async () => {
    const { html } = await render('![The example site as a reader sees it](/about/screenshot.png)\n\nSee [Ada](/people/ada-example/).');
    expect(html).toBe(
      '<p id="p-the-example-site-as"><img src="/about/screenshot.png" alt="The example site as a reader sees it"></p>\n' +
        '<p id="p-see-ada">See <a href="/people/ada-example/">Ada</a>.</p>',
    );
  });
});
