/** `npm run sources`: prints the source report for content/ (weak and reposted sources, types, attestation). */
import { loadRegistry } from '../../src/content/registry.ts';
import { sourceReport } from '../../src/content/source-report.ts';

process.stdout.write(sourceReport(loadRegistry(process.cwd())));
