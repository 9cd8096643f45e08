/** How the site names a quote's speakers, date and wording in prose: shared by pages, cards, JSON-LD, citations and data. */
import { formatDate } from '../content/dates.ts';
import type { Person } from '../content/schemas.ts';
import { joinNames } from '../markdown/quote.ts';

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

/** How a quote is named wherever it stands for itself: its page, its embed and the oEmbed response. */
export interface QuoteHeadline {
  /** The page's title: “the cited words” (speakers). */
  title: string;
  /** Who said it, when, who printed it, and the article that quotes it. */
  description: string;
  /** The page's visible heading: the speakers and the first eight words. */
  heading: string;
  /** The name of an embedded quote (iframe title, oEmbed title): the speakers and the first ten words. */
  embedTitle: string;
}

/** "Avril Haines: “Certainly it’s a possibility”": the speakers and the quote's first words, "…" where it goes on. */
const speakersAndFirstWords = (names: string, text: string, count: number) => {
  const words = text.split(' ');
  return `${names}: “${words.slice(0, count).join(' ')}${words.length > count ? '…' : ''}”`;
};

export function quoteHeadline(quote: QuoteFacts & { article: { data: { title: string } } }): QuoteHeadline {
  const names = speakerNames(quote);
  const cited = citedWords(quote);
  return {
    title: `“${cited.text}” (${names})`,
    description: `${names}, ${saidOn(quote)}${cited.outlet ? `, as printed by ${cited.outlet}` : ''}; quoted in “${quote.article.data.title}”.`,
    heading: speakersAndFirstWords(names, cited.text, 8),
    embedTitle: speakersAndFirstWords(names, cited.text, 10),
  };
}
