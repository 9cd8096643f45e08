/** Turns zod's schema problems into an editor's sentences, placed at the line the editor wrote: one formatter for every collection, front matter and aliases. */
import type { z } from 'astro/zod';
import type { ContentProblem } from './problems.ts';
import { closest } from './suggest.ts';
import type { YamlPlace } from './yaml-list.ts';

/** Where a value (or, with `key`, its key) was written in the file. */
export type Locate = (path: readonly PropertyKey[], options?: { key?: boolean }) => YamlPlace;

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list, like [a, b]',
  object: 'a group of fields',
};

/** zod's own wording starts like this; a message written in schemas.ts is already an editor's sentence. */
const generic = /^(Invalid|Too (small|big)|Unrecognized)/;

/** The object schema found at `path` (through optional, default, pipe and array), to list and suggest its keys. */
function shapeAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current = schema as unknown as { def: Record<string, unknown>; shape?: Record<string, z.ZodType> };
  const unwrap = () => {
    for (;;) {
      const def = current.def;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') current = def.innerType as typeof current;
      else if (def.type === 'pipe') current = (def.out as typeof current).def.type === 'transform' ? (def.in as typeof current) : (def.out as typeof current);
      else return;
    }
  };
  for (const key of path) {
    unwrap();
    if (current.def.type === 'array') current = current.def.element as typeof current;
    else if (current.shape && typeof key === 'string' && key in current.shape) current = current.shape[key] as unknown as typeof current;
    else return [];
  }
  unwrap();
  return current.shape ? Object.keys(current.shape) : [];
}

/** The value written at a path (zod does not keep it in its issues). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** What is wrong with the field, starting with a verb ("is missing: …") or, for a schema's own sentence, after a colon. */
function sentence(issue: z.core.$ZodIssue, written: unknown): string {
  // A refinement's message is written to follow the field's name; a check's own message is a sentence of its own.
  if (issue.code === 'custom') return issue.message;
  if (!generic.test(issue.message)) return /^(is|must|should|needs|has)\b/.test(issue.message) ? issue.message : `: ${issue.message}`;
  switch (issue.code) {
    case 'invalid_type':
      return written === undefined
        ? `is missing: add it (${typeNames[issue.expected] ?? issue.expected})`
        : `should be ${typeNames[issue.expected] ?? issue.expected}, not ${Array.isArray(written) ? 'a list' : typeof written === 'object' && written ? 'a group of fields' : JSON.stringify(written)}`;
    case 'invalid_value': {
      if (written === undefined) return `is missing: add it (one of ${issue.values.map(String).join(', ')})`;
      const meant = typeof written === 'string' ? closest(written, issue.values.map(String)) : undefined;
      return `is ${JSON.stringify(written)}${meant ? ` (did you mean "${meant}"?)` : ''}: it must be one of ${issue.values.map(String).join(', ')}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'is empty: write it, or remove the line if the field is optional';
      if (issue.origin === 'array') return `needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters: shorten it`;
      if (issue.origin === 'array') return `has more than ${issue.maximum} entries`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'must be a full http(s) URL, like https://example.org/page' : `is not in the expected form (${issue.format})`;
    default:
      return issue.message;
  }
}

/**
 * One problem per issue, each placed at what it is about; an unknown key is placed at the key itself and suggests
 * the nearest known key. `name` says which entry it is ("person \"avril-haines\"", "front matter").
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  { file, name, schema, data, locate }: { file: string; name: string; schema: z.ZodType; data: unknown; locate: Locate },
): ContentProblem[] {
  // A misspelt field shows up twice to zod (an unknown key, a missing field): pair them into one message.
  const missing = issues.filter((issue) => issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined);
  const paired = new Set<z.core.$ZodIssue>();
  const meantFor = (parent: readonly PropertyKey[], key: string, unknownCount: number): string | undefined => {
    const siblings = missing.filter((issue) => issue.path.length === parent.length + 1 && parent.every((part, i) => issue.path[i] === part));
    const pick = (unknownCount === 1 && siblings.length === 1 ? siblings[0] : undefined) ?? siblings.find((issue) => closest(key, [String(issue.path.at(-1))]));
    if (pick) paired.add(pick);
    return pick ? String(pick.path.at(-1)) : closest(key, shapeAt(schema, parent));
  };
  const unknownKeys = issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [];
    return issue.keys.map((key) => {
      const suggestion = meantFor(issue.path, key, issue.keys.length);
      const field = [...issue.path.map(String), key].join('.');
      const fix = suggestion ? `did you mean "${suggestion}"? Rename it` : `the fields are ${shapeAt(schema, issue.path).join(', ')}; rename or remove it`;
      return { file, ...locate([...issue.path, key], { key: true }), message: `${name}: unknown field "${field}": ${fix}.` };
    });
  });
  const others = issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys' || paired.has(issue)) return [];
    const field = issue.path.map(String).join('.');
    const what = sentence(issue, valueAt(data, issue.path));
    return [{ file, ...locate(issue.path), message: `${name}: ${field || 'entry'}${what.startsWith(':') ? '' : ' '}${what}.`.replace(/([.!?])\.$/, '$1') }];
  });
  return [...others, ...unknownKeys];
}
