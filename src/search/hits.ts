/** Turns one Pagefind page result into labelled hits: a quote, event or person page is one hit; an article is split into its best passages. */
import { speakerSeparator, type Hit, type HitKind } from './hit.ts';
import { compareQuality, matchQuality, type MatchQuality } from './ranking.ts';
import { questionWords, wordsOf } from './words.ts';

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: PagefindAnchor;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
}

export interface RankedHit extends Hit {
  quality: MatchQuality;
}

/** How many passages of one article are listed. */
const passagesPerArticle = 3;

function subResultKind(anchor: PagefindAnchor | undefined): HitKind {
  if (!anchor) return 'article';
  if (/^h\d$/i.test(anchor.element)) return 'section';
  if (anchor.element === 'aside') return 'note';
  return 'quote';
}

/** The paragraph (or list item) that holds word `at`, if it starts after `from`: where a hit inside a long passage lands. */
function paragraphAt(anchors: readonly PagefindAnchor[], at: number, from: number): PagefindAnchor | undefined {
  let found: PagefindAnchor | undefined;
  for (const anchor of anchors) {
    if (anchor.location > at) break;
    if (anchor.location >= from && (anchor.element === 'p' || anchor.element === 'li')) found = anchor;
  }
  return found;
}

/** The heading a word stands under: where its section starts. */
function headingAt(anchors: readonly PagefindAnchor[], at: number): PagefindAnchor | undefined {
  return anchors.filter((anchor) => /^h[2-4]$/.test(anchor.element) && anchor.location <= at).at(-1);
}

function articleHits(data: PagefindData, terms: readonly string[], words: readonly string[]): RankedHit[] {
  const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
  const pageTitle = data.meta.title ?? data.url;
  // A heading's title as the indexer set it (its anchor's text would include the "#" link's words).
  const headingTitles = new Map(data.sub_results.filter((sub) => sub.anchor).map((sub) => [sub.anchor!.id, sub.title]));
  const hits = data.sub_results.map((sub): RankedHit => {
    let kind = subResultKind(sub.anchor);
    let title = kind === 'article' ? pageTitle : sub.title;
    let speaker: string | undefined;
    let url = sub.url;
    let sectionStart = sub.anchor?.location ?? 0;
    if (kind === 'quote') {
      const cut = sub.title.lastIndexOf(speakerSeparator);
      if (cut > 0) [title, speaker] = [sub.title.slice(0, cut), sub.title.slice(cut + speakerSeparator.length)];
      // Pagefind gives a quote the text up to the next anchor: when some searched words are only in that text, the hit is the paragraph.
      const end = sub.anchor!.location + title.trim().split(/\s+/).length;
      const inQuote = sub.locations.filter((at) => at < end);
      if (matchQuality(terms, '', words, inQuote).cover < matchQuality(terms, '', words, sub.locations).cover) {
        const heading = headingAt(anchors, sub.anchor!.location);
        kind = 'section';
        speaker = undefined;
        title = (heading && headingTitles.get(heading.id)) ?? pageTitle;
        sectionStart = heading?.location ?? 0;
      }
    }
    if (kind === 'note') {
      // Pagefind gives a note the text up to the next anchor, so the article's paragraph after it too: words found there are that paragraph's.
      const start = matchQuality(terms, '', words, sub.locations).start;
      if (paragraphAt(anchors, start, sub.anchor!.location + 1)) {
        const heading = headingAt(anchors, sub.anchor!.location);
        kind = 'section';
        title = (heading && headingTitles.get(heading.id)) ?? pageTitle;
        sectionStart = sub.anchor!.location + 1;
      }
    }
    const quality = matchQuality(terms, title, words, sub.locations);
    if (kind === 'section' || kind === 'article') {
      const paragraph = paragraphAt(anchors, quality.start, sectionStart);
      if (paragraph) url = `${data.url}#${paragraph.id}`;
    }
    return { kind, title, url, excerpt: sub.excerpt, ...(speaker ? { speaker } : {}), quality };
  });
  return hits.sort((a, b) => compareQuality(a.quality, b.quality)).slice(0, passagesPerArticle);
}

/** Whether `terms` stand in `tokens` word for word, one after another (with `skipQuestionWords`, those a search leaves out are skipped). */
function holdsExactly(tokens: readonly string[], terms: readonly string[], skipQuestionWords: boolean): boolean {
  if (terms.length === 0) return false;
  const kept = skipQuestionWords ? tokens.filter((token) => !questionWords.has(token) || terms.includes(token)) : tokens;
  return kept.some((_, start) => terms.every((term, i) => kept[start + i] === term));
}

/**
 * The heading of the quote page's wording that holds the searched words best: word for word first (as typed, then without
 * the question words a search leaves out), then as a phrase of like words ("force" for "forces"), then the most of them;
 * an outlet's before the article's on a tie. Each wording's own text is in the page's `wordings` meta, the article's
 * first, in heading order: Pagefind's sub-result of a wording runs on into the text after it, so its count cannot tell.
 */
function matchedWording(data: PagefindData, terms: readonly string[], typed: readonly string[]): string | undefined {
  const texts = (data.meta.wordings ?? '').split(' / ');
  const wordings = data.sub_results.flatMap((sub) => {
    const id = sub.anchor?.id ?? '';
    const index = id === 'article-wording' ? 0 : Number(/^wording-(\d+)$/.exec(id)?.[1] ?? -1);
    const text = texts[index];
    if (index < 0 || text === undefined) return [];
    const words = text.split(/\s+/);
    const tokens = wordsOf(text);
    const exact = holdsExactly(tokens, typed, false) ? 2 : holdsExactly(tokens, terms, true) ? 1 : 0;
    return [{ title: sub.title, printed: index > 0, exact, quality: matchQuality(terms, '', words, words.map((_, at) => at)) }];
  });
  const best = wordings
    .filter((w) => w.quality.cover > 0)
    .sort((a, b) => b.exact - a.exact || compareQuality(a.quality, b.quality) || Number(b.printed) - Number(a.printed))[0];
  return best?.title;
}

/** The hits of one page result, each with how well it matches `terms` (the words searched, lower case). */
export function hitsOf(data: PagefindData, terms: readonly string[], typed: readonly string[] = terms): RankedHit[] {
  const type = data.meta.type ?? 'article';
  const words = data.content.split(/\s+/);
  if (type === 'article' && data.sub_results.length > 0) return articleHits(data, terms, words);
  const kind: HitKind = type === 'quote' || type === 'event' || type === 'person' ? type : 'article';
  const title = data.meta.title ?? data.url;
  // A quote page holds every wording under its own heading ("As printed by Bloomberg", "The article’s wording"):
  // each counts as the quote's title, and the hit says which one matched.
  const wording = kind === 'quote' ? matchedWording(data, terms, typed) : undefined;
  const detail = wording ? `Matched: ${wording}` : (data.meta.role ?? data.meta.kind);
  const quality = matchQuality(terms, `${title} ${data.meta.wordings ?? ''} ${detail ?? ''}`, words, data.locations);
  // A quote page found only by its context paragraph: the article's passage is the hit, landing on that paragraph.
  if (kind === 'quote' && terms.length > 0 && quality.titleCover === 0 && matchQuality(terms, data.meta.speaker ?? '', [], []).titleCover === 0) return [];
  return [
    {
      kind,
      title,
      // A quote lands on its place in the article; its own page is one click further.
      url: data.meta.place ?? data.url,
      excerpt: data.excerpt,
      speaker: data.meta.speaker,
      date: data.meta.date,
      detail,
      quality,
    },
  ];
}
