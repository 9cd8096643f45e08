/** A content mistake with its place, and the one error that carries all of a build's mistakes. */

export interface ContentProblem {
  /** Path relative to the project root, e.g. content/exercises/2021-2025.yaml */
  file: string;
  line: number;
  column: number;
  /** What is wrong and how to fix it, as one or two sentences. */
  message: string;
}

function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** Thrown when content has mistakes: lists every one, so a single build shows them all. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  /** What Astro's error overlay in `npm run dev` shows besides the message: a title, the first mistake's place (with its lines), a hint. */
  readonly title = 'Content mistake';
  readonly loc: { file: string; line: number; column: number } | undefined;
  readonly hint = 'Fix each line listed above and save: the page reloads by itself.';
  constructor(unsorted: readonly ContentProblem[]) {
    const problems = [...unsorted].sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
    );
    const count = problems.length === 1 ? '1 mistake' : `${problems.length} mistakes`;
    super(`Content has ${count}; the build stops until they are fixed:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
    const [first] = problems;
    this.loc = first && { file: first.file, line: first.line, column: first.column };
  }
}
