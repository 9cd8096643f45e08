/** `npm run check:content`: checks all content without building pages; prints every mistake and exits 1, or says it is fine. */
import { resolve } from 'node:path';
import { ContentError } from '../content/problems.ts';
import { checkAllContent } from './content.ts';

const root = resolve(import.meta.dirname, '../..');
const { problems, articles } = await checkAllContent(root);
if (problems.length) {
  console.error(new ContentError(problems).message);
  process.exitCode = 1;
} else {
  console.log(`Content is fine: ${articles.length} article${articles.length === 1 ? '' : 's'} and every YAML file checked.`);
}
