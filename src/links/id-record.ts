/**
 * The record of published ids (content/ids.json): for each shared page, the date it was first published and, for
 * each id on it, a fingerprint of the text it marks, the date it was first published and the date of its last
 * revision. The build reads it to keep ids on their text; `npx node tests/tools/share-ids.ts dist` writes it.
 * Every reader of the record goes through this module.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { ContentError } from '../content/problems.ts';
import { revisionThreshold, sameText, similarity } from './fingerprint.ts';

export interface RecordedId {
  /** fingerprint() of the text the id marks. */
  fingerprint: string;
  /** YYYY-MM-DD the id was first recorded. */
  published: string;
  /** YYYY-MM-DD of the last recorded change of its text. */
  revised?: string;
}

export interface RecordedPage {
  published: string;
  ids: Record<string, RecordedId>;
}

/** Site path of a page ("/articles/slug/") → what was published on it. */
export type IdRecord = Record<string, RecordedPage>;

/** What a build holds: page → id → fingerprint of its text. */
export type BuiltIds = Record<string, Record<string, string>>;

export const recordFile = (contentDir: string) => join(contentDir, 'ids.json');

/** The record of a content folder; empty before the first recording. A broken file stops the build with how to fix it. */
export function loadIdRecord(contentDir: string, root = process.cwd()): IdRecord {
  const file = recordFile(contentDir);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as IdRecord;
  } catch (error) {
    throw new ContentError([{ file: relative(root, file), line: 1, column: 1, message: `the id record is not valid JSON (${(error as Error).message}): restore it from git, or run npx node tests/tools/share-ids.ts dist after a build` }]);
  }
}

/** The page an article file is published at: content/articles/slug.md → /articles/slug/. */
export function articlePage(filePath: string | undefined): string | undefined {
  return filePath?.endsWith('.md') ? `/articles/${basename(filePath, '.md')}/` : undefined;
}

export type Change = 'same' | 'revised' | 'different';

/** How the text an id marks now compares with the text it was published for. */
export function changeOf(recorded: RecordedId, now: string): Change {
  if (sameText(recorded.fingerprint, now)) return 'same';
  return similarity(recorded.fingerprint, now) >= revisionThreshold ? 'revised' : 'different';
}

export interface RecordUpdate {
  record: IdRecord;
  /** Ids whose text changed beyond an edit: the record is not written while there are any. */
  problems: string[];
}

/**
 * The record after a build: new pages and ids are added with today's date, edited texts get a new fingerprint and
 * a revision date, and ids the build no longer has stay recorded (with an alias they keep working; they are never
 * handed to other text).
 */
export function updateRecord(previous: IdRecord, built: BuiltIds, today: string): RecordUpdate {
  const record: IdRecord = structuredClone(previous);
  const problems: string[] = [];
  for (const [page, ids] of Object.entries(built)) {
    const entry = (record[page] ??= { published: today, ids: {} });
    for (const [id, fingerprint] of Object.entries(ids)) {
      const recorded = entry.ids[id];
      if (!recorded) entry.ids[id] = { fingerprint, published: today };
      else if (changeOf(recorded, fingerprint) === 'revised') entry.ids[id] = { ...recorded, fingerprint, revised: today };
      else if (changeOf(recorded, fingerprint) === 'different') problems.push(`${page}#${id} marked other text when it was published on ${recorded.published}: give this text a new id, and the old one an alias if its passage is gone`);
    }
  }
  return { record: sortRecord(record), problems };
}

/** Pages and ids in name order, so the file diffs cleanly. */
function sortRecord(record: IdRecord): IdRecord {
  const byName = <T>(object: Record<string, T>) => Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
  return byName(Object.fromEntries(Object.entries(record).map(([page, entry]) => [page, { published: entry.published, ids: byName(entry.ids) }])));
}
