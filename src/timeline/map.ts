/** The exercise map at build time: a conic projection fitted to the events' places, world-atlas land and borders as SVG paths. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

export interface Place {
  lat: number;
  lon: number;
}

export interface MapFrame {
  width: number;
  height: number;
  projection: GeoProjection;
}

/** The mean longitude on the circle, so places either side of the antimeridian centre correctly. */
function centralLongitude(places: readonly Place[]): number {
  if (!places.length) return 110;
  const x = places.reduce((sum, p) => sum + Math.cos((p.lon * Math.PI) / 180), 0);
  const y = places.reduce((sum, p) => sum + Math.sin((p.lon * Math.PI) / 180), 0);
  return (Math.atan2(y, x) * 180) / Math.PI;
}

/** A projection that shows every place with a margin, clipped to the frame (so paths outside it are dropped). */
export function fitMap(places: readonly Place[], width: number, height: number, padding = 28): MapFrame {
  const centre = centralLongitude(places);
  const projection = geoConicEqualArea().parallels([30, 60]).rotate([-centre, 0]);
  const points = places.length ? places : [{ lat: 20, lon: 60 }, { lat: 60, lon: 170 }];
  projection.fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    { type: 'MultiPoint', coordinates: points.map((p) => [p.lon, p.lat]) },
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { width, height, projection };
}

type Atlas = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
let atlas: Atlas | undefined;

function loadAtlas(): Atlas {
  const require = createRequire(import.meta.url);
  return (atlas ??= JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Atlas);
}

/** Land and the borders between countries, as SVG path data in the frame's pixels. */
export function basemapPaths(frame: MapFrame): { land: string; borders: string; graticule?: string } {
  const topology = loadAtlas();
  const path = geoPath(frame.projection).digits(1);
  return {
    land: path(feature(topology, topology.objects.land)) ?? '',
    borders: path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? '',
  };
}

/** A place's point in the frame, rounded to a tenth of a pixel; undefined outside the frame. */
export function projectPlace(frame: MapFrame, place: Place): [number, number] | undefined {
  const point = frame.projection([place.lon, place.lat]);
  if (!point) return undefined;
  const x = Math.round(point[0] * 10) / 10;
  const y = Math.round(point[1] * 10) / 10;
  return x >= 0 && x <= frame.width && y >= 0 && y <= frame.height ? [x, y] : undefined;
}

/** Events that share a point (to a tenth of a degree) become one marker listing them all. */
export function groupByPlace<T extends { id: string; location: Place & { name: string } }>(events: readonly T[]) {
  const groups = new Map<string, { place: Place; names: string[]; ids: string[] }>();
  for (const event of events) {
    const key = `${event.location.lat.toFixed(1)},${event.location.lon.toFixed(1)}`;
    const group = groups.get(key) ?? { place: event.location, names: [], ids: [] };
    group.ids.push(event.id);
    if (!group.names.includes(event.location.name)) group.names.push(event.location.name);
    groups.set(key, group);
  }
  return [...groups.values()];
}
