/** The three card layouts (article, quote, timeline event) as satori trees, in the site's colours and typography. */
import { formatDate } from '../../content/dates.ts';
import { kindLabel } from '../../timeline/data.ts';
import { el, type CardChild, type CardNode } from './render.ts';

const colours = { bg: '#fdfcf9', fg: '#1d1d1b', muted: '#595650', rule: '#d9d4c7', accent: '#8a2d1c', accentBg: '#f6ece6', mark: '#fff1a8' };

/** Cuts text at a word boundary so it fits the card, with an ellipsis when cut. */
export function fitText(text: string, maxChars: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars * 0.4 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

// Satori sizes boxes content-box: 1046 + 18 border + 64 + 72 padding = 1200 wide; 526 + 56 + 48 = 630 high.
function frame(kicker: string, body: CardChild[], footer: string): CardNode {
  return el(
    'div',
    { width: 1046, height: 526, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: colours.bg, color: colours.fg, borderLeft: `18px solid ${colours.accent}`, padding: '56px 72px 48px 64px', fontFamily: 'Serif' },
    el('div', { display: 'flex', fontFamily: 'Sans', fontWeight: 700, fontSize: 26, letterSpacing: 2, textTransform: 'uppercase', color: colours.accent }, kicker),
    el('div', { display: 'flex', flexDirection: 'column', width: 1046 }, ...body),
    el('div', { display: 'flex', flexShrink: 0, width: 1046, justifyContent: 'space-between', borderTop: `2px solid ${colours.rule}`, paddingTop: 20, fontFamily: 'Sans', fontSize: 24, color: colours.muted },
      el('span', { display: 'flex' }, footer),
      el('span', { display: 'flex', fontWeight: 700, color: colours.fg }, 'Two Fronts')),
  );
}

export interface ArticleCardInput {
  title: string;
  dek: string;
  published: string;
  outlets: string[];
}

export function articleCard({ title, dek, published, outlets }: ArticleCardInput): CardNode {
  const titleSize = title.length > 70 ? 52 : 62;
  return frame(
    'Annotated article',
    [
      el('div', { display: 'flex', fontSize: titleSize, fontWeight: 600, lineHeight: 1.15, marginBottom: 24 }, fitText(title, 110)),
      el('div', { display: 'flex', fontSize: 30, lineHeight: 1.35, color: colours.muted }, fitText(dek, 150)),
    ],
    fitText(`${formatDate(published)} · reporting by ${outlets.join(', ')}`, 70),
  );
}

export interface QuoteCardInput {
  text: string;
  speakerName: string;
  speakerTitle: string;
  articleTitle: string;
  /** When the words were said (YYYY-MM-DD, YYYY-MM or YYYY). */
  said?: string;
  /** The outlet that printed the words; none when they are the article's own. */
  printedBy?: string;
}

/** Bigger type for shorter quotes, so every card reads at thumbnail size. */
export function quoteTextSize(length: number): number {
  if (length <= 60) return 64;
  if (length <= 120) return 52;
  if (length <= 200) return 42;
  return 36;
}

export function quoteCard({ text, speakerName, speakerTitle, articleTitle, said, printedBy }: QuoteCardInput): CardNode {
  const words = fitText(text, 260);
  return frame(
    'Quote',
    [
      el('div', { display: 'flex', fontSize: quoteTextSize(words.length), lineHeight: 1.25, marginBottom: 28 }, `“${words}”`),
      el('div', { display: 'flex', flexDirection: 'column', fontFamily: 'Sans' },
        el('span', { display: 'flex', fontSize: 32, fontWeight: 700 }, speakerName),
        el('span', { display: 'flex', fontSize: 26, color: colours.muted }, fitText(`${speakerTitle}${said ? `, ${formatDate(said)}` : ''}`, 80))),
    ],
    printedBy ? `As printed by ${printedBy} · quoted in “${fitText(articleTitle, 48)}”` : `The article’s wording · “${fitText(articleTitle, 56)}”`,
  );
}

export interface EventSpan {
  start: string;
  end?: string;
}

export interface EventCardInput extends EventSpan {
  name: string;
  kind: string;
  partners: string[];
  location: string;
  /** Every event on the timeline, drawn as faint ticks around this one. */
  all: EventSpan[];
}

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) as a fractional year; `end` rounds to the end of the period. */
export function fractionalYear(date: string, end = false): number {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (!month) return year + (end ? 1 : 0);
  if (!day) return year + (month - (end ? 0 : 1)) / 12;
  return year + (month - 1) / 12 + (day - (end ? 0 : 1)) / 365;
}

/** Dates as read on the site: "20–23 July 2023" style ranges are written out in full for clarity. */
export function eventDates({ start, end }: EventSpan): string {
  if (!end || end === start) return formatDate(start);
  return `${formatDate(start)} – ${formatDate(end)}`;
}

function miniTimeline(event: EventSpan, all: EventSpan[]): CardNode {
  const width = 1000;
  const first = Math.floor(Math.min(...all.map((e) => fractionalYear(e.start)), fractionalYear(event.start)));
  const last = Math.ceil(Math.max(...all.map((e) => fractionalYear(e.end ?? e.start, true)), fractionalYear(event.end ?? event.start, true)));
  const span = Math.max(1, last - first);
  const x = (year: number) => Math.round(((year - first) / span) * width);
  const ticks: CardNode[] = all.map((other) =>
    el('div', { position: 'absolute', left: x(fractionalYear(other.start)), top: 14, width: 3, height: 20, background: colours.rule }),
  );
  const markStart = x(fractionalYear(event.start));
  const markWidth = Math.max(14, x(fractionalYear(event.end ?? event.start, true)) - markStart);
  return el('div', { display: 'flex', flexDirection: 'column', width, marginTop: 36 },
    el('div', { display: 'flex', position: 'relative', width, height: 48 },
      el('div', { position: 'absolute', left: 0, top: 23, width, height: 2, background: colours.muted }),
      ...ticks,
      el('div', { position: 'absolute', left: Math.min(markStart, width - markWidth), top: 6, width: markWidth, height: 36, background: colours.accent, borderRadius: 4 })),
    el('div', { display: 'flex', justifyContent: 'space-between', width, fontFamily: 'Sans', fontSize: 22, color: colours.muted },
      el('span', {}, String(first)), el('span', {}, String(last))));
}

export function eventCard(input: EventCardInput): CardNode {
  return frame(
    `Timeline · ${kindLabel(input.kind)}`,
    [
      el('div', { display: 'flex', fontSize: input.name.length > 40 ? 54 : 64, fontWeight: 600, lineHeight: 1.15, marginBottom: 16 }, fitText(input.name, 80)),
      el('div', { display: 'flex', fontFamily: 'Sans', fontSize: 32, fontWeight: 700 }, eventDates(input)),
      el('div', { display: 'flex', fontFamily: 'Sans', fontSize: 28, color: colours.muted, marginTop: 6 }, fitText(`${input.location} · ${input.partners.join(', ')}`, 70)),
      miniTimeline(input, input.all),
    ],
    'China–Russia joint exercises',
  );
}
