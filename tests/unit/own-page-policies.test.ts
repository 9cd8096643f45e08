/** A page's Content-Security-Policy keeps only the hashes of its own inline scripts and styles (src/publish/csp.ts). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ownHashesOnly } from '../../src/publish/csp.ts';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const style = 'p{color:red}';
const script = 'document.documentElement.dataset.js=""';
const elsewhere = hash('h1{color:blue}');

const page = (policy: string, body: string) =>
  `<!doctype html><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style>${body}`;

describe('own page policies', () => {
  it('drops the hashes of other pages’ code and keeps the page’s own, every other directive untouched', () => {
    const input = page(
      `default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${hash(script)} ${hash('alert(1)')}; style-src 'self' ${hash(style)} ${elsewhere};`,
      `<script>${script}</script><script type="application/ld+json">{"a":1}</script><script type="module" src="/a.js"></script>`,
    );
    expect(ownHashesOnly(input)).toBe(
      page(
        `default-src 'self';object-src 'none';script-src 'self' 'wasm-unsafe-eval' ${hash(script)};style-src 'self' ${hash(style)};`,
        `<script>${script}</script><script type="application/ld+json">{"a":1}</script><script type="module" src="/a.js"></script>`,
      ),
    );
  });

  it('a page with no inline script keeps script-src without hashes (a data block such as JSON-LD never runs)', () => {
    const input = page(`script-src 'self' ${hash('{"a":1}')}; style-src 'self' ${hash(style)}`, '<script type="application/ld+json">{"a":1}</script>');
    expect(ownHashesOnly(input)).toBe(page(`script-src 'self';style-src 'self' ${hash(style)};`, '<script type="application/ld+json">{"a":1}</script>'));
  });

  it('leaves a page without a policy as it is', () => {
    expect(ownHashesOnly('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});
