/** The short forms readers search a person's role by ("DIA director"): an organisation's initials, when the site's own text uses them. */

/** Words an organisation's initials skip: "Office of the Director of National Intelligence" is ODNI. */
const skipped = new Set(['of', 'the', 'and', 'for']);

/** Initials of the organisation's capitalised words, or undefined under three letters or when a word is not a plain capitalised word. */
function initialsOf(organisation: string): string | undefined {
  const words = organisation.split(/\s+/).filter((word) => !skipped.has(word));
  if (words.length < 3 || !words.every((word) => /^[A-Z][a-z]+$/.test(word.replace(/'s$/, '')))) return undefined;
  return words.map((word) => word[0]).join('');
}

/** The organisation's initials if one of `texts` uses them as a word (so a guess like "USS" for the Senate is never shown). */
export function usedInitials(organisation: string, texts: readonly string[]): string | undefined {
  const initials = initialsOf(organisation);
  if (!initials) return undefined;
  const asWord = new RegExp(`(^|[^A-Za-z])${initials}([^A-Za-z]|$)`);
  return texts.some((text) => asWord.test(text)) ? initials : undefined;
}
