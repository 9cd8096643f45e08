/** The article's timeline figure: which events and milestones it shows and the alt text that names them. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/content/registry.ts';
import type { Exercise, Milestone } from '../../src/content/schemas.ts';
import { figureAlt, figureContent, figureYears } from '../../src/timeline/figure.ts';
import { kindLabel, kindOrder } from '../../src/timeline/data.ts';

const root = join(import.meta.dirname, '../..');
const registry = loadRegistry(root);
const events = [...registry.exercises.values()];
const milestones = [...registry.milestones.values()];

const event = (id: string, start: string, kind: Exercise['kind']): Exercise => ({ ...events[0]!, id, name: id, start, end: undefined, kind });
const milestone = (id: string, date: string, label: string, emphasised = false): Milestone => ({ ...milestones[0]!, id, date, label, emphasised });

describe('timeline figure', () => {
  it('shows the events and milestones of its years only, edges included', () => {
    const shown = figureContent(
      [event('late-2021', '2021-12-31', 'naval'), event('first-day', '2022-01-01', 'naval'), event('last-day', '2024-12-31', 'air-patrol'), event('2025', '2025-01-01', 'naval')],
      [milestone('too-early', '2021-06-01', 'Before'), milestone('a-hearing', '2024-05-02', 'A hearing')],
    );
    expect(shown.events.map((e) => e.id)).toEqual(['first-day', 'last-day']);
    expect(shown.milestones.map((m) => m.id)).toEqual(['a-hearing']);
  });

  it('alt text counts each kind in lane order and names the emphasised milestone with its date, leaving the caption’s words to the caption', () => {
    const alt = figureAlt(
      figureContent(
        [event('a', '2023-01-05', 'air-patrol'), event('b', '2022-03-01', 'naval'), event('c', '2024-02-01', 'air-patrol')],
        [milestone('y', '2022-02-04', 'A statement'), milestone('x', '2024-05-02', 'A hearing', true)],
      ),
    );
    // The caption gives the years and the count; the alt says what it does not, so it is not read twice.
    expect(alt).not.toContain('joint exercises');
    expect(alt).not.toContain(String(figureYears.from));
    expect(alt).toMatch(/^Lanes by kind \(/);
    const naval = `${kindLabel('naval').toLowerCase()} 1`;
    const air = `${kindLabel('air-patrol').toLowerCase()} 2`;
    expect(alt).toContain(naval);
    expect(alt).toContain(air);
    expect(alt.indexOf(naval) < alt.indexOf(air)).toBe(kindOrder.indexOf('naval') < kindOrder.indexOf('air-patrol'));
    expect(alt).toContain('2 context events; the solid one is A hearing, 2 May 2024');
  });

  it('on the real data: every 2022–2024 event, and the counts in the alt text add up to them', () => {
    const shown = figureContent(events, milestones);
    const expected = events.filter((e) => e.start >= '2022' && e.start < '2025').map((e) => e.id).sort();
    expect(shown.events.map((e) => e.id).sort()).toEqual(expected);
    expect(shown.milestones.filter((m) => m.emphasised)).toHaveLength(1);
    const byKind = /Lanes by kind \(([^)]*)\)/.exec(figureAlt(shown))![1]!;
    const counts = [...byKind.matchAll(/ (\d+)(?=,|$)/g)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(new Set(expected.map((id) => registry.exercises.get(id)!.kind)).size);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(expected.length);
  });
});
