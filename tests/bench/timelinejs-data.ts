/** Converts the site's events and milestones into TimelineJS3's JSON (events as slides, milestones as eras), keeping each date's precision. */
import type { Exercise, Milestone } from '../../src/content/schemas.ts';
import { kindLabel } from '../../src/timeline/data.ts';

/** A TimelineJS3 date: only the parts the source date has (a month-precision date has no day). */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsEvent {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group: string;
}

export interface TimelineJsEra {
  start_date: TimelineJsDate;
  end_date: TimelineJsDate;
  text: { headline: string; text: string };
}

export interface TimelineJsData {
  events: TimelineJsEvent[];
  eras: TimelineJsEra[];
}

/** "2005-08-18" → {year: 2005, month: 8, day: 18}; "2012-04" → {year: 2012, month: 4}; "2014" → {year: 2014}. */
export function timelineJsDate(value: string): TimelineJsDate {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) throw new Error(`not a date: "${value}"`);
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

/** The day, month or year after a date, at the date's own precision: 2022-02-28 → 2022-03-01, 2024-12 → 2025-01. */
export function nextUnit(date: TimelineJsDate): TimelineJsDate {
  if (date.month === undefined) return { year: date.year + 1 };
  const next = new Date(Date.UTC(date.year, date.month - 1 + (date.day === undefined ? 1 : 0), (date.day ?? 1) + (date.day === undefined ? 0 : 1)));
  const parts = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1 };
  return date.day === undefined ? parts : { ...parts, day: next.getUTCDate() };
}

/** TimelineJS3 renders headline and text as HTML: the site's plain text is escaped. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The same events as /timeline/: one slide per event (headline = name, text = summary, group = the kind's lane label);
 * milestones become eras, the nearest TimelineJS3 has to our dated rules that are shown but not selectable.
 * TimelineJS3 rejects an era that ends when it starts, so a milestone's era spans one unit of its precision (its day, month or year).
 */
export function toTimelineJs(events: readonly Exercise[], milestones: readonly Milestone[]): TimelineJsData {
  return {
    events: events.map((event) => ({
      unique_id: event.id,
      start_date: timelineJsDate(event.start),
      ...(event.end && event.end !== event.start ? { end_date: timelineJsDate(event.end) } : {}),
      text: { headline: escapeHtml(event.name), text: escapeHtml(event.summary) },
      group: kindLabel(event.kind),
    })),
    eras: milestones.map((milestone) => ({
      start_date: timelineJsDate(milestone.date),
      end_date: nextUnit(timelineJsDate(milestone.date)),
      text: { headline: escapeHtml(milestone.label), text: escapeHtml(milestone.summary) },
    })),
  };
}
