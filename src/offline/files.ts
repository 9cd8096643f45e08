/** Which built files the offline edition saves, and the build hash that names their cache. Pure: the integration lists dist and passes it in. */
import { createHash } from 'node:crypto';

export interface BuiltFile {
  /** Path inside dist, with "/" separators: "articles/x/index.html", "_astro/a.js". */
  path: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  bytes: number;
}

export interface OfflineManifest {
  /** Names the cache: a new build with any changed file gets a new hash, and its copy replaces the old one. */
  build: string;
  /** URLs relative to the site's base path ("" is the home page, "timeline/" a page, "data/exercises.json" a file). */
  urls: string[];
  bytes: number;
}

/**
 * Saved: every page a reader opens (articles, timeline, events, quotes, people, sources, search, embeds), the scripts
 * and styles they load, the data files and the search index. Not saved: social card images (only other sites show
 * them), the research pack (a download of its own), host headers and files for crawlers, and the 404 page.
 */
const skipped = [/^cards\//, /^about\//, /^_headers$/, /^_redirects$/, /^404\.html$/, /^robots\.txt$/, /^sitemap\.xml$/, /^sw\.js$/, /\.zip$/, /^data\/oembed\//, /^embed\//];

export function isSaved(path: string): boolean {
  return !skipped.some((pattern) => pattern.test(path));
}

/** The URL a reader uses for a built file: a page's folder ("timeline/" for timeline/index.html), any other file as is. */
export function urlOf(path: string): string {
  if (path === 'index.html') return '';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export function offlineManifest(files: BuiltFile[]): OfflineManifest {
  const saved = files.filter((file) => isSaved(file.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hash = createHash('sha256');
  for (const file of saved) hash.update(`${file.path}\0${file.sha256}\n`);
  return {
    build: hash.digest('hex').slice(0, 16),
    urls: saved.map((file) => urlOf(file.path)),
    bytes: saved.reduce((total, file) => total + file.bytes, 0),
  };
}
