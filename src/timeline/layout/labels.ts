/** Label geometry: text width, wrapping, milestone labels beside their rules, and labels dodged along a line. */
import { ascending, max } from 'd3-array';
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
  /** The rule's x. */
  x: number;
  anchor: 'start' | 'end';
  /** Where the label's text starts (anchor start) or ends (anchor end): its edge nearest the rule. */
  textX: number;
  /** The thin line under the label's near edge that joins it to its rule, from textX to x. */
  leader: Span;
  /** The extent reserved for the label, leader and rule included. */
  span: Span;
}

/** How far apart the labels of rules closer than this are drawn, so that each label's leader ends at its own rule. */
export const milestoneLabelSpacing = 12;

/**
 * Places milestone labels beside their rules, each to the right (anchor start) or the left (end) of it, inside
 * [x0, x1], and stacks them in levels (0 at the top). Every combination of sides is tried (up to 12 labels; more fall
 * back to "right if it fits") and the best kept: first the fewest rules crossing a label or its leader, then the
 * fewest levels, then the most labels on the side their spreading chose, then the most on the right, which reads first.
 * Rules closer than `spacing` get their labels spread apart (centred on the rules, in their order); a thin leader
 * joins each label's near edge to its rule.
 */
export function placeMilestoneLabels(
  labels: readonly { x: number; width: number }[],
  bounds: { x0: number; x1: number },
  gap = 6,
  spacing = milestoneLabelSpacing,
): { labels: MilestoneLabel[]; levels: number[] } {
  // How far each label's attachment sits from its rule, and on which side spreading put it (none when under 1 px).
  const offsets = dodge(
    labels.map((label) => label.x),
    spacing,
  ).map((top, i) => top + spacing / 2 - labels[i]!.x);
  const spreadSide = (i: number) => (offsets[i]! <= -1 ? 'end' : offsets[i]! >= 1 ? 'start' : undefined);
  const place = (i: number, anchor: 'start' | 'end'): MilestoneLabel => {
    const { x, width } = labels[i]!;
    const offset = spreadSide(i) ? Math.abs(offsets[i]!) : 0;
    const textX = anchor === 'start' ? x + offset + 4 : x - offset - 4;
    const text = anchor === 'start' ? { start: textX, end: textX + width } : { start: textX - width, end: textX };
    const leader = { start: Math.min(x, textX), end: Math.max(x, textX) };
    return { x, anchor, textX, leader, span: { start: Math.min(text.start, leader.start), end: Math.max(text.end, leader.end) } };
  };
  const fits = (i: number, anchor: 'start' | 'end') => {
    const { span } = place(i, anchor);
    return span.start >= bounds.x0 && span.end <= bounds.x1;
  };
  const score = (placed: MilestoneLabel[]) => {
    const { levels, crossings } = stackLabels(placed, gap);
    const levelCount = levels.length ? (max(levels) ?? 0) + 1 : 0;
    const offSpreadSide = placed.filter((l, i) => spreadSide(i) && spreadSide(i) !== l.anchor).length;
    const onRight = placed.filter((l) => l.anchor === 'start').length;
    return { labels: placed, levels, rank: [crossings, levelCount, offSpreadSide, -onRight] };
  };
  const before = (a: number[], b: number[]) => {
    const differs = a.findIndex((value, i) => value !== b[i]);
    return differs !== -1 && a[differs]! < b[differs]!;
  };
  let best = score(labels.map((_, i) => place(i, fits(i, 'start') ? 'start' : 'end')));
  if (labels.length > 12) return best;
  for (let mask = 0; mask < 1 << labels.length; mask++) {
    const anchors = labels.map((_, i) => ((mask >> i) & 1 ? 'end' : 'start') as 'start' | 'end');
    if (labels.some((_, i) => !fits(i, anchors[i]!))) continue;
    const candidate = score(labels.map((_, i) => place(i, anchors[i]!)));
    if (before(candidate.rank, best.rank)) best = candidate;
  }
  return { labels: best.labels, levels: best.levels };
}

/**
 * Stacks placed labels in levels so that labels on one level keep `gap` apart, and a label whose extent another
 * label's rule passes through sits above that label (a rule starts at its own label's level and runs down, so it
 * then stays clear of the label). Where two labels each hold the other's rule, one rule must cross: counted.
 */
function stackLabels(placed: readonly MilestoneLabel[], gap: number): { levels: number[]; crossings: number } {
  const holds = (i: number, j: number) => i !== j && placed[j]!.x > placed[i]!.span.start && placed[j]!.x < placed[i]!.span.end;
  const indices = placed.map((_, i) => i);
  const levels = indices.map(() => -1);
  const left = new Set(indices);
  while (left.size) {
    // Next, the label the fewest remaining labels must be above (none, unless rules cross), leftmost first.
    const next = [...left].sort(
      (a, b) => [...left].filter((i) => holds(i, a)).length - [...left].filter((i) => holds(i, b)).length || placed[a]!.span.start - placed[b]!.span.start,
    )[0]!;
    left.delete(next);
    let level = Math.max(0, ...indices.filter((i) => levels[i]! >= 0 && holds(i, next)).map((i) => levels[i]! + 1));
    const clash = (l: number) => placed.some((other, i) => levels[i] === l && other.span.start < placed[next]!.span.end + gap && placed[next]!.span.start < other.span.end + gap);
    while (clash(level)) level++;
    levels[next] = level;
  }
  let crossings = 0;
  for (const i of indices) for (const j of indices) if (holds(i, j) && levels[i]! >= levels[j]!) crossings++;
  return { levels, crossings };
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
