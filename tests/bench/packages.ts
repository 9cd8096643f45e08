/** Where the benchmark's own packages live (tests/bench/package.json: Starlight, TimelineJS3, Lighthouse), apart from the site's. */
import { join } from 'node:path';

export const benchRoot = import.meta.dirname;
/** `npm run bench` installs these on its first run; the site and its tests never need them. */
export const benchModules = join(benchRoot, 'node_modules');
