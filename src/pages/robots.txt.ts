/** robots.txt: everything may be crawled; points at the sitemap. */
import { absoluteUrl } from '../site.ts';
import { withBase } from '../links/urls.ts';

export const GET = () =>
  new Response(`User-agent: *\nAllow: ${withBase('/')}\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
