/** Label geometry: text width, wrapping, milestone labels beside their rules, and labels dodged along a line. */
import { ascending, max } from 'd3-array';
import { stackRows } from './stack.ts';
import type { Span } from './types.ts';

/** A width estimate for system sans-serif text; generous, so labels placed with it do not touch (checked in Chromium by tests/e2e/timeline.test.ts). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.56);
}

/** Breaks text into lines that fit an estimated width, at spaces (a word longer than the width gets a line of its own). */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && estimateTextWidth(`${last} ${word}`, fontSize) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}

export interface MilestoneLabel {
  x: number;
  anchor: 'start' | 'end';
  span: Span;
}

/**
 * Places milestone labels beside their rules, each to the right (anchor start) or the left (end) of it, inside
 * [x0, x1], so that they need the fewest levels once stacked: every combination of sides is tried (up to 12 labels;
 * more fall back to "right if it fits"). Ties keep more labels on the right, which reads first.
 */
export function placeMilestoneLabels(labels: readonly { x: number; width: number }[], bounds: { x0: number; x1: number }, gap = 6): { labels: MilestoneLabel[]; levels: number[] } {
  const place = (label: { x: number; width: number }, anchor: 'start' | 'end'): MilestoneLabel => ({
    x: label.x,
    anchor,
    span: anchor === 'start' ? { start: label.x, end: label.x + 4 + label.width } : { start: label.x - 4 - label.width, end: label.x },
  });
  const fits = (label: { x: number; width: number }, anchor: 'start' | 'end') =>
    anchor === 'start' ? label.x + 4 + label.width <= bounds.x1 : label.x - 4 - label.width >= bounds.x0;
  const fallback = labels.map((label) => place(label, fits(label, 'start') ? 'start' : 'end'));
  let best = { labels: fallback, levels: stackRows(fallback.map((l) => l.span), gap) };
  if (labels.length > 12) return best;
  const levelCount = (levels: number[]) => (levels.length ? (max(levels) ?? 0) + 1 : 0);
  const rightCount = (placed: MilestoneLabel[]) => placed.filter((l) => l.anchor === 'start').length;
  for (let mask = 0; mask < 1 << labels.length; mask++) {
    const anchors = labels.map((_, i) => ((mask >> i) & 1 ? 'end' : 'start') as 'start' | 'end');
    if (labels.some((label, i) => !fits(label, anchors[i]!))) continue;
    const placed = labels.map((label, i) => place(label, anchors[i]!));
    const levels = stackRows(placed.map((l) => l.span), gap);
    const better = levelCount(levels) < levelCount(best.levels) || (levelCount(levels) === levelCount(best.levels) && rightCount(placed) > rightCount(best.labels));
    if (better) best = { labels: placed, levels };
  }
  return best;
}

/**
 * Places labels along a line, each centred as close to its ideal centre as possible, in the order of their
 * ideals, never overlapping and never above `lowest`: overlapping labels gather into clusters placed where they
 * sit closest (least squares) to their members' ideals. `sizes` is one size for all labels, or one per label.
 * Returns where each label starts (its top).
 */
export function dodge(ideals: readonly number[], sizes: number | readonly number[], lowest = -Infinity): number[] {
  const sizeOf = (index: number) => (typeof sizes === 'number' ? sizes : sizes[index]!);
  const order = ideals.map((_, index) => index).sort((a, b) => ascending(ideals[a]!, ideals[b]!) || a - b);
  type Cluster = { members: number[]; top: number; extent: number };
  const place = (members: number[]): Cluster => {
    let offset = 0;
    let sum = 0;
    for (const member of members) {
      sum += ideals[member]! - sizeOf(member) / 2 - offset;
      offset += sizeOf(member);
    }
    return { members, top: Math.max(lowest, sum / members.length), extent: offset };
  };
  const clusters: Cluster[] = [];
  for (const index of order) {
    let cluster = place([index]);
    // Merge backwards while the new cluster overlaps the one before it.
    while (clusters.length) {
      const previous = clusters[clusters.length - 1]!;
      if (previous.top + previous.extent <= cluster.top) break;
      clusters.pop();
      cluster = place([...previous.members, ...cluster.members]);
    }
    clusters.push(cluster);
  }
  const positions = new Array<number>(ideals.length);
  for (const cluster of clusters) {
    let at = cluster.top;
    for (const member of cluster.members) {
      positions[member] = at;
      at += sizeOf(member);
    }
  }
  return positions;
}
