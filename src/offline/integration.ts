/** Astro integration: after the build (and after Pagefind), writes /sw.js, the offline edition's service worker with this build's file list. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleScript } from '../publish/bundle-script.ts';
import { offlineManifest, type BuiltFile } from './files.ts';

function builtFiles(dist: string): BuiltFile[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      const bytes = readFileSync(full);
      return { path: relative(dist, full).split(sep).join('/'), sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
    });
}

export function offlineEdition(): AstroIntegration {
  return {
    name: 'two-fronts:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const manifest = offlineManifest(builtFiles(dist));
        writeFileSync(join(dist, 'sw.js'), await bundleScript(new URL('./service-worker.ts', import.meta.url), `const manifest=${JSON.stringify(manifest)};`));
        logger.info(`sw.js: offline copy of ${manifest.urls.length} files, ${(manifest.bytes / 1024 / 1024).toFixed(1)} MB, build ${manifest.build}`);
      },
    },
  };
}
