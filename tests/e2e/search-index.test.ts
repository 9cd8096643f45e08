/** The search index of the built site: what Pagefind recorded for every event, person and quote page, and the correction vocabulary. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { kindLabels } from '../../src/timeline/data.ts';
import { vocabularyFile } from '../../src/search/vocabulary.ts';
import { wordsOf } from '../../src/search/words.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface BuiltEvent {
  id: string;
  name: string;
  kind: keyof typeof kindLabels;
  start: string;
  end?: string;
}

const dist = inject('distDir');
const fragmentDir = join(dist, 'pagefind', 'fragment');
const fragments = readdirSync(fragmentDir).map((file) => JSON.parse(gunzipSync(readFileSync(join(fragmentDir, file))).toString('utf8').slice('pagefind_dcd'.length)) as Fragment);
const byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));
const events = (JSON.parse(readFileSync(join(dist, 'data', 'exercises.json'), 'utf8')) as { events: BuiltEvent[] }).events;

describe('search › index of the built site', () => {
  it('every event page is a result of type event, with its kind as the site labels it, every year it spans, and its date', () => {
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      const fragment = byUrl.get(`/timeline/${event.id}/`);
      expect(fragment, event.id).toBeDefined();
      const first = Number(event.start.slice(0, 4));
      const years = Array.from({ length: Number((event.end ?? event.start).slice(0, 4)) - first + 1 }, (_, i) => String(first + i));
      expect(fragment!.filters, event.id).toEqual({ type: ['event'], kind: [kindLabels[event.kind]], year: years });
      expect(fragment!.meta, event.id).toMatchObject({ type: 'event', title: event.name, kind: kindLabels[event.kind] });
      expect(fragment!.meta.date, event.id).toContain(String(first));
    }
  });

  it('an event’s text reads as sentences: no field labels run into their values', () => {
    for (const event of events) expect(byUrl.get(`/timeline/${event.id}/`)!.content, event.id).not.toMatch(/Dates\d|Kind[A-Z]|Partners[A-Z]/);
  });

  it('every person page carries their role, and the organisation’s initials where the article uses them', () => {
    const people = fragments.filter((fragment) => fragment.meta.type === 'person');
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) expect(person.meta.role, person.url).toBeTruthy();
    expect(byUrl.get('/people/jeffrey-kruse/')?.meta.role).toContain('(DIA)');
    expect(byUrl.get('/people/mike-rounds/')?.meta.role).not.toContain('(USS)');
  });

  it('the correction vocabulary holds every word of three letters or more that the index holds, titles and meta included', () => {
    const vocabulary = new Set(readFileSync(join(dist, 'pagefind', vocabularyFile), 'utf8').split('\n').filter(Boolean));
    const missing = new Set<string>();
    for (const fragment of fragments) {
      for (const word of wordsOf(`${fragment.content} ${Object.values(fragment.meta).join(' ')}`)) {
        if (word.length >= 3 && !/^\d+$/.test(word) && !vocabulary.has(word)) missing.add(word);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
