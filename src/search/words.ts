/** Words as the search compares them: lower case, apostrophes dropped ("don’t" is "dont"), split at anything but letters and digits. */

export function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/['’‘]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Words that frame a question rather than recall the text ("who said …", "when was …"): left out of the search when
 * other words remain, so they never empty a result list.
 */
export const questionWords: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'what', 'when', 'where', 'which', 'why', 'how', 'said', 'say', 'says', 'did', 'does', 'quote', 'quoted']);
