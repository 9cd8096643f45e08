/** Events and milestones in time: the instants they cover, their order, and the whole years that hold them. */
import { ascending, max, min } from 'd3-array';
import { utcYear } from 'd3-time';
import { dateSpan, parseDate } from '../../content/dates.ts';
import type { MilestoneInput, TimelineEventInput } from './types.ts';

/** The time an event covers: from its first instant to the instant after its last day, month or year. */
export function eventInterval(event: Pick<TimelineEventInput, 'start' | 'end'>): { start: Date; end: Date } {
  // The schema makes an event's precision the one its dates are written with.
  return dateSpan(event.start, event.end);
}

/** Drawn as a mark (a point in time) rather than a bar: a single known day. */
export function isSingleDay(event: Pick<TimelineEventInput, 'start' | 'end' | 'precision'>): boolean {
  return event.precision === 'day' && (!event.end || event.end === event.start);
}

/** Whole years that cover every event and milestone. */
export function timeDomain(events: readonly TimelineEventInput[], milestones: readonly MilestoneInput[] = []): [Date, Date] {
  const starts = [...events.map((e) => eventInterval(e).start), ...milestones.map((m) => parseDate(m.date))];
  const ends = [...events.map((e) => eventInterval(e).end), ...milestones.map((m) => dateSpan(m.date).end)];
  const first = min(starts) ?? new Date(Date.UTC(2005, 0, 1));
  const last = max(ends) ?? utcYear.offset(first, 1);
  const from = utcYear.floor(first);
  const to = utcYear.ceil(last);
  return [from, to > from ? to : utcYear.offset(from, 1)];
}

/** Events in time order: start, then end, then id (stable, so keyboard order never depends on file order). */
export function timeOrder<T extends TimelineEventInput>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) =>
      ascending(+eventInterval(a).start, +eventInterval(b).start) ||
      ascending(+eventInterval(a).end, +eventInterval(b).end) ||
      ascending(a.id, b.id),
  );
}

/** Milestones by date, then id: the order both layouts draw and stack their labels in. */
export function milestoneOrder<T extends MilestoneInput>(milestones: readonly T[]): T[] {
  return [...milestones].sort((a, b) => ascending(a.date, b.date) || ascending(a.id, b.id));
}

/** What both layouts start from: events and milestones in order, and the whole years that hold them. */
export function chronology<E extends TimelineEventInput, M extends MilestoneInput>(events: readonly E[], milestones: readonly M[]): { events: E[]; milestones: M[]; domain: [Date, Date] } {
  const orderedEvents = timeOrder(events);
  const orderedMilestones = milestoneOrder(milestones);
  return { events: orderedEvents, milestones: orderedMilestones, domain: timeDomain(orderedEvents, orderedMilestones) };
}
