/** How the site names a quote's speakers, date and wording in prose: shared by pages, cards, JSON-LD, citations and data. */
import { formatDate } from '../content/dates.ts';
import type { Person } from '../content/schemas.ts';
import { joinNames } from '../markdown/quote.ts';

export { joinNames };

export interface QuoteFacts {
  /** The article's wording, without quotation marks. */
  text: string;
  speakers: readonly Person[];
  said: { date: string };
  wordings: readonly { text: string; outlet: string }[];
}

/** "Avril Haines", "Xi Jinping and Vladimir Putin". */
export const speakerNames = (quote: Pick<QuoteFacts, 'speakers'>) => joinNames(quote.speakers.map((person) => person.name));

/** "Avril Haines, Director of National Intelligence"; a joint statement names each speaker with their title. */
export const speakersWithTitles = (quote: Pick<QuoteFacts, 'speakers'>) => quote.speakers.map((person) => `${person.name}, ${person.title}`).join('; ');

/** The words a citation, card or listing gives first: the first reported wording, else (no outlet printed it) the article's. */
export function citedWords(quote: QuoteFacts): { text: string; outlet?: string } {
  const first = quote.wordings[0];
  return first ? { text: first.text, outlet: first.outlet } : { text: quote.text };
}

/** "2 May 2024": when the words were said. */
export const saidOn = (quote: Pick<QuoteFacts, 'said'>) => formatDate(quote.said.date);
