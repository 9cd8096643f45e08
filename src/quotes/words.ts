/** A quote's words without the quotation marks and trailing comma a sentence puts around them: defined once for the site. */

const openingMarks = /^[“"‘]+/;
/** A closing ’ is also an apostrophe (“the allies’”): it goes only when a ‘ opened the quotation. */
const closingMarks = (opened: string) => (opened.includes('‘') ? /[”"’]+$/ : /[”"]+$/);

/** "“If we engage …,”" → "If we engage …": spaces collapsed, outer quotation marks and a trailing comma removed. */
export function bareWords(text: string): string {
  const spaced = text.replace(/\s+/g, ' ').trim();
  const opened = openingMarks.exec(spaced)?.[0] ?? '';
  return spaced.slice(opened.length).replace(closingMarks(opened), '').replace(/,$/, '').trim();
}

/** The words alone, for telling two printings apart: letters and digits, lower case, one space between words. */
const wordsOnly = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * For each wording, whether an earlier one has the same words (outlets reprinting one wire copy differ only in
 * punctuation or apostrophes). The search index takes each distinct wording once.
 */
export function repeatsEarlierWording(texts: readonly string[]): boolean[] {
  const seen = new Set<string>();
  return texts.map((text) => {
    const words = wordsOnly(text);
    const repeated = seen.has(words);
    seen.add(words);
    return repeated;
  });
}
