/** Writes the index's own vocabulary at build time: every word Pagefind indexed, for the browser to correct typing mistakes against. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { wordsOf } from './words.ts';

/** The vocabulary's file name inside the Pagefind folder (so `astro dev` serves it with the index it belongs to). */
export const vocabularyFile = 'vocabulary.txt';

/** Pagefind's fragment files: gzip of this prefix followed by the page's JSON. */
const fragmentPrefix = 'pagefind_dcd';

interface Fragment {
  content: string;
  meta: Record<string, string>;
}

/** Words worth correcting towards, most frequent first: three letters or more and not only digits (a year is typed exactly). */
export function vocabularyOf(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of wordsOf(text)) if (word.length >= 3 && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** Reads every fragment Pagefind wrote (its content and meta, so titles and quote wordings count) and writes the vocabulary beside them. */
export async function writeVocabulary(pagefindDir: string): Promise<number> {
  const dir = join(pagefindDir, 'fragment');
  const texts: string[] = [];
  for (const file of (await readdir(dir)).sort()) {
    const json = gunzipSync(await readFile(join(dir, file))).toString('utf8');
    if (!json.startsWith(fragmentPrefix)) throw new Error(`${join(dir, file)}: not a Pagefind fragment (no "${fragmentPrefix}" prefix); the Pagefind version may have changed its format.`);
    const fragment = JSON.parse(json.slice(fragmentPrefix.length)) as Fragment;
    texts.push(fragment.content, ...Object.values(fragment.meta));
  }
  const words = vocabularyOf(texts);
  await writeFile(join(pagefindDir, vocabularyFile), `${words.join('\n')}\n`);
  return words.length;
}
