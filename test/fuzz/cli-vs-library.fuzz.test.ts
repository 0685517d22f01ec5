/**
 * One input contract for every door (issue 24): the same random estimate inputs go to the CLI (run in-process,
 * `--format json`) and to the library's estimate(), and both must make the same decision — both refuse (exit 2 /
 * UserError), or both answer with the same training cost for every row (the JSON decimal strings equal).
 *
 * An input is a value of the library's type, good or hostile (a count of 1.5, NaN or -Infinity; a boolean given
 * as "yes" or 1; an unknown or misspelt model; hours written with a comma, an exponent or a minus), and the CLI
 * gets what a person types for that value: String(value) after its flag, `--range` for true, `--range=false`,
 * `--range=yes`. Strings the CLI cannot tell from a typed value ("true" for a switch, "500" for a count) are not
 * generated: the library refuses them by type, which the CLI cannot express.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/index.js';
import { isUserError } from '../../src/errors.js';
import { fixtureCatalog } from '../helpers/catalog.js';
import { runCli } from '../helpers/cli.js';

const SEED = 20261208;
const TODAY = '2026-11-23';
const CATALOG_DIR = 'test/fixtures/catalogs/golden';
const catalog = fixtureCatalog();

/** Counts: mostly good, often hostile. */
const BAD_COUNTS = [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53, 1e21];
const count = (max: number, edges: number[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max }) },
    { weight: 2, arbitrary: fc.constantFrom(...BAD_COUNTS, ...edges) },
  );
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
const switchValue = fc.constantFrom<unknown>(true, false, 'yes', 'no', 1, 0);

const inputs = fc.record({
  examples: count(5000, [1e9, 1e9 + 1]),
  tokensPerExample: optional(count(4000, [10_000_000, 10_000_001])),
  epochs: optional(fc.oneof(fc.constant<number | 'auto'>('auto'), count(10, [1000, 1001]))),
  models: optional(
    fc.subarray(['ol-mini', 'ol-large', 'acme/llama-8b-instruct', 'acme/llama-70b-instruct', 'ol-mni', 'nope'], {
      minLength: 1,
      maxLength: 2,
    }),
  ),
  trainingHours: optional(fc.constantFrom('7.5', '12', '0', '-2', '1,5', '1,000', '1e3', '$3', ' 4 ', '1_0')),
  range: optional(switchValue),
  includeUnavailable: optional(switchValue),
});
type Inputs = typeof inputs extends fc.Arbitrary<infer T> ? T : never;

/** What a person types for the inputs. */
function argvOf(i: Inputs): string[] {
  const argv = ['estimate', '--catalog', CATALOG_DIR, '--format', 'json', '--examples', String(i.examples)];
  if (i.tokensPerExample !== undefined) argv.push('--tokens-per-example', String(i.tokensPerExample));
  if (i.epochs !== undefined) argv.push('--epochs', String(i.epochs));
  for (const m of i.models ?? []) argv.push('--model', m);
  if (i.trainingHours !== undefined) argv.push('--training-hours', i.trainingHours);
  for (const [flag, v] of [
    ['range', i.range],
    ['include-unavailable', i.includeUnavailable],
  ] as const)
    if (v !== undefined) argv.push(v === true ? `--${flag}` : `--${flag}=${String(v)}`);
  return argv;
}

interface RowJson {
  provider: string;
  model: string;
  method: string;
  tier?: string | null;
  trainingCost: string | null;
  trainingCostRange?: unknown;
}

/** What the two doors must agree on: each row's offer and its training cost (and range), as decimal strings. */
const costs = (rows: readonly RowJson[]) =>
  rows.map((r) => ({
    offer: `${r.provider} ${r.model} ${r.method} ${r.tier ?? ''}`,
    trainingCost: r.trainingCost,
    range: r.trainingCostRange ?? null,
  }));

type Decision = { refused: string } | { rows: ReturnType<typeof costs> };

function library(i: Inputs): Decision {
  try {
    // biome-ignore lint/suspicious/noExplicitAny: hostile values on purpose
    const result = estimate({ ...(i as any), catalog, today: TODAY });
    return { rows: costs(JSON.parse(JSON.stringify(result)).rows) };
  } catch (err) {
    if (!isUserError(err)) throw err;
    return { refused: err.message };
  }
}

async function cli(i: Inputs): Promise<Decision> {
  const r = await runCli(argvOf(i), { today: TODAY });
  expect(r.code, `${argvOf(i).join(' ')}: ${r.stderr}`).not.toBe(1);
  if (r.code === 2) {
    expect(r.stdout).toBe('');
    return { refused: r.stderr.trim() };
  }
  expect(r.code).toBe(0);
  return { rows: costs(JSON.parse(r.stdout).rows) };
}

describe('the CLI and the library decide alike on the same inputs', () => {
  it('both refuse, or both give the same training cost on every row (60 random inputs)', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, async (i) => {
        const [fromCli, fromLibrary] = [await cli(i), library(i)];
        const what =
          `${argvOf(i).join(' ')}\n  CLI: ${JSON.stringify(fromCli).slice(0, 300)}` +
          `\n  library: ${JSON.stringify(fromLibrary).slice(0, 300)}`;
        expect('refused' in fromCli, what).toBe('refused' in fromLibrary);
        if ('rows' in fromCli && 'rows' in fromLibrary) expect(fromCli.rows, what).toEqual(fromLibrary.rows);
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, 60_000);

  it('the test can fail: a known pair the doors answer alike, and one each refuses', async () => {
    const good: Inputs = { examples: 500, epochs: 3 } as Inputs;
    const [a, b] = [await cli(good), library(good)];
    // 500 examples × 500 tokens (assumed) × 3 epochs = 750,000 tokens; Confluence's 8B LoRA at $0.48 per 1M = $0.36.
    expect(a).toEqual(b);
    expect('rows' in a && a.rows[0]).toEqual({
      offer: 'confluence acme/llama-8b-instruct sft-lora ',
      trainingCost: '0.36',
      range: null,
    });
    // Each of these one door accepted before (issue 24): the library took counts past the CLI's bounds and read
    // range: 'yes' or 1 as true; 1.5 examples both refused.
    for (const bad of [
      { examples: 1.5 },
      { examples: 1_000_000_001 },
      { examples: 1, tokensPerExample: 10_000_001 },
      { examples: 500, epochs: 1001 },
      { examples: 500, range: 'yes' },
      { examples: 500, range: 1 },
    ] as Inputs[]) {
      expect(await cli(bad), JSON.stringify(bad)).toHaveProperty('refused');
      expect(library(bad), JSON.stringify(bad)).toHaveProperty('refused');
    }
    expect(library({ examples: 1_000_000_001 } as Inputs)).toEqual({
      refused: 'examples must be at most 1,000,000,000, got 1000000001',
    });
  });
});
