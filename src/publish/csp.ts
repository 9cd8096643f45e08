/**
 * Each page's Content-Security-Policy names only the inline scripts and styles that page has. Astro writes the hashes of
 * every inline script and style in the build into every page; a page that allows only its own is both stricter and
 * smaller (the article's policy carried 14 hashes, 1 of them its own: ~600 B gzip of the first screen).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlPages } from './dist-pages.ts';

const policyMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** A body's CSP hash source, as a policy names it. */
export const hashOf = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

/** Bodies of the inline scripts a browser runs (no src; classic or module: data blocks such as JSON-LD never run). */
export function runnableInlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/\ssrc\s*=/i.test(attributes))
    .filter(([, attributes = '']) => {
      const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
      return type === '' || type === 'module' || /^(text|application)\/(java|ecma)script$/.test(type);
    })
    .map(([, , body = '']) => body);
}

/** Bodies of the page's <style> elements. */
export const inlineStyles = (html: string) => [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map(([, body = '']) => body);

/** The page with its policy's script-src and style-src hashes cut down to the ones its own inline code needs. */
export function ownHashesOnly(html: string): string {
  const match = policyMeta.exec(html);
  if (!match) return html;
  const needed = new Map([
    ['script-src', new Set(runnableInlineScripts(html).map(hashOf))],
    ['style-src', new Set(inlineStyles(html).map(hashOf))],
  ]);
  const policy = match[2]!
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      const own = needed.get(name);
      if (!own) return directive.trim();
      return [name, ...sources.filter((source) => !/^'sha(256|384|512)-/.test(source) || own.has(source))].join(' ');
    })
    .filter(Boolean)
    .join(';');
  return html.replace(policyMeta, `$1${policy};$3`);
}

/** Astro integration: rewrites every built page's policy to its own hashes (runs before anything fingerprints the pages). */
export function ownPagePolicies(): AstroIntegration {
  return {
    name: 'two-fronts:own-page-policies',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlPages(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const trimmed = ownHashesOnly(html);
          if (trimmed !== html) writeFileSync(file, trimmed);
        }
      },
    },
  };
}
