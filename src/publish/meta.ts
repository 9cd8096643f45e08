/** What a page tells link previews and search engines about itself: the props Base passes to PageMeta, and the card paths. */

export interface CardImage {
  /** Site path of the 1200×630 PNG, e.g. /cards/quotes/haines-why-not.png */
  path: string;
  /** What the card shows, for readers who cannot see it. */
  alt: string;
}

export interface ShareMeta {
  /** Open Graph type: "article" for analyses (adds article times), "website" otherwise. */
  type?: 'website' | 'article';
  image?: CardImage;
  /** YYYY-MM-DD */
  published?: string;
  /** YYYY-MM-DD */
  modified?: string;
  /** Kept out of search engines and the sitemap, with no canonical URL (the 404 page). */
  noindex?: boolean;
  /** What reference managers read (Highwire citation_* tags, as Zotero's Embedded Metadata translator does). */
  citation?: CitationMeta;
  /** One or more schema.org objects, written into the page as JSON-LD. */
  jsonLd?: Record<string, unknown> | Record<string, unknown>[];
}

export interface CitationMeta {
  title: string;
  /** Personal names, "Given Family" or as written. */
  authors?: readonly string[];
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  /** The publication's name (citation_journal_title: Zotero's publication field). */
  publication?: string;
  publisher?: string;
  /** Absolute URL. */
  url: string;
}

/** Highwire dates are written with slashes: 2024/05/02. */
export const highwireDate = (date: string) => date.replaceAll('-', '/');

export const cardPaths = {
  site: '/cards/site.png',
  article: (slug: string) => `/cards/articles/${slug}.png`,
  quote: (id: string) => `/cards/quotes/${id}.png`,
  event: (id: string) => `/cards/events/${id}.png`,
};

export const defaultCard: CardImage = { path: cardPaths.site, alt: 'Two Fronts: annotated analysis of China–Russia military cooperation' };

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script element. */
export function jsonLdText(data: ShareMeta['jsonLd']): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
