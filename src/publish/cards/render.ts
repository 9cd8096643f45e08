/** Renders a card (a satori element tree) to a 1200×630 PNG, cached on disk by a hash of its content so rebuilds are fast and byte-identical. */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { cardFonts } from './fonts.ts';

import { cardHeight, cardWidth } from './size.ts';

const require = createRequire(import.meta.url);

/** A satori node: the shape React elements have, written without JSX. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[]; [key: string]: unknown };
}
export type CardChild = CardNode | string;

/** Builds a satori node: `el('div', {display: 'flex'}, 'text', el(…))`. */
export function el(type: string, style: Record<string, string | number>, ...children: CardChild[]): CardNode {
  return { type, props: { style, children: children.length === 1 ? children[0] : children } };
}

/** Bump when the templates change in ways the node tree does not show. */
const templateVersion = 'cards-v1';

/** The renderer and font packages' versions: an upgrade of any of them may draw the same tree differently. */
const renderersAndFonts = [
  require('satori/package.json'),
  require('@resvg/resvg-js/package.json'),
  require('@fontsource/source-serif-4/package.json'),
  require('@fontsource/source-sans-3/package.json'),
]
  .map(({ name, version }: { name: string; version: string }) => `${name}@${version}`)
  .join(' ');
const cacheDir = process.env.TWO_FRONTS_CARD_CACHE ?? join(process.cwd(), 'node_modules', '.cache', 'two-fronts-cards');

export function cardHash(node: CardNode): string {
  return createHash('sha256').update(templateVersion).update(renderersAndFonts).update(JSON.stringify(node)).digest('hex').slice(0, 32);
}

export async function renderCardUncached(node: CardNode): Promise<Buffer> {
  const svg = await satori(node as unknown as Parameters<typeof satori>[0], { width: cardWidth, height: cardHeight, fonts: cardFonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: cardWidth }, font: { loadSystemFonts: false } }).render().asPng();
  return Buffer.from(png);
}

/** The PNG for a card; a card whose content has not changed is read back from the cache instead of rendered again. */
export async function renderCard(node: CardNode): Promise<Buffer> {
  const file = join(cacheDir, `${cardHash(node)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderCardUncached(node);
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename, so a build running in parallel never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
