/** Pure timeline layout: dates to positions, kinds to lanes, overlaps to rows, labels without collisions (no DOM; runs in Node and the browser). */
import { ascending, max, min } from 'd3-array';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';

export type Precision = 'day' | 'month' | 'year';

/** The fields of an exercise that the layout needs. */
export interface TimelineEventInput {
  id: string;
  name: string;
  kind: string;
  start: string;
  end?: string;
  precision: Precision;
}

/** The fields of a context milestone that the layout needs. */
export interface MilestoneInput {
  id: string;
  date: string;
  precision: Precision;
  label: string;
  /** Written beside the rule in the wide chart instead of the label, when given. */
  shortLabel?: string;
}

export interface Span {
  start: number;
  end: number;
}

/** A date string (YYYY-MM-DD, YYYY-MM or YYYY) as the UTC instant it starts at. */
export function parseDate(value: string): Date {
  const [year = 1970, month = 1, day = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** The time an event covers: from its first instant to the instant after its last day, month or year. */
export function eventInterval(event: Pick<TimelineEventInput, 'start' | 'end' | 'precision'>): { start: Date; end: Date } {
  const start = parseDate(event.start);
  const last = parseDate(event.end ?? event.start);
  const interval = event.precision === 'day' ? utcDay : event.precision === 'month' ? utcMonth : utcYear;
  return { start, end: interval.offset(last, 1) };
}

/** Drawn as a mark (a point in time) rather than a bar: a single known day. */
export function isSingleDay(event: Pick<TimelineEventInput, 'start' | 'end' | 'precision'>): boolean {
  return event.precision === 'day' && (!event.end || event.end === event.start);
}

/** Whole years that cover every event and milestone. */
export function timeDomain(events: readonly TimelineEventInput[], milestones: readonly MilestoneInput[] = []): [Date, Date] {
  const starts = [...events.map((e) => eventInterval(e).start), ...milestones.map((m) => parseDate(m.date))];
  const ends = [...events.map((e) => eventInterval(e).end), ...milestones.map((m) => utcDay.offset(parseDate(m.date), 1))];
  const first = min(starts) ?? new Date(Date.UTC(2005, 0, 1));
  const last = max(ends) ?? utcYear.offset(first, 1);
  const from = utcYear.floor(first);
  const to = utcYear.ceil(last);
  return [from, to > from ? to : utcYear.offset(from, 1)];
}

export function timeScale(domain: [Date, Date], range: [number, number]): ScaleTime<number, number> {
  return scaleUtc().domain(domain).range(range);
}

/** A time scale whose years have their own heights (piecewise linear: linear within each year), starting at `top`. */
export function yearScale(yearStarts: readonly Date[], heights: readonly number[], top = 0): ScaleTime<number, number> {
  const range = [top];
  for (const height of heights) range.push(range.at(-1)! + height);
  return scaleUtc().domain(yearStarts.slice(0, heights.length + 1)).range(range);
}

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

/** A width estimate for system sans-serif text; generous, so labels placed with it do not touch. */
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

export interface Tick {
  year: number;
  /** Position along the time axis. */
  at: number;
  /** Shown as text, or only as a tick line when years are crowded. */
  labelled: boolean;
}

/** One tick a year; labels on every year, or every second or fifth one when years are narrow. */
export function yearTicks(scale: ScaleTime<number, number>, minLabelGap = 36): Tick[] {
  // The domain's ends (a year scale has a stop at every year); labels are spaced for the shortest year.
  const domain = scale.domain();
  const from = domain[0]!;
  const to = domain.at(-1)!;
  const years = utcYear.range(from, utcYear.offset(to, 1)).filter((d) => d <= to);
  const perYear = min(years.slice(1).map((year) => Math.abs(scale(year) - scale(utcYear.offset(year, -1))))) ?? Infinity;
  const step = [1, 2, 5, 10].find((n) => n * perYear >= minLabelGap) ?? 10;
  return years.map((date) => {
    const year = date.getUTCFullYear();
    return { year, at: scale(date), labelled: year % step === 0 };
  });
}

/** Lanes: the kinds that have events, in the given order (unknown kinds last, alphabetically). */
export function laneKinds(events: readonly TimelineEventInput[], kindOrder: readonly string[]): string[] {
  const present = new Set(events.map((e) => e.kind));
  const known = kindOrder.filter((kind) => present.has(kind));
  const unknown = [...present].filter((kind) => !kindOrder.includes(kind)).sort();
  return [...known, ...unknown];
}

/** Events in time order: start, then end, then id (stable, so keyboard order never depends on file order). */
/** Milestones by date, then id: the order both layouts draw and stack their labels in. */
export function milestoneOrder<T extends MilestoneInput>(milestones: readonly T[]): T[] {
  return [...milestones].sort((a, b) => ascending(a.date, b.date) || ascending(a.id, b.id));
}

export function timeOrder<T extends TimelineEventInput>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) =>
      ascending(+eventInterval(a).start, +eventInterval(b).start) ||
      ascending(+eventInterval(a).end, +eventInterval(b).end) ||
      ascending(a.id, b.id),
  );
}

// ————— The wide chart: time runs left to right, one lane per kind. —————

export interface HorizontalOptions {
  width: number;
  kindOrder: readonly string[];
  /** Left margin for the lane labels. */
  laneLabelWidth?: number;
  rowHeight?: number;
  /** The smallest hit area of an event (px): 24 for pointer and touch. */
  minHit?: number;
  fontSize?: number;
}

export interface PlacedEvent {
  id: string;
  kind: string;
  lane: number;
  row: number;
  single: boolean;
  /** Bar from x0 to x1; for a single day both are the day's centre. */
  x0: number;
  x1: number;
  /** Centre line of the event's row. */
  y: number;
  /** Hit area, at least minHit wide. */
  hit: Span;
  /** Where the name is written, when it fits beside the event without touching the next one. */
  label?: { x: number; text: string };
}

export interface PlacedLane {
  kind: string;
  y: number;
  height: number;
  rows: number;
}

export interface PlacedMilestone {
  id: string;
  x: number;
  label: string;
  level: number;
  /** Baseline of the label. */
  labelY: number;
  anchor: 'start' | 'end';
}

export interface HorizontalLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  domain: [Date, Date];
  lanes: PlacedLane[];
  events: PlacedEvent[];
  milestones: PlacedMilestone[];
  ticks: Tick[];
  axisY: number;
}

export function layoutHorizontal(
  eventsIn: readonly TimelineEventInput[],
  milestonesIn: readonly MilestoneInput[],
  options: HorizontalOptions,
): HorizontalLayout {
  const { width, kindOrder, laneLabelWidth = 128, rowHeight = 28, minHit = 24, fontSize = 12 } = options;
  const events = timeOrder(eventsIn);
  const milestones = milestoneOrder(milestonesIn);
  const domain = timeDomain(events, milestones);
  const x0 = laneLabelWidth;
  const x1 = width - 20;
  const scale = timeScale(domain, [x0, x1]);

  // Milestone labels above the lanes, stacked in levels so that none overlaps another.
  const levelHeight = fontSize + 6;
  const { labels: labelSpans, levels } = placeMilestoneLabels(
    milestones.map((m) => ({ x: scale(parseDate(m.date)), width: estimateTextWidth(m.shortLabel ?? m.label, fontSize - 1) })),
    // The plot's clip starts 14 px left of x0 (see Timeline.astro): a label may reach that far, no further.
    { x0: x0 - 14, x1 },
  );
  const levelCount = milestones.length ? (max(levels) ?? 0) + 1 : 0;
  const lanesTop = 8 + levelCount * levelHeight + (levelCount ? 6 : 0);

  const kinds = laneKinds(events, kindOrder);
  const lanes: PlacedLane[] = [];
  const placed: PlacedEvent[] = [];
  let y = lanesTop;
  const lanePad = 4;
  for (const [lane, kind] of kinds.entries()) {
    const inLane = events.filter((e) => e.kind === kind);
    const geometry = inLane.map((event) => {
      const { start, end } = eventInterval(event);
      const single = isSingleDay(event);
      const left = scale(start);
      const right = scale(end);
      const bar = single ? { x0: (left + right) / 2, x1: (left + right) / 2 } : { x0: left, x1: Math.max(right, left + 3) };
      const centre = (bar.x0 + bar.x1) / 2;
      const hit = bar.x1 - bar.x0 >= minHit ? { start: bar.x0, end: bar.x1 } : { start: centre - minHit / 2, end: centre + minHit / 2 };
      return { event, single, bar, hit };
    });
    const rows = stackRows(geometry.map((g) => g.hit), 2);
    const rowCount = (max(rows) ?? 0) + 1;
    geometry.forEach((g, index) => {
      placed.push({
        id: g.event.id,
        kind,
        lane,
        row: rows[index]!,
        single: g.single,
        x0: g.bar.x0,
        x1: g.bar.x1,
        y: y + lanePad + rows[index]! * rowHeight + rowHeight / 2,
        hit: g.hit,
      });
    });
    lanes.push({ kind, y, height: rowCount * rowHeight + 2 * lanePad, rows: rowCount });
    y += rowCount * rowHeight + 2 * lanePad;
  }

  // Event names beside their events, where they fit before the next event in the same row.
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const event of placed) {
    const next = min(
      placed.filter((o) => o.lane === event.lane && o.row === event.row && o.hit.start >= event.hit.end),
      (o) => o.hit.start,
    );
    const labelX = event.hit.end + 3;
    const room = Math.min(next ?? Infinity, x1) - labelX - 6;
    const name = byId.get(event.id)!.name;
    if (estimateTextWidth(name, fontSize) <= room) event.label = { x: labelX, text: name };
  }

  const axisY = y + 4;
  return {
    width,
    height: axisY + fontSize + 14,
    plot: { x0, x1, y0: lanesTop, y1: axisY },
    domain,
    lanes,
    events: placed,
    milestones: milestones.map((m, index) => ({
      id: m.id,
      x: labelSpans[index]!.x,
      label: m.shortLabel ?? m.label,
      level: levels[index]!,
      labelY: 8 + levels[index]! * levelHeight + fontSize - 1,
      anchor: labelSpans[index]!.anchor,
    })),
    ticks: yearTicks(scale, estimateTextWidth('2000', fontSize) + 10),
    axisY,
  };
}

// ————— The narrow chart: time runs down; a column per kind at the left, names in a list at the right. —————

export interface VerticalOptions {
  width: number;
  kindOrder: readonly string[];
  /** The least height of a year; a year whose labels need more gets more. */
  pixelsPerYear?: number;
  columnWidth?: number;
  /** Height of one line of a label. */
  lineHeight?: number;
  fontSize?: number;
}

export interface VerticalItem {
  type: 'event' | 'milestone';
  id: string;
  /** Events: the kind's column centre and the event's time extent. */
  column?: number;
  columnX?: number;
  single?: boolean;
  y0: number;
  y1: number;
  /** Top of the label row, placed without collisions. */
  labelTop: number;
  /** The name, wrapped to the label column. */
  lines: string[];
  /** Height of the label row: the name's lines and the date line. */
  size: number;
}

export interface VerticalLayout {
  width: number;
  height: number;
  columns: { kind: string; x: number }[];
  labelX: number;
  labelWidth: number;
  lineHeight: number;
  items: VerticalItem[];
  ticks: Tick[];
  domain: [Date, Date];
  plot: { y0: number; y1: number };
}

export function layoutVertical(
  eventsIn: readonly TimelineEventInput[],
  milestonesIn: readonly MilestoneInput[],
  options: VerticalOptions,
): VerticalLayout {
  const { width, kindOrder, pixelsPerYear = 56, columnWidth = 14, lineHeight = 16, fontSize = 13 } = options;
  const events = timeOrder(eventsIn);
  const milestones = milestoneOrder(milestonesIn);
  const domain = timeDomain(events, milestones);
  const kinds = laneKinds(events, kindOrder);
  const columnsLeft = 44;
  const columns = kinds.map((kind, index) => ({ kind, x: columnsLeft + index * columnWidth + columnWidth / 2 }));
  const labelX = columnsLeft + kinds.length * columnWidth + 20;
  const labelWidth = width - labelX - 4;
  const sized = (text: string) => {
    const lines = wrapText(text, labelWidth, fontSize);
    return { lines, size: (lines.length + 1) * lineHeight + 4 };
  };
  // Each year is as tall as the labels of its events and milestones need (at least pixelsPerYear): a dense year gets
  // room, an empty one stays short, and every label sits beside its own year instead of drifting into later ones.
  const top = 12;
  const yearStarts = utcYear.range(domain[0], utcYear.offset(domain[1], 1));
  const needed = yearStarts.slice(0, -1).map((yearStart) => {
    const year = yearStart.getUTCFullYear();
    const labels = [...events.filter((e) => eventInterval(e).start.getUTCFullYear() === year).map((e) => e.name), ...milestones.filter((m) => parseDate(m.date).getUTCFullYear() === year).map((m) => m.label)];
    return Math.max(pixelsPerYear, labels.reduce((sum, text) => sum + sized(text).size, 0));
  });
  const scale = yearScale(yearStarts, needed, top);
  const items: Omit<VerticalItem, 'labelTop'>[] = [
    ...events.map((event) => {
      const { start, end } = eventInterval(event);
      const column = kinds.indexOf(event.kind);
      const single = isSingleDay(event);
      const y0 = scale(start);
      const y1 = single ? y0 : Math.max(scale(end), y0 + 3);
      return { type: 'event' as const, id: event.id, column, columnX: columns[column]!.x, single, y0, y1, ...sized(event.name) };
    }),
    ...milestones.map((m) => {
      const y0 = scale(parseDate(m.date));
      return { type: 'milestone' as const, id: m.id, y0, y1: y0, ...sized(m.label) };
    }),
  ].sort((a, b) => ascending(a.y0, b.y0) || ascending(a.type === 'milestone' ? 0 : 1, b.type === 'milestone' ? 0 : 1) || ascending(a.id, b.id));
  // Each label row is centred on its time where the rows around it leave room.
  const tops = dodge(items.map((item) => item.y0), items.map((item) => item.size), 0);
  const placed = items.map((item, index) => ({ ...item, labelTop: tops[index]! }));
  const last = placed.at(-1);
  const bottom = Math.max(scale.range()[1]!, last ? last.labelTop + last.size : 0);
  return {
    width,
    height: bottom + 12,
    columns,
    labelX,
    labelWidth,
    lineHeight,
    items: placed,
    ticks: yearTicks(scale, fontSize + 8),
    domain,
    plot: { y0: top, y1: scale.range()[1]! },
  };
}
