/** The slice of the content registry that the annotation plugins resolve ids against. */
import type { Exercise, Person, QuoteProvenance, Source } from '../content/schemas.ts';
import { closest } from '../content/suggest.ts';

export { closest };

export interface AnnotationRegistry {
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  exercises: ReadonlyMap<string, Exercise>;
  /** What was actually said, by quote id. */
  quotes: ReadonlyMap<string, QuoteProvenance>;
}

export function unknownIdMessage(kind: string, id: string, known: Iterable<string>, where: string): string {
  const suggestion = closest(id, known);
  return `unknown ${kind} "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}: use an id from ${where}, or add the ${kind} there.`;
}
