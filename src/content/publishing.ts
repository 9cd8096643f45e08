/** Which articles are public: not drafts, and not dated in the future (a scheduled article appears on its day's build). */

/** Today's date as YYYY-MM-DD in UTC, the form `published` is written in. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isPublic(meta: { draft?: boolean; published: string }, on = today()): boolean {
  return !meta.draft && meta.published <= on;
}

/** What the dev server writes on a page that the build would leave out, so the editor sees why. */
export function unpublishedLabel(meta: { draft?: boolean; published: string }, on = today()): string | undefined {
  if (meta.draft) return 'Draft: not published';
  if (meta.published > on) return `Scheduled: not published until ${meta.published}`;
  return undefined;
}
