/** Loads and checks every YAML collection in content/: schemas, unique ids and references between them. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from './problems.ts';
import {
  exerciseSchema,
  milestoneSchema,
  personSchema,
  quoteSchema,
  sourceSchema,
  type Exercise,
  type Milestone,
  type Person,
  type QuoteProvenance,
  type Source,
} from './schemas.ts';
import { readYamlList, type YamlList } from './yaml-list.ts';
import { describeIssues } from './schema-messages.ts';
import { contentDirectory } from './paths.ts';
import { unknownIdMessage } from '../markdown/registry-types.ts';

export interface Registry {
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  exercises: ReadonlyMap<string, Exercise>;
  milestones: ReadonlyMap<string, Milestone>;
  /** What was actually said, by quote id (content/quotes/<article-slug>.yaml). */
  quotes: ReadonlyMap<string, QuoteProvenance>;
  /** Where each quote entry's id is written: its file names the article it belongs to. */
  quotePlaces: ReadonlyMap<string, ContentProblemPlace>;
}

export type ContentProblemPlace = Pick<ContentProblem, 'file' | 'line' | 'column'>;
export type CollectionName = keyof typeof collectionPaths;

/** Where each collection lives under the content folder: a folder of YAML lists, or one file. */
export const collectionPaths = {
  people: 'people',
  sources: 'sources',
  exercises: 'exercises',
  milestones: 'milestones.yaml',
  quotes: 'quotes',
} as const;

function yamlFiles(contentDir: string, path: string): string[] {
  const full = join(contentDir, path);
  if (!existsSync(full)) return [];
  if (path.endsWith('.yaml')) return [full];
  return readdirSync(full)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(full, name));
}

interface Located<T> {
  value: T;
  list: YamlList;
  index: number;
}

function loadCollection<S extends z.ZodType>(
  root: string,
  contentDir: string,
  path: string,
  schema: S,
  label: string,
  problems: ContentProblem[],
): Map<string, Located<z.infer<S>>> {
  const byId = new Map<string, Located<z.infer<S>>>();
  for (const fullPath of yamlFiles(contentDir, path)) {
    const list = readYamlList(relative(root, fullPath), readFileSync(fullPath, 'utf8'));
    problems.push(...list.problems);
    if (list.problems.length) unreadable.add(byId);
    for (const entry of list.entries) {
      const parsed = schema.safeParse(entry.data);
      const name = typeof entry.data.id === 'string' ? `${label} "${entry.data.id}"` : `${label} ${entry.index + 1}`;
      if (!parsed.success) {
        const locate = (path: readonly PropertyKey[], options?: { key?: boolean }) => list.locate(entry.index, path, options);
        problems.push(...describeIssues(parsed.error.issues, { file: list.file, name, schema, data: entry.data, locate }));
        // Kept with its readable id, so what refers to it is not reported a second time.
        if (typeof entry.data.id === 'string' && !byId.has(entry.data.id)) byId.set(entry.data.id, { value: entry.data as z.infer<S>, list, index: entry.index });
        continue;
      }
      const value = parsed.data as { id: string };
      const earlier = byId.get(value.id);
      if (earlier) {
        const first = earlier.list.locate(earlier.index, ['id']);
        problems.push({
          file: list.file,
          ...list.locate(entry.index, ['id']),
          message: `${label} id "${value.id}" is used twice (first at ${earlier.list.file}:${first.line}): ids must be unique, rename one.`,
        });
        continue;
      }
      byId.set(value.id, { value: parsed.data, list, index: entry.index });
    }
  }
  return byId;
}

function checkSourceRefs(
  collection: Map<string, Located<{ id: string; sources: string[] }>>,
  sources: ReadonlyMap<string, unknown>,
  label: string,
  problems: ContentProblem[],
) {
  // An unreadable sources file may hold any id: its YAML mistake is the one message.
  if (unreadable.has(sources)) return;
  for (const { value, list, index } of collection.values()) {
    if (!Array.isArray(value.sources)) continue;
    value.sources.forEach((sourceId, position) => {
      if (!sources.has(sourceId)) {
        problems.push({
          file: list.file,
          ...list.locate(index, ['sources', position]),
          message: `${label} "${value.id}" cites unknown source "${sourceId}": add it to content/sources/ or fix the id.`,
        });
      }
    });
  }
}

/** Each reported wording must cite a source that exists. */
function checkQuoteSources(quotes: Map<string, Located<QuoteProvenance>>, sources: ReadonlyMap<string, unknown>, problems: ContentProblem[]) {
  if (unreadable.has(sources)) return;
  for (const { value, list, index } of quotes.values()) {
    if (!Array.isArray(value.reported)) continue;
    value.reported.forEach((wording, position) => {
      if (typeof wording?.source === 'string' && !sources.has(wording.source)) {
        problems.push({
          file: list.file,
          ...list.locate(index, ['reported', position, 'source']),
          message: `${unknownIdMessage('source', wording.source, sources.keys(), 'content/sources/')} Quote "${value.id}" needs the page its wording was copied from.`,
        });
      }
    });
  }
}

/** Collections with a file that could not be read at all: any id may be in the part that is missing. */
const unreadable = new WeakSet<ReadonlyMap<string, unknown>>();

/** Stands in for an entry of an unreadable file, so references to it are not reported as unknown on top of the YAML mistake. */
const placeholder = <T>(id: string) => new Proxy({}, { get: (_, key) => (key === 'id' ? id : '') }) as T;

class AnyIdMap<T> extends Map<string, T> {
  override has(): boolean {
    return true;
  }
  override get(id: string): T {
    return super.get(id) ?? placeholder<T>(id);
  }
}

function unwrap<T>(map: Map<string, Located<T>>): Map<string, T> {
  const entries = [...map].map(([id, located]) => [id, located.value] as const);
  return unreadable.has(map) ? new AnyIdMap(entries) : new Map(entries);
}

/** What the YAML files are now (paths, sizes, modification times): a changed file changes the key. */
function filesKey(root: string, contentDir: string): string {
  const files = Object.values(collectionPaths).flatMap((path) => yamlFiles(contentDir, path));
  return [root, ...files.map((file) => {
    const { size, mtimeMs } = statSync(file);
    return `${file}:${size}:${mtimeMs}`;
  })].join('\n');
}

let cached: { key: string; registry: Registry; problems: ContentProblem[] } | undefined;

/**
 * Loads content/ under `root`; throws ContentError listing every problem found. The config, the content check and
 * each collection's loader all ask for it in one build, so the last result is reused while no YAML file has changed.
 */
export function loadRegistry(root: string, contentDir = contentDirectory(root)): Registry {
  const key = filesKey(root, contentDir);
  if (cached?.key !== key) cached = { key, ...readRegistry(root, contentDir) };
  if (cached.problems.length) throw new ContentError(cached.problems);
  return cached.registry;
}

/**
 * Every problem of the YAML collections, with the registry as far as it could be read: entries with a readable id
 * stay in it even when a field is wrong, so the articles that use them are checked without follow-on messages.
 */
export function readRegistry(root: string, contentDir = contentDirectory(root)): { registry: Registry; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const sources = loadCollection(root, contentDir, collectionPaths.sources, sourceSchema, 'source', problems);
  const people = loadCollection(root, contentDir, collectionPaths.people, personSchema, 'person', problems);
  const exercises = loadCollection(root, contentDir, collectionPaths.exercises, exerciseSchema, 'event', problems);
  const milestones = loadCollection(root, contentDir, collectionPaths.milestones, milestoneSchema, 'milestone', problems);
  checkSourceRefs(people, sources, 'person', problems);
  checkSourceRefs(exercises, sources, 'event', problems);
  checkSourceRefs(milestones, sources, 'milestone', problems);
  const quotes = loadCollection(root, contentDir, collectionPaths.quotes, quoteSchema, 'quote', problems);
  checkQuoteSources(quotes, sources, problems);
  return {
    registry: {
      people: unwrap(people),
      sources: unwrap(sources),
      exercises: unwrap(exercises),
      milestones: unwrap(milestones),
      quotes: unwrap(quotes),
      quotePlaces: new Map([...quotes].map(([id, { list, index }]) => [id, { file: list.file, ...list.locate(index, ['id']) }])),
    },
    problems,
  };
}

/** The registry as it is on disk whenever it is read: each collection is looked up again (cheaply, while no YAML file changed). */
export function liveRegistry(root: string): Registry {
  return {
    get people() { return loadRegistry(root).people; },
    get sources() { return loadRegistry(root).sources; },
    get exercises() { return loadRegistry(root).exercises; },
    get milestones() { return loadRegistry(root).milestones; },
    get quotes() { return loadRegistry(root).quotes; },
    get quotePlaces() { return loadRegistry(root).quotePlaces; },
  };
}
