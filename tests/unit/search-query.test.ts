import { describe, expect, it } from 'vitest';
import { looseWords, parseQuery, straightenQuotes } from '../../src/search/query.ts';

describe('search › query', () => {
  it('turns curly quotes from phones into the straight quotes of an exact-phrase search', () => {
    expect(parseQuery('“second front”')).toEqual({ primary: '"second front"', fallback: 'second front', display: 'second front' });
    expect(parseQuery('„second front“').primary).toBe('"second front"');
    expect(parseQuery('«second front»').primary).toBe('"second front"');
  });

  it('drops the punctuation inside a quoted phrase, which Pagefind matches word by word', () => {
    expect(parseQuery('"likelihood, I think, depends"').primary).toBe('"likelihood I think depends"');
  });

  it('searches word by word when the quote marks do not wrap the whole query', () => {
    expect(parseQuery('haines "second front"').primary).toBe('haines second front');
    expect(parseQuery('“second front').primary).toBe('second front');
    expect(parseQuery('second front').fallback).toBeUndefined();
  });

  it('keeps apostrophes inside words and makes curly ones straight', () => {
    expect(looseWords('We don’t see why they wouldn’t.')).toBe("We don't see why they wouldn't");
    expect(straightenQuotes('  it’s   ‘odd’ ')).toBe("it's 'odd'");
  });

  it('gives an empty query for punctuation alone', () => {
    expect(parseQuery(' “ ” ').primary).toBe('');
    expect(parseQuery('...').primary).toBe('');
  });
});
