/** Checks over the built site: card images, canonical URLs, JSON-LD, sitemap, feed, every internal link and #fragment, and ids that stay. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { absoluteUrl, site } from '../../src/site.ts';
import { basePath, withoutBase } from '../../src/links/urls.ts';
import { htmlPages, isIndexable, sitePath } from '../../src/publish/dist-pages.ts';
import { pngSize } from '../../src/publish/png.ts';
import { loadAliases } from '../../src/links/aliases.ts';
import { contentDirectory } from '../../src/content/paths.ts';
import { describeBroken, fileFor, findBrokenLinks } from '../tools/check-links.ts';
import { collectShareIds, missingLinks } from '../tools/share-ids.ts';
import { loadIdRecord, recordFile, updateRecord } from '../../src/links/id-record.ts';

const root = resolve(import.meta.dirname, '../..');
const distDir = inject('distDir');
const pages = htmlPages(distDir).map((file) => {
  const html = readFileSync(file, 'utf8');
  return { path: sitePath(distDir, file), html, tree: fromHtml(html) };
});
const meta = (tree: ReturnType<typeof fromHtml>, key: string) =>
  selectAll(`meta[property="${key}"], meta[name="${key}"]`, tree).map((node) => String(node.properties.content));
const jsonLdOf = (tree: ReturnType<typeof fromHtml>) =>
  selectAll('script[type="application/ld+json"]', tree).map((node) => JSON.parse(toString(node)) as Record<string, any>);
const indexed = pages.filter((p) => isIndexable(p.html, p.path));

describe('share › over dist', () => {
  test('every page names an og:image that exists in the build as a 1200×630 PNG, with alt text', () => {
    expect(pages.length).toBeGreaterThan(3);
    // Embeds are made for other sites' iframes and are noindex: their previews come from the oEmbed JSON, not a card.
    for (const page of pages.filter((p) => !p.path.includes('/embed/'))) {
      const image = meta(page.tree, 'og:image')[0] ?? '';
      expect(image, `${page.path} has no og:image`).toBeTruthy();
      const url = new URL(image, site.url);
      expect(url.origin, `${page.path}: og:image must be on ${site.url}`).toBe(new URL(site.url).origin);
      const file = fileFor(distDir, withoutBase(url.pathname) ?? url.pathname);
      expect(file, `${page.path}: ${url.pathname} is not in the build`).toBeTruthy();
      expect(pngSize(readFileSync(file!)), `${url.pathname} is not a 1200×630 PNG`).toEqual({ width: 1200, height: 630 });
      expect(meta(page.tree, 'og:image:alt')[0], `${page.path}: og:image:alt`).toBeTruthy();
      expect(meta(page.tree, 'twitter:card')).toEqual(['summary_large_image']);
    }
  });

  test('every indexed page has a canonical URL on the site origin equal to its own path, and og:url to match', () => {
    for (const page of indexed) {
      const canonical = selectAll('link[rel="canonical"]', page.tree).map((node) => String(node.properties.href));
      expect(canonical, `${page.path}: canonical`).toEqual([absoluteUrl(page.path)]);
      expect(meta(page.tree, 'og:url')).toEqual(canonical);
      for (const key of ['og:title', 'og:description', 'og:type', 'description']) expect(meta(page.tree, key)[0], `${page.path}: ${key}`).toBeTruthy();
    }
  });

  test('articles are NewsArticles with headline, dates, publisher, and the original reporting; quotes are Quotations; home is a WebSite', () => {
    const articles = indexed.filter((p) => /^\/articles\/[^/]+\/$/.test(p.path));
    const quotes = indexed.filter((p) => /^\/quotes\/[^/]+\/$/.test(p.path));
    expect(articles.length).toBeGreaterThan(0);
    expect(quotes.length).toBeGreaterThan(0);
    for (const page of articles) {
      const ld = jsonLdOf(page.tree)[0] ?? {};
      expect(ld, page.path).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', url: absoluteUrl(page.path), publisher: { '@type': 'Organization', name: site.name } });
      expect(ld.headline).toBe(meta(page.tree, 'og:title')[0]);
      expect(ld.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(ld.datePublished).toBe(meta(page.tree, 'article:published_time')[0]);
      expect(ld.isBasedOn.length, `${page.path} names no original reporting`).toBeGreaterThan(0);
      for (const work of ld.isBasedOn) expect(work.url).toMatch(/^https?:\/\//);
    }
    for (const page of quotes) {
      const ld = jsonLdOf(page.tree)[0] ?? {};
      expect(ld, page.path).toMatchObject({ '@type': 'Quotation', isPartOf: { '@type': 'NewsArticle' } });
      // A joint statement has several creators.
      for (const creator of [ld.creator].flat()) expect(creator, page.path).toMatchObject({ '@type': 'Person', name: expect.any(String), jobTitle: expect.any(String) });
      expect(selectAll('blockquote', page.tree).map((node) => toString(node)).join(' ')).toContain(ld.text);
    }
    for (const page of indexed.filter((p) => /^\/timeline\/[^/]+\/$/.test(p.path))) {
      expect(jsonLdOf(page.tree)[0], page.path).toMatchObject({ '@type': 'WebPage', mainEntity: { '@type': 'Event', location: { '@type': 'Place' } } });
    }
    expect(jsonLdOf(pages.find((p) => p.path === '/')!.tree)[0]).toMatchObject({ '@type': 'WebSite', name: site.name });
  });

  test('every internal link, image, script and #fragment resolves under the origin and base path', () => {
    expect(findBrokenLinks(distDir, { origin: site.url, base: basePath }).map(describeBroken)).toEqual([]);
  });

  test('the sitemap lists every indexed page with a lastmod, and not the 404 page', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc><lastmod>(\d{4}-\d{2}-\d{2})<\/lastmod><\/url>/g)].map((m) => m[1]);
    expect(urls.sort()).toEqual(indexed.map((p) => absoluteUrl(p.path)).sort());
    expect(sitemap).not.toContain('404');
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
  });

  test('the Atom feed has an entry for every article, linking to its page', () => {
    const feed = readFileSync(join(distDir, 'feed.xml'), 'utf8');
    const articles = indexed.filter((p) => /^\/articles\/[^/]+\/$/.test(p.path));
    for (const page of articles) expect(feed).toContain(`<link rel="alternate" type="text/html" href="${absoluteUrl(page.path)}"/>`);
    expect(feed.match(/<entry>/g)?.length).toBe(articles.length);
  });

  test('no recorded id disappears without an alias in content/aliases.yaml, and the record is current', () => {
    const contentDir = contentDirectory(root);
    expect(existsSync(recordFile(contentDir)), `no record of ids at ${recordFile(contentDir)}: run npx node tests/tools/share-ids.ts dist and commit it`).toBe(true);
    const record = loadIdRecord(contentDir, root);
    const built = collectShareIds(distDir);
    expect(missingLinks(record, built, loadAliases(contentDir, root)), 'these links were published: restore the id, or add {from, to} to aliases.yaml in the content folder').toEqual([]);
    // A new id or an edited passage not yet recorded: readers of older links would get no "revised" note.
    const unrecorded = Object.entries(built).flatMap(([page, ids]) =>
      record[page] ? Object.entries(ids).filter(([id, print]) => record[page]!.ids[id]?.fingerprint !== print).map(([id]) => `${page}#${id}`) : [page],
    );
    expect(unrecorded, 'run npx node tests/tools/share-ids.ts dist and commit content/ids.json').toEqual([]);
    expect(updateRecord(record, built, '').problems).toEqual([]);
  });

});
