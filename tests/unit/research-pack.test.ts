/** The research pack (src/research/pack.ts): the data files, a README and a checksum list in one zip, the same bytes for the same files. */
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packReadme, researchPack } from '../../src/research/pack.ts';

const files = { 'data/quotes.json': strToU8('{"quotes":[]}\n'), 'data/citations/cite.bib': strToU8('@misc{x}\n') };
const readme = packReadme('Two Fronts', 'https://example.org/');
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('research pack', () => {
  it('holds the README, each file under its pack name, and SHA256SUMS of them all', () => {
    const unzipped = unzipSync(researchPack(files, readme));
    expect(Object.keys(unzipped)).toEqual([
      'two-fronts-research-pack/README.md',
      'two-fronts-research-pack/quotes.json',
      'two-fronts-research-pack/citations/cite.bib',
      'two-fronts-research-pack/SHA256SUMS',
    ]);
    expect(strFromU8(unzipped['two-fronts-research-pack/quotes.json']!)).toBe('{"quotes":[]}\n');
    expect(strFromU8(unzipped['two-fronts-research-pack/SHA256SUMS']!)).toBe(
      `${sha(readme)}  README.md\n${sha('{"quotes":[]}\n')}  quotes.json\n${sha('@misc{x}\n')}  citations/cite.bib\n`,
    );
  });

  it('is byte-identical for the same files, and differs when a file does', () => {
    const once = researchPack(files, readme);
    expect(Buffer.from(researchPack(files, readme)).equals(Buffer.from(once))).toBe(true);
    const changed = researchPack({ ...files, 'data/quotes.json': strToU8('{"quotes":[1]}\n') }, readme);
    expect(Buffer.from(changed).equals(Buffer.from(once))).toBe(false);
  });

  it('the README says how to cite a quote (the printed wording, not the article’s rendering) and names the licence', () => {
    expect(readme).toContain('cite the wording an outlet printed, with that outlet');
    expect(readme).toContain('Creative Commons\nAttribution 4.0 (CC BY 4.0)');
    expect(readme).toContain('- quotes.json: every quote with the wordings outlets printed');
  });
});
