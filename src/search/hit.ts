/** What a search result is, shared by the engine (which makes hits) and the labels and list (which show them). */

export type HitKind = 'quote' | 'section' | 'note' | 'event' | 'person' | 'article';

export interface Hit {
  kind: HitKind;
  title: string;
  url: string;
  /** Pagefind's excerpt: HTML-escaped text with the matched words in <mark>. */
  excerpt: string;
  speaker?: string;
  date?: string;
  /** A person's title at the time; an event's kind. */
  detail?: string;
}

/** Separates a quote's words from its speaker in a sub-result title (set at build time, split in the browser). */
export const speakerSeparator = ' — ';
