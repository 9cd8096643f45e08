/**
 * The timeline's filters, one entry per dimension. The form's selects, the data-filter-* attributes on every
 * filterable element and the URL parameters all come from this list, and the client script reads them
 * generically: adding a dimension is one entry here.
 */
import type { Exercise, Source } from '../content/schemas.ts';
import { exerciseKinds, regionFlags } from '../content/schemas.ts';
import { kindLabel, regionLabel } from './data.ts';
import { attestation, attestationLabel, attestations } from './attestation.ts';

/** What a dimension may read besides the event: its sources, by id (for who attests it). */
export type FilterSources = ReadonlyMap<string, Source>;

export interface FilterDimension {
  /** The select's name, the URL parameter and the data-filter-<name> attribute. */
  name: string;
  label: string;
  /** The option that filters nothing out. */
  allLabel: string;
  /** Every value, in the order the options list them. */
  values: readonly string[];
  labelOf(value: string): string;
  /** The values an event has (an event may be in several regions). */
  of(event: Exercise, sources: FilterSources): readonly string[];
}

export const filterDimensions: readonly FilterDimension[] = [
  { name: 'kind', label: 'Kind', allLabel: 'All kinds', values: exerciseKinds, labelOf: kindLabel, of: (event) => [event.kind] },
  { name: 'region', label: 'Region', allLabel: 'All regions', values: regionFlags, labelOf: regionLabel, of: (event) => event.regions },
  {
    name: 'attested',
    label: 'Attested by',
    allLabel: 'Any source',
    values: attestations,
    labelOf: (value) => attestationLabel(value as (typeof attestations)[number]),
    of: (event, sources) => [attestation(event, sources)],
  },
];

/** The options of a dimension: the values some event has, in the dimension's order. */
export function filterOptions(dimension: FilterDimension, events: readonly Exercise[], sources: FilterSources): { value: string; label: string }[] {
  const present = new Set(events.flatMap((event) => dimension.of(event, sources)));
  return dimension.values.filter((value) => present.has(value)).map((value) => ({ value, label: dimension.labelOf(value) }));
}

/** The attributes the client script matches an event's elements (chart marks, table rows) against. */
export function filterAttributes(event: Exercise, sources: FilterSources): Record<string, string> {
  return Object.fromEntries(filterDimensions.map((dimension) => [`data-filter-${dimension.name}`, dimension.of(event, sources).join(' ')]));
}
