/** Which site paths a build makes, read from the project folder it is given (Astro's config.root), not the working directory. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sitePages } from '../../src/links/site-pages.ts';

const project = mkdtempSync(join(tmpdir(), 'two-fronts-site-pages-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));
mkdirSync(join(project, 'src/pages/guides'), { recursive: true });
mkdirSync(join(project, 'public/files'), { recursive: true });
writeFileSync(join(project, 'src/pages/guides/index.astro'), '');
writeFileSync(join(project, 'src/pages/feed.xml.ts'), '');
writeFileSync(join(project, 'public/files/map.png'), '');
const none = new Map();
const pages = sitePages({ people: none, exercises: none, quotes: none }, project);

describe('sitePages', () => {
  it('knows the pages and public files of the project folder it is given', () => {
    expect(pages.problemWith('/guides/')).toBeUndefined();
    expect(pages.problemWith('/guides')).toBeUndefined();
    expect(pages.problemWith('/feed.xml')).toBeUndefined();
    expect(pages.publicFile('/files/map.png')).toBe(join(project, 'public/files/map.png'));
  });

  it('does not know the pages of the working directory’s project', () => {
    expect(pages.problemWith('/timeline/')).toBe(
      'the site has no page /timeline/: fix the link, or link to a page the site has (like /timeline/ or /people/…/) or a file in public/.',
    );
    expect(pages.publicFile('/favicon.svg')).toBeUndefined();
  });
});
