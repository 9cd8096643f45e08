/** The basemap of every map frame the site draws: projecting only the land and borders near the frame draws exactly what projecting the whole atlas draws. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/content/registry.ts';
import { basemapPaths, type Detail } from '../../src/timeline/map/atlas.ts';
import { locatorFrame, mainFrame, overviewFrame } from '../../src/timeline/map/frames.ts';

const registry = loadRegistry(join(import.meta.dirname, '../..'));
const places = [...new Map([...registry.exercises.values()].map((event) => [`${event.location.lat},${event.location.lon}`, event.location])).values()];

/** The whole atlas projected, as the basemap was drawn before any shapes were left out. */
function wholeAtlas(projection: GeoProjection, detail: Detail) {
  const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${detail}.json`);
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const path = geoPath(projection).digits(1);
  return {
    land: path(feature(topology, topology.objects.land)) ?? '',
    borders: path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? '',
  };
}

describe('map basemap', () => {
  it('the main map and the overview draw what the whole atlas draws', () => {
    for (const frame of [mainFrame(), overviewFrame(places)]) {
      expect(basemapPaths(frame.projection, '50m')).toEqual(wholeAtlas(frame.projection, '50m'));
    }
  });

  it(`every event's locator map (${places.length} places, the antimeridian included) draws what the whole atlas draws`, () => {
    expect(places.some((place) => Math.abs(place.lon) > 170)).toBe(true);
    for (const place of places) {
      const { projection } = locatorFrame(place);
      const drawn = basemapPaths(projection, '50m');
      expect(drawn.land.length, `${place.lat}, ${place.lon}`).toBeGreaterThan(0);
      expect(drawn, `${place.lat}, ${place.lon}`).toEqual(wholeAtlas(projection, '50m'));
    }
  }, 60_000);
});
