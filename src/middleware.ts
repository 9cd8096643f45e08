/**
 * In `npm run dev`, every page first checks the content (again only after an edit): a mistake shows in Astro's
 * error overlay with the same file:line:column messages as the build, and saving the fix shows the page again.
 */
import { defineMiddleware } from 'astro:middleware';
import { checkContentWhenChanged } from './check/content.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  if (import.meta.env.DEV) await checkContentWhenChanged(process.cwd());
  return next();
});
