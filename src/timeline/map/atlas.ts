/** World-atlas (Natural Earth) land and country borders as SVG paths in a projection, read from node_modules at build time. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
export type Detail = '50m' | '110m';

/** West, south, east, north in degrees. */
type Box = [number, number, number, number];
interface Boxed<T> {
  box: Box;
  coordinates: T;
}
/** An atlas as GeoJSON, converted once per detail, each land polygon and border line with its box of longitudes and latitudes. */
interface Shapes {
  land: Boxed<GeoJSON.Position[][]>[];
  borders: Boxed<GeoJSON.Position[]>[];
  countries: Map<string, GeoJSON.Feature>;
}
const shapesByDetail = new Map<Detail, Shapes>();

function boxOf(points: readonly GeoJSON.Position[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    box[0] = Math.min(box[0], lon!);
    box[1] = Math.min(box[1], lat!);
    box[2] = Math.max(box[2], lon!);
    box[3] = Math.max(box[3], lat!);
  }
  return box;
}
const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

function shapesOf(detail: Detail): Shapes {
  const known = shapesByDetail.get(detail);
  if (known) return known;
  const require = createRequire(import.meta.url);
  const file = detail === '50m' ? require.resolve('world-atlas/countries-50m.json') : require.resolve('world-atlas/countries-110m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Atlas;
  const land = feature(topology, topology.objects.land);
  const polygons = land.features.flatMap(({ geometry }) =>
    geometry.type === 'MultiPolygon' ? geometry.coordinates : geometry.type === 'Polygon' ? [geometry.coordinates] : [],
  );
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b).coordinates;
  const countries = new Map(
    topology.objects.countries.geometries.map((g): [string, GeoJSON.Feature] => [(g.properties as { name?: string } | undefined)?.name ?? '', feature(topology, g) as GeoJSON.Feature]),
  );
  const shapes: Shapes = {
    land: polygons.map((coordinates) => ({ box: boxOf(coordinates[0]!), coordinates })),
    borders: borders.map((coordinates) => ({ box: boxOf(coordinates), coordinates })),
    countries,
  };
  shapesByDetail.set(detail, shapes);
  return shapes;
}

/**
 * The longitudes and latitudes a clipped projection shows, from points along the edge of its clip extent, widened by a
 * margin; undefined when that cannot be told cheaply (no extent, or the view spans the antimeridian or a pole).
 */
function shownBox(projection: GeoProjection): Box | undefined {
  const extent = projection.clipExtent();
  if (!extent || !projection.invert) return undefined;
  const [[x0, y0], [x1, y1]] = extent;
  const edge: [number, number][] = [];
  for (let step = 0; step <= 32; step += 1) {
    const x = x0 + ((x1 - x0) * step) / 32;
    const y = y0 + ((y1 - y0) * step) / 32;
    edge.push([x, y0], [x, y1], [x0, y], [x1, y]);
  }
  const lonLat = edge.map((point) => projection.invert!(point)).filter((p): p is [number, number] => !!p && p.every(Number.isFinite));
  if (lonLat.length < edge.length) return undefined;
  const [west, south, east, north] = boxOf(lonLat);
  if (east - west > 180) return undefined;
  const margin = 3;
  return [west - margin, south - margin, east + margin, north + margin];
}

/**
 * Land and the borders between countries, as path data in the projection's pixels (clipped to its extent). Only the
 * polygons and lines whose box meets the shown region are projected: d3 would clip the rest away, after resampling them.
 */
export function basemapPaths(projection: GeoProjection, detail: Detail): { land: string; borders: string } {
  const shapes = shapesOf(detail);
  const shown = shownBox(projection);
  const near = <T>(items: Boxed<T>[]) => items.filter((item) => !shown || overlaps(item.box, shown)).map((item) => item.coordinates);
  const path = geoPath(projection).digits(1);
  return {
    land: path({ type: 'MultiPolygon', coordinates: near(shapes.land) }) ?? '',
    borders: path({ type: 'MultiLineString', coordinates: near(shapes.borders) }) ?? '',
  };
}

/** Where a country's name goes: the centroid of the part of it inside the map (d3's path centroid works on the clipped shape). */
export function countryAnchor(projection: GeoProjection, detail: Detail, name: string): [number, number] | undefined {
  const country = shapesOf(detail).countries.get(name);
  if (!country) throw new Error(`world-atlas has no country named "${name}"`);
  const [x, y] = geoPath(projection).centroid(country);
  return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : undefined;
}
