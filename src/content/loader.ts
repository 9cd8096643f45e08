/** An Astro content loader that serves one collection of the checked registry (people, sources, exercises, milestones). */
import type { Loader } from 'astro/loaders';
import { loadRegistry, type Registry } from './registry.ts';

export function registryLoader(collection: keyof Registry): Loader {
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
