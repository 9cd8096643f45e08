/** Two builds of the same tree produce byte-identical files: the same content always publishes the same site. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'two-fronts-reproducible-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Files that may differ between builds, each with the reason (none today). */
export const allowedToDiffer: Record<string, string> = {};

/** A build with its own empty card cache, so both builds render every card image rather than the second reusing the first's. */
function build(outDir: string): void {
  execFileSync('npm', ['run', 'build', '--silent', '--', '--outDir', outDir], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, TWO_FRONTS_CARD_CACHE: `${outDir}-card-cache` },
  });
}

/** Every file in a folder with the SHA-256 of its bytes. */
function fingerprint(dir: string): Map<string, string> {
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
  return new Map(files.map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

describe('reproducible build', () => {
  it('two builds of the same tree give byte-identical dist/ folders', { timeout: 300_000 }, () => {
    const first = join(scratch, 'first');
    const second = join(scratch, 'second');
    build(first);
    build(second);
    const a = fingerprint(first);
    const b = fingerprint(second);
    expect(a.size).toBeGreaterThan(10);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash && !(file in allowedToDiffer)).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
