/** The card fonts, read from the @fontsource packages in node_modules (WOFF, which satori reads), never fetched from the network. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SatoriOptions } from 'satori';

const require = createRequire(import.meta.url);

type Weight = 400 | 600 | 700;

/** Each font package's folder, resolved by its literal name (so dependency checks see the packages used). */
const fontPackages = {
  '@fontsource/source-serif-4': dirname(require.resolve('@fontsource/source-serif-4/package.json')),
  '@fontsource/source-sans-3': dirname(require.resolve('@fontsource/source-sans-3/package.json')),
};

function fontFile(pkg: keyof typeof fontPackages, subset: 'latin' | 'latin-ext', weight: Weight): Buffer {
  const stem = pkg.split('/')[1];
  return readFileSync(join(fontPackages[pkg], 'files', `${stem}-${subset}-${weight}-normal.woff`));
}

let cached: SatoriOptions['fonts'] | undefined;

/** Source Serif 4 for the words (the site reads in a Charter-like serif), Source Sans 3 for labels (the site's sans). */
export function cardFonts(): SatoriOptions['fonts'] {
  cached ??= [
    ...(['latin', 'latin-ext'] as const).flatMap((subset) => [
      { name: 'Serif', data: fontFile('@fontsource/source-serif-4', subset, 400), weight: 400 as const, style: 'normal' as const },
      { name: 'Serif', data: fontFile('@fontsource/source-serif-4', subset, 600), weight: 600 as const, style: 'normal' as const },
      { name: 'Sans', data: fontFile('@fontsource/source-sans-3', subset, 400), weight: 400 as const, style: 'normal' as const },
      { name: 'Sans', data: fontFile('@fontsource/source-sans-3', subset, 700), weight: 700 as const, style: 'normal' as const },
    ]),
  ];
  return cached;
}
