/**
 * The published JSON Schemas of the `--format json` outputs (schema/<output>.schema.json):
 * - each committed file equals a fresh generation from the TypeScript result types
 *   (scripts/output-schemas.ts; refresh with `npm run schemas`), so the contract cannot drift;
 * - every JSON golden validates against the schema its `$schema` names (additionalProperties is
 *   false throughout: a field the schema does not list fails), checked with Ajv;
 * - live `catalog show` outputs of every provider validate too (the goldens cover only part of it);
 * - the schemas reject what they should (a number where a decimal string belongs, a missing field).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { generateOutputSchemas, OUTPUT_SCHEMAS } from '../../scripts/output-schemas.js';
import { runCli } from '../helpers/cli.js';
import { readGolden } from '../helpers/golden.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GOLDEN_DIR = fileURLToPath(new URL('.', import.meta.url));
/** A JSON golden's output, after its first line (the command that made it). */
const goldenJson = (name: string) => JSON.parse(readGolden(readFileSync(join(GOLDEN_DIR, name), 'utf8')).output);

function readSchema(file: string): { $id: string } & Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'schema', file), 'utf8'));
}

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<string, ValidateFunction>();
for (const s of OUTPUT_SCHEMAS) {
  const schema = readSchema(s.file);
  validators.set(schema.$id, ajv.compile(schema));
}

function validate(json: { $schema?: unknown }): string[] {
  const v = validators.get(String(json.$schema));
  if (!v) return [`no published schema is named by $schema ${String(json.$schema)}`];
  return v(json) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

describe('output JSON Schemas', () => {
  it('the committed schema/*.schema.json equal a fresh generation from the types (npm run schemas)', () => {
    const fresh = generateOutputSchemas();
    expect([...fresh.keys()].sort()).toEqual(OUTPUT_SCHEMAS.map((s) => s.file).sort());
    for (const [file, text] of fresh)
      expect(readFileSync(join(ROOT, 'schema', file), 'utf8'), `schema/${file} is stale: run npm run schemas`).toBe(
        text,
      );
  }, 60_000);

  const goldens = readdirSync(GOLDEN_DIR).filter((n) => n.endsWith('.json.golden'));
  const published = new Set(OUTPUT_SCHEMAS.map((s) => s.id));

  it('every JSON golden of a command with a published schema names it in $schema', () => {
    const named = goldens.map((n) => [n, goldenJson(n).$schema] as const).filter(([, id]) => id !== undefined);
    // estimate ×4 (one --self-hosted), budget ×2, breakeven ×3, catalog list, catalog list --trainable, catalog diff,
    // catalog show ×2, inspect ×2, fit.
    expect(named.length).toBe(17);
    for (const [, id] of named) expect(published.has(id)).toBe(true);
  });

  for (const name of goldens) {
    const json = goldenJson(name);
    if (json.$schema === undefined) continue;
    it(`${name} validates against ${String(json.$schema).split('/').pop()}`, () => {
      expect(validate(json)).toEqual([]);
    });
  }

  // The catalog show goldens have no provider and no rejected figure: every provider of the fixture
  // and of the shipped catalog (defaultEpochs of both kinds, lifecycles, officialSources, rejected
  // figures, hosted hardware, every GPU's throughput) is shown and validated too.
  const SHOW_QUERIES: [string, string[]][] = [
    ['fixture', ['--catalog', 'test/fixtures/catalogs/golden', 'openlab', 'nimbus-openai', 'confluence']],
    [
      'shipped',
      [
        'openai',
        'azure-openai',
        'aws-bedrock',
        'cohere',
        'mistral',
        'together',
        'fireworks',
        'vertex-ai',
        'huggingface',
        'h100-sxm',
        'a100-80gb',
        // Models: offers with rejected figures, lifecycles, base prices, hourly training prices.
        'command-r-08-2024',
        'open-mistral-7b',
        'gpt-4o-mini',
      ],
    ],
  ];
  for (const [catalog, list] of SHOW_QUERIES) {
    const flags = list[0] === '--catalog' ? list.slice(0, 2) : [];
    for (const query of list.slice(flags.length)) {
      it(`catalog show ${query} (${catalog} catalog) validates against catalog-show.schema.json`, async () => {
        const { code, stdout } = await runCli(['catalog', 'show', query, ...flags, '--format', 'json'], {
          today: '2026-11-23',
          cwd: ROOT,
        });
        expect(code).toBe(0);
        const json = JSON.parse(stdout);
        expect(
          json.providers.length + json.offers.length + json.gpuOffers.length + json.trainingThroughput.length,
        ).toBeGreaterThan(0);
        expect(validate(json)).toEqual([]);
      });
    }
  }

  it('a schema refuses a float where a decimal string belongs, an unknown field and a missing one', () => {
    const golden = goldenJson('estimate-all.json.golden');
    const floatCost = structuredClone(golden);
    floatCost.rows[0].trainingCost = 0.096;
    expect(validate(floatCost).join('\n')).toContain('/rows/0/trainingCost must be string,null');
    const extra = structuredClone(golden);
    extra.rows[0].perquery = '1';
    expect(validate(extra).join('\n')).toContain('must NOT have additional properties');
    const missing = structuredClone(golden);
    delete missing.asOf;
    expect(validate(missing).join('\n')).toContain("must have required property 'asOf'");
    const otherVersion = structuredClone(golden);
    otherVersion.schemaVersion = 1;
    // estimate's schema takes 2, and 3 (with self-hosted rows).
    expect(validate(otherVersion).join('\n')).toContain('/schemaVersion must be equal to one of the allowed values');
  });
});
