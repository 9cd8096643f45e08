/** oEmbed (https://oembed.com) responses for the embeddable pages: a static JSON file per page, found through a
 * <link rel="alternate" type="application/json+oembed"> on the full page, so editors that read oEmbed embed by URL. */
import { absoluteUrl, site } from '../site.ts';

export interface EmbedTarget {
  /** The full page, a site path ("/quotes/x/"). */
  page: string;
  /** The embeddable page, a site path ("/embed/quotes/x/"). */
  embed: string;
  /** The static oEmbed JSON, a site path. */
  oembed: string;
  title: string;
  /** A sensible iframe height in CSS pixels (the host script resizes it to the content). */
  height: number;
}

export const embedTargets = {
  timeline: (): EmbedTarget => ({ page: '/timeline/', embed: '/embed/timeline/', oembed: '/data/oembed/timeline.json', title: 'Timeline of China–Russia joint exercises', height: 720 }),
  event: (id: string, name: string): EmbedTarget => ({ page: `/timeline/${id}/`, embed: `/embed/events/${id}/`, oembed: `/data/oembed/events/${id}.json`, title: name, height: 520 }),
  quote: (id: string, title: string): EmbedTarget => ({ page: `/quotes/${id}/`, embed: `/embed/quotes/${id}/`, oembed: `/data/oembed/quotes/${id}.json`, title, height: 320 }),
};

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The iframe an editor pastes (and the share menu's Embed code): titled, lazy, no border, resizable by the host script. */
export function iframeCode(target: EmbedTarget): string {
  const src = absoluteUrl(target.embed);
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(`${target.title} (${site.name})`)}" width="100%" height="${target.height}" loading="lazy" data-two-fronts></iframe>`;
}

export function oembedResponse(target: EmbedTarget) {
  return {
    version: '1.0',
    type: 'rich',
    provider_name: site.name,
    provider_url: absoluteUrl('/'),
    title: target.title,
    html: iframeCode(target),
    width: 600,
    height: target.height,
    cache_age: 86400,
  };
}
