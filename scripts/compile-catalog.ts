/**
 * Build step: validate pricing/*.yaml and write src/catalog/generated/catalog.json (never edited by
 * hand) plus schema/provider.schema.json for editors. Fails the build, with every problem listed
 * as file:line path: message, when a shipped price is malformed or unsourced.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { validateCatalogDir } from '../src/catalog/load.js';
import { hostsFileSchema, providerFileSchema, throughputFileSchema } from '../src/catalog/schema.js';
import { formatProblem } from '../src/catalog/validate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { catalog, problems } = validateCatalogDir(join(root, 'pricing'), root);
if (!catalog) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`compile-catalog: ${problems.length} problem(s); nothing written`);
  process.exit(2);
}
const out = join(root, 'src/catalog/generated/catalog.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(catalog) + '\n');
mkdirSync(join(root, 'schema'), { recursive: true });
writeFileSync(
  join(root, 'schema/provider.schema.json'),
  JSON.stringify(z.toJSONSchema(providerFileSchema, { io: 'input' }), null, 2) + '\n',
);
writeFileSync(
  join(root, 'schema/hosts.schema.json'),
  JSON.stringify(z.toJSONSchema(hostsFileSchema, { io: 'input' }), null, 2) + '\n',
);
writeFileSync(
  join(root, 'schema/throughput.schema.json'),
  JSON.stringify(z.toJSONSchema(throughputFileSchema, { io: 'input' }), null, 2) + '\n',
);
const models = catalog.providers.reduce((n, p) => n + p.models.length, 0);
console.log(
  `compile-catalog: catalog ${catalog.meta.version}: ${catalog.providers.length} providers, ${models} models`,
);
