/** The narrow chart's layout: time runs down, a column per kind at the left, names in a list at the right, each year as tall as its names need. */
import { ascending } from 'd3-array';
import { utcYear } from 'd3-time';
import { parseDate } from '../../content/dates.ts';
import { dodge, wrapText } from './labels.ts';
import { laneKinds } from './lanes.ts';
import { yearScale } from './scales.ts';
import { yearTicks, type Tick } from './ticks.ts';
import { chronology, eventInterval, isSingleDay } from './time.ts';
import type { MilestoneInput, TimelineEventInput } from './types.ts';

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
  const { events, milestones, domain } = chronology(eventsIn, milestonesIn);
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
