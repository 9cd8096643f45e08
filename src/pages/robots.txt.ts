/** robots.txt: everything may be crawled; points at the sitemap. */
import { site } from '../site.ts';

export const GET = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site.url).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
