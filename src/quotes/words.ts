/** A quote's words without the quotation marks and trailing comma a sentence puts around them: defined once for the site. */

const openingMarks = /^[“"‘]+/;
const closingMarks = /[”"’]+$/;

/** "“If we engage …,”" → "If we engage …": spaces collapsed, outer quotation marks and a trailing comma removed. */
export function bareWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(openingMarks, '').replace(closingMarks, '').replace(/,$/, '').trim();
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
