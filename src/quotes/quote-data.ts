/** In the browser: the site's quote records (/data/quotes.json), fetched once, on the first interaction that needs them. */
import type { QuoteRecordData } from './data.ts';

export const quoteDataUrl = '/data/quotes.json';

let loading: Promise<Map<string, QuoteRecordData>> | undefined;

export function quoteRecords(): Promise<Map<string, QuoteRecordData>> {
  loading ??= fetch(quoteDataUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`${quoteDataUrl}: HTTP ${response.status}`);
      return response.json() as Promise<{ quotes: QuoteRecordData[] }>;
    })
    .then((data) => new Map(data.quotes.map((quote) => [quote.id, quote])));
  // A failed fetch is tried again next time.
  loading.catch(() => (loading = undefined));
  return loading;
}
