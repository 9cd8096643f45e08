/** Lanes (wide chart) and columns (narrow chart): one per kind of event present. */
import type { TimelineEventInput } from './types.ts';

/** The kinds that have events, in the given order (unknown kinds last, alphabetically). */
export function laneKinds(events: readonly TimelineEventInput[], kindOrder: readonly string[]): string[] {
  const present = new Set(events.map((e) => e.kind));
  const known = kindOrder.filter((kind) => present.has(kind));
  const unknown = [...present].filter((kind) => !kindOrder.includes(kind)).sort();
  return [...known, ...unknown];
}
