/** World-atlas (Natural Earth) land and country borders as SVG paths in a projection, read from node_modules at build time. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
export type Detail = '50m' | '110m';
const atlases = new Map<Detail, Atlas>();

function loadAtlas(detail: Detail): Atlas {
  if (!atlases.has(detail)) {
    const require = createRequire(import.meta.url);
    const file = detail === '50m' ? require.resolve('world-atlas/countries-50m.json') : require.resolve('world-atlas/countries-110m.json');
    atlases.set(detail, JSON.parse(readFileSync(file, 'utf8')) as Atlas);
  }
  return atlases.get(detail)!;
}

/** Land and the borders between countries, as path data in the projection's pixels (clipped to its extent). */
export function basemapPaths(projection: GeoProjection, detail: Detail): { land: string; borders: string } {
  const topology = loadAtlas(detail);
  const path = geoPath(projection).digits(1);
  return {
    land: path(feature(topology, topology.objects.land)) ?? '',
    borders: path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? '',
  };
}

/** Where a country's name goes: the centroid of the part of it inside the map (d3's path centroid works on the clipped shape). */
export function countryAnchor(projection: GeoProjection, detail: Detail, name: string): [number, number] | undefined {
  const topology = loadAtlas(detail);
  const country = topology.objects.countries.geometries.find((g) => (g.properties as { name?: string } | undefined)?.name === name);
  if (!country) throw new Error(`world-atlas has no country named "${name}"`);
  const [x, y] = geoPath(projection).centroid(feature(topology, country));
  return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : undefined;
}
