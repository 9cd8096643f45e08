/** Reads YAML (a list of entries, or one mapping such as front matter), keeping where each value was written. */
import { isMap, isScalar, LineCounter, parseDocument, type Node, type YAMLError } from 'yaml';
import type { ContentProblem } from './problems.ts';

export type YamlPlace = { line: number; column: number };

export interface YamlDocument {
  file: string;
  /** The document as plain data (dates stay strings: the YAML core schema has no timestamps). */
  data: unknown;
  /** Where the value at a path (with `key`, the key itself) was written; falls back to the closest written parent. */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): YamlPlace;
  problems: ContentProblem[];
}

/** A file's text as an editor saved it: a byte-order mark is dropped (line endings are YAML's and Markdown's concern). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The syntax mistake an editor made, once: after it the parser's view of the file is unreliable. */
function syntaxProblem(file: string, text: string, errors: readonly YAMLError[], at: (offset: number) => YamlPlace, lineOffset: number): ContentProblem | undefined {
  const lines = text.split(/\r?\n/);
  const tabbed = lines.map((line, index) => (/^ *\t/.test(line) ? index : -1)).filter((index) => index >= 0);
  if (tabbed.length) {
    const more = tabbed.length > 1 ? ` (${tabbed.length - 1} more line${tabbed.length > 2 ? 's' : ''} below too)` : '';
    const line = tabbed[0]! + 1 + lineOffset;
    return { file, line, column: 1, message: `line ${line} is indented with a tab; YAML needs spaces: replace the tab with spaces${more}.` };
  }
  const first = errors[0];
  if (!first) return undefined;
  if (first.code === 'MISSING_CHAR' && /quote/.test(first.message)) {
    const opened = lines.findIndex((line) => openQuoteColumn(line) !== undefined);
    if (opened >= 0) {
      return { file, line: opened + 1 + lineOffset, column: openQuoteColumn(lines[opened]!)!, message: 'this quoted value is never closed, so the rest of the file was read into it: add the closing quote mark at the end of the value.' };
    }
  }
  const place = at(first.pos[0]);
  if (first.code === 'DUPLICATE_KEY') return { file, ...place, message: 'this field is written twice in the same entry: keep one of them.' };
  const lineText = lines[place.line - 1 - lineOffset] ?? '';
  const next = lines[place.line - lineOffset] ?? '';
  const indent = (line: string) => /^[ -]*/.exec(line)![0].length;
  if (first.code === 'BLOCK_AS_IMPLICIT_KEY' && /:\s*\S/.test(lineText) && /^\s*[\w-]+:/.test(next) && indent(next) > indent(lineText)) {
    const field = next.trim().split(':')[0];
    return { file, line: place.line + 1, column: indent(next) + 1, message: `this line is indented further than the field above it, so YAML reads it as part of that value: line up "${field}:" with the other fields of the entry.` };
  }
  const colonHint = /:\s.*:\s/.test(lineText) ? ' A value that contains ": " must be quoted, like title: "Taiwan: the second front".' : ' Check the indentation and quoting on this line.';
  return { file, ...place, message: `YAML syntax: ${first.message.split('\n')[0]}.${colonHint}` };
}

/** The column of a quote that opens a value and never closes on its line (doubled '' and \" do not close). */
function openQuoteColumn(line: string): number | undefined {
  const value = /^(\s*-\s*|.*?:\s+)(["'])(.*)$/.exec(line);
  if (!value) return undefined;
  const [, before = '', quote, rest = ''] = value;
  return rest.replace(quote === "'" ? /''/g : /\\./g, '').includes(quote!) ? undefined : before.length + 1;
}

/** `lineOffset` counts lines that come before the YAML in its file (front matter's opening `---`). */
export function readYamlDocument(file: string, text: string, lineOffset = 0): YamlDocument {
  const lineCounter = new LineCounter();
  const source = withoutBom(text);
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): YamlPlace => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const syntax = syntaxProblem(file, source, doc.errors, at, lineOffset);
  const problems: ContentProblem[] = syntax ? [syntax] : [];
  const locate: YamlDocument['locate'] = (path, options = {}) => {
    const keys = path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    if (options.key && keys.length) {
      const parent = keys.length > 1 ? doc.getIn(keys.slice(0, -1), true) : doc.contents;
      const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === keys.at(-1)) : undefined;
      const range = isScalar(pair?.key) ? pair.key.range : undefined;
      if (range) return at(range[0]);
    }
    for (let depth = keys.length; depth >= 0; depth--) {
      const node = (depth === 0 ? doc.contents : doc.getIn(keys.slice(0, depth), true)) as Node | null | undefined;
      if (node && typeof node === 'object' && node.range) return at(node.range[0]);
    }
    return { line: 1 + lineOffset, column: 1 };
  };
  return { file, data: problems.length ? undefined : doc.toJS(), locate, problems };
}

export interface YamlList {
  file: string;
  entries: { data: Record<string, unknown>; index: number }[];
  /** Where the value at a path inside entry `index` was written (with `key`, the key itself). */
  locate(index: number, path: readonly PropertyKey[], options?: { key?: boolean }): YamlPlace;
  problems: ContentProblem[];
}

export function readYamlList(file: string, text: string): YamlList {
  const document = readYamlDocument(file, text);
  const problems = [...document.problems];
  const entries: YamlList['entries'] = [];
  const data = document.data;
  if (problems.length === 0 && data !== null && data !== undefined) {
    if (!Array.isArray(data)) {
      problems.push({ file, line: 1, column: 1, message: 'must be a YAML list of entries: start each entry with "- id: …".' });
    } else {
      data.forEach((item, index) => {
        if (item && typeof item === 'object' && !Array.isArray(item)) entries.push({ data: item, index });
        else problems.push({ file, ...document.locate([index]), message: `entry ${index + 1} is not a mapping: write it as "- id: …" followed by its fields.` });
      });
    }
  }
  return { file, entries, locate: (index, path, options) => document.locate([index, ...path], options), problems };
}
