/** An Astro integration: indexes the built site with Pagefind after `astro build`, and serves the last built index in `astro dev`. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './indexer.ts';
import { withBase } from '../links/urls.ts';
import { devIndexMissing } from './labels.ts';

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export function pagefindSearch(): AstroIntegration {
  let outDir = '';
  return {
    name: 'two-fronts:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${report.pages} pages (${report.words} words for spelling correction) into ${report.outputPath}`);
      },
      // Dev pages are rendered on demand, so there is no HTML to index: serve the index of the last build instead.
      'astro:server:setup': ({ server, logger }) => {
        const indexDir = join(outDir, 'pagefind');
        if (!existsSync(indexDir)) logger.warn(devIndexMissing);
        server.middlewares.use(withBase('/pagefind/'), (request, response, next) => {
          const path = normalize(join(indexDir, decodeURIComponent((request.url ?? '').split('?')[0] ?? '')));
          if (!path.startsWith(indexDir + sep)) return next();
          if (!existsSync(path) || !statSync(path).isFile()) {
            response.statusCode = 404;
            response.setHeader('content-type', 'text/plain; charset=utf-8');
            response.end(devIndexMissing);
            return;
          }
          response.setHeader('content-type', contentTypes[extname(path)] ?? 'application/octet-stream');
          response.setHeader('cache-control', 'no-store');
          createReadStream(path).pipe(response);
        });
      },
    },
  };
}
