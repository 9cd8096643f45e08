import { describe, expect, it } from 'vitest';
import { correctWords, editDistance, nearestWord, spelledAs, vocabularyFrom } from '../../src/search/spelling.ts';
import { vocabularyOf } from '../../src/search/vocabulary.ts';
import { largestMatchingSubset } from '../../src/search/engine.ts';

const vocabulary = vocabularyFrom(vocabularyOf(['A second front, said Rounds.', 'The second front.', 'Secondary sanctions', 'Joint Sea-2014 in 2014', "China's partner"]).join('\n'));

describe('search › vocabulary', () => {
  it('lists each word of three letters or more once, most frequent first, without numbers or apostrophes', () => {
    expect(vocabularyOf(['A second front, said Rounds.', 'The second front.', 'Joint Sea-2014', "China's"])).toEqual(['front', 'second', 'chinas', 'joint', 'rounds', 'said', 'sea', 'the']);
  });
});

describe('search › spelling', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('secnd', 'second', 2)).toBe(1);
    expect(editDistance('seccond', 'second', 2)).toBe(1);
    expect(editDistance('sceond', 'second', 2)).toBe(1);
    expect(editDistance('sxcnd', 'second', 2)).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('corrects a word with one or two mistakes to the nearest indexed word, and leaves known words alone', () => {
    expect(correctWords('secnd front', vocabulary)).toEqual({ words: ['second', 'front'], changes: [{ from: 'secnd', to: 'second' }] });
    expect(correctWords('seccond frnt', vocabulary)).toEqual({
      words: ['second', 'front'],
      changes: [
        { from: 'seccond', to: 'second' },
        { from: 'frnt', to: 'front' },
      ],
    });
    expect(correctWords('second front', vocabulary).changes).toEqual([]);
  });

  it('leaves alone the beginning of an indexed word typed last, numbers, and words with no close neighbour', () => {
    expect(correctWords('second secon', vocabulary).changes).toEqual([]);
    expect(correctWords('joint 2015', vocabulary).changes).toEqual([]);
    expect(correctWords('zzqxjv', vocabulary).changes).toEqual([]);
  });

  it('takes a page word for the searched one when it has another ending or the search is its beginning, not when they only share letters', () => {
    const spelt = (pairs: [string, string][]) => pairs.map(([token, term]) => `${token}/${term} ${spelledAs(token, term)}`);
    expect(
      spelt([
        ['forces', 'forces'],
        ['forces', 'force'],
        ['force', 'forces'],
        ['cooperation', 'cooperated'],
        ['cooperation', 'coop'],
        ['exercises', 'exercising'],
        ['foreign', 'fores'],
        ['for', 'fores'],
        ['forces', 'fores'],
        ['increasing', 'increasng'],
        ['second', 'secnd'],
      ]),
    ).toEqual([
      'forces/forces true',
      'forces/force true',
      'force/forces true',
      'cooperation/cooperated true',
      'cooperation/coop true',
      'exercises/exercising true',
      'foreign/fores false',
      'for/fores false',
      'forces/fores false',
      'increasing/increasng false',
      'second/secnd false',
    ]);
  });

  it('prefers the more frequent of two equally near words', () => {
    expect(nearestWord('secnd', vocabularyFrom('second\nsecund'))).toBe('second');
    expect(nearestWord('secnd', vocabularyFrom('secund\nsecond'))).toBe('secund');
  });
});

describe('search › fewer words', () => {
  it('keeps the most words some page has all of; among as many, the rarer words', () => {
    const pages = (...ids: string[]) => new Set(ids);
    // rounds: a b c · said: a b · certainly: d · possible: d
    expect(largestMatchingSubset([pages('a', 'b', 'c'), pages('a', 'b'), pages('d'), pages('d')])).toEqual([2, 3]);
    expect(largestMatchingSubset([pages('a', 'b'), pages('a', 'b'), pages('a', 'c'), pages('d')])).toEqual([0, 1, 2]);
    expect(largestMatchingSubset([pages('a'), pages('a', 'b'), pages()])).toEqual([0, 1]);
    expect(largestMatchingSubset([pages(), pages()])).toEqual([]);
  });
});
