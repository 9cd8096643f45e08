/** An Astro content loader that serves one collection of the checked registry (people, sources, exercises, milestones, quotes). */
import type { Loader } from 'astro/loaders';
import { loadRegistry, type CollectionName } from './registry.ts';

export function registryLoader(collection: CollectionName): Loader {
  return {
    name: `two-fronts:${collection}`,
    load: async ({ store, parseData, config }) => {
      const registry = loadRegistry(new URL('.', config.root).pathname);
      store.clear();
      for (const [id, entry] of registry[collection]) {
        const data = await parseData({ id, data: { ...entry } as Record<string, unknown> });
        store.set({ id, data });
      }
    },
  };
}
