/** Site-wide settings and user-facing strings, in one place. */
import { withBase } from './links/urls.ts';

/** What `npm start` (astro preview) serves: the origin a build without SITE_URL writes into its links. */
export const previewOrigin = 'http://localhost:4321';

/** The origin of SITE_URL (https://host, no path: a sub-path is BASE_PATH's job), or the preview server's. */
export function siteOrigin(raw: string | undefined): string {
  if (!raw) return previewOrigin;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not a URL: write the public origin, like SITE_URL=https://example.org`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL "${raw}" must start with https:// or http://`);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL "${raw}" has a path: give the origin only (SITE_URL=${url.origin}) and the path as BASE_PATH=${url.pathname}`);
  }
  return url.origin;
}

export const site = {
  name: 'Two Fronts',
  tagline: 'Annotated analysis of China–Russia military cooperation',
  /** The public origin; every canonical URL, feed and card is built from it (SITE_URL at build time). */
  url: siteOrigin(process.env.SITE_URL),
  /** True when SITE_URL was not given and links point at the preview server. */
  urlIsPreview: !process.env.SITE_URL,
  language: 'en',
} as const;

/** The full public URL of a site path ("/feed.xml" → "https://host/base/feed.xml"). */
export function absoluteUrl(path: string): string {
  return new URL(withBase(path), site.url).href;
}
