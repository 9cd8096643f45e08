/** Astro integration: writes /embed/host.js, the optional host-page script for embeds (src/embed/host.ts), at a stable URL host pages can load. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleScript } from '../publish/bundle-script.ts';

export function embedHostScript(): AstroIntegration {
  return {
    name: 'two-fronts:embed-host',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const folder = join(fileURLToPath(dir), 'embed');
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'host.js'), await bundleScript(new URL('./host.ts', import.meta.url)));
      },
    },
  };
}
