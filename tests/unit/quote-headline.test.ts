/** How a quote names itself on its page, its embed and in oEmbed: a quote in, the whole headline out. */
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/content/schemas.ts';
import { quoteHeadline } from '../../src/quotes/present.ts';

const person = (name: string): Person => ({ id: name.toLowerCase().replace(' ', '-'), name, shortName: name, title: 'Director', organisation: 'O', bio: 'B', sources: ['s'] });
const article = { data: { title: 'Two Fronts, One Hearing' } };

describe('quoteHeadline', () => {
  it('names a printed quote by the outlet’s words, cut after eight words for the heading and ten for an embed', () => {
    const quote = {
      text: 'the article’s own wording, which the headline does not use',
      speakers: [person('Ada Example')],
      said: { date: '2024-05-02' },
      wordings: [{ text: 'one two three four five six seven eight nine ten eleven', outlet: 'Reuters' }],
      article,
    };
    expect(quoteHeadline(quote)).toEqual({
      title: '“one two three four five six seven eight nine ten eleven” (Ada Example)',
      description: 'Ada Example, 2 May 2024, as printed by Reuters; quoted in “Two Fronts, One Hearing”.',
      heading: 'Ada Example: “one two three four five six seven eight…”',
      embedTitle: 'Ada Example: “one two three four five six seven eight nine ten…”',
    });
  });

  it('names a quote no outlet printed by the article’s words, with every speaker and no outlet; short words are not cut', () => {
    const quote = {
      text: 'an unlimited partnership',
      speakers: [person('Xi Jinping'), person('Vladimir Putin')],
      said: { date: '2022-02-04' },
      wordings: [],
      article,
    };
    expect(quoteHeadline(quote)).toEqual({
      title: '“an unlimited partnership” (Xi Jinping and Vladimir Putin)',
      description: 'Xi Jinping and Vladimir Putin, 4 February 2022; quoted in “Two Fronts, One Hearing”.',
      heading: 'Xi Jinping and Vladimir Putin: “an unlimited partnership”',
      embedTitle: 'Xi Jinping and Vladimir Putin: “an unlimited partnership”',
    });
  });
});
