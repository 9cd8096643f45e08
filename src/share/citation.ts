/** The text "copy quote with citation" puts on the clipboard: the words, speaker and title, article, site, date, link. */

export interface QuoteCitationInput {
  text: string;
  speakerName: string;
  speakerTitle: string;
  articleTitle: string;
  siteName: string;
  /** The article's publication date as read on the site, e.g. "3 May 2024". */
  date?: string;
  url: string;
}

/** Strips the quotation marks and spaces the reported text puts around the words, so the citation sets its own. */
export function bareWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^[“"‘]+/, '').replace(/[”"’]+$/, '').replace(/,$/, '').trim();
}

export function quoteCitation({ text, speakerName, speakerTitle, articleTitle, siteName, date, url }: QuoteCitationInput): string {
  return [
    `“${bareWords(text)}”`,
    `— ${speakerName}, ${speakerTitle}`,
    `Quoted in “${articleTitle}”, ${siteName}${date ? `, ${date}` : ''}`,
    url,
  ].join('\n');
}
