import { describe, expect, it } from 'vitest';
import {
  dodge,
  wrapText,
  eventInterval,
  isSingleDay,
  layoutHorizontal,
  layoutVertical,
  placeMilestoneLabels,
  milestoneLabelSpacing,
  stackRows,
  timeDomain,
  timeOrder,
  timeScale,
  yearTicks,
  type VerticalItem,
  type TimelineEventInput,
} from '../../src/timeline/layout/index.ts';
import { formatDateRange } from '../../src/content/dates.ts';

const kindOrder = ['naval', 'air-patrol', 'land'] as const;
const ev = (id: string, kind: string, start: string, end?: string, precision: 'day' | 'month' | 'year' = 'day'): TimelineEventInput => ({
  id,
  name: `Event ${id}`,
  kind,
  start,
  end,
  precision,
});

const events = [
  ev('a', 'naval', '2019-04-29', '2019-05-04'),
  ev('b', 'naval', '2019-05-01', '2019-05-03'),
  ev('c', 'air-patrol', '2019-07-23'),
  ev('d', 'land', '2021-08', undefined, 'month'),
  ev('e', 'naval', '2021-10-17', '2021-10-23'),
];
const milestones = [
  { id: 'm1', date: '2022-02-04', precision: 'day' as const, label: 'No-limits statement' },
  { id: 'm2', date: '2022-02-24', precision: 'day' as const, label: 'Invasion of Ukraine' },
];

describe('timeline layout › dates', () => {
  it('a day event covers its day; a month event covers the whole month, end exclusive', () => {
    expect(eventInterval(ev('x', 'naval', '2019-07-23'))).toEqual({ start: new Date('2019-07-23T00:00Z'), end: new Date('2019-07-24T00:00Z') });
    expect(eventInterval(ev('x', 'naval', '2024-07', '2024-08', 'month'))).toEqual({ start: new Date('2024-07-01T00:00Z'), end: new Date('2024-09-01T00:00Z') });
    expect(eventInterval(ev('x', 'naval', '2012', undefined, 'year')).end).toEqual(new Date('2013-01-01T00:00Z'));
  });

  it('single days are marks, spans and month-precision events are bars', () => {
    expect(isSingleDay(ev('x', 'naval', '2019-07-23'))).toBe(true);
    expect(isSingleDay(ev('x', 'naval', '2019-07-23', '2019-07-23'))).toBe(true);
    expect(isSingleDay(ev('x', 'naval', '2019-07-23', '2019-07-24'))).toBe(false);
    expect(isSingleDay(ev('x', 'naval', '2019-07', undefined, 'month'))).toBe(false);
  });

  it('the domain is whole years covering events and milestones', () => {
    expect(timeDomain(events, milestones)).toEqual([new Date('2019-01-01T00:00Z'), new Date('2023-01-01T00:00Z')]);
  });

  it('time order is by start, then end, then id', () => {
    expect(timeOrder([events[4]!, events[1]!, events[0]!, events[3]!, events[2]!]).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('date ranges drop what both ends share', () => {
    expect(formatDateRange('2005-08-18', '2005-08-25')).toBe('18–25 August 2005');
    expect(formatDateRange('2022-08-30', '2022-09-02')).toBe('30 August – 2 September 2022');
    expect(formatDateRange('2023-12-28', '2024-01-02')).toBe('28 December 2023 – 2 January 2024');
    expect(formatDateRange('2024-07', '2024-08')).toBe('July–August 2024');
    expect(formatDateRange('2019-07-23')).toBe('23 July 2019');
  });
});

describe('timeline layout › stacking and labels', () => {
  it('overlapping spans go to separate rows, and a row is reused once free', () => {
    const rows = stackRows([
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 12, end: 20 },
      { start: 6, end: 8 },
    ]);
    expect(rows).toEqual([0, 1, 0, 2]);
  });

  it('no two spans in a row overlap, for any input order', () => {
    const spans = Array.from({ length: 60 }, (_, i) => ({ start: (i * 37) % 100, end: ((i * 37) % 100) + 5 + (i % 7) * 3 }));
    const rows = stackRows(spans, 1);
    for (let i = 0; i < spans.length; i++)
      for (let j = i + 1; j < spans.length; j++)
        if (rows[i] === rows[j]) expect(spans[i]!.end + 1 <= spans[j]!.start || spans[j]!.end + 1 <= spans[i]!.start).toBe(true);
  });

  it('dodge keeps order, never overlaps, stays below the lowest position, and leaves lone labels at their ideal', () => {
    const ideals = [100, 10, 12, 14, 300, 11];
    const placed = dodge(ideals, 20, 0);
    expect(placed[4]).toBe(290);
    const order = ideals.map((_, i) => i).sort((a, b) => ideals[a]! - ideals[b]! || a - b);
    for (let k = 1; k < order.length; k++) expect(placed[order[k]!]! - placed[order[k - 1]!]!).toBeGreaterThanOrEqual(20);
    expect(Math.min(...placed)).toBeGreaterThanOrEqual(0);
  });

  it('dodge centres a crowded cluster on its ideals', () => {
    expect(dodge([100, 100], 20)).toEqual([80, 100]);
  });

  it('dodge handles labels of different sizes', () => {
    const placed = dodge([0, 5, 100], [30, 10, 10], 0);
    expect(placed[1]).toBeGreaterThanOrEqual(placed[0]! + 30);
    expect(placed[2]).toBe(95);
  });

  it('wrapText breaks at spaces within the width', () => {
    expect(wrapText('one two three four', 60, 10)).toEqual(['one two', 'three four']);
    expect(wrapText('', 60, 10)).toEqual(['']);
  });

  it('year ticks thin their labels when years are narrow', () => {
    const scale = timeScale([new Date('2005-01-01T00:00Z'), new Date('2025-01-01T00:00Z')], [0, 200]);
    const ticks = yearTicks(scale, 30);
    expect(ticks).toHaveLength(21);
    expect(ticks.filter((t) => t.labelled).map((t) => t.year)).toEqual([2005, 2010, 2015, 2020, 2025]);
  });
});

describe('timeline layout › the wide chart', () => {
  const layout = layoutHorizontal(events, milestones, { width: 900, kindOrder });

  it('gives one lane per kind present, in the given order', () => {
    expect(layout.lanes.map((l) => l.kind)).toEqual(['naval', 'air-patrol', 'land']);
  });

  it('puts overlapping events of a lane in different rows and makes the lane taller', () => {
    const a = layout.events.find((e) => e.id === 'a')!;
    const b = layout.events.find((e) => e.id === 'b')!;
    expect(a.row).not.toBe(b.row);
    expect(layout.lanes[0]!.rows).toBe(2);
    expect(layout.lanes[1]!.rows).toBe(1);
  });

  it('keeps every hit area at least 24 px wide and inside its lane', () => {
    for (const event of layout.events) {
      expect(event.hit.end - event.hit.start).toBeGreaterThanOrEqual(24);
      const lane = layout.lanes[event.lane]!;
      expect(event.y - 12).toBeGreaterThanOrEqual(lane.y);
      expect(event.y + 12).toBeLessThanOrEqual(lane.y + lane.height);
    }
  });

  it('maps dates to x in order: later events sit further right', () => {
    const x = (id: string) => layout.events.find((e) => e.id === id)!.x0;
    expect(x('a')).toBeLessThan(x('c'));
    expect(x('c')).toBeLessThan(x('d'));
    const c = layout.events.find((e) => e.id === 'c')!;
    expect(c.single).toBe(true);
    expect(c.x0).toBe(c.x1);
  });

  // These check the boxes the layout reserves; tests/e2e/timeline.test.ts checks in Chromium that the rendered text fits in them.
  it('places milestone labels so that none overlaps another on its level, inside the chart and above the lanes', () => {
    const spans = layout.milestones.map((m) => ({ level: m.level, ...m.span }));
    expect(spans).toHaveLength(milestones.length);
    for (const m of layout.milestones) expect(m.anchor === 'start' ? m.span.start : m.span.end).toBe(m.x);
    for (const [i, a] of spans.entries()) {
      expect(a.start).toBeGreaterThanOrEqual(layout.plot.x0 - 14);
      expect(a.end).toBeLessThanOrEqual(layout.plot.x1);
      for (const b of spans.slice(i + 1)) if (a.level === b.level) expect(a.end <= b.start || b.end <= a.start).toBe(true);
    }
    for (const m of layout.milestones) expect(m.labelY).toBeLessThan(layout.plot.y0);
  });

  it('puts two close milestone labels on either side of their rules rather than on two levels', () => {
    const { labels, levels } = placeMilestoneLabels([{ x: 500, width: 200 }, { x: 520, width: 200 }], { x0: 0, x1: 1000 });
    expect(levels).toEqual([0, 0]);
    expect(labels.map((l) => l.anchor)).toEqual(['end', 'start']);
  });

  it('stacks labels when no choice of sides avoids a collision, and never lets one cross the chart edges', () => {
    const { labels, levels } = placeMilestoneLabels([{ x: 100, width: 300 }, { x: 120, width: 300 }, { x: 900, width: 300 }], { x0: 0, x1: 1000 });
    // The first two cannot go left (x0 = 0), the last cannot go right: the two on the right of 100 and 120 collide.
    expect(labels.map((l) => l.anchor)).toEqual(['start', 'start', 'end']);
    expect(new Set(levels.slice(0, 2)).size).toBe(2);
    for (const l of labels) {
      expect(l.span.start).toBeGreaterThanOrEqual(0);
      expect(l.span.end).toBeLessThanOrEqual(1000);
    }
  });

  it('spreads the labels of crowded rules apart and joins each to its rule by a leader that no other rule crosses', () => {
    // Three rules 1–2 px apart (dates a week apart on a long chart) and one far off.
    const rules = [{ x: 600, width: 80 }, { x: 601, width: 90 }, { x: 603, width: 70 }, { x: 300, width: 60 }];
    const { labels, levels } = placeMilestoneLabels(rules, { x0: 0, x1: 1000 });
    for (const [i, label] of labels.entries()) {
      // The leader runs from the label's near edge to its own rule.
      expect(label.leader).toEqual({ start: Math.min(label.x, label.textX), end: Math.max(label.x, label.textX) });
      expect(label.x).toBe(rules[i]!.x);
      // No other rule passes through a label or its leader: a rule inside its extent starts on a lower level.
      for (const [j, other] of labels.entries()) {
        if (i !== j && other.x > label.span.start && other.x < label.span.end) expect(levels[j], `${j} inside ${i}`).toBeGreaterThan(levels[i]!);
      }
    }
    // The crowded labels' attachments are spread the spacing apart (less an offset under 1 px, which is dropped), and
    // the outer two move off their rules.
    const attachments = labels.slice(0, 3).map((l) => (l.anchor === 'start' ? l.textX - 4 : l.textX + 4)).sort((a, b) => a - b);
    expect(attachments[1]! - attachments[0]!).toBeGreaterThanOrEqual(milestoneLabelSpacing - 1);
    expect(attachments[2]! - attachments[1]!).toBeGreaterThanOrEqual(milestoneLabelSpacing - 1);
    expect(Math.abs(labels[0]!.textX - labels[0]!.x)).toBeGreaterThan(4);
    expect(Math.abs(labels[2]!.textX - labels[2]!.x)).toBeGreaterThan(4);
    // A lone rule keeps its label right beside it: a 4 px leader.
    expect(labels[3]!.leader.end - labels[3]!.leader.start).toBe(4);
  });

  it('stacks labels written left of their rules so that the later rule’s label sits above the earlier one, clear of its rule', () => {
    // Near the right edge both labels must go left; the second's text spans the first rule, so it goes on top.
    const { labels, levels } = placeMilestoneLabels([{ x: 250, width: 146 }, { x: 300, width: 146 }], { x0: 0, x1: 310 });
    expect(labels.map((l) => l.anchor)).toEqual(['end', 'end']);
    expect(labels[1]!.span.start).toBeLessThan(250);
    expect(levels).toEqual([1, 0]);
  });

  it('draws each milestone’s leader from its label’s near edge to its rule, at the height where the rule starts', () => {
    for (const m of layout.milestones) {
      expect(m.leader.y).toBe(m.labelY + 3);
      expect([m.leader.start, m.leader.end].sort((a, b) => a - b)).toEqual([m.x, m.textX].sort((a, b) => a - b));
    }
  });

  it('writes an event name only where it does not reach the next event in its row', () => {
    expect(layout.events.filter((e) => e.label).length).toBeGreaterThan(0);
    for (const event of layout.events.filter((e) => e.label)) {
      expect(event.label!.width).toBeGreaterThan(0);
      const end = event.label!.x + event.label!.width;
      const next = layout.events.filter((o) => o.lane === event.lane && o.row === event.row && o.hit.start >= event.hit.end);
      for (const other of next) expect(end).toBeLessThan(other.hit.start);
      expect(end).toBeLessThanOrEqual(layout.plot.x1);
    }
  });
});

describe('timeline layout › the narrow chart', () => {
  const layout = layoutVertical(events, milestones, { width: 340, kindOrder });

  it('lists every event and milestone once, in time order', () => {
    expect(layout.items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'm1', 'm2']);
  });

  it('gives each label its own row with no overlap, and fits the height', () => {
    const items = layout.items;
    for (let k = 1; k < items.length; k++) expect(items[k]!.labelTop - items[k - 1]!.labelTop).toBeGreaterThanOrEqual(items[k - 1]!.size);
    expect(items.at(-1)!.labelTop + items.at(-1)!.size).toBeLessThanOrEqual(layout.height);
  });

  it('wraps long names onto more lines instead of cutting them, and makes their row taller', () => {
    const long = layoutVertical([ev('x', 'naval', '2020-01-01'), { ...ev('y', 'naval', '2020-01-02'), name: 'Joint Sea-2015 (II) in the Sea of Japan and Peter the Great Gulf' }], [], { width: 340, kindOrder });
    const [x, y] = long.items as [VerticalItem, VerticalItem];
    expect(x.lines).toEqual(['Event x']);
    expect(y.lines.length).toBeGreaterThan(1);
    expect(y.lines.join(' ')).toBe('Joint Sea-2015 (II) in the Sea of Japan and Peter the Great Gulf');
    expect(y.size).toBeGreaterThan(x.size);
    expect(y.labelTop).toBeGreaterThanOrEqual(x.labelTop + x.size);
  });

  it('keeps each label beside its mark when one year is crowded: that year grows, empty years stay short', () => {
    const crowded = Array.from({ length: 10 }, (_, i) => ev(`c${i}`, 'naval', `2020-${String(i + 1).padStart(2, '0')}-10`));
    const sparse = layoutVertical([ev('early', 'land', '2010-05-01'), ...crowded, ev('late', 'land', '2022-05-01')], [], { width: 340, kindOrder, pixelsPerYear: 40 });
    for (const item of sparse.items) expect(Math.abs(item.labelTop + item.size / 2 - item.y0), item.id).toBeLessThanOrEqual(1.5 * item.size);
    const yearTop = (year: number) => sparse.ticks.find((t) => t.year === year)!.at;
    expect(yearTop(2021) - yearTop(2020)).toBeGreaterThanOrEqual(crowded.length * sparse.items[1]!.size);
    expect(yearTop(2012) - yearTop(2011)).toBe(40);
  });

  it('draws time downwards in one column per kind', () => {
    expect(layout.columns.map((c) => c.kind)).toEqual(['naval', 'air-patrol', 'land']);
    const a = layout.items.find((i) => i.id === 'a')!;
    const e = layout.items.find((i) => i.id === 'e')!;
    expect(a.columnX).toBe(e.columnX);
    expect(a.y0).toBeLessThan(e.y0);
    expect(a.y1).toBeGreaterThan(a.y0);
  });
});
