/** The one dates module (src/content/dates.ts): how dates and ranges read, what instants a partial date covers, where an instant falls in its year. */
import { describe, expect, it } from 'vitest';
import { dateSpan, formatDate, formatDateRange, yearFraction } from '../../src/content/dates.ts';
import { eventMeta } from '../../src/publish/page-meta.ts';
import type { Exercise } from '../../src/content/schemas.ts';

const iso = (span: { start: Date; end: Date }) => [span.start.toISOString().slice(0, 10), span.end.toISOString().slice(0, 10)];

describe('dates', () => {
  it('reads a date by the precision it is written with', () => {
    expect([formatDate('2024-05-02'), formatDate('2024-05'), formatDate('2024')]).toEqual(['2 May 2024', 'May 2024', '2024']);
  });

  it('a range shares its month and year once', () => {
    expect(formatDateRange('2023-07-20', '2023-07-23')).toBe('20–23 July 2023');
    expect(formatDateRange('2023-07-20', '2023-07-20')).toBe('20 July 2023');
  });

  it('a partial date covers its whole day, month or year; a range runs to the end of its last one', () => {
    expect(iso(dateSpan('2023-12-31'))).toEqual(['2023-12-31', '2024-01-01']);
    expect(iso(dateSpan('2024-02'))).toEqual(['2024-02-01', '2024-03-01']);
    expect(iso(dateSpan('2019', '2020'))).toEqual(['2019-01-01', '2021-01-01']);
    expect(iso(dateSpan('2022-08-30', '2022-09-02'))).toEqual(['2022-08-30', '2022-09-03']);
  });

  it('places an instant in its year by the year’s own length: 31 December ends exactly at the next year', () => {
    expect(yearFraction(dateSpan('2023').start)).toBe(2023);
    expect(yearFraction(dateSpan('2023-12-31').end)).toBe(2024);
    // 2024 is a leap year: 1 July is day 182 of 366.
    expect(yearFraction(dateSpan('2024-07-01').start)).toBeCloseTo(2024 + 182 / 366, 10);
  });

  it('an event card’s description gives its dates as the event page does', () => {
    const event: Exercise = { id: 'x', name: 'Northern/Interaction-2023', summary: 'Drills.', partners: [], start: '2023-07-20', end: '2023-07-23', precision: 'day', kind: 'naval', regions: [], sources: [], confidence: 'high', location: { name: 'Sea of Japan', lat: 40, lon: 135 } };
    expect(eventMeta(event, []).image?.alt).toContain('Northern/Interaction-2023, 20–23 July 2023, Sea of Japan');
  });
});
