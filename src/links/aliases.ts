/** Reads content/aliases.yaml: old links (a page or a #fragment) that moved, and where they lead now. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, type ContentProblem } from '../content/problems.ts';
import { readYamlList } from '../content/yaml-list.ts';

export interface Alias {
  /** The old link: a site path (`/quotes/old-id/`) or a path with a fragment (`/articles/slug/#old-id`). */
  from: string;
  to: string;
}

const linkPattern = /^\/[a-z0-9/_.-]*\/(?:#[a-z0-9][a-z0-9-]*)?$/;

export function parseAliases(file: string, text: string): { aliases: Alias[]; problems: ContentProblem[] } {
  const list = readYamlList(file, text);
  const problems = [...list.problems];
  const aliases: Alias[] = [];
  for (const { data, index } of list.entries) {
    const entry: Partial<Alias> = {};
    for (const key of ['from', 'to'] as const) {
      const value = data[key];
      if (typeof value === 'string' && linkPattern.test(value)) entry[key] = value;
      else problems.push({ file, ...list.locate(index, [key]), message: `alias ${index + 1}: ${key} must be a site path ending in "/", optionally with a #fragment, like /articles/slug/#old-id` });
    }
    const unknownKeys = Object.keys(data).filter((key) => key !== 'from' && key !== 'to');
    for (const key of unknownKeys) problems.push({ file, ...list.locate(index, [key]), message: `alias ${index + 1}: unknown field "${key}"; an alias has only from and to` });
    if (entry.from && entry.to) {
      const samePage = entry.from.split('#')[0] === entry.to.split('#')[0];
      if (entry.from.includes('#') && !samePage) problems.push({ file, ...list.locate(index, ['to']), message: `alias ${index + 1}: a #fragment can only move within its page; to must start with ${entry.from.split('#')[0]}` });
      else aliases.push(entry as Alias);
    }
  }
  return { aliases, problems };
}

/** The aliases of a content folder; none when it has no aliases.yaml. Mistakes stop the build with file:line:column. */
export function loadAliases(contentDir: string, root = process.cwd()): Alias[] {
  const path = join(contentDir, 'aliases.yaml');
  if (!existsSync(path)) return [];
  const { aliases, problems } = parseAliases(relative(root, path), readFileSync(path, 'utf8'));
  if (problems.length) throw new ContentError(problems);
  return aliases;
}

/** Astro `redirects` for aliases of whole pages. */
export function pageRedirects(aliases: Alias[]): Record<string, string> {
  return Object.fromEntries(aliases.filter((a) => !a.from.includes('#')).map((a) => [a.from, a.to]));
}

/** The data-fragment-aliases value for one page ("old:new old2:new2"), read by the arrival script. */
export function fragmentAliases(aliases: Alias[], pagePath: string): string | undefined {
  const pairs = aliases
    .filter((a) => a.from.startsWith(`${pagePath}#`))
    .map((a) => `${a.from.split('#')[1]}:${a.to.split('#')[1] ?? ''}`);
  return pairs.length ? pairs.join(' ') : undefined;
}
