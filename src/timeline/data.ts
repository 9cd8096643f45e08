/** The timeline's words and records: kind and region labels, date ranges, accessible names, and the JSON/CSV download rows. */
import { formatDate } from '../content/dates.ts';
import type { Exercise, Source } from '../content/schemas.ts';
import { exerciseKinds, regionFlags } from '../content/schemas.ts';
import { withBase } from '../links/urls.ts';
import { attestation, attestationLabels, type Attestation } from './attestation.ts';

export const kindLabels: Record<(typeof exerciseKinds)[number], string> = {
  naval: 'Naval exercise',
  'naval-patrol': 'Naval patrol',
  'air-patrol': 'Air patrol',
  land: 'Land exercise',
  'combined-arms': 'Combined arms',
  'command-staff': 'Command and staff',
  multilateral: 'Multilateral',
};

export const regionLabels: Record<(typeof regionFlags)[number], string> = {
  'near-japan': 'Near Japan',
  'near-taiwan': 'Near Taiwan',
  'near-alaska': 'Near Alaska',
};

export const kindOrder = exerciseKinds;

export function kindLabel(kind: string): string {
  return (kindLabels as Record<string, string>)[kind] ?? kind;
}

export function regionLabel(region: string): string {
  return (regionLabels as Record<string, string>)[region] ?? region;
}

/** "18–25 August 2005", "30 August – 2 September 2022", "April 2012", "July–August 2024". */
export function formatDateRange(start: string, end?: string): string {
  if (!end || end === start) return formatDate(start);
  const a = formatDate(start).split(' ');
  const b = formatDate(end).split(' ');
  // Drop the parts the two dates share at the end (year, then month).
  let shared = 0;
  while (shared < Math.min(a.length, b.length) - 1 && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared++;
  const head = a.slice(0, a.length - shared).join(' ');
  const separator = a.length - shared > 1 ? ' – ' : '–';
  return `${head}${separator}${b.join(' ')}`;
}

/** What a screen reader says for an event: name and dates first (the words the narrow chart shows), then kind and place. */
export function accessibleName(event: Pick<Exercise, 'name' | 'kind' | 'start' | 'end' | 'location'>): string {
  return `${event.name}, ${formatDateRange(event.start, event.end)}: ${kindLabel(event.kind)}, ${event.location.name}`;
}

export function eventPath(id: string): string {
  return withBase(`/timeline/${id}/`);
}

/** A source as the downloads give it: what it is, who wrote it, and what it copies. */
export interface SourceRecord {
  id: string;
  title: string;
  publisher: string;
  date: string | null;
  url: string;
  publisherType: Source['publisherType'];
  state: string | null;
  copyOf: Source['copyOf'] | null;
  weak: string | null;
}

export function sourceRecord(source: Source): SourceRecord {
  const { id, title, publisher, url, publisherType } = source;
  return { id, title, publisher, date: source.date ?? null, url, publisherType, state: source.state ?? null, copyOf: source.copyOf ?? null, weak: source.weak ?? null };
}

/** One row of the downloads: every field of the event, with its sources spelled out. */
export interface ExerciseRecord {
  id: string;
  name: string;
  series: string | null;
  start: string;
  end: string | null;
  precision: string;
  kind: string;
  partners: string[];
  location: { name: string; lat: number; lon: number; representative: boolean };
  regions: string[];
  summary: string;
  confidence: string;
  dateNote: string | null;
  attestation: Attestation;
  sources: SourceRecord[];
  page: string;
}

export function exerciseRecord(event: Exercise, sources: ReadonlyMap<string, Source>, siteUrl: string): ExerciseRecord {
  return {
    id: event.id,
    name: event.name,
    series: event.series ?? null,
    start: event.start,
    end: event.end ?? null,
    precision: event.precision,
    kind: event.kind,
    partners: event.partners,
    location: { ...event.location, representative: event.location.representative ?? false },
    regions: event.regions,
    summary: event.summary,
    confidence: event.confidence,
    dateNote: event.dateNote ?? null,
    attestation: attestation(event, sources),
    sources: event.sources.map((id) => sourceRecord(sources.get(id)!)),
    page: new URL(eventPath(event.id), siteUrl).href,
  };
}

/** The CSV columns, with what each holds (shown on /timeline/ too). */
export const csvColumns: CsvColumn<ExerciseRecord>[] = [
  { name: 'id', description: 'stable id, also the event page’s address', value: (r) => r.id },
  { name: 'name', description: 'the event’s name', value: (r) => r.name },
  { name: 'series', description: 'the series it belongs to, if any', value: (r) => r.series ?? '' },
  { name: 'start', description: 'first day (YYYY-MM-DD), or month or year when only that is known', value: (r) => r.start },
  { name: 'end', description: 'last day, month or year; empty for one day', value: (r) => r.end ?? '' },
  { name: 'precision', description: 'how precisely the dates are known: day, month or year', value: (r) => r.precision },
  { name: 'kind', description: Object.keys(kindLabels).join(', '), value: (r) => r.kind },
  { name: 'partners', description: 'participating countries, separated by “; ”', value: (r) => r.partners.join('; ') },
  { name: 'location', description: 'where it took place', value: (r) => r.location.name },
  { name: 'lat', description: 'latitude of the point (WGS 84)', value: (r) => r.location.lat },
  { name: 'lon', description: 'longitude of that point', value: (r) => r.location.lon },
  { name: 'location_point', description: 'site (the point marks the place) or representative (it stands for a sea, a region or an undisclosed site)', value: (r) => (r.location.representative ? 'representative' : 'site') },
  { name: 'regions', description: `region flags: ${Object.keys(regionLabels).join(', ')}`, value: (r) => r.regions.join('; ') },
  { name: 'summary', description: 'a summary in this site’s words', value: (r) => r.summary },
  { name: 'confidence', description: 'high (organisers’ announcement), medium or low', value: (r) => r.confidence },
  { name: 'date_note', description: 'how conflicting dates were resolved', value: (r) => r.dateNote ?? '' },
  { name: 'attestation', description: `${Object.keys(attestationLabels).join(', ')}: whether a source independent of the participating states attests the event`, value: (r) => r.attestation },
  { name: 'source_ids', description: 'ids of the sources, separated by “; ”', value: (r) => r.sources.map((s) => s.id).join('; ') },
  { name: 'source_urls', description: 'the sources’ URLs, in the same order, separated by spaces', value: (r) => r.sources.map((s) => s.url).join(' ') },
  { name: 'source_types', description: 'each source’s publisher type (official, news, state-media:<state>, research, repost), in the same order, separated by “; ”', value: (r) => r.sources.map((s) => (s.state ? `${s.publisherType}:${s.state}` : s.publisherType)).join('; ') },
  { name: 'page', description: 'the event’s page on this site', value: (r) => r.page },
];

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvColumn<T> {
  name: string;
  description: string;
  value: (record: T) => string | number;
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function csvTable<T>(columns: readonly CsvColumn<T>[], records: readonly T[]): string {
  const lines = [columns.map((c) => c.name), ...records.map((r) => columns.map((c) => c.value(r)))];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function toCsv(records: readonly ExerciseRecord[]): string {
  return csvTable(csvColumns, records);
}
