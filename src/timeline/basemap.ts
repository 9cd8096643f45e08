/** The basemap shared by every map on the site: its size, and the standalone SVG file drawn at build time. */
import type { Exercise } from '../content/schemas.ts';
import { basemapPaths, fitMap } from './map.ts';

export const mapSize = { width: 960, height: 560 } as const;

/** A standalone SVG of land and borders, light and dark, framed to fit every event's place. */
export function basemapSvg(events: readonly Pick<Exercise, 'location'>[]): string {
  const frame = fitMap(events.map((e) => e.location), mapSize.width, mapSize.height);
  const { land, borders } = basemapPaths(frame);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapSize.width} ${mapSize.height}" width="${mapSize.width}" height="${mapSize.height}">
<style>.sea{fill:#eef2f5}.land{fill:#e4e0d6}.borders{fill:none;stroke:#b8b2a3;stroke-width:.6}@media (prefers-color-scheme:dark){.sea{fill:#1b2126}.land{fill:#2c2b28}.borders{stroke:#4a4843}}</style>
<rect class="sea" width="${mapSize.width}" height="${mapSize.height}"/>
<path class="land" d="${land}"/>
<path class="borders" d="${borders}"/>
</svg>
`;
}
