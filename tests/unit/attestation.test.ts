/** Source types in words, and who attests an event: whole inputs (an event and its typed sources) to the label readers see. */
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/content/schemas.ts';
import { isWeak, sourceTypeLabel } from '../../src/content/source-types.ts';
import { attestation } from '../../src/timeline/attestation.ts';

const base = { title: 'T', publisher: 'P', url: 'https://example.org', kind: 'news' } as const;
const sources = new Map<string, Source>(
  (
    [
      { id: 'xinhua', publisherType: 'state-media', state: 'China' },
      { id: 'tass', publisherType: 'state-media', state: 'Russia' },
      { id: 'irna', publisherType: 'state-media', state: 'Iran' },
      { id: 'ministry', publisherType: 'official' },
      { id: 'reuters-reprint', publisherType: 'news', copyOf: { publisher: 'Reuters', kind: 'reprint' } },
      { id: 'blog', publisherType: 'repost', copyOf: { publisher: 'Jamestown Foundation', kind: 'repost' }, weak: 'a blog copy' },
    ] as const
  ).map((fields) => [fields.id, { ...base, ...fields } as Source]),
);
const attested = (ids: string[], partners = ['China', 'Russia']) => attestation({ partners, sources: ids }, sources);

describe('attestation', () => {
  it('is independent when an official, news or research source, or a non-participant’s state media, attests the event', () => {
    expect(attested(['xinhua', 'ministry'])).toBe('independent');
    expect(attested(['tass', 'reuters-reprint'])).toBe('independent');
    expect(attested(['xinhua', 'irna'])).toBe('independent');
  });
  it('is the participants’ state media only when every source that counts is theirs', () => {
    expect(attested(['xinhua', 'tass'])).toBe('participants-state-media');
    expect(attested(['xinhua', 'blog'])).toBe('participants-state-media');
    expect(attested(['xinhua', 'irna'], ['China', 'Russia', 'Iran'])).toBe('participants-state-media');
  });
  it('counts no repost as attestation', () => {
    expect(attested(['blog'])).toBe('reposts-only');
  });
});

describe('source type labels', () => {
  it('names the state of state media, the original of a reprint or repost, and which sources are weak', () => {
    expect([...sources.values()].map((s) => [sourceTypeLabel(s), isWeak(s)])).toEqual([
      ['state media (China)', false],
      ['state media (Russia)', false],
      ['state media (Iran)', false],
      ['official', false],
      ['independent news, reprint of Reuters', false],
      ['repost of Jamestown Foundation', true],
    ]);
  });
});
