/** Where content lives: content/ by default; TWO_FRONTS_CONTENT points elsewhere (fixtures, the scale benchmark). */
import { isAbsolute, join, resolve } from 'node:path';

export function contentDirectory(root: string): string {
  const override = process.env.TWO_FRONTS_CONTENT;
  if (!override) return join(root, 'content');
  return isAbsolute(override) ? override : resolve(root, override);
}
