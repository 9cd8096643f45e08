/** What the annotation plugins record about an article, for pages (quotes, people, sources) and search. */

export interface QuoteRecord {
  id: string;
  /** Person id of the speaker. */
  speaker: string;
  /** Further people the words are attributed to (a joint statement). */
  also: string[];
  /** The quoted words, without the surrounding quotation marks. */
  text: string;
  /** Source id of the report the quote is taken from, when given. */
  source?: string;
  /** The paragraph the quote stands in, as plain text: its context. */
  context: string;
  section?: string;
}

export interface NoteRecord {
  id: string;
  title: string;
  source: string;
  /** The note's text, without its title. */
  text: string;
  section?: string;
}

export interface CitationRecord {
  source: string;
  label: string;
  /** The article section holding the citation. */
  section?: string;
}

export interface EventLinkRecord {
  ids: string[];
  label: string;
  section?: string;
}

export interface SectionRecord {
  id: string;
  title: string;
}

export interface MentionRecord {
  kind: 'person' | 'org' | 'place';
  label: string;
  id?: string;
}

export interface Annotations {
  quotes: QuoteRecord[];
  notes: NoteRecord[];
  citations: CitationRecord[];
  eventLinks: EventLinkRecord[];
  sections: SectionRecord[];
  mentions: MentionRecord[];
}
