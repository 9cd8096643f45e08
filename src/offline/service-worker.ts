/**
 * The offline edition's service worker, compiled to /sw.js by integration.ts with the build's manifest in front.
 * It is installed only when a reader asks to save the site. Online, every request goes to the network, so a reader
 * never sees an old copy as current; when the network fails, the saved copy answers and says so (Server-Timing
 * "offline" with the date it was saved, read by offline.ts). One cache per build: a newer build installs a complete
 * new copy, then the old one is deleted.
 */
import { cachePrefix, metaUrl, progressMessage, savedHeader, type SavedMeta } from './protocol.ts';

declare const manifest: { build: string; urls: string[]; bytes: number };

// Service-worker globals, typed here so the project's DOM types stay the only lib.
interface ExtendableEvent extends Event { waitUntil(promise: Promise<unknown>): void }
interface FetchEvent extends ExtendableEvent { request: Request; respondWith(response: Promise<Response>): void }
interface Scope {
  registration: { scope: string };
  clients: { claim(): Promise<void>; matchAll(options: { type: string; includeUncontrolled: boolean }): Promise<{ postMessage(message: unknown): void }[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
const worker = self as unknown as Scope;
const cacheName = `${cachePrefix}${manifest.build}`;
const scope = worker.registration.scope;

async function tellPages(message: unknown) {
  for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message);
}

/** Fetches every file of the build (bypassing the HTTP cache, so the copy is this build's), a few at a time, reporting progress. */
async function saveBuild() {
  const cache = await caches.open(cacheName);
  let done = 0;
  const queue = [...manifest.urls];
  const next = async (): Promise<void> => {
    const url = queue.shift();
    if (url === undefined) return;
    const response = await fetch(new URL(url, scope), { cache: 'reload' });
    if (!response.ok) throw new Error(`offline copy: ${url} answered ${response.status}`);
    await cache.put(new URL(url, scope), response);
    done += 1;
    if (done % 10 === 0 || done === manifest.urls.length) await tellPages(progressMessage(done, manifest.urls.length));
    return next();
  };
  try {
    await Promise.all([next(), next(), next(), next()]);
  } catch (error) {
    // An incomplete copy is never used: drop it, and the install fails (the previous copy, if any, stays).
    await caches.delete(cacheName);
    throw error;
  }
  const meta: SavedMeta = { build: manifest.build, savedAt: new Date().toISOString(), bytes: manifest.bytes, files: manifest.urls.length };
  await cache.put(new URL(metaUrl, scope), new Response(JSON.stringify(meta), { headers: { 'content-type': 'application/json' } }));
}

worker.addEventListener('install', (event) => {
  event.waitUntil(saveBuild().then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(cachePrefix) && name !== cacheName) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

/** The saved copy of a request, marked with the date it was saved; undefined when this build has no copy of it. */
async function savedCopy(request: Request): Promise<Response | undefined> {
  const cache = await caches.open(cacheName);
  const url = new URL(request.url);
  // Query strings (/search/?q=, /timeline/?kind=, Pagefind's ?ts=) select state inside a static file.
  const copy = await cache.match(url.origin + url.pathname, { ignoreSearch: true });
  if (!copy) return undefined;
  const meta = (await (await cache.match(new URL(metaUrl, scope)))?.json()) as SavedMeta | undefined;
  const headers = new Headers(copy.headers);
  headers.set('server-timing', savedHeader(meta?.savedAt ?? ''));
  return new Response(copy.body, { status: copy.status, statusText: copy.statusText, headers });
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  event.respondWith(
    fetch(request).catch(async (error: unknown) => {
      const copy = await savedCopy(request);
      if (copy) return copy;
      throw error;
    }),
  );
});
