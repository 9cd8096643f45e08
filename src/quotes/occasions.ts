/** Occasions as a reader reads them. */
import type { Occasion } from '../content/schemas.ts';

export const occasionLabels: Record<Occasion, string> = {
  hearing: 'a hearing',
  'press-conference': 'a press conference',
  'joint-statement': 'a joint statement',
  interview: 'an interview',
  speech: 'a speech',
  statement: 'a statement',
};
