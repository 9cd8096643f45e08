/** The source report on a whole registry: counts, weak sources with their reasons, events attested only by the participants' state media. */
import { describe, expect, it } from 'vitest';
import type { Exercise, Source } from '../../src/content/schemas.ts';
import { sourceReport } from '../../src/content/source-report.ts';

const source = (id: string, fields: Partial<Source>): [string, Source] => [
  id,
  { id, title: 'T', publisher: 'P', url: `https://example.org/${id}`, kind: 'news', publisherType: 'news', ...fields } as Source,
];
const event = (id: string, sources: string[]): [string, Exercise] => [
  id,
  {
    id, name: `Drill ${id}`, start: '2023-07-20', precision: 'day', kind: 'naval', partners: ['China', 'Russia'],
    location: { name: 'Sea', lat: 40, lon: 135 }, regions: [], summary: 'S', sources, confidence: 'high',
  } as Exercise,
];

describe('source report', () => {
  it('counts sources by type and lists weak ones, and events attested only by the participants’ state media', () => {
    const sources = new Map([
      source('xinhua', { publisherType: 'state-media', state: 'China' }),
      source('tass', { publisherType: 'state-media', state: 'Russia' }),
      source('reuters', {}),
      source('mirror', { publisherType: 'repost', copyOf: { publisher: 'Xinhua', kind: 'repost' }, weak: 'a mirror on an unrelated domain' }),
    ]);
    const exercises = new Map([event('a', ['xinhua', 'reuters']), event('b', ['xinhua', 'tass', 'mirror']), event('c', ['mirror'])]);
    expect(sourceReport({ sources, exercises })).toBe(
      [
        'Sources: 4; weak or reposted: 1 (25.0%).',
        'By publisher type: official 0, independent news 1, state media 2, research or reference 0, repost 1.',
        'Events: 3; independent or official source: 1; only the participants’ state media: 1; only reposts: 1.',
        '',
        'Weak or reposted sources (1):',
        '  mirror (repost of Xinhua): a mirror on an unrelated domain',
        '',
        'Events attested only by the participants\' state media (1):',
        '  b: Drill b',
        '',
        'Events attested only by reposts (1):',
        '  c: Drill c',
        '',
      ].join('\n'),
    );
  });
});
