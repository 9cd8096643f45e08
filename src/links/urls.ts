/**
 * Internal URLs under the site's base path. Every link, asset and script path inside the site is written with
 * withBase('/timeline/'), so the same build works at a host's root or under a sub-path (BASE_PATH=/two-fronts/).
 * Runs everywhere: in Node (config, Markdown plugins, tools) it reads BASE_PATH; in the browser, Vite's BASE_URL.
 */

/** "/" or "/a/b/": a leading and a trailing slash, nothing else. Throws a readable error for values a URL cannot carry. */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (!trimmed) return '/';
  if (!/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed)) {
    throw new Error(`BASE_PATH "${raw}" is not a URL path: use letters, digits, "-", "_", "." and "/", like BASE_PATH=/two-fronts/`);
  }
  return `/${trimmed}/`;
}

const nodeEnv = typeof process === 'undefined' ? undefined : process.env;

/** The configured base path, "/" at a host's root. */
export const basePath = normaliseBasePath(nodeEnv ? nodeEnv.BASE_PATH : import.meta.env.BASE_URL);

/** A site path ("/timeline/", "/data/exercises.csv", "/articles/x/#id") under the base path. */
export function withBase(path: string): string {
  if (!path.startsWith('/')) throw new Error(`withBase needs a site path starting with "/", got "${path}"`);
  return `${basePath}${path.slice(1)}`;
}

/** The site path of a URL path under the base path ("/two-fronts/timeline/" → "/timeline/"), or undefined outside it. */
export function withoutBase(pathname: string, base = basePath): string | undefined {
  if (pathname.startsWith(base)) return `/${pathname.slice(base.length)}`;
  return `${pathname}/` === base ? '/' : undefined;
}
