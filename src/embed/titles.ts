/** How an embedded quote is named (iframe title, oEmbed title): the speaker and the quote's first words. */
export function quoteEmbedTitle(text: string, speakerName: string): string {
  const words = text.split(' ');
  return `${speakerName}: “${words.slice(0, 10).join(' ')}${words.length > 10 ? '…' : ''}”`;
}
