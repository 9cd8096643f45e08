/**
 * Who attests an event: a source independent of the participating states (official statements, independent news,
 * research, or state media of a country that did not take part), or only the participants' own state media.
 * Reposts attest nothing by themselves: their original is not the page that was read.
 */
import type { Exercise, Source } from '../content/schemas.ts';

export const attestations = ['independent', 'participants-state-media', 'reposts-only'] as const;
export type Attestation = (typeof attestations)[number];

export const attestationLabels: Record<Attestation, string> = {
  independent: 'Independent or official source',
  'participants-state-media': 'Only the participants’ state media',
  'reposts-only': 'Only reposts',
};

/** True when the source speaks for someone other than the governments taking part. */
function attestsIndependently(source: Source, partners: readonly string[]): boolean {
  switch (source.publisherType) {
    case 'official':
    case 'news':
    case 'research':
      return true;
    case 'state-media':
      return !partners.includes(source.state ?? '');
    case 'repost':
      return false;
  }
}

export function attestation(event: Pick<Exercise, 'partners' | 'sources'>, sources: ReadonlyMap<string, Source>): Attestation {
  const cited = event.sources.map((id) => sources.get(id)).filter((source) => source !== undefined);
  if (cited.some((source) => attestsIndependently(source, event.partners))) return 'independent';
  if (cited.some((source) => source.publisherType === 'state-media')) return 'participants-state-media';
  return 'reposts-only';
}

export function attestationLabel(value: Attestation): string {
  return attestationLabels[value];
}
