/** What the offline service worker and the page share: cache names, the saved copy's record, its marker and messages. */

/** Each build's copy lives in its own cache, `two-fronts-offline-<build hash>`. */
export const cachePrefix = 'two-fronts-offline-';
/** Inside the cache, the record of the copy (never a real URL of the site). */
export const metaUrl = '__offline-copy.json';

export interface SavedMeta {
  build: string;
  /** When the reader saved this copy, ISO 8601. */
  savedAt: string;
  bytes: number;
  files: number;
}

/** The Server-Timing entry a saved copy carries, so the page can tell it is not live (PerformanceServerTiming). */
export const savedTimingName = 'offline-copy';
export const savedHeader = (savedAt: string) => `${savedTimingName};desc="${savedAt}"`;

export interface ProgressMessage {
  type: 'two-fronts-offline-progress';
  done: number;
  total: number;
}
export const progressMessage = (done: number, total: number): ProgressMessage => ({ type: 'two-fronts-offline-progress', done, total });
export const isProgressMessage = (data: unknown): data is ProgressMessage =>
  typeof data === 'object' && data !== null && (data as ProgressMessage).type === 'two-fronts-offline-progress' &&
  Number.isInteger((data as ProgressMessage).done) && Number.isInteger((data as ProgressMessage).total);
