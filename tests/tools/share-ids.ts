/**
 * Records the shareable ids of a build (src/links/published-ids.ts) into content/ids.json (src/links/id-record.ts):
 * `npx node tests/tools/share-ids.ts dist`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { collectShareIds } from '../../src/links/published-ids.ts';

if (import.meta.main) {
  const { contentDirectory } = await import('../../src/content/paths.ts');
  const { loadIdRecord, recordFile, updateRecord } = await import('../../src/links/id-record.ts');
  const root = resolve(import.meta.dirname, '../..');
  const distDir = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`${distDir} holds no built site (no index.html): run npm run build first, then npx node tests/tools/share-ids.ts dist`);
    process.exit(2);
  }
  const contentDir = contentDirectory(root);
  const today = process.env.RECORD_DATE ?? new Date().toISOString().slice(0, 10);
  const { record, problems } = updateRecord(loadIdRecord(contentDir, root), collectShareIds(distDir), today);
  if (problems.length) {
    console.error(`not recorded: ${problems.length} id${problems.length === 1 ? '' : 's'} now mark other text:\n${problems.join('\n')}`);
    process.exit(1);
  }
  writeFileSync(recordFile(contentDir), `${JSON.stringify(record, null, 2)}\n`);
  console.log(`recorded the shareable ids of ${relative(root, distDir) || '.'} in ${relative(root, recordFile(contentDir))}`);
}
