/** Builds the site once (unless E2E_DIST names a built one) and serves it with `astro preview` for the end-to-end tests. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview } from 'astro';

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  const outDir = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : resolve(root, 'dist');
  if (!process.env.E2E_DIST || !existsSync(outDir)) {
    execFileSync('npm', ['run', 'build', '--silent', '--', '--outDir', outDir], { cwd: root, stdio: 'inherit' });
  }
  const server = await preview({ root, outDir, server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  project.provide('baseURL', `http://127.0.0.1:${server.port}`);
  project.provide('distDir', outDir);
  return async () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}
