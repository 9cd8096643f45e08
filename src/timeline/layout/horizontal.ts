/** The wide chart's layout: time runs left to right, one lane per kind, overlapping events in rows, milestone labels stacked above. */
import { max, min } from 'd3-array';
import { parseDate } from '../../content/dates.ts';
import { estimateTextWidth, placeMilestoneLabels } from './labels.ts';
import { laneKinds } from './lanes.ts';
import { timeScale } from './scales.ts';
import { stackRows } from './stack.ts';
import { yearTicks, type Tick } from './ticks.ts';
import { chronology, eventInterval, isSingleDay } from './time.ts';
import type { MilestoneInput, Span, TimelineEventInput } from './types.ts';

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
  /** Where the name is written, when it fits beside the event without touching the next one: from x, `width` reserved. */
  label?: { x: number; text: string; width: number };
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
  /** The label's edge nearest its rule: where its text starts (anchor start) or ends (anchor end). */
  textX: number;
  /** The thin line from the label's near edge to the rule's x, at the height where the rule starts. */
  leader: Span & { y: number };
  /** The extent reserved for the label, leader and rule included. */
  span: Span;
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
  const { events, milestones, domain } = chronology(eventsIn, milestonesIn);
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
    const labelWidth = estimateTextWidth(name, fontSize);
    if (labelWidth <= room) event.label = { x: labelX, text: name, width: labelWidth };
  }

  const axisY = y + 4;
  return {
    width,
    height: axisY + fontSize + 14,
    plot: { x0, x1, y0: lanesTop, y1: axisY },
    domain,
    lanes,
    events: placed,
    milestones: milestones.map((m, index) => {
      const placed = labelSpans[index]!;
      const labelY = 8 + levels[index]! * levelHeight + fontSize - 1;
      return {
        id: m.id,
        x: placed.x,
        label: m.shortLabel ?? m.label,
        level: levels[index]!,
        labelY,
        anchor: placed.anchor,
        textX: placed.textX,
        leader: { ...placed.leader, y: labelY + 3 },
        span: placed.span,
      };
    }),
    ticks: yearTicks(scale, estimateTextWidth('2000', fontSize) + 10),
    axisY,
  };
}

