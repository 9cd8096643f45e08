/**
 * Ends the pipeline: when any plugin recorded a mistake (the annotations in remark, ids and fragments in rehype),
 * stops with all of them at once, each as file:line:column of the editor's file. The rehype checks run even after an
 * annotation mistake, so one report lists every mistake of the file.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { ContentError, type ContentProblem } from '../content/problems.ts';

export interface ReportOptions {
  /** Paths in messages are relative to this folder (the project root); default: the working directory. */
  root?: string;
}

/**
 * Lines of the saved file before the Markdown the plugins saw: Astro hands over the body without its front matter
 * (and without the blank lines around it), so the body is found in the saved file by its first words.
 */
function lineOffset(file: VFile): number {
  const value = String(file.value ?? '');
  if (!file.path || !value) return 0;
  let saved: string;
  try {
    saved = readFileSync(file.path, 'utf8');
  } catch {
    return 0;
  }
  const body = value.trimStart();
  if (saved === value || !body) return 0;
  const at = saved.indexOf(body.slice(0, 200));
  if (at < 0) return 0;
  const linesBeforeBody = (text: string) => text.split('\n').length - 1;
  return linesBeforeBody(saved.slice(0, at)) - linesBeforeBody(value.slice(0, value.length - body.length));
}

function problemsOf(file: VFile, { root = process.cwd() }: ReportOptions = {}): ContentProblem[] {
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

/** Keeps the report's options on the file for rehypeReportProblems, which runs on the HTML. */
export const remarkReportOptions: Plugin<[ReportOptions?], Root> = function (options = {}) {
  return (_tree, file) => {
    file.data.reportOptions = options;
  };
};

export const rehypeReportProblems: Plugin<[], HastRoot> = function () {
  return (_tree, file) => {
    const problems = problemsOf(file, file.data.reportOptions);
    if (problems.length) throw new ContentError(problems);
  };
};

declare module 'vfile' {
  interface DataMap {
    reportOptions: ReportOptions;
  }
}
