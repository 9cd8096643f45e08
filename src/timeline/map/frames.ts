/**
 * The maps' frames: a main map of East Asia and the western Pacific, where most events took place; an overview of
 * the world beyond it for the distant ones (Central Asia, Europe, the Gulf of Oman, South Africa, Alaska), with the
 * main map's frame drawn on it; and for an event page, a locator zoomed to the event's region.
 */
import { geoConicConformal, geoNaturalEarth1, type GeoProjection } from 'd3-geo';

export interface Place {
  lat: number;
  lon: number;
}

export interface MapFrame {
  width: number;
  height: number;
  projection: GeoProjection;
  /** The region of the globe the frame shows, by longitude and latitude (a place outside goes to the overview). */
  bounds?: { west: number; east: number; south: number; north: number };
}

/** East Asia and the western Pacific, from the Gulf of Tonkin to the Sea of Okhotsk and east beyond Japan. */
export const mainBounds = { west: 104, east: 162, south: 17, north: 57 } as const;

const outline = (b: { west: number; east: number; south: number; north: number }) => ({
  type: 'MultiPoint' as const,
  coordinates: [
    [b.west, b.south],
    [b.east, b.south],
    [b.west, b.north],
    [b.east, b.north],
    [(b.west + b.east) / 2, b.north],
    [(b.west + b.east) / 2, b.south],
  ],
});

const clipped = (projection: GeoProjection, width: number, height: number) =>
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);

export function mainFrame(width = 400, height = 380): MapFrame {
  const centre = (mainBounds.west + mainBounds.east) / 2;
  const projection = geoConicConformal().parallels([25, 50]).rotate([-centre, 0]).fitExtent([[0, 0], [width, height]], outline(mainBounds));
  return { width, height, projection: clipped(projection, width, height), bounds: mainBounds };
}

export const inMain = (place: Place): boolean =>
  place.lon >= mainBounds.west && place.lon <= mainBounds.east && place.lat >= mainBounds.south && place.lat <= mainBounds.north;

/** The world beyond the main map, centred on Asia so that Europe, Africa and Alaska all fit. */
export function overviewFrame(places: readonly Place[], width = 400, height = 230): MapFrame {
  const projection = geoNaturalEarth1().rotate([-95, 0]);
  const points = [...places.map((p) => [p.lon, p.lat]), ...outline(mainBounds).coordinates];
  projection.fitExtent([[12, 12], [width - 12, height - 12]], { type: 'MultiPoint', coordinates: points });
  return { width, height, projection: clipped(projection, width, height) };
}

/** An event page's locator: about 16 degrees of latitude around the event, in a projection centred on it. */
export function locatorFrame(place: Place, width = 400, height = 300): MapFrame {
  const span = { west: place.lon - 14, east: place.lon + 14, south: place.lat - 8, north: place.lat + 8 };
  const projection = geoConicConformal()
    .parallels([place.lat - 5, place.lat + 5])
    .rotate([-place.lon, 0])
    .fitExtent([[0, 0], [width, height]], outline(span));
  return { width, height, projection: clipped(projection, width, height), bounds: span };
}

/** A place's point in the frame, rounded to a tenth of a pixel; undefined outside the frame. */
export function projectPlace(frame: MapFrame, place: Place): [number, number] | undefined {
  const point = frame.projection([place.lon, place.lat]);
  if (!point) return undefined;
  const x = Math.round(point[0] * 10) / 10;
  const y = Math.round(point[1] * 10) / 10;
  return x >= 0 && x <= frame.width && y >= 0 && y <= frame.height ? [x, y] : undefined;
}
