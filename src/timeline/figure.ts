/** The article's static timeline figure: which events and milestones it shows, its SVG file's path and size, and its text alternative. */
import type { Exercise, Milestone } from '../content/schemas.ts';
import { formatDate } from '../content/dates.ts';
import { kindLabel, kindOrder } from './data.ts';
import { layoutHorizontal } from './layout/index.ts';

export const figureYears = { from: 2022, to: 2024 } as const;
/** Served by src/pages/timeline/figure-2022-2024.svg.ts. */
export const figurePath = `/timeline/figure-${figureYears.from}-${figureYears.to}.svg`;
export const figureWidth = 720;
/** The figure's wide-chart layout; the lane labels' column is wider than the full chart's, as the figure is drawn smaller. */
export const figureLayoutOptions = { width: figureWidth, kindOrder, laneLabelWidth: 136 } as const;

const inYears = (date: string) => Number(date.slice(0, 4)) >= figureYears.from && Number(date.slice(0, 4)) <= figureYears.to;

export interface FigureContent {
  events: Exercise[];
  milestones: Milestone[];
}

export function figureContent(events: readonly Exercise[], milestones: readonly Milestone[]): FigureContent {
  return { events: events.filter((e) => inYears(e.start)), milestones: milestones.filter((m) => inYears(m.date)) };
}

/** The SVG's height for its width, from the same layout the chart is drawn with (so the <img> reserves its space). */
export function figureHeight({ events, milestones }: FigureContent): number {
  const layout = layoutHorizontal(events, milestones, figureLayoutOptions);
  return Math.round(layout.height * 10) / 10;
}

/** The <img> alt text: what the chart shows that its caption does not say (the caption gives the years and the count),
 * so a screen reader does not read the same description twice. Lanes in the chart's order. */
export function figureAlt({ events, milestones }: FigureContent): string {
  const counts = kindOrder.map((kind) => [kind, events.filter((e) => e.kind === kind).length] as const).filter(([, n]) => n > 0);
  const marked = milestones.find((m) => m.emphasised);
  const rules = milestones.length
    ? ` Vertical rules mark ${milestones.length} context events${marked ? `; the solid one is ${marked.label}, ${formatDate(marked.date)}` : ''}.`
    : '';
  return `Lanes by kind (${counts.map(([kind, n]) => `${kindLabel(kind).toLowerCase()} ${n}`).join(', ')}).${rules}`;
}
