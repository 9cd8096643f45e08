import { describe, expect, it } from 'vitest';
import { isProgressMessage, progressMessage } from '../../src/offline/protocol.ts';
import { offlineManifest, type BuiltFile } from '../../src/offline/files.ts';

const file = (path: string, sha256 = 'a'.repeat(64), bytes = 10): BuiltFile => ({ path, sha256, bytes });

const dist = [
  file('index.html'),
  file('articles/the-slug/index.html', 'b'.repeat(64), 100),
  file('timeline/index.html'),
  file('timeline/2023-07-northern-interaction/index.html'),
  file('quotes/haines-why-not/index.html'),
  file('people/avril-haines/index.html'),
  file('data/exercises.json'),
  file('pagefind/pagefind-entry.json'),
  file('pagefind/fragment/en_1.pf_fragment'),
  file('_astro/page.abc.js'),
  file('cards/quotes/haines-why-not.png', 'c'.repeat(64), 50_000),
  file('about/screenshot.png'),
  file('_headers'),
  file('404.html'),
  file('robots.txt'),
  file('sitemap.xml'),
  file('sw.js'),
  file('data/two-fronts-research-pack.zip'),
  file('embed/timeline/index.html'),
  file('data/oembed/quotes/haines-why-not.json'),
];

describe('offline manifest', () => {
  it('saves pages (as their folder URL), scripts, data and the search index, and nothing else', () => {
    expect(offlineManifest(dist)).toEqual({
      build: expect.stringMatching(/^[0-9a-f]{16}$/),
      urls: [
        '_astro/page.abc.js',
        'articles/the-slug/',
        'data/exercises.json',
        '',
        'pagefind/fragment/en_1.pf_fragment',
        'pagefind/pagefind-entry.json',
        'people/avril-haines/',
        'quotes/haines-why-not/',
        'timeline/2023-07-northern-interaction/',
        'timeline/',
      ],
      bytes: 190,
    });
  });

  it('names the copy by the saved files: the same build gives the same name, any changed saved file a new one', () => {
    const build = offlineManifest(dist).build;
    expect(offlineManifest([...dist].reverse()).build).toBe(build);
    const changed = dist.map((entry) => (entry.path === 'data/exercises.json' ? { ...entry, sha256: 'd'.repeat(64) } : entry));
    expect(offlineManifest(changed).build).not.toBe(build);
    // A file that is not saved does not make readers download a new copy.
    const newCard = dist.map((entry) => (entry.path.startsWith('cards/') ? { ...entry, sha256: 'e'.repeat(64) } : entry));
    expect(offlineManifest(newCard).build).toBe(build);
  });

  it('progress messages are checked by shape', () => {
    expect(isProgressMessage(progressMessage(3, 10))).toBe(true);
    expect(isProgressMessage({ type: 'two-fronts-offline-progress', done: '3', total: 10 })).toBe(false);
    expect(isProgressMessage(null)).toBe(false);
  });
});
