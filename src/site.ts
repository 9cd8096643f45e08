/** Site-wide settings and user-facing strings, in one place. */
export const site = {
  name: 'Two Fronts',
  tagline: 'Annotated analysis of China–Russia military cooperation',
  /** The public origin; every canonical URL, feed and card is built from it. */
  url: process.env.SITE_URL ?? 'https://two-fronts.example',
  language: 'en',
} as const;
