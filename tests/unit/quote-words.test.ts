import { describe, expect, it } from 'vitest';
import { bareWords, repeatsEarlierWording } from '../../src/quotes/words.ts';

describe('bareWords', () => {
  it('drops the outer quotation marks, a trailing comma and extra spaces', () => {
    expect(bareWords('  “If we engage,  they’ll see it,”  ')).toBe('If we engage, they’ll see it');
    expect(bareWords('‘second front’')).toBe('second front');
    expect(bareWords('"a lifeline"')).toBe('a lifeline');
  });

  it('keeps a closing apostrophe that no opening single mark matches', () => {
    expect(bareWords('“the allies’”')).toBe('the allies’');
    expect(bareWords('we see no reason why they wouldn’t')).toBe('we see no reason why they wouldn’t');
    expect(bareWords('the partners’')).toBe('the partners’');
  });
});

describe('repeatsEarlierWording', () => {
  it('marks a printing whose words an earlier one already has, whatever its punctuation, apostrophes or case', () => {
    expect(
      repeatsEarlierWording([
        'We see no reason why they wouldn’t',
        'We see China and Russia exercising together',
        "we see no reason why they wouldn't.",
        'We see no reason why [Russia] wouldn’t',
        'We see China and Russia, exercising together',
      ]),
    ).toEqual([false, false, true, false, true]);
  });

  it('keeps every printing when no two have the same words', () => {
    expect(repeatsEarlierWording(['second front', 'a second front', 'second fronts'])).toEqual([false, false, false]);
  });
});
