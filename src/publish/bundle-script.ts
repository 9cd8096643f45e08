/** Bundles a TypeScript entry into one minified classic script for a fixed URL (the service worker, the embed host
 * script), outside Vite's hashed assets. esbuild's output is deterministic, so builds stay byte-identical. */
import { build } from 'esbuild';

export async function bundleScript(entry: URL, banner = ''): Promise<string> {
  const result = await build({
    entryPoints: [decodeURIComponent(entry.pathname)],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    banner: banner ? { js: banner } : undefined,
  });
  return result.outputFiles[0]!.text;
}
