import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/api/estimate.js';
import { embeddedCatalog } from '../../../src/catalog/embedded.js';
import { d, Decimal } from '../../../src/decimal.js';
import { assumedDataset } from '../../../src/engine/training/dataset.js';
import { estimateTraining } from '../../../src/api/estimateTraining.js';
import { UserError } from '../../../src/errors.js';
import { catalogOf, fixtureCatalog, providerFile, simpleCatalog, SRC } from '../../helpers/catalog.js';

const TODAY = '2026-11-23';

function costOf(result: ReturnType<typeof estimate>, provider: string, model: string, tier: string | null = null) {
  const row = result.rows.find((r) => r.provider === provider && r.model === model && r.tier === tier);
  if (!row) throw new Error(`no row ${provider}/${model}/${tier}`);
  return row;
}

describe('worked examples (computed by hand, on the fixture catalog)', () => {
  // test/fixtures/catalogs/golden: OpenLab ol-mini $2.50/M (from 2026-04-01; $4.00 before), ol-large
  // $25.00/M; Nimbus ol-mini global $2.50/M, regional $2.75/M; Confluence llama-8b LoRA $0.48/M,
  // llama-70b LoRA $2.90/M with a $12 minimum per job. The shipped prices: test/catalog/shipped-prices.test.ts.
  const catalog = fixtureCatalog();
  // OpenLab closed to new customers on 2026-06-01 (test/fixtures/catalogs/golden/openlab.yaml): these
  // worked examples are about prices and tokens, so this team already fine-tunes there.
  const existingCustomers = ['openlab'];

  it(
    '500 examples × 400 tokens × 3 epochs = 600,000 tokens → $1.50 on ' +
      'ol-mini ($2.50/M), $15.00 on ol-large ($25/M)',
    () => {
      const result = estimate({
        examples: 500,
        tokensPerExample: 400,
        epochs: 3,
        providers: ['openlab'],
        today: TODAY,
        catalog,
        existingCustomers,
      });
      const mini = costOf(result, 'openlab', 'ol-mini-2025-01-15');
      expect(mini.trainingTokens).toBe('600000');
      expect(mini.trainingPer1M).toBe('2.5');
      expect(mini.trainingCost).toBe('1.5');
      const big = costOf(result, 'openlab', 'ol-large-2025-03-01');
      expect(big.trainingTokens).toBe('600000');
      expect(big.trainingCost).toBe('15');
    },
  );

  it('10,000 × 500 × 3 → 15,000,000 tokens → $37.50 on ol-mini', () => {
    const result = estimate({
      examples: 10_000,
      tokensPerExample: 500,
      epochs: 3,
      models: ['ol-mini'],
      providers: ['openlab'],
      today: TODAY,
      catalog,
      existingCustomers,
    });
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({
      trainingTokens: '15000000',
      trainingCost: '37.5',
      epochs: 3,
      epochsBasis: 'requested',
    });
  });

  it('alias ol-mini resolves to the dated snapshot at OpenLab and at Nimbus (both tiers)', () => {
    const result = estimate({
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      models: ['ol-mini'],
      today: TODAY,
      catalog,
      existingCustomers,
    });
    expect(result.rows.map((r) => `${r.provider}/${r.tier ?? '-'}:${r.trainingCost}`).sort()).toEqual([
      'nimbus-openai/global:1.5',
      'nimbus-openai/regional:1.65', // 600,000 × $2.75 / 1M
      'openlab/-:1.5',
    ]);
  });

  it("--epochs auto applies OpenAI's rule where the provider uses it and each provider's default elsewhere", () => {
    const result = estimate({
      examples: 20,
      tokensPerExample: 1000,
      epochs: 'auto',
      models: ['ol-mini', 'llama-8b'],
      today: TODAY,
      catalog,
      existingCustomers,
    });
    const openlab = costOf(result, 'openlab', 'ol-mini-2025-01-15');
    expect(openlab).toMatchObject({
      epochs: 5,
      epochsBasis: 'openai-auto',
      trainingTokens: '100000',
      trainingCost: '0.25',
    }); // 20 × 1000 × 5 × $2.50/M
    const confluence = result.rows.find((r) => r.provider === 'confluence' && r.method === 'sft-lora')!;
    expect(confluence).toMatchObject({
      epochs: 1,
      epochsBasis: 'provider-default',
      trainingTokens: '20000',
      trainingCost: '0.0096',
    }); // 20,000 × $0.48/M
    // A provider that does not publish its default: ftcost assumes one and says so.
    const assumed = catalogOf(
      providerFile(
        'gcp',
        [
          {
            id: 'm1',
            offers: [
              {
                method: 'sft',
                prices: [{ effectiveFrom: '2025-01-01', source: SRC, asOf: '2026-11-01', trainingPer1M: '1.00' }],
              },
            ],
          },
        ],
        {
          defaultEpochs: { value: 3, assumed: true, source: SRC, asOf: '2026-11-01' },
        },
      ),
    );
    const guessed = estimate({ examples: 20, tokensPerExample: 1000, epochs: 'auto', today: TODAY, catalog: assumed });
    // 20 × 1000 × 3 × $1/M
    expect(guessed.rows[0]).toMatchObject({ epochs: 3, epochsBasis: 'assumed', trainingCost: '0.06' });
    expect(guessed.assumptions.join('\n')).toMatch(/3 epochs assumed for GCP/);
  });

  it('bills at most the per-example cap: 70,000-token examples on ol-mini are billed 65,536 each', () => {
    const result = estimate({
      examples: 10,
      tokensPerExample: 70_000,
      epochs: 1,
      models: ['ol-mini'],
      providers: ['openlab'],
      today: TODAY,
      catalog,
      existingCustomers,
    });
    // 10 × 65,536 = 655,360 tokens × $2.50/M = $1.6384
    expect(result.rows[0]).toMatchObject({
      billedTokensPerEpoch: '655360',
      truncatedExamples: 10,
      trainingCost: '1.6384',
    });
    expect(result.rows[0]!.warnings[0]).toMatch(/exceed the 65536-token limit/);
  });

  it('tops a small job up to the provider minimum, as a separate charge', () => {
    // llama-70b at Confluence: 600,000 × $2.90/M = $1.74, minimum $12 → top-up $10.26.
    const result = estimate({
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      models: ['llama-70b'],
      today: TODAY,
      catalog,
    });
    const row = result.rows[0]!;
    expect(row.trainingCost).toBe('12');
    expect(row.charges.map((c) => [c.name, c.total])).toEqual([
      ['training tokens', '1.74'],
      ['minimum charge top-up', '10.26'],
    ]);
  });

  it('prices with the entry in force on the as-of date: ol-mini before its price cut costs $4.00/M', () => {
    // 500 × 400 × 3 = 600,000 tokens × $4.00/M = $2.40 on 2026-03-01; × $2.50/M = $1.50 from 2026-04-01.
    const before = estimate({
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      models: ['ol-mini'],
      providers: ['openlab'],
      asOf: '2026-03-01',
      today: TODAY,
      catalog,
    });
    expect(before.rows[0]).toMatchObject({ trainingPer1M: '4', trainingCost: '2.4', asOf: '2025-06-01' });
    const after = estimate({
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      models: ['ol-mini'],
      providers: ['openlab'],
      asOf: '2026-04-01',
      today: TODAY,
      catalog,
    });
    expect(after.rows[0]).toMatchObject({ trainingPer1M: '2.5', trainingCost: '1.5', asOf: '2026-09-01' });
  });

  it('ranks rows by cost and reports the catalog version, as-of date and tokens-per-example assumption', () => {
    const result = estimate({ examples: 500, epochs: 3, today: TODAY, catalog, existingCustomers });
    expect(result.catalog.version).toBe('2026.10.01');
    expect(result.asOf).toBe(TODAY);
    expect(result.dataset).toMatchObject({ tokensPerExample: 500, tokensPerExampleAssumed: true });
    expect(result.assumptions[0]).toMatch(/500 tokens per example assumed/);
    // Rows without a total (training price not published, or priced per hour) rank last.
    const firstUnpriced = result.rows.findIndex((r) => r.trainingCost === null);
    if (firstUnpriced >= 0) expect(result.rows.slice(firstUnpriced).every((r) => r.trainingCost === null)).toBe(true);
    const costs = result.rows.filter((r) => r.trainingCost !== null).map((r) => new Decimal(r.trainingCost!));
    expect(costs.length).toBe(7);
    for (let i = 1; i < costs.length; i++) expect(costs[i - 1]!.lte(costs[i]!)).toBe(true);
  });

  it('prices with the embedded catalog when given none', () => {
    expect(estimate({ examples: 5, epochs: 1, today: TODAY }).catalog.version).toBe(embeddedCatalog().meta.version);
  });

  it('marks a price stale after 180 days, and not before', () => {
    // ol-large's price was read on 2025-04-10: 592 days before 2026-11-23, 52 days before 2025-06-01.
    const now = estimate({
      examples: 500,
      epochs: 3,
      models: ['ol-large'],
      providers: ['openlab'],
      today: TODAY,
      catalog,
      existingCustomers,
    });
    expect(now.rows[0]).toMatchObject({ stale: true, priceAgeDays: 592, asOf: '2025-04-10' });
    const then = estimate({
      examples: 500,
      epochs: 3,
      models: ['ol-large'],
      providers: ['openlab'],
      today: '2025-06-01',
      asOf: '2025-06-01',
      catalog,
    });
    expect(then.rows[0]).toMatchObject({ stale: false, priceAgeDays: 52 });
  });

  it("carries the catalog's staleness limit, so renderers need not hard-code it", () => {
    const catalog = embeddedCatalog();
    const result = estimate({
      examples: 500,
      epochs: 3,
      models: ['gpt-4o'],
      providers: ['openai'],
      today: TODAY,
      catalog,
    });
    expect(result.staleAfterDays).toBe(catalog.meta.staleAfterDays);
    const strict = estimate({
      examples: 500,
      epochs: 3,
      models: ['gpt-4o'],
      providers: ['openai'],
      today: '2025-12-01',
      asOf: '2025-12-01',
      catalog: { ...catalog, meta: { ...catalog.meta, staleAfterDays: 100 } },
    });
    expect(strict).toMatchObject({ staleAfterDays: 100, rows: [{ stale: true, priceAgeDays: 113 }] });
  });

  it('hides offers retired on the as-of date unless asked, and counts them', () => {
    const retired = catalogOf(
      providerFile('acme', [
        {
          id: 'm-nano',
          lifecycle: [{ event: 'serving-ends', on: '2026-10-23', source: SRC, asOf: '2026-10-01' }],
          offers: [
            {
              method: 'sft',
              prices: [{ effectiveFrom: '2025-01-01', source: SRC, asOf: '2026-10-01', trainingPer1M: '1.50' }],
            },
          ],
        },
      ]),
    );
    const hidden = estimate({ examples: 500, epochs: 3, today: TODAY, catalog: retired });
    expect(hidden.rows).toHaveLength(0);
    expect(hidden.hiddenUnavailable).toBe(1);
    const shown = estimate({ examples: 500, epochs: 3, today: TODAY, includeUnavailable: true, catalog: retired });
    // 500 × 500 (default) × 3 = 750,000 tokens × $1.50/M = $1.125
    expect(shown.rows[0]).toMatchObject({
      trainingCost: '1.125',
      availability: { status: 'retired', trainable: false, servingEndsOn: '2026-10-23' },
    });
  });

  it('unknown model and provider are user errors with the closest ids', () => {
    expect(() => estimate({ examples: 5, models: ['ol-mni'], today: TODAY, catalog })).toThrow(UserError);
    expect(() => estimate({ examples: 5, models: ['ol-mni'], today: TODAY, catalog })).toThrow(
      /did you mean "ol-mini"/,
    );
    expect(() => estimate({ examples: 5, providers: ['nimbus'], today: TODAY, catalog })).toThrow(
      /unknown provider "nimbus"; did you mean "nimbus-openai"/,
    );
  });
});

describe('price resolution by date', () => {
  const catalog = catalogOf(
    providerFile('acme', [
      {
        id: 'm1',
        offers: [
          {
            method: 'sft',
            prices: [
              {
                effectiveFrom: '2025-01-01',
                source: SRC,
                asOf: '2025-01-01',
                trainingPer1M: '4.00',
                inputPer1M: '1.00',
              },
              { effectiveFrom: '2026-03-01', source: SRC, asOf: '2026-03-01', trainingPer1M: '2.00' },
            ],
          },
        ],
      },
    ]),
  );
  const run = (asOf: string) =>
    estimateTraining({ dataset: assumedDataset(1000, 1000), epochs: 1, asOf, today: '2026-06-01' }, catalog).rows[0];

  it('uses the entry in force on the as-of date, field by field', () => {
    expect(run('2025-06-01')!.trainingCost!.toFixed()).toBe('4');
    expect(run('2026-03-01')!.trainingCost!.toFixed()).toBe('2');
    // The later entry changes only the training price; the inference price carries over.
    expect(run('2026-03-01')!.running.inputPer1M!.toFixed()).toBe('1');
  });

  it('has no row before the first entry took effect', () => {
    expect(run('2024-12-31')).toBeUndefined();
  });
});

describe('invariants (property tests)', () => {
  const openaiOnly = {
    providers: ['openlab'],
    models: ['ol-mini', 'ol-large'],
    today: TODAY,
    catalog: fixtureCatalog(),
  };

  it('cost is linear in epochs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.integer({ min: 1, max: 50 }),
        (examples, tokens, epochs) => {
          const one = estimate({ ...openaiOnly, examples, tokensPerExample: tokens, epochs: 1 });
          const many = estimate({ ...openaiOnly, examples, tokensPerExample: tokens, epochs });
          for (const row of many.rows) {
            const base = one.rows.find((r) => r.model === row.model)!;
            expect(new Decimal(row.trainingCost!).equals(new Decimal(base.trainingCost!).times(epochs))).toBe(true);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('cost is linear in examples (below the per-example cap)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 16_000 }),
        fc.integer({ min: 2, max: 1000 }),
        (examples, tokens, k) => {
          const a = estimate({ ...openaiOnly, examples, tokensPerExample: tokens, epochs: 2 });
          const b = estimate({ ...openaiOnly, examples: examples * k, tokensPerExample: tokens, epochs: 2 });
          for (const row of b.rows) {
            const base = a.rows.find((r) => r.model === row.model)!;
            expect(new Decimal(row.trainingCost!).equals(new Decimal(base.trainingCost!).times(k))).toBe(true);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('no float reaches the engine: decimal-string prices stay exact (0.1 + 0.2 = 0.3)', () => {
    // 1M tokens at $0.1 plus 1M tokens at $0.2 of another offer: the sum is exactly 0.3.
    const a = estimateTraining(
      { dataset: assumedDataset(1000, 1000), epochs: 1, asOf: '2026-01-01', today: '2026-01-01' },
      simpleCatalog('0.1'),
    ).rows[0]!;
    const b = estimateTraining(
      { dataset: assumedDataset(1000, 1000), epochs: 1, asOf: '2026-01-01', today: '2026-01-01' },
      simpleCatalog('0.2'),
    ).rows[0]!;
    expect(a.trainingCost!.plus(b.trainingCost!).toFixed()).toBe('0.3');
    expect(0.1 + 0.2).not.toBe(0.3); // what the engine avoids
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (cents, examples, tokens) => {
          const price = (cents / 100).toFixed(2); // a decimal string, as in the YAML
          const row = estimateTraining(
            { dataset: assumedDataset(examples, tokens), epochs: 1, asOf: '2026-01-01', today: '2026-01-01' },
            simpleCatalog(price),
          ).rows[0]!;
          // Exact: cost × 1M × 100 equals tokens × cents, an integer identity no float could keep.
          expect(row.trainingCost!.times(100_000_000).equals(new Decimal(examples).times(tokens).times(cents))).toBe(
            true,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('d() refuses floats: a price must arrive as a string', () => {
    expect(() => d(0.1)).toThrow(TypeError);
    expect(() => d('1e3')).toThrow(TypeError);
    expect(d('0.1').plus(d('0.2')).toFixed()).toBe('0.3');
    expect(d(600000).toFixed()).toBe('600000');
  });
});
