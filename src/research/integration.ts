/** Astro integration: after the build writes the data files, zips them into /data/two-fronts-research-pack.zip (src/research/pack.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { absoluteUrl, site } from '../site.ts';
import { packedFiles, packReadme, researchPack } from './pack.ts';

const packPath = 'data/two-fronts-research-pack.zip';

export function researchPackIntegration(): AstroIntegration {
  return {
    name: 'two-fronts:research-pack',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // A data file the pack lists but the build did not write stops the build here (readFileSync throws with its path).
        const files = Object.fromEntries(Object.keys(packedFiles).map((path) => [path, new Uint8Array(readFileSync(join(dist, path)))]));
        const zip = researchPack(files, packReadme(site.name, absoluteUrl('/')));
        writeFileSync(join(dist, packPath), zip);
        logger.info(`${packPath}: ${Object.keys(files).length + 2} files, ${(zip.length / 1024).toFixed(1)} KB`);
      },
    },
  };
}
