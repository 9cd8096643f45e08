/** Ends the annotation pass: when any plugin recorded a mistake, stops with all of them at once, each as file:line:column. */
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { ContentError, type ContentProblem } from '../content/problems.ts';

export interface ReportOptions {
  /** Paths in messages are relative to this folder (the project root). */
  root?: string;
  /** Added to every line: Astro hands the body over without its front matter. */
  lineOffset?: (file: VFile) => number;
}

export function problemsOf(file: VFile, { root = process.cwd(), lineOffset = () => 0 }: ReportOptions = {}): ContentProblem[] {
  const path = file.path ? relative(root, file.path) : '<markdown>';
  return file.messages
    .filter((message) => message.fatal)
    .map((message) => ({
      file: path,
      line: (message.line ?? 1) + lineOffset(file),
      column: message.column ?? 1,
      message: message.reason,
    }));
}

export function remarkReportProblems(options: ReportOptions = {}) {
  return (_tree: unknown, file: VFile) => {
    const problems = problemsOf(file, options);
    if (problems.length) throw new ContentError(problems);
  };
}
