/**
 * The research pack: the site's data and citations in one zip, with a README on how to cite and a checksum list.
 * Written with fflate (small, no native code); every entry carries the same fixed time and compression level, so the
 * same files give the same bytes on every build.
 */
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';

/** The files the pack copies from the built site, by their path under dist/, and what each holds. */
export const packedFiles: Record<string, string> = {
  'data/exercises.json': 'every China–Russia joint exercise and patrol on the timeline, with its sources and attestation',
  'data/exercises.csv': 'the same exercises, one row each',
  'data/quotes.json': 'every quote with the wordings outlets printed, the article’s own wording, speakers, date and place said',
  'data/quotes.csv': 'the same quotes, one row per wording',
  'data/sources.json': 'every source the site checked, with its publisher, type and what it copies',
  'data/citations/cite.json': 'the article and every quote as CSL-JSON references',
  'data/citations/cite.bib': 'the same references as BibTeX',
  'data/citations/cite.ris': 'the same references as RIS',
};

/** Zip entries' time: a fixed instant (zip times have no zone and start in 1980), so builds are byte-identical. */
const entryTime = new Date(Date.UTC(1980, 0, 1));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The README inside the pack: what each file is, how to cite the site and a quote, the licence. */
export function packReadme(siteName: string, siteUrl: string): string {
  return `# ${siteName}: research pack

Data behind ${siteUrl}, as published on the site.

## Files
${Object.entries(packedFiles)
  .map(([path, what]) => `- ${path.replace(/^data\//, '')}: ${what}`)
  .join('\n')}
- SHA256SUMS: the SHA-256 of every other file (check with \`sha256sum -c SHA256SUMS\`)

## How to cite
- The site: ${siteName}, ${siteUrl}, with the date you read it.
- A quote: cite the wording an outlet printed, with that outlet (quotes.json \`reported\`), not the article's
  wording, which is the article's own rendering when \`relation\` says so. citations/ holds every quote ready
  for a reference manager, the printed wording first.
- An exercise: cite its sources (exercises.json \`sources\`); \`attestation\` says how well each is attested.

## Licence
The data compilation (exercise records, quote records, source list) and the site's notes: Creative Commons
Attribution 4.0 (CC BY 4.0), credit "${siteName}" with a link to ${siteUrl}.
Quoted wordings are short quotations from the outlets named with each; they remain theirs. The reported
article's text is not in this pack.
`;
}

/** The pack's bytes: the given files (path → bytes) under the pack's own folder names, the README, and SHA256SUMS. */
export function researchPack(files: Record<string, Uint8Array>, readme: string): Uint8Array {
  const entries: [string, Uint8Array][] = [
    ['README.md', new TextEncoder().encode(readme)],
    ...Object.entries(files).map(([path, bytes]): [string, Uint8Array] => [path.replace(/^data\//, ''), bytes]),
  ];
  const sums = entries.map(([name, bytes]) => `${sha256(bytes)}  ${name}\n`).join('');
  const zippable: Zippable = {};
  for (const [name, bytes] of [...entries, ['SHA256SUMS', new TextEncoder().encode(sums)] as [string, Uint8Array]]) {
    zippable[`two-fronts-research-pack/${name}`] = [bytes, { mtime: entryTime, level: 9 }];
  }
  return zipSync(zippable);
}
