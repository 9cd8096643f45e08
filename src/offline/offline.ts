/**
 * Client script of the offline edition, started once the page has loaded and the browser is idle (nothing on the
 * first view's critical path). The footer offers to save the site; a page served from the saved copy says so, with
 * the date it was saved. The service worker is registered only when the reader asks, or to keep an existing copy
 * current (a newer build replaces it).
 */
import stylesheet from './offline.css?url';
import { basePath, withBase } from '../links/urls.ts';
import { cachePrefix, isProgressMessage, metaUrl, savedTimingName, type SavedMeta } from './protocol.ts';

const scopeUrl = new URL(basePath, location.origin).href;
const workerUrl = withBase('/sw.js');

const savedOn = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The saved copy's record, if this browser holds one. */
async function savedCopy(): Promise<SavedMeta | undefined> {
  for (const name of await caches.keys()) {
    if (!name.startsWith(cachePrefix)) continue;
    const record = await (await caches.open(name)).match(new URL(metaUrl, scopeUrl));
    if (record) return (await record.json()) as SavedMeta;
  }
  return undefined;
}

/** When this page came from the saved copy rather than the network: the date it was saved (the worker marks it). */
function servedFromCopy(): string | undefined {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const mark = navigation?.serverTiming?.find((entry) => entry.name === savedTimingName);
  return mark ? mark.description : undefined;
}

function showSavedCopyNotice(savedAt: string) {
  const notice = document.createElement('div');
  notice.className = 'offline-notice';
  notice.setAttribute('role', 'status');
  const text = document.createElement('p');
  const update = () => {
    text.textContent = navigator.onLine
      ? `You are reading the copy of this site saved on ${savedOn(savedAt)}. The connection is back: `
      : `You are offline. This is the copy of this site saved on ${savedOn(savedAt)}; it may be older than the site.`;
    if (navigator.onLine) {
      const reload = document.createElement('a');
      reload.href = location.href;
      reload.textContent = 'load the current version';
      text.append(reload, '.');
    }
  };
  update();
  addEventListener('online', update);
  addEventListener('offline', update);
  notice.append(text);
  document.querySelector('main')?.prepend(notice);
}

function footerControl(): { status: HTMLParagraphElement; button: HTMLButtonElement } {
  const control = document.createElement('div');
  control.className = 'offline-control';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'offline-button';
  control.append(status, button);
  return { status, button };
}

async function remove() {
  const registration = await navigator.serviceWorker.getRegistration(scopeUrl);
  await registration?.unregister();
  for (const name of await caches.keys()) if (name.startsWith(cachePrefix)) await caches.delete(name);
}

async function start() {
  const savedAt = servedFromCopy();
  if (savedAt !== undefined) showSavedCopyNotice(savedAt);
  const registration = await navigator.serviceWorker.getRegistration(scopeUrl);
  // Keeps a saved copy current: a changed build installs a new worker, which saves the new copy and drops the old one.
  if (registration && navigator.onLine) registration.update().catch(() => undefined);

  const { status, button } = footerControl();
  const show = (copy: SavedMeta | undefined) => {
    button.hidden = false;
    if (copy) {
      status.textContent = `Saved for offline reading on ${savedOn(copy.savedAt)} (${megabytes(copy.bytes)}).`;
      button.textContent = 'Remove the saved copy';
      button.dataset.action = 'remove';
    } else {
      status.textContent = 'Read without a connection: the article, timeline, events, quotes, people and search.';
      button.textContent = 'Save for offline reading';
      button.dataset.action = 'save';
    }
  };
  const render = async () => show(await savedCopy());
  // Filled before it is added, so it appears once, complete (no empty button, nothing moves).
  show(await savedCopy());
  document.querySelector('.site-footer')?.append(button.parentElement!);
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== location.origin || !isProgressMessage(event.data)) return;
    status.textContent = `Saving for offline reading: ${event.data.done} of ${event.data.total} files…`;
  });
  button.addEventListener('click', async () => {
    if (button.dataset.action === 'remove') {
      await remove();
      return render();
    }
    button.hidden = true;
    status.textContent = 'Saving for offline reading…';
    try {
      const registered = await navigator.serviceWorker.register(workerUrl, { scope: basePath });
      await waitForActive(registered);
    } catch {
      status.textContent = 'The site could not be saved (the connection may have dropped). Try again later.';
      button.hidden = false;
      return;
    }
    await render();
  });
}

/** Resolves once the worker has saved its copy and become active; rejects if its install (the download) failed. */
function waitForActive(registration: ServiceWorkerRegistration): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = registration.installing ?? registration.waiting;
    if (!worker) return registration.active ? resolve() : reject(new Error('no service worker'));
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject(new Error('install failed'));
    });
  });
}

/** Fetches the control's styles before adding it, so it never appears unstyled. */
function loadStylesheet(): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheet;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
}

if ('serviceWorker' in navigator && 'caches' in window) {
  const begin = () => void loadStylesheet().then(start);
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(begin) : setTimeout(begin, 1));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
