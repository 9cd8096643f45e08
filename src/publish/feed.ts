/** The Atom feed of analyses: one entry per article, newest first, with its summary and card. */
import { absoluteUrl, site } from '../site.ts';
import { escapeXml } from './xml.ts';

export interface FeedArticle {
  slug: string;
  title: string;
  summary: string;
  published: string;
  updated?: string;
}

/** Atom wants full timestamps; our dates are days, published at midnight UTC. */
const stamp = (day: string) => `${day}T00:00:00Z`;

export function atomFeed(articles: FeedArticle[]): string {
  const sorted = [...articles].sort((a, b) => (b.updated ?? b.published).localeCompare(a.updated ?? a.published) || a.slug.localeCompare(b.slug));
  const home = absoluteUrl('/');
  const updated = sorted[0] ? stamp(sorted[0].updated ?? sorted[0].published) : stamp('2024-01-01');
  const entries = sorted.map((a) => {
    const url = absoluteUrl(`/articles/${a.slug}/`);
    return [
      '  <entry>',
      `    <title>${escapeXml(a.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${url}"/>`,
      `    <id>${url}</id>`,
      `    <published>${stamp(a.published)}</published>`,
      `    <updated>${stamp(a.updated ?? a.published)}</updated>`,
      `    <summary>${escapeXml(a.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(site.name)}</title>`,
    `  <subtitle>${escapeXml(site.tagline)}</subtitle>`,
    `  <link rel="alternate" type="text/html" href="${home}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${absoluteUrl('/feed.xml')}"/>`,
    `  <id>${home}</id>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(site.name)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
