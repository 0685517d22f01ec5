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
import {
  hardwareOfferSchema,
  hostsFileSchema,
  hostSchema,
  modelSchema,
  newProviderFileSchema,
  offerSchema,
  throughputFileSchema,
} from '../src/catalog/schema.js';
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
/**
 * The editors' schemas describe a shipped file and a --prices file alike, so they also take the override
 * vocabulary (src/catalog/schema.ts, docs/catalog.md): `new: true` on a provider, model, offer or host the catalog
 * lacks on purpose, and `force: true` on a model or hardware offer priced far from the shipped figure. The loader
 * still refuses both in a catalog directory (its schemas are strict); an editor only helps type them.
 */
const newFlag = z.boolean().optional();
const hardwareWithForce = hardwareOfferSchema.extend({ force: newFlag });
const providerEditorSchema = newProviderFileSchema.extend({
  models: z
    .array(
      modelSchema.extend({
        new: newFlag,
        force: newFlag,
        offers: z.array(offerSchema.extend({ new: newFlag })).min(1, 'a model needs at least one offer'),
      }),
    )
    .default([]),
  hardware: z.array(hardwareWithForce).optional(),
});
const hostsEditorSchema = hostsFileSchema.extend({
  hosts: z.array(hostSchema.extend({ new: newFlag, hardware: z.array(hardwareWithForce).min(1) })).min(1),
});
writeFileSync(
  join(root, 'schema/provider.schema.json'),
  JSON.stringify(z.toJSONSchema(providerEditorSchema, { io: 'input' }), null, 2) + '\n',
);
writeFileSync(
  join(root, 'schema/hosts.schema.json'),
  JSON.stringify(z.toJSONSchema(hostsEditorSchema, { io: 'input' }), null, 2) + '\n',
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
