/** The zod schemas for everything editors write in content/: the one place that says what content may contain. */
import { z } from 'astro/zod';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const contentId = z
  .string()
  .regex(idPattern, 'ids are kebab-case: lower-case letters, digits and single hyphens, like "avril-haines"');

export const precisions = ['day', 'month', 'year'] as const;
export type Precision = (typeof precisions)[number];

const datePatterns: Record<Precision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

/** The precision a date string is written with, or undefined when it is not a real calendar date. */
export function precisionOf(value: string): Precision | undefined {
  const precision = precisions.find((p) => datePatterns[p].test(value));
  if (!precision) return undefined;
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? precision : undefined;
}

/** A calendar date written as YYYY-MM-DD, YYYY-MM or YYYY. */
export const partialDate = z.string().refine((value) => precisionOf(value) !== undefined, {
  message: 'is not a date: write YYYY-MM-DD (or YYYY-MM / YYYY with a matching precision), for example 2024-05-02',
});

/** A full calendar date, YYYY-MM-DD. */
export const dayDate = z.preprocess(
  // Astro's front-matter parser turns unquoted dates into Date objects; compare them as written.
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().refine((value) => precisionOf(value) === 'day', {
  message: 'is not a full date: write YYYY-MM-DD, for example 2024-05-02 (quote it or not, but no time and no slashes)',
  }),
);

export const sourceKinds = ['hearing', 'report', 'news', 'statement', 'reference', 'data'] as const;

/** Who wrote a page's text: for a reprint, the original publisher's type; a mirror or blog copy is a repost. */
export const publisherTypes = ['official', 'news', 'state-media', 'research', 'repost'] as const;
export type PublisherType = (typeof publisherTypes)[number];
/** A licensed reprint on a newspaper's or agency's site, or a repost (mirror, blog, aggregator, content farm). */
export const copyKinds = ['reprint', 'repost'] as const;

export const sourceSchema = z
  .strictObject({
    id: contentId,
    title: z.string().min(1).describe('The headline or title of the page, as published.'),
    publisher: z.string().min(1).describe('Who published it: an outlet, a ministry, a committee.'),
    date: partialDate.optional().describe('Publication date (YYYY-MM-DD, YYYY-MM or YYYY); omit only when the page shows none.'),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL of the page that was read' }),
    kind: z.enum(sourceKinds).describe('hearing, report, news, statement, reference or data.'),
    publisherType: z.enum(publisherTypes).describe('official, news, state-media, research or repost.'),
    state: z.string().min(1).optional().describe('The state that controls a state-media publisher: China, Russia, …'),
    copyOf: z
      .strictObject({ publisher: z.string().min(1), kind: z.enum(copyKinds) })
      .optional()
      .describe('The original publisher when the page is a reprint or a repost of another’s text.'),
    weak: z.string().min(1).optional().describe('Why the page is kept although a stronger one would be better.'),
  })
  .superRefine((source, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (source.publisherType === 'state-media' && !source.state) {
      issue('publisherType', 'is "state-media" but no state is named: add state: China (or Russia, …), the state that controls it');
    }
    if (source.state && source.publisherType !== 'state-media') {
      issue('state', 'is only for state media: set publisherType: state-media, or remove state');
    }
    if (source.publisherType === 'repost' && source.copyOf?.kind !== 'repost') {
      issue('publisherType', 'is "repost" but copyOf does not name the original: add copyOf: { publisher: <original publisher>, kind: repost }');
    }
    if (source.copyOf?.kind === 'repost' && source.publisherType !== 'repost') {
      issue('copyOf', 'says the page is a repost but publisherType is not "repost": set publisherType: repost, or use kind: reprint for a licensed reprint');
    }
  });
export type Source = z.infer<typeof sourceSchema>;

export const personSchema = z.strictObject({
  id: contentId,
  name: z.string().min(1),
  /** What a speaker tag shows, by the person's own naming convention: "Xi" for Xi Jinping, "Haines" for Avril Haines. */
  shortName: z.string().min(1).describe('The name a speaker tag shows: "Xi" for Xi Jinping, "Haines" for Avril Haines.'),
  title: z.string().min(1).describe('Their title at the time of the article.'),
  organisation: z.string().min(1),
  bio: z.string().min(1).describe('One sentence, in the site’s own words.'),
  sources: z.array(contentId).min(1, 'needs at least one source id: where the title was checked'),
  imageCredit: z.string().optional(),
});
export type Person = z.infer<typeof personSchema>;

export const exerciseKinds = [
  'naval',
  'naval-patrol',
  'air-patrol',
  'land',
  'combined-arms',
  'command-staff',
  'multilateral',
] as const;
export type ExerciseKind = (typeof exerciseKinds)[number];

export const regionFlags = ['near-japan', 'near-taiwan', 'near-alaska'] as const;
export type RegionFlag = (typeof regionFlags)[number];

export const exerciseSchema = z
  .strictObject({
    id: contentId,
    name: z.string().min(1),
    series: z.string().min(1).optional(),
    start: partialDate,
    end: partialDate.optional(),
    precision: z.enum(precisions).describe('How precisely the dates are known: day, month or year.'),
    kind: z.enum(exerciseKinds),
    partners: z.array(z.string().min(1)).min(2, 'list every participating country (at least two)'),
    location: z.strictObject({
      name: z.string().min(1),
      lat: z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
      lon: z
        .number()
        .min(-180, 'longitude must be between -180 and 180')
        .max(180, 'longitude must be between -180 and 180'),
      /** True when the point only stands for a sea, a region or an undisclosed site, rather than marking the place itself. */
      representative: z.boolean().optional(),
    }),
    regions: z.array(z.enum(regionFlags)).default([]),
    summary: z.string().min(1).describe('Two or three sentences in the site’s own words.'),
    sources: z.array(contentId).min(1, 'every event needs at least one source id'),
    confidence: z.enum(['high', 'medium', 'low']),
    dateNote: z.string().optional(),
  })
  .superRefine((event, ctx) => {
    for (const key of ['start', 'end'] as const) {
      const value = event[key];
      if (value && precisionOf(value) && precisionOf(value) !== event.precision) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `is written with ${precisionOf(value)} precision but precision is "${event.precision}": make them match`,
        });
      }
    }
    if (event.end && event.end < event.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `(${event.end}) is before start (${event.start}): swap the dates or fix the typo`,
      });
    }
  });
export type Exercise = z.infer<typeof exerciseSchema>;

export const milestoneSchema = z
  .strictObject({
    id: contentId,
    date: partialDate,
    precision: z.enum(precisions),
    label: z.string().min(1),
    /** What the wide chart writes beside the rule, when the label is too long to sit there; the label stays the accessible name. */
    shortLabel: z.string().min(1).max(24, 'is longer than 24 characters: shorten it, as it sits beside the rule in the chart').optional(),
    emphasised: z.boolean().optional().describe('Drawn as a solid rule in the accent colour: the event the article reports.'),
    summary: z.string().min(1),
    sources: z.array(contentId).min(1, 'every milestone needs at least one source id'),
  })
  .superRefine((milestone, ctx) => {
    const written = precisionOf(milestone.date);
    if (written && written !== milestone.precision) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `is written with ${written} precision but precision is "${milestone.precision}": make them match`,
      });
    }
  });
export type Milestone = z.infer<typeof milestoneSchema>;

export const articleSchema = z.strictObject({
  title: z.string().min(1),
  dek: z.string().min(1),
  published: dayDate,
  updated: dayDate.optional(),
  reportDate: dayDate.optional().describe('When the reported events happened, when a source gives it.'),
  outlets: z.array(contentId).min(1, 'name the outlets the article credits, as source ids'),
  summary: z.string().min(1),
  featured: z.boolean().default(false),
  /** A draft is checked like any article but only `npm run dev` shows it (marked); see src/content/publishing.ts. */
  draft: z.boolean().default(false),
  /** The quotes the article's "Key quotes" box repeats, by id, in this order (default: every quote longer than three words). */
  keyQuotes: z.array(contentId).optional(),
});
export type ArticleMeta = z.infer<typeof articleSchema>;

/** How the article's wording of a quote relates to a wording an outlet printed. */
export const quoteRelations = ['same', 'shortened', 'rendering'] as const;
export type QuoteRelation = (typeof quoteRelations)[number];

/** What kind of occasion a remark was made at. */
export const occasions = ['hearing', 'press-conference', 'joint-statement', 'interview', 'speech', 'statement'] as const;
export type Occasion = (typeof occasions)[number];

export const reportedWordingSchema = z.strictObject({
  text: z.string().min(1).describe('The words exactly as the outlet printed them, copied from the page that was read.'),
  source: contentId.describe('The source id of the page that was read.'),
  outlet: z.string().min(1).describe('Who printed these words (for a reprint: the original outlet).'),
  relation: z.enum(quoteRelations).describe('How the article’s wording relates to these words: same, shortened or rendering.'),
});
export type ReportedWording = z.infer<typeof reportedWordingSchema>;

/** What was actually said, for one quote of an article (content/quotes/<article-slug>.yaml). */
export const quoteSchema = z
  .strictObject({
    id: contentId,
    said: z.strictObject({
      date: partialDate,
      precision: z.enum(precisions),
      occasion: z.enum(occasions),
      description: z.string().min(1).describe('The occasion in the site’s words.'),
      place: z.string().min(1).optional(),
    }),
    reported: z.array(reportedWordingSchema).default([]),
    notFound: z.string().min(1).optional().describe('Only when no outlet that was read printed the remark: what was searched.'),
    note: z.string().min(1).optional(),
  })
  .superRefine((quote, ctx) => {
    const written = precisionOf(quote.said.date);
    if (written && written !== quote.said.precision) {
      ctx.addIssue({ code: 'custom', path: ['said', 'date'], message: `is written with ${written} precision but precision is "${quote.said.precision}": make them match` });
    }
    if (quote.reported.length === 0 && !quote.notFound) {
      ctx.addIssue({
        code: 'custom',
        path: ['reported'],
        message: 'has no wording: add the words as an outlet printed them (text, source, outlet, relation), or, if no English-language source that was read has the remark, notFound: what was searched.',
      });
    }
    if (quote.reported.length > 0 && quote.notFound) {
      ctx.addIssue({ code: 'custom', path: ['notFound'], message: 'is only for a quote no outlet printed, but reported has wordings: remove notFound or the wordings.' });
    }
  });
export type QuoteProvenance = z.infer<typeof quoteSchema>;
