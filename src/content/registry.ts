/** Loads and checks every YAML collection in content/: schemas, unique ids and references between them. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from './problems.ts';
import {
  exerciseSchema,
  milestoneSchema,
  personSchema,
  sourceSchema,
  type Exercise,
  type Milestone,
  type Person,
  type Source,
} from './schemas.ts';
import { readYamlList, type YamlList } from './yaml-list.ts';
import { contentDirectory } from './paths.ts';

export interface Registry {
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  exercises: ReadonlyMap<string, Exercise>;
  milestones: ReadonlyMap<string, Milestone>;
}

/** Where each collection lives under the content folder: a folder of YAML lists, or one file. */
export const collectionPaths = {
  people: 'people',
  sources: 'sources',
  exercises: 'exercises',
  milestones: 'milestones.yaml',
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
    for (const entry of list.entries) {
      const parsed = schema.safeParse(entry.data);
      const name = typeof entry.data.id === 'string' ? `${label} "${entry.data.id}"` : `${label} ${entry.index + 1}`;
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.length ? issue.path.join('.') : 'entry';
          problems.push({
            file: list.file,
            ...list.locate(entry.index, issue.path),
            message: `${name}: ${field} ${describeIssue(issue, valueAt(entry.data, issue.path))}`,
          });
        }
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

/** The value an issue's path points at in the entry as written (undefined when the field is absent). */
function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function describeIssue(issue: z.core.$ZodIssue, written: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return written === undefined ? `is missing: add it (${issue.expected})` : `should be ${issue.expected}: ${issue.message}`;
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return written === undefined ? `is missing: add it (one of ${values})` : `must be one of ${values}`;
    }
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}: remove or rename ${issue.keys.length > 1 ? 'them' : 'it'} (check spelling)`;
    default:
      return issue.message;
  }
}

function checkSourceRefs(
  collection: Map<string, Located<{ id: string; sources: string[] }>>,
  sources: ReadonlyMap<string, unknown>,
  label: string,
  problems: ContentProblem[],
) {
  for (const { value, list, index } of collection.values()) {
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

const unwrap = <T>(map: Map<string, Located<T>>) => new Map([...map].map(([id, located]) => [id, located.value]));

/** What the YAML files are now (paths, sizes, modification times): a changed file changes the key. */
function filesKey(root: string, contentDir: string): string {
  const files = Object.values(collectionPaths).flatMap((path) => yamlFiles(contentDir, path));
  return [root, ...files.map((file) => {
    const { size, mtimeMs } = statSync(file);
    return `${file}:${size}:${mtimeMs}`;
  })].join('\n');
}

let cached: { key: string; registry: Registry } | undefined;

/**
 * Loads content/ under `root`; throws ContentError listing every problem found. The config, the content check and
 * each collection's loader all ask for it in one build, so the last result is reused while no YAML file has changed.
 */
export function loadRegistry(root: string, contentDir = contentDirectory(root)): Registry {
  const key = filesKey(root, contentDir);
  if (cached?.key === key) return cached.registry;
  const registry = readRegistry(root, contentDir);
  cached = { key, registry };
  return registry;
}

function readRegistry(root: string, contentDir: string): Registry {
  const problems: ContentProblem[] = [];
  const sources = loadCollection(root, contentDir, collectionPaths.sources, sourceSchema, 'source', problems);
  const people = loadCollection(root, contentDir, collectionPaths.people, personSchema, 'person', problems);
  const exercises = loadCollection(root, contentDir, collectionPaths.exercises, exerciseSchema, 'event', problems);
  const milestones = loadCollection(root, contentDir, collectionPaths.milestones, milestoneSchema, 'milestone', problems);
  checkSourceRefs(people, sources, 'person', problems);
  checkSourceRefs(exercises, sources, 'event', problems);
  checkSourceRefs(milestones, sources, 'milestone', problems);
  if (problems.length) throw new ContentError(problems);
  return {
    people: unwrap(people),
    sources: unwrap(sources),
    exercises: unwrap(exercises),
    milestones: unwrap(milestones),
  };
}
