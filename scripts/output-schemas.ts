/**
 * Generates schema/<output>.schema.json, the JSON Schema of each `--format json` output, from the
 * TypeScript types those outputs are built as (the same types the library returns), so the published
 * contract cannot drift from the code. The files are committed; test/golden/schemas.test.ts fails when
 * they differ from a fresh generation and validates every golden JSON against its schema.
 *
 *   npm run schemas        (writes schema/*.schema.json)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import {
  BREAKEVEN_SCHEMA_URL,
  BUDGET_SCHEMA_URL,
  CATALOG_DIFF_SCHEMA_URL,
  CATALOG_LIST_SCHEMA_URL,
  CATALOG_SHOW_SCHEMA_URL,
  ESTIMATE_SCHEMA_URL,
  INSPECT_SCHEMA_URL,
  CATALOG_TRAINABLE_SCHEMA_URL,
} from '../src/result/schemaIds.js';
import { FIT_SCHEMA_URL } from '../src/result/fit.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface OutputSchema {
  /** The file in schema/. */
  file: string;
  /** The source file and exported type the output is built as. */
  source: string;
  type: string;
  id: string;
  title: string;
}

export const OUTPUT_SCHEMAS: readonly OutputSchema[] = [
  {
    file: 'estimate.schema.json',
    source: 'src/result/estimate.ts',
    type: 'EstimateResult',
    id: ESTIMATE_SCHEMA_URL,
    title: 'ftcost estimate --format json (and the library estimate())',
  },
  {
    file: 'breakeven.schema.json',
    source: 'src/result/breakEven.ts',
    type: 'BreakEvenResult',
    id: BREAKEVEN_SCHEMA_URL,
    title: 'ftcost breakeven --format json (and the library breakEven())',
  },
  {
    file: 'budget.schema.json',
    source: 'src/result/budget.ts',
    type: 'BudgetResult',
    id: BUDGET_SCHEMA_URL,
    title: 'ftcost budget --format json (and the library budget())',
  },
  {
    file: 'catalog-list.schema.json',
    source: 'src/result/catalogList.ts',
    type: 'CatalogListJson',
    id: CATALOG_LIST_SCHEMA_URL,
    title: 'ftcost catalog list --format json',
  },
  {
    file: 'catalog-diff.schema.json',
    source: 'src/result/catalogDiff.ts',
    type: 'CatalogDiffJson',
    id: CATALOG_DIFF_SCHEMA_URL,
    title: 'ftcost catalog diff --format json',
  },
  {
    file: 'catalog-trainable.schema.json',
    source: 'src/result/trainable.ts',
    type: 'CatalogTrainableJson',
    id: CATALOG_TRAINABLE_SCHEMA_URL,
    title: 'ftcost catalog list --trainable --format json',
  },
  {
    file: 'catalog-show.schema.json',
    source: 'src/result/catalogShow.ts',
    type: 'CatalogShowJson',
    id: CATALOG_SHOW_SCHEMA_URL,
    title: 'ftcost catalog show ID --format json',
  },
  {
    file: 'inspect.schema.json',
    source: 'src/result/inspect.ts',
    type: 'InspectJson',
    id: INSPECT_SCHEMA_URL,
    title: 'ftcost inspect --format json',
  },
  {
    file: 'fit.schema.json',
    source: 'src/result/fit.ts',
    type: 'FitJson',
    id: FIT_SCHEMA_URL,
    title: 'ftcost fit --format json',
  },
];

/** Every output schema, file name → its text (2-space JSON and a final newline). */
export function generateOutputSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of OUTPUT_SCHEMAS) {
    const generator = createGenerator({
      path: join(ROOT, s.source),
      tsconfig: join(ROOT, 'tsconfig.json'),
      type: s.type,
      expose: 'export',
      topRef: false,
      jsDoc: 'extended',
      // An output with a field the schema does not list fails validation: the schema is the whole contract.
      additionalProperties: false,
      skipTypeCheck: true,
    });
    const schema = generator.createSchema(s.type);
    const { $schema: draft, ...rest } = schema;
    const text = JSON.stringify({ $schema: draft, $id: s.id, title: s.title, ...rest }, null, 2) + '\n';
    out.set(s.file, text);
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [file, text] of generateOutputSchemas()) writeFileSync(join(ROOT, 'schema', file), text);
  console.log(`output-schemas: wrote ${OUTPUT_SCHEMAS.map((s) => `schema/${s.file}`).join(', ')}`);
}
