import { describe, expect, it } from 'vitest';
import { quoteWindows, styleWindow, withoutPunctuation } from '../e2e/search-windows.ts';

describe('search › quote windows for the quote-search test', () => {
  it('takes 3, 4 and 6 consecutive words from the start, middle and end, without the outer quotation marks', () => {
    const windows = quoteWindows('“If we engage with one party, we are likely to face a second front,”');
    expect(windows).toContain('If we engage');
    expect(windows).toContain('a second front,');
    expect(windows).toContain('one party, we are likely to');
    expect(windows.every((w) => w.split(' ').length >= 3 && !w.startsWith('“'))).toBe(true);
  });

  it('keeps a quote of three words or fewer whole', () => {
    expect(quoteWindows('“unlimited”')).toEqual(['unlimited']);
    expect(quoteWindows('our joint forces,')).toEqual(['our joint forces,']);
  });

  it('styles a window the ways readers type it', () => {
    expect(withoutPunctuation('We don’t see why they wouldn’t.')).toBe('We dont see why they wouldnt');
    expect(styleWindow('We don’t see', 'upper case in straight quotes')).toBe(`"WE DON'T SEE"`);
    expect(styleWindow("don't see", 'curly quotes from a phone')).toBe('“don’t see”');
  });
});
