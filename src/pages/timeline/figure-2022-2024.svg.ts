/** The article's timeline figure as an SVG file, drawn at build time by the same component as /timeline/, so the article's HTML stays small. */
import type { APIRoute } from 'astro';
import { experimental_AstroContainer } from 'astro/container';
import Timeline from '../../timeline/Timeline.astro';
import { getEventsAndMilestones } from '../../timeline/queries.ts';
import { figureContent, figureLayoutOptions } from '../../timeline/figure.ts';

export const GET: APIRoute = async () => {
  const { events, milestones } = await getEventsAndMilestones();
  const shown = figureContent(events, milestones);
  const container = await experimental_AstroContainer.create();
  const svg = await container.renderToString(Timeline, {
    props: { events: shown.events, milestones: shown.milestones, wide: figureLayoutOptions, idPrefix: 'figure', standalone: true },
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
