/** The word-level comparison of an outlet's wording with the article's: these two wordings in, these marked parts out. */
import { describe, expect, it } from 'vitest';
import { compareWordings } from '../../src/quotes/compare.ts';

describe('compareWordings', () => {
  it('marks the words only the outlet printed and the words only the article has, keeping the shared ones in order', () => {
    expect(compareWordings('we see no reason why they wouldn’t', '“We don’t see why they wouldn’t.”')).toEqual([
      { kind: 'reported', text: 'we' },
      { kind: 'article', text: 'We don’t' },
      { kind: 'kept', text: ' see ' },
      { kind: 'reported', text: 'no reason ' },
      { kind: 'kept', text: 'why they wouldn’t' },
      { kind: 'article', text: '.' },
    ]);
  });

  it('identical wordings are one kept part; quotation marks and a trailing comma are not differences', () => {
    expect(compareWordings('Certainly it is possible', '“Certainly it is possible,”')).toEqual([{ kind: 'kept', text: 'Certainly it is possible' }]);
  });
});
