/** html-validate's recommended rules (tests/htmlvalidate.mjs) find no error on any page in dist. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { htmlFilesOf } from '../page-types.ts';
import config from '../htmlvalidate.mjs';

const dist = inject('distDir');
const validator = new HtmlValidate(config);

describe('valid HTML', () => {
  const files = htmlFilesOf(dist);
  it('finds the pages', () => expect(files.length).toBeGreaterThan(5));

  it('every page in dist passes html-validate:recommended', async () => {
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('would catch a mistake (the validator is live)', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></div></p></body></html>', 'probe.html');
    expect(report.valid).toBe(false);
  });
});
