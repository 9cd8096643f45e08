/** Which articles a build publishes: drafts and future-dated articles stay out until their day. */
import { describe, expect, it } from 'vitest';
import { isPublic, today, unpublishedLabel } from '../../src/content/publishing.ts';

describe('publishing', () => {
  it('publishes an article dated today or earlier, and not a draft or one dated tomorrow', () => {
    expect(isPublic({ published: '2026-12-02' }, '2026-12-02')).toBe(true);
    expect(isPublic({ published: '2024-05-03' }, '2026-12-02')).toBe(true);
    expect(isPublic({ published: '2026-12-03' }, '2026-12-02')).toBe(false);
    expect(isPublic({ published: '2024-05-03', draft: true }, '2026-12-02')).toBe(false);
  });

  it('says on a dev page why the build leaves it out', () => {
    expect(unpublishedLabel({ published: '2024-05-03', draft: true }, '2026-12-02')).toBe('Draft: not published');
    expect(unpublishedLabel({ published: '2027-01-01' }, '2026-12-02')).toBe('Scheduled: not published until 2027-01-01');
    expect(unpublishedLabel({ published: '2024-05-03' }, '2026-12-02')).toBeUndefined();
  });

  it('reads today in UTC, as published dates are written', () => {
    expect(today(new Date('2026-12-02T23:30:00-05:00'))).toBe('2026-12-03');
  });
});
