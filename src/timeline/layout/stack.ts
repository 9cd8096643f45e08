/** Interval partitioning: spans into the fewest rows in which none overlaps another. */
import { ascending } from 'd3-array';
import type { Span } from './types.ts';

/**
 * Packs spans into rows so that no two spans in a row overlap (greedy, in start order: the classic interval
 * partitioning, which uses as few rows as the most spans overlapping at one point). Returns the row of each span.
 */
export function stackRows(spans: readonly Span[], gap = 0): number[] {
  const order = spans.map((_, index) => index).sort((a, b) => ascending(spans[a]!.start, spans[b]!.start) || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(spans.length);
  for (const index of order) {
    const span = spans[index]!;
    let row = rowEnds.findIndex((end) => end + gap <= span.start);
    if (row === -1) row = rowEnds.push(span.end) - 1;
    else rowEnds[row] = span.end;
    rows[index] = row;
  }
  return rows;
}
