/** Astro integration: after the build (and after Pagefind), writes /sw.js, the offline edition's service worker with this build's file list. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
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

/** The service worker as one minified script, the manifest in front of it (esbuild: deterministic output). */
export async function serviceWorkerScript(manifest: ReturnType<typeof offlineManifest>): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./service-worker.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    banner: { js: `const manifest=${JSON.stringify(manifest)};` },
  });
  return result.outputFiles[0]!.text;
}

export function offlineEdition(): AstroIntegration {
  return {
    name: 'two-fronts:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const manifest = offlineManifest(builtFiles(dist));
        writeFileSync(join(dist, 'sw.js'), await serviceWorkerScript(manifest));
        logger.info(`sw.js: offline copy of ${manifest.urls.length} files, ${(manifest.bytes / 1024 / 1024).toFixed(1)} MB, build ${manifest.build}`);
      },
    },
  };
}
