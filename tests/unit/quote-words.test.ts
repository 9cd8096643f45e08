import { describe, expect, it } from 'vitest';
import { repeatsEarlierWording } from '../../src/quotes/words.ts';

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
