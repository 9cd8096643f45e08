/** Year ticks along a time scale, from d3-time's year interval; labels thinned where years are narrow. */
import { min } from 'd3-array';
import type { ScaleTime } from 'd3-scale';
import { utcYear } from 'd3-time';

export interface Tick {
  year: number;
  /** Position along the time axis. */
  at: number;
  /** Shown as text, or only as a tick line when years are crowded. */
  labelled: boolean;
}

/** One tick a year; labels on every year, or every second, fifth or tenth one when years are narrow. */
export function yearTicks(scale: ScaleTime<number, number>, minLabelGap = 36): Tick[] {
  // The domain's ends (a year scale has a stop at every year); labels are spaced for the shortest year.
  const domain = scale.domain();
  const from = domain[0]!;
  const to = domain.at(-1)!;
  const years = utcYear.range(from, utcYear.offset(to, 1)).filter((d) => d <= to);
  const perYear = min(years.slice(1).map((year) => Math.abs(scale(year) - scale(utcYear.offset(year, -1))))) ?? Infinity;
  const step = [1, 2, 5, 10].find((n) => n * perYear >= minLabelGap) ?? 10;
  const labelled = new Set(utcYear.every(step)!.range(from, utcYear.offset(to, 1)).map(Number));
  return years.map((date) => ({ year: date.getUTCFullYear(), at: scale(date), labelled: labelled.has(+date) }));
}
