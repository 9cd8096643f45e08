/** The Content Security Policy holds: every page carries a strict one, no page reports a violation while a reader uses it, content cannot smuggle script into dist/. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { hashOf, inlineStyles, runnableInlineScripts } from '../../src/publish/csp.ts';
import { htmlFilesOf, requiredPagesOf } from '../page-types.ts';
import { launchBrowser, openPage } from './browser.ts';

const dist = inject('distDir');
const htmlFiles = htmlFilesOf(dist);
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

/** The policy of a page's <meta http-equiv="content-security-policy">, as directive → sources. */
function policyOf(html: string): Map<string, string[]> | undefined {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  if (!content) return undefined;
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}


/** An inline script the page's policy does not name by its SHA-256 hash (so a browser would refuse it, or the policy is too loose). */
function unhashedScripts(html: string): string[] {
  const allowed = policyOf(html)?.get('script-src') ?? [];
  return runnableInlineScripts(html).filter((body) => !allowed.includes(hashOf(body)));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('security: the policy in dist', () => {
  it('finds pages to check', () => expect(htmlFiles.length).toBeGreaterThan(5));

  it('every page has a strict CSP: hashed scripts only, no plugins, no <base> hijack', () => {
    const weak: string[] = [];
    for (const file of htmlFiles) {
      const policy = policyOf(read(file));
      if (!policy) {
        weak.push(`${file}: no CSP meta`);
        continue;
      }
      const script = policy.get('script-src') ?? [];
      if (script.includes("'unsafe-inline'") || script.includes("'unsafe-eval'") || script.includes('*')) weak.push(`${file}: script-src ${script.join(' ')}`);
      if (policy.get('object-src')?.join(' ') !== "'none'") weak.push(`${file}: object-src is not 'none'`);
      if (policy.get('base-uri')?.join(' ') !== "'self'") weak.push(`${file}: base-uri is not 'self'`);
      if (policy.get('default-src')?.join(' ') !== "'self'") weak.push(`${file}: default-src is not 'self'`);
    }
    expect(weak).toEqual([]);
  });

  it('public/_headers sets what a meta tag cannot', () => {
    const headers = read('_headers');
    expect(headers).toMatch(/frame-ancestors 'none'/);
    expect(headers).toMatch(/Referrer-Policy: \S+/);
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
    expect(headers).toMatch(/Permissions-Policy: .*camera=\(\)/);
  });

  it('no page has an inline event handler, a javascript: URL or an unhashed inline script', () => {
    const found: string[] = [];
    for (const file of htmlFiles) {
      const html = read(file);
      for (const match of html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi)) found.push(`${file}: ${match[0].slice(0, 80)}`);
      for (const match of html.matchAll(/(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/gi)) found.push(`${file}: ${match[0]}`);
      for (const body of unhashedScripts(html)) found.push(`${file}: unhashed inline script ${body.slice(0, 60)}`);
    }
    expect(found).toEqual([]);
  });

  it('no page allows a hash of code it does not carry (each policy names its own inline scripts and styles only)', () => {
    const stray: string[] = [];
    for (const file of htmlFiles) {
      const html = read(file);
      const policy = policyOf(html);
      const own = new Set([...runnableInlineScripts(html), ...inlineStyles(html)].map(hashOf));
      for (const directive of ['script-src', 'style-src']) {
        for (const source of policy?.get(directive) ?? []) if (source.startsWith("'sha") && !own.has(source)) stray.push(`${file}: ${directive} ${source}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it('the inline-script check tells a hashed script from an unhashed one', () => {
    const body = 'document.title = "x"';
    const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
    const page = (policy: string, script: string) => `<meta http-equiv="content-security-policy" content="script-src 'self' ${policy}">${script}`;
    expect(unhashedScripts(page(hash, `<script>${body}</script>`))).toEqual([]);
    expect(unhashedScripts(page(hash, `<script type="module">${body};</script>`))).toEqual([`${body};`]);
    expect(unhashedScripts(page('', `<script type="application/ld+json">{}</script><script src="/a.js"></script>`))).toEqual([]);
  });

  it('every link to another host opens with rel="noopener noreferrer"', () => {
    const bare: string[] = [];
    for (const file of htmlFiles) {
      for (const match of read(file).matchAll(/<a\s[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
        const rel = /\srel="([^"]*)"/.exec(match[0])?.[1]?.split(/\s+/) ?? [];
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bare.push(`${file}: ${match[0].slice(0, 100)}`);
      }
    }
    expect(bare).toEqual([]);
  });
});

/** Counts CSP violations and console errors from before the first script runs. */
async function watch(page: Page, problems: string[]) {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}

/** Does what a reader does with the page's features: tabs through it, opens the search and types, presses each visible button. */
async function useFeatures(page: Page) {
  await page.waitForLoadState('networkidle');
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  const searchBox = page.locator('input[type="search"]:visible').first();
  if (await searchBox.count()) {
    await searchBox.fill('second front');
  } else {
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    await page.keyboard.type('second front');
  }
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Escape');
  const buttons = page.locator('main button:visible');
  const count = Math.min(await buttons.count(), 12);
  for (let i = 0; i < count; i++) {
    await buttons.nth(i).click({ timeout: 2000 }).catch(() => undefined);
    await page.keyboard.press('Escape');
  }
  await page.waitForLoadState('networkidle');
}

describe('security: in Chromium', () => {
  const pages = requiredPagesOf(dist);

  for (const [type, path] of Object.entries(pages)) {
    it(`${type} page (${path}) › no CSP violation or console error while it is used`, async () => {
      const problems: string[] = [];
      const { page, externalRequests, close } = await openPage(
        browser,
        path,
        { permissions: ['clipboard-read', 'clipboard-write'] },
        (page) => watch(page, problems),
      );
      try {
        await useFeatures(page);
        expect(problems).toEqual([]);
        expect(externalRequests).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('a violation would be caught: an injected inline script is refused and reported', async () => {
    const problems: string[] = [];
    const { page, close } = await openPage(browser, '/', {}, (page) => watch(page, problems));
    try {
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.title = "injected"';
        document.body.append(script);
      });
      await expect.poll(() => problems.some((text) => text.startsWith('CSP violation: script-src'))).toBe(true);
      expect(await page.title()).not.toBe('injected');
    } finally {
      await close();
    }
  });
});
