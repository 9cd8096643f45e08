/** The state of the sources as a researcher would audit it: weak and reposted pages, sources by type, events attested only by the participants' state media. */
import type { Registry } from './registry.ts';
import { isWeak, publisherTypeLabels, sourceTypeLabel } from './source-types.ts';
import { publisherTypes } from './schemas.ts';
import { attestation, attestationLabels, attestations } from '../timeline/attestation.ts';

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '0%');

/** Plain-text report, one finding a line, counts first; the README quotes its counts. */
export function sourceReport({ sources, exercises }: Pick<Registry, 'sources' | 'exercises'>): string {
  const all = [...sources.values()];
  const weak = all.filter(isWeak);
  const byType = publisherTypes.map((type) => [type, all.filter((s) => s.publisherType === type).length] as const);
  const events = [...exercises.values()];
  const attested = new Map(attestations.map((a) => [a, events.filter((e) => attestation(e, sources) === a)]));
  const lines = [
    `Sources: ${all.length}; weak or reposted: ${weak.length} (${percent(weak.length, all.length)}).`,
    `By publisher type: ${byType.map(([type, n]) => `${publisherTypeLabels[type]} ${n}`).join(', ')}.`,
    `Events: ${events.length}; ${attestations.map((a) => `${attestationLabels[a].toLowerCase()}: ${attested.get(a)!.length}`).join('; ')}.`,
    '',
    `Weak or reposted sources (${weak.length}):`,
    ...weak.map((s) => `  ${s.id} (${sourceTypeLabel(s)}): ${s.weak ?? 'no reason given'}`),
    '',
    `Events attested only by the participants' state media (${attested.get('participants-state-media')!.length}):`,
    ...attested.get('participants-state-media')!.map((e) => `  ${e.id}: ${e.name}`),
  ];
  const repostsOnly = attested.get('reposts-only')!;
  if (repostsOnly.length) lines.push('', `Events attested only by reposts (${repostsOnly.length}):`, ...repostsOnly.map((e) => `  ${e.id}: ${e.name}`));
  return lines.join('\n') + '\n';
}
