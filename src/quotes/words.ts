/** A quote's words without the quotation marks and trailing comma a sentence puts around them: defined once for the site. */

const openingMarks = /^[“"‘]+/;
const closingMarks = /[”"’]+$/;

/** "“If we engage …,”" → "If we engage …": spaces collapsed, outer quotation marks and a trailing comma removed. */
export function bareWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(openingMarks, '').replace(closingMarks, '').replace(/,$/, '').trim();
}

/** The opening quotation mark a quote is written with, if any (a text fragment must include it after a prefix). */
export function openingMark(text: string): string {
  return openingMarks.exec(text.trim())?.[0]?.slice(0, 1) ?? '';
}
