/**
 * A passage's fingerprint: an exact hash of its text, and a MinHash of its words that estimates how much two texts
 * share. The id record keeps it, so the build can tell an edited passage (most words kept) from different text.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** The text a reader links to: the element's words without its editorial extras (the "#" link, the speaker chip), spaces collapsed. */
export function passageText(element: Element): string {
  const strip = (node: ElementContent): ElementContent[] =>
    node.type === 'element' ? ('dataPagefindIgnore' in node.properties ? [] : [{ ...node, children: node.children.flatMap(strip) }]) : [node];
  return toString({ ...element, children: element.children.flatMap(strip) }).replace(/\s+/g, ' ').trim();
}

const hashCount = 16;

/** FNV-1a, 32 bits: small and stable, enough to pick a minimum per seed. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** "<16 hex of SHA-256>:<16 × 8 hex MinHash>" */
export function fingerprint(text: string): string {
  const exact = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const words = [...wordsOf(text)];
  const minima = Array.from({ length: hashCount }, (_, seed) => words.reduce((min, word) => Math.min(min, fnv1a(`${seed}:${word}`)), 0xffffffff));
  return `${exact}:${minima.map((m) => m.toString(16).padStart(8, '0')).join('')}`;
}

export const sameText = (a: string, b: string) => a.split(':')[0] === b.split(':')[0];

/** The share of words two fingerprinted texts have in common, 0–1 (Jaccard, estimated from the MinHash). */
export function similarity(a: string, b: string): number {
  const ma = a.split(':')[1] ?? '';
  const mb = b.split(':')[1] ?? '';
  let equal = 0;
  for (let i = 0; i < hashCount; i++) if (ma.slice(i * 8, i * 8 + 8) === mb.slice(i * 8, i * 8 + 8)) equal++;
  return equal / hashCount;
}

/** At least half the words shared: the same passage, edited. Below: different text. */
export const revisionThreshold = 0.5;
