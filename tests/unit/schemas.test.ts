/** The content schemas accept what editors should write and reject mistakes with a message that says the fix. */
import { describe, expect, it } from 'vitest';
import { articleSchema, exerciseSchema, personSchema, precisionOf, sourceSchema } from '../../src/content/schemas.ts';

const event = {
  id: '2019-07-joint-air-patrol',
  name: 'First joint strategic air patrol',
  start: '2019-07-23',
  precision: 'day',
  kind: 'air-patrol',
  partners: ['China', 'Russia'],
  location: { name: 'Sea of Japan', lat: 38, lon: 134 },
  summary: 'Bombers flew together.',
  sources: ['xinhua'],
  confidence: 'high',
};
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('dates', () => {
  it('knows the precision a date is written with and rejects impossible dates', () => {
    expect(precisionOf('2024-05-02')).toBe('day');
    expect(precisionOf('2024-05')).toBe('month');
    expect(precisionOf('2024')).toBe('year');
    expect(precisionOf('2023-02-29')).toBeUndefined();
    expect(precisionOf('2024-13')).toBeUndefined();
    expect(precisionOf('02/05/2024')).toBeUndefined();
  });
});

describe('exercise schema', () => {
  it('accepts a complete event and defaults regions to none', () => {
    const parsed = exerciseSchema.parse(event);
    expect(parsed.regions).toEqual([]);
  });
  it('rejects an end before the start, a precision mismatch, coordinates out of range and no sources', () => {
    expect(messages(exerciseSchema.safeParse({ ...event, end: '2019-07-01' }))).toEqual(['end: (2019-07-01) is before start (2019-07-23): swap the dates or fix the typo']);
    expect(messages(exerciseSchema.safeParse({ ...event, start: '2019-07' }))).toEqual(['start: is written with month precision but precision is "day": make them match']);
    expect(messages(exerciseSchema.safeParse({ ...event, location: { ...event.location, lon: 190 } }))).toEqual(['location.lon: longitude must be between -180 and 180']);
    expect(messages(exerciseSchema.safeParse({ ...event, sources: [] }))).toEqual(['sources: every event needs at least one source id']);
  });
  it('rejects an unknown kind and unknown fields', () => {
    expect(exerciseSchema.safeParse({ ...event, kind: 'navel' }).success).toBe(false);
    expect(exerciseSchema.safeParse({ ...event, colour: 'red' }).success).toBe(false);
  });
});

describe('other schemas', () => {
  it('requires kebab-case ids and http(s) source URLs', () => {
    const source = { id: 'x', title: 'T', publisher: 'P', date: '2024-05', url: 'https://example.org', kind: 'news', publisherType: 'news' };
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(messages(sourceSchema.safeParse({ ...source, id: 'Not_Kebab' }))[0]).toContain('ids are kebab-case');
  });
  it('types a source by who wrote its text: state media name their state, reprints and reposts their original', () => {
    const source = { id: 'x', title: 'T', publisher: 'People’s Daily Online', url: 'https://example.org', kind: 'news' };
    const typed = [
      { publisherType: 'official' },
      { publisherType: 'state-media', state: 'China', copyOf: { publisher: 'Xinhua', kind: 'reprint' } },
      { publisherType: 'repost', copyOf: { publisher: 'Xinhua', kind: 'repost' }, weak: 'the only copy found' },
    ];
    for (const fields of typed) expect(messages(sourceSchema.safeParse({ ...source, ...fields }))).toEqual([]);
    expect(messages(sourceSchema.safeParse({ ...source, publisherType: 'news', copyOf: { publisher: 'Reuters' } }))).toEqual([
      'copyOf.kind: Invalid option: expected one of "reprint"|"repost"',
    ]);
    expect(messages(sourceSchema.safeParse({ ...source, publisherType: 'news', weak: '' }))).toEqual(['weak: Too small: expected string to have >=1 characters']);
  });
  it('a person needs a source for their title', () => {
    const person = { id: 'a', name: 'A', shortName: 'A', title: 'T', organisation: 'O', bio: 'B', sources: [] };
    expect(messages(personSchema.safeParse(person))).toEqual(['sources: needs at least one source id: where the title was checked']);
  });
  it('article front matter: dates as written or as Date objects from Astro’s parser, and no malformed date', () => {
    const meta = { title: 'T', dek: 'D', published: '2024-05-03', outlets: ['x'], summary: 'S' };
    expect(articleSchema.parse(meta).published).toBe('2024-05-03');
    expect(articleSchema.parse({ ...meta, published: new Date('2024-05-03') }).published).toBe('2024-05-03');
    expect(messages(articleSchema.safeParse({ ...meta, published: '2024-5-3' }))[0]).toContain('published: is not a full date');
  });
});
