/**
 * Properties of the terminal view (issue 26), on the fixture catalog: whatever the width (60–200) and
 * the inputs, no line is longer than the width (an address alone on its line may be: it is never
 * broken), and the answer above the table names the first row of the full ranking that can be bought
 * (the JSON of the same run) with its cost. Plus the Done-when of the issue on the shipped catalog:
 * at 80 and 120 columns the three commands of the README open with the answer and fit 40 lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUsd } from '../../src/format/money.js';
import type { BudgetResult } from '../../src/result/budget.js';
import type { BreakEvenResult } from '../../src/result/breakEven.js';
import type { EstimateResult } from '../../src/result/estimate.js';
import { runCli } from '../helpers/cli.js';

const TODAY = '2026-11-23';
const PRICED = ['--catalog', 'test/fixtures/catalogs/golden', '--as-of', TODAY];

async function terminal(args: readonly string[], width: number) {
  return runCli([...args], { today: TODAY, isTTY: true, env: { COLUMNS: String(width) } });
}

/** Lines longer than the width, colour codes left out; an address standing alone on its line is allowed. */
function tooLong(stdout: string, width: number): string[] {
  return stdout
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((l) => [...l].length > width && !/^\s*\(?https?:\/\/\S+$/.test(l));
}

/** The first paragraph (the answer), its wrapped lines joined again. */
function answer(stdout: string): string {
  const para = stdout.split('\n\n')[0]!;
  return para
    .split('\n')
    .map((l) => l.trim())
    .join(' ');
}

const models = fc.subarray(['ol-mini', 'ol-large', 'llama-8b', 'llama-70b'], { minLength: 0, maxLength: 2 });
const estimateArgs = fc
  .record({
    examples: fc.integer({ min: 1, max: 200_000 }),
    tokens: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined }),
    epochs: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    models,
    range: fc.boolean(),
    unavailable: fc.boolean(),
    existing: fc.boolean(),
    all: fc.boolean(),
    sources: fc.boolean(),
  })
  .map((a) => [
    'estimate',
    '--examples',
    String(a.examples),
    ...(a.tokens ? ['--tokens-per-example', String(a.tokens)] : []),
    ...(a.epochs ? ['--epochs', String(a.epochs)] : []),
    ...a.models.flatMap((m) => ['-m', m]),
    ...(a.range ? ['--range'] : []),
    ...(a.unavailable ? ['--include-unavailable'] : []),
    ...(a.existing ? ['--existing-customer', 'openlab'] : []),
    ...(a.all ? ['--all'] : []),
    ...(a.sources ? ['--sources'] : []),
    ...PRICED,
  ]);
const budgetArgs = fc
  .record({
    maxCost: fc.integer({ min: 1, max: 5000 }),
    examples: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }),
    tokens: fc.integer({ min: 1, max: 8000 }),
    epochs: fc.integer({ min: 1, max: 10 }),
    models,
    existing: fc.boolean(),
  })
  .map((a) => [
    'budget',
    '--max-cost',
    String(a.maxCost),
    '--tokens-per-example',
    String(a.tokens),
    ...(a.examples ? ['--examples', String(a.examples)] : ['--epochs', String(a.epochs)]),
    ...a.models.flatMap((m) => ['-m', m]),
    ...(a.existing ? ['--existing-customer', 'openlab'] : []),
    ...PRICED,
  ]);
const breakevenArgs = fc
  .record({
    pair: fc.constantFrom(['ol-large', 'ol-mini'], ['llama-70b', 'llama-8b'], ['ol-large', 'llama-8b']),
    baseInput: fc.integer({ min: 100, max: 5000 }),
    input: fc.integer({ min: 10, max: 1000 }),
    output: fc.integer({ min: 1, max: 1000 }),
    volume: fc.option(fc.integer({ min: 1, max: 2_000_000 }), { nil: undefined }),
    examples: fc.integer({ min: 10, max: 50_000 }),
    existing: fc.boolean(),
    all: fc.boolean(),
  })
  .map((a) => [
    'breakeven',
    ...['--base-model', a.pair[0], '--ft-model', a.pair[1]],
    ...['--base-input-tokens', String(a.baseInput), '--input-tokens', String(a.input)],
    ...['--output-tokens', String(a.output), '--examples', String(a.examples)],
    ...(a.volume ? ['--queries-per-day', String(a.volume)] : []),
    ...(a.existing ? ['--existing-customer', 'openlab'] : []),
    ...(a.all ? ['--all'] : []),
    ...PRICED,
  ]);

describe('the terminal view fits the width', () => {
  it('no line is longer than the width, for any width from 60 to 200 and any inputs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(estimateArgs, budgetArgs, breakevenArgs),
        fc.integer({ min: 60, max: 200 }),
        async (args, width) => {
          const { code, stdout, stderr } = await terminal(args, width);
          expect(stderr).toBe('');
          expect(code).toBe(0);
          expect(tooLong(stdout, width), `ftcost ${args.join(' ')} at ${width} columns`).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the answer names the first row of the full ranking that can be bought, with its cost', async () => {
    await fc.assert(
      fc.asyncProperty(estimateArgs, fc.integer({ min: 60, max: 200 }), async (args, width) => {
        const json = JSON.parse(
          (await runCli([...args, '--format', 'json'], { today: TODAY })).stdout,
        ) as EstimateResult;
        const first = json.rows.find((r) => r.trainingCost !== null && r.availability?.trainable !== false);
        const said = answer((await terminal(args, width)).stdout);
        if (!first) {
          expect(said).toMatch(/^No offer/);
          return;
        }
        expect(said).toMatch(/^Cheapest you can buy: /);
        expect(said).toContain(`${formatUsd(first.trainingCost!)} — ${first.modelName ?? first.model}`);
        expect(said).toContain(first.method);
      }),
      { numRuns: 40 },
    );
  });

  it('budget: the answer names the first row that fits and can be bought', async () => {
    await fc.assert(
      fc.asyncProperty(budgetArgs, async (args) => {
        const json = JSON.parse((await runCli([...args, '--format', 'json'], { today: TODAY })).stdout) as BudgetResult;
        const first = json.rows.find((r) => r.fits && r.trainingCost !== null && r.availability?.trainable !== false);
        const said = answer((await terminal(args, 100)).stdout);
        if (!first) expect(said).toMatch(/^(Nothing can be trained|No offer)/);
        else expect(said).toContain(`— ${first.modelName ?? first.model}`);
      }),
      { numRuns: 25 },
    );
  });

  it('breakeven: the verdict comes first and names the cheapest at the volume', async () => {
    await fc.assert(
      fc.asyncProperty(breakevenArgs, async (args) => {
        const json = JSON.parse(
          (await runCli([...args, '--format', 'json'], { today: TODAY })).stdout,
        ) as BreakEvenResult;
        const said = answer((await terminal(args, 100)).stdout);
        if (json.settings.queriesPerDay === null) expect(said).toMatch(/^Cheapest by volume/);
        else if (json.cheapestAtVolume === null) expect(said).toMatch(/^No option can be bought for the whole/);
        else
          expect(said).toMatch(
            new RegExp(
              `^Cheapest at [\\d,]+ queries/day: ${json.cheapestAtVolume.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `,
            ),
          );
      }),
      { numRuns: 25 },
    );
  });
});

describe("the issue's Done-when, on the shipped catalog", () => {
  const readme = [
    ['estimate', '--examples', '500', '--epochs', '3'],
    [
      'budget',
      '--max-cost',
      '10',
      '--tokens-per-example',
      '400',
      '--epochs',
      '3',
      '-m',
      'gpt-4o-mini',
      '--existing-customer',
      'openai',
    ],
    [
      'breakeven',
      ...['--base-model', 'gemini-3.5-flash', '--base-input-tokens', '2000', '--ft-model', 'llama-3.1-8b'],
      ...['--input-tokens', '200', '--output-tokens', '150', '--queries-per-day', '500', '--examples', '400'],
    ],
  ];
  for (const width of [80, 120])
    it.each(readme)(`at ${width} columns: %s opens with the answer, fits the width and 40 lines`, async (...args) => {
      const { code, stdout } = await terminal(args, width);
      expect(code).toBe(0);
      expect(tooLong(stdout, width)).toEqual([]);
      expect(stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(40);
      expect(stdout).toMatch(/^(Cheapest|Most for)/);
    });
});
