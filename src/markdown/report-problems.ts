/** Ends the annotation pass: when any plugin recorded a mistake, stops with all of them at once, each as file:line:column of the editor's file. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { ContentError, type ContentProblem } from '../content/problems.ts';

export interface ReportOptions {
  /** Paths in messages are relative to this folder (the project root); default: the working directory. */
  root?: string;
}

/** Lines of the saved file before the Markdown the plugins saw: Astro hands over the body without its front matter. */
function lineOffset(file: VFile): number {
  const value = String(file.value ?? '');
  if (!file.path || !value) return 0;
  let saved: string;
  try {
    saved = readFileSync(file.path, 'utf8');
  } catch {
    return 0;
  }
  if (saved === value || !saved.endsWith(value)) return 0;
  return saved.slice(0, saved.length - value.length).split('\n').length - 1;
}

export function problemsOf(file: VFile, { root = process.cwd() }: ReportOptions = {}): ContentProblem[] {
  const path = file.path ? relative(root, file.path) : '<markdown>';
  const fatal = file.messages.filter((message) => message.fatal);
  const offset = fatal.length ? lineOffset(file) : 0;
  return fatal.map((message) => ({
    file: path,
    line: (message.line ?? 1) + offset,
    column: message.column ?? 1,
    message: message.reason,
  }));
}

export const remarkReportProblems: Plugin<[ReportOptions?], Root> = function (options = {}) {
  return (_tree, file) => {
    const problems = problemsOf(file, options);
    if (problems.length) throw new ContentError(problems);
  };
};
