/**
 * Build step: validate pricing/*.yaml and write src/catalog/generated/catalog.json (never edited by
 * hand) plus schema/provider.schema.json for editors. Fails the build, with every problem listed
 * as file:line path: message, when a shipped price is malformed or unsourced.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { architectureFileSchema, validateArchitectureFile } from '../src/catalog/architectureSchema.js';
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
// The open models' architecture figures (pricing/architecture/, a folder of its own: they are no
// catalog file kind, so the catalog loader never reads them) → generated/architecture.json.
const archDir = join(root, 'pricing/architecture');
const architectures = [];
for (const name of readdirSync(archDir)
  .filter((n) => /\.ya?ml$/.test(n))
  .sort()) {
  const checked = validateArchitectureFile(readFileSync(join(archDir, name), 'utf8'), `pricing/architecture/${name}`);
  if (!checked.ok) {
    for (const p of checked.problems) console.error(formatProblem(p));
    console.error(`compile-catalog: ${checked.problems.length} problem(s) in pricing/architecture/${name}`);
    process.exit(2);
  }
  architectures.push(...checked.models);
}
writeFileSync(join(root, 'src/catalog/generated/architecture.json'), JSON.stringify({ models: architectures }) + '\n');
writeFileSync(
  join(root, 'schema/architecture.schema.json'),
  JSON.stringify(z.toJSONSchema(architectureFileSchema, { io: 'input' }), null, 2) + '\n',
);
const models = catalog.providers.reduce((n, p) => n + p.models.length, 0);
console.log(
  `compile-catalog: catalog ${catalog.meta.version}: ${catalog.providers.length} providers, ${models} models`,
);
