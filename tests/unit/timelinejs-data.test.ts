import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/content/registry.ts';
import type { Exercise, Milestone } from '../../src/content/schemas.ts';
import { nextUnit, timelineJsDate, toTimelineJs } from '../bench/timelinejs-data.ts';

const event = (id: string, start: string, end: string | undefined, precision: Exercise['precision'], name = `Event ${id}`): Exercise => ({
  id,
  name,
  start,
  end,
  precision,
  kind: 'naval',
  partners: ['China', 'Russia'],
  location: { name: 'Sea of Japan', lat: 40, lon: 135 },
  regions: [],
  summary: `Summary of ${id}`,
  sources: ['a-source'],
  confidence: 'high',
});
const milestone = (id: string, date: string, precision: Milestone['precision']): Milestone => ({ id, date, precision, label: `Label ${id}`, summary: `About ${id}`, sources: ['a-source'] });

describe('the TimelineJS3 baseline data', () => {
  it('keeps each date’s precision: no invented day or month', () => {
    expect(timelineJsDate('2005-08-18')).toEqual({ year: 2005, month: 8, day: 18 });
    expect(timelineJsDate('2012-04')).toEqual({ year: 2012, month: 4 });
    expect(timelineJsDate('2014')).toEqual({ year: 2014 });
  });

  it('ends a milestone’s era one unit of its precision later, across month and year ends', () => {
    expect(nextUnit({ year: 2022, month: 2, day: 28 })).toEqual({ year: 2022, month: 3, day: 1 });
    expect(nextUnit({ year: 2024, month: 2, day: 28 })).toEqual({ year: 2024, month: 2, day: 29 });
    expect(nextUnit({ year: 2024, month: 12 })).toEqual({ year: 2025, month: 1 });
    expect(nextUnit({ year: 2024 })).toEqual({ year: 2025 });
  });

  it('turns events into slides (headline, text, kind label as group) and milestones into eras', () => {
    const data = toTimelineJs(
      [event('a', '2019-07-23', undefined, 'day', 'Patrol <one> & more'), event('b', '2021-10', '2021-11', 'month'), event('c', '2020-09-21', '2020-09-21', 'day')],
      [milestone('m', '2022-02-04', 'day')],
    );
    expect(data.events.map((e) => e.unique_id)).toEqual(['a', 'b', 'c']);
    expect(data.events[0]).toEqual({
      unique_id: 'a',
      start_date: { year: 2019, month: 7, day: 23 },
      text: { headline: 'Patrol &lt;one&gt; &amp; more', text: 'Summary of a' },
      group: 'Naval exercise',
    });
    expect(data.events[1]!.end_date).toEqual({ year: 2021, month: 11 });
    // TimelineJS3 drops an end equal to the start; so do we.
    expect(data.events[2]).not.toHaveProperty('end_date');
    expect(data.eras).toEqual([{ start_date: { year: 2022, month: 2, day: 4 }, end_date: { year: 2022, month: 2, day: 5 }, text: { headline: 'Label m', text: 'About m' } }]);
  });

  it('shows every event of the site’s content exactly once, and every milestone', () => {
    const registry = loadRegistry(resolve(import.meta.dirname, '../..'));
    const events = [...registry.exercises.values()];
    const data = toTimelineJs(events, [...registry.milestones.values()]);
    const ids = data.events.map((e) => e.unique_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(events.map((e) => e.id).sort());
    expect(data.eras).toHaveLength(registry.milestones.size);
    for (const source of events) {
      const converted = data.events.find((e) => e.unique_id === source.id)!;
      const parts = (date: { year: number; month?: number; day?: number }) => [date.year, date.month, date.day].filter((part) => part !== undefined).length;
      expect(parts(converted.start_date)).toBe({ year: 1, month: 2, day: 3 }[source.precision]);
    }
  });
});
