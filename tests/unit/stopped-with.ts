/** For tests of steps that stop on content mistakes: the ContentError a step stops with, or undefined when it does not stop. */
import { ContentError } from '../../src/content/problems.ts';

export async function stoppedWith(step: () => Promise<unknown>): Promise<ContentError | undefined> {
  try {
    await step();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  return undefined;
}
