/** Writes a synthetic content folder for the scale benchmark: N articles (4 sections, 2 quotes, 4 notes, citations and event links each) and N events. */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtureSite = join(import.meta.dirname, '../fixtures/site');
const kinds = ['naval', 'air-patrol', 'naval-patrol', 'land', 'combined-arms', 'multilateral'];
const words = 'cooperation exercise patrol strait carrier bomber frigate testimony assessment partnership logistics doctrine interoperability command drill escort'.split(' ');

/** Deterministic filler: the same n always gives the same words. */
function sentence(n: number, length = 14): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(words[(n * 7 + i * 13 + (i * i) % 5) % words.length]!);
  const text = out.join(' ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}

function eventId(i: number): string {
  const year = 2005 + (i % 20);
  const month = String(1 + (i % 12)).padStart(2, '0');
  return `${year}-${month}-synthetic-${i}`;
}

export function writeSyntheticContent(dir: string, articles: number, events = articles): void {
  mkdirSync(dir, { recursive: true });
  for (const part of ['people', 'sources', 'milestones.yaml']) cpSync(join(fixtureSite, part), join(dir, part), { recursive: true });
  mkdirSync(join(dir, 'exercises'), { recursive: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'quotes'), { recursive: true });
  const eventYaml = Array.from({ length: events }, (_, i) => {
    const year = 2005 + (i % 20);
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 27)).padStart(2, '0');
    return [
      `- id: ${eventId(i)}`,
      `  name: Synthetic exercise ${i}`,
      `  start: ${year}-${month}-${day}`,
      `  end: ${year}-${month}-${day}`,
      '  precision: day',
      `  kind: ${kinds[i % kinds.length]}`,
      '  partners: [China, Russia]',
      `  location: { name: Sea ${i % 40}, lat: ${(20 + (i % 40)).toFixed(1)}, lon: ${(110 + (i % 50)).toFixed(1)} }`,
      '  regions: [near-japan]',
      `  summary: ${sentence(i, 10)}`,
      '  sources: [example-news]',
      '  confidence: high',
    ].join('\n');
  });
  writeFileSync(join(dir, 'exercises', 'events.yaml'), eventYaml.join('\n') + '\n');
  for (let a = 0; a < articles; a++) {
    const paragraphs: string[] = [];
    for (let s = 0; s < 4; s++) {
      paragraphs.push(`## Section ${s + 1} of article ${a} {#s${s}}`);
      // Two quotes per article (each also gets its own page and card), a note and a citation per section.
      const quote = s % 2 === 0 ? `said :quote[“${sentence(a * 17 + s, 9).replace(/\.$/, '')}”]{#a${a}-q${s} speaker=ada-example source=example-hearing}` : 'said so';
      paragraphs.push(
        `${sentence(a * 31 + s)} :person[Ada Example]{id=ada-example} ${quote} ` +
          `according to :cite[Example News]{source=example-news}. ${sentence(a + s * 3)} See the :events[drills]{ids=${eventId((a + s) % events)}}.`,
      );
      paragraphs.push(`:::note[Context ${s}]{#a${a}-n${s} source=example-news}\n${sentence(a * 5 + s, 20)}\n:::`);
      paragraphs.push(`${sentence(a * 11 + s, 24)} ${sentence(a * 13 + s, 18)}`);
    }
    const front = [
      '---',
      `title: "Synthetic analysis ${a}"`,
      `dek: ${sentence(a, 12)}`,
      `published: ${2020 + (a % 5)}-0${1 + (a % 9)}-1${a % 10}`,
      'outlets: [example-news]',
      `summary: ${sentence(a + 1, 16)}`,
      ...(a === 0 ? ['featured: true'] : []),
      '---',
      '',
    ];
    const slug = `synthetic-${String(a).padStart(4, '0')}`;
    writeFileSync(join(dir, 'articles', `${slug}.md`), front.join('\n') + paragraphs.join('\n\n') + '\n');
    // What was said, for each of the article's two quotes (sections 1 and 3).
    const quotes = [0, 2].map((s) => `- id: a${a}-q${s}\n  said: { date: "2024-05-02", precision: day, occasion: hearing, description: Synthetic hearing }\n  notFound: Synthetic content; nothing was searched.`);
    writeFileSync(join(dir, 'quotes', `${slug}.yaml`), quotes.join('\n') + '\n');
  }
}
