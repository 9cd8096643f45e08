/** Reads YAML (a list of entries, or one mapping such as front matter), keeping where each value was written. */
import { LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from './problems.ts';

type Place = { line: number; column: number };

export interface YamlDocument {
  file: string;
  /** The document as plain data (dates stay strings: the YAML core schema has no timestamps). */
  data: unknown;
  /** Where the value at a path was written; falls back to the closest written parent. */
  locate(path: readonly PropertyKey[]): Place;
  problems: ContentProblem[];
}

/** `lineOffset` counts lines that come before the YAML in its file (front matter's opening `---`). */
export function readYamlDocument(file: string, text: string, lineOffset = 0): YamlDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const problems: ContentProblem[] = doc.errors.map((error) => ({
    file,
    ...at(error.pos[0]),
    message: `YAML syntax: ${error.message.split('\n')[0]}. Check the indentation and quoting on this line.`,
  }));
  const locate = (path: readonly PropertyKey[]): Place => {
    const keys = path.map((key) => (typeof key === 'symbol' ? String(key) : key));
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
  /** Where the value at a path inside entry `index` was written. */
  locate(index: number, path: readonly PropertyKey[]): Place;
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
  return { file, entries, locate: (index, path) => document.locate([index, ...path]), problems };
}
