/** /print.css: the print rules, plus the site's origin before every site-relative link's address (not the speaker tags: the text names the speaker), so paper shows a URL a reader can type. */
import printRules from '../styles/print.css?raw';
import { site } from '../site.ts';

export const GET = () =>
  new Response(`${printRules}a[href^='/']:not(.speaker)::after { content: ' <' ${JSON.stringify(new URL(site.url).origin)} attr(href) '>'; font-size: 0.8em; word-break: break-all; }\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
