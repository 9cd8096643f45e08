/**
 * The content loaders: the articles (Markdown), and one collection of the checked registry each (people, sources,
 * exercises, milestones, quotes). In `npm run dev` they load again when a YAML file of the content folder is saved:
 * the articles too, since their HTML holds names and titles from the YAML.
 */
import { join } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { contentDirectory } from './paths.ts';
import { ContentError } from './problems.ts';
import { loadRegistry, type CollectionName } from './registry.ts';

/**
 * The registry has validated every entry with the collection's own schema (with file:line messages), so the entries
 * go into the store as they are: Astro's parseData would validate them a second time. The schemas in
 * content.config.ts give the collections their types.
 */
function fill(collection: CollectionName, root: string, { store }: LoaderContext): void {
  const registry = loadRegistry(root);
  store.clear();
  for (const [id, entry] of registry[collection]) store.set({ id, data: { ...entry } as Record<string, unknown> });
}

const rootOf = (context: LoaderContext) => new URL('.', context.config.root).pathname;

/** Calls reload after each save of a YAML file of the content folder (dev only: the watcher exists there). */
function onYamlSaved(context: LoaderContext, reload: () => Promise<void>): void {
  const contentDir = contentDirectory(rootOf(context));
  context.watcher?.add(contentDir);
  context.watcher?.on('all', async (_event, path) => {
    if (!path.startsWith(contentDir) || !/\.ya?ml$/.test(path)) return;
    try {
      await reload();
    } catch (error) {
      // The page shows the mistake (src/middleware.ts); the collection keeps its last good entries until it is fixed.
      if (!(error instanceof ContentError)) throw error;
    }
  });
}

export function articlesLoader(): Loader {
  const markdown = glob({ pattern: '**/*.md', base: join(contentDirectory(process.cwd()), 'articles') });
  return {
    name: 'two-fronts:articles',
    load: async (context) => {
      await markdown.load(context);
      onYamlSaved(context, async () => {
        // Cleared, so every article is rendered again (the glob loader skips files whose text did not change).
        context.store.clear();
        await markdown.load({ ...context, watcher: undefined });
      });
    },
  };
}

export function registryLoader(collection: CollectionName): Loader {
  return {
    name: `two-fronts:${collection}`,
    load: async (context) => {
      fill(collection, rootOf(context), context);
      onYamlSaved(context, async () => fill(collection, rootOf(context), context));
    },
  };
}
