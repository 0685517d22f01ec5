import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/api/estimate.js';
import { d } from '../../../src/decimal.js';
import { assumedTokensBounds } from '../../../src/engine/training/range.js';
import { catalogOf, fixtureCatalog, providerFile, simpleCatalog, SRC } from '../../helpers/catalog.js';

const TODAY = '2026-11-23';

describe('ranges: worked examples (by hand)', () => {
  it('exact inputs on an official price give a zero-width band: 500 × 400 × 3 epochs at $3/M = 1.8', () => {
    // 500 × 400 = 200,000 tokens an epoch × 3 = 600,000 × $3 / 1M = $1.80; every input given, the price official.
    const r = estimate({
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      range: true,
      today: TODAY,
      catalog: simpleCatalog('3.00'),
    });
    expect(r.rows[0]!.trainingCost).toBe('1.8');
    expect(r.rows[0]!.trainingCostRange).toEqual({ low: '1.8', expected: '1.8', high: '1.8' });
    expect(r.rows[0]!.trainingCostRangeSources).toEqual([]);
    expect(r.range).toEqual({ sources: [] });
  });

  it('a price read from a copy is listed but does not widen the band', () => {
    const catalog = simpleCatalog('3.00', { sourceKind: 'copy', original: 'https://example.com/original' });
    const r = estimate({ examples: 500, tokensPerExample: 400, epochs: 3, range: true, today: TODAY, catalog });
    expect(r.rows[0]!.trainingCostRange).toEqual({ low: '1.8', expected: '1.8', high: '1.8' });
    expect(r.rows[0]!.trainingCostRangeSources).toEqual([
      { source: 'price-copy', bounds: "the copy's figure (no other figure known)", low: '1.8', high: '1.8' },
    ]);
  });

  it('an assumed 500 tokens per example spans 250–750 (±50%)', () => {
    expect(assumedTokensBounds(500)).toEqual({ low: 250, high: 750 });
    expect(assumedTokensBounds(1)).toEqual({ low: 1, high: 2 });
    // 500 examples × 500 (assumed) × 3 epochs × $3/M = $2.25; at 250 tokens $1.125; at 750 tokens $3.375.
    const r = estimate({ examples: 500, epochs: 3, range: true, today: TODAY, catalog: simpleCatalog('3.00') });
    const row = r.rows[0]!;
    expect(row.trainingCostRange).toEqual({ low: '1.125', expected: '2.25', high: '3.375' });
    expect(row.trainingCostRangeSources).toEqual([
      {
        source: 'tokens-per-example',
        bounds: '250–750 tokens per example (assumed, ±50%)',
        low: '1.125',
        high: '3.375',
      },
    ]);
  });

  it('auto epochs on an OpenAI-rule provider span the rule ±1: 500 examples → 3 epochs, band 2–4', () => {
    // OpenLab ol-mini $2.50/M, 500 × 400 = 200,000 tokens an epoch: 3 epochs $1.50, 2 epochs $1.00, 4 epochs $2.00.
    const r = estimate({
      examples: 500,
      tokensPerExample: 400,
      models: ['ol-mini'],
      providers: ['openlab'],
      range: true,
      today: TODAY,
      catalog: fixtureCatalog(),
      // OpenLab closed to new customers on 2026-06-01: this team already fine-tunes there.
      existingCustomers: ['openlab'],
    });
    const row = r.rows[0]!;
    expect(row.epochs).toBe(3);
    expect(row.trainingCostRange).toEqual({ low: '1', expected: '1.5', high: '2' });
    expect(row.trainingCostRangeSources?.find((s) => s.source === 'epochs')).toMatchObject({ low: '1', high: '2' });
  });

  it('an assumed (unpublished) default of 2 epochs spans 1–4, combined with the assumed tokens', () => {
    const catalog = catalogOf(
      providerFile(
        'acme',
        [
          {
            id: 'm1',
            offers: [
              {
                method: 'sft',
                prices: [{ effectiveFrom: '2025-01-01', source: SRC, asOf: '2026-01-01', trainingPer1M: '1.00' }],
              },
            ],
          },
        ],
        { defaultEpochs: { value: 2, assumed: true, source: SRC, asOf: '2026-01-01' } },
      ),
    );
    // 100 × 1,000 tokens = 100,000 an epoch = $0.10 at $1/M: 2 epochs $0.20, 1 epoch $0.10, 4 epochs $0.40.
    const exact = estimate({ examples: 100, tokensPerExample: 1000, range: true, today: TODAY, catalog });
    expect(exact.rows[0]!.trainingCostRange).toEqual({ low: '0.1', expected: '0.2', high: '0.4' });
    // With 500 assumed tokens: expected 100 × 500 × 2 = 100,000 → $0.10; low 100 × 250 × 1 → $0.025; high 100 × 750 ×
    // 4 → $0.30.
    const assumed = estimate({ examples: 100, range: true, today: TODAY, catalog });
    expect(assumed.rows[0]!.trainingCostRange).toEqual({ low: '0.025', expected: '0.1', high: '0.3' });
  });

  it("a minimum charge holds the band's low end: Confluence llama-70b LoRA bills $12 whatever the tokens", () => {
    // 500 × 500 (assumed) × 1 epoch (its documented default) × $2.90/M = $0.725 < $12; at 750 tokens $1.0875 < $12.
    const r = estimate({
      examples: 500,
      models: ['acme/llama-70b-instruct'],
      methods: ['sft-lora'],
      range: true,
      today: TODAY,
      catalog: fixtureCatalog(),
    });
    expect(r.rows[0]!.trainingCostRange).toEqual({ low: '12', expected: '12', high: '12' });
  });

  it('a tokens-per-example range given to the library is used as given, and must contain the tokens', () => {
    // 500 × [300, 400, 600] × 3 × $3/M = 1.35, 1.8, 2.7.
    const r = estimate({
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      range: { tokensPerExample: { low: 300, high: 600 } },
      today: TODAY,
      catalog: simpleCatalog('3.00'),
    });
    expect(r.rows[0]!.trainingCostRange).toEqual({ low: '1.35', expected: '1.8', high: '2.7' });
    expect(() =>
      estimate({
        examples: 500,
        tokensPerExample: 400,
        epochs: 3,
        range: { tokensPerExample: { low: 450, high: 600 } },
        catalog: simpleCatalog('3.00'),
      }),
    ).toThrow(/low ≤ 400 ≤ high/);
  });

  it('a count made with a stand-in tokenizer spans ±10%; an exact count adds no width', () => {
    const counted = (exact: boolean) => ({
      kind: 'counted' as const,
      examples: 10,
      epochTokens: () => ({ billedTokens: 1000n, truncatedExamples: 0, exact, method: exact ? 'exact' : 'estimate' }),
    });
    // 1,000 tokens × 1 epoch (acme's documented default) × $3/M = $0.003; 900 tokens $0.0027, 1,100 tokens $0.0033.
    const stand = estimate({ dataset: counted(false), range: true, today: TODAY, catalog: simpleCatalog('3.00') });
    expect(stand.rows[0]!.trainingCostRange).toEqual({ low: '0.0027', expected: '0.003', high: '0.0033' });
    expect(stand.rows[0]!.trainingCostRangeSources![0]).toMatchObject({
      source: 'token-count',
      low: '0.0027',
      high: '0.0033',
    });
    const exact = estimate({ dataset: counted(true), range: true, today: TODAY, catalog: simpleCatalog('3.00') });
    expect(exact.rows[0]!.trainingCostRange).toEqual({ low: '0.003', expected: '0.003', high: '0.003' });
    expect(exact.rows[0]!.trainingCostRangeSources).toEqual([]);
  });

  it('without range the JSON carries no range fields (the contract is unchanged)', () => {
    const r = estimate({
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      today: TODAY,
      catalog: simpleCatalog('3.00'),
    });
    expect(r.range).toBeUndefined();
    expect('trainingCostRange' in r.rows[0]!).toBe(false);
  });
});

describe('ranges: properties (fixture catalog)', () => {
  const catalog = fixtureCatalog();
  const epochs = fc.oneof(fc.constant('auto' as const), fc.integer({ min: 1, max: 20 }));

  it('low ≤ expected ≤ high, for every row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined }),
        epochs,
        (examples, tokensPerExample, e) => {
          const r = estimate({
            examples,
            tokensPerExample,
            epochs: e,
            range: true,
            today: TODAY,
            asOf: TODAY,
            catalog,
          });
          for (const row of r.rows) {
            if (row.trainingCost === null) {
              expect(row.trainingCostRange).toBeNull();
              continue;
            }
            const b = row.trainingCostRange!;
            expect(b.expected).toBe(row.trainingCost);
            expect(d(b.low).lte(b.expected) && d(b.expected).lte(b.high)).toBe(true);
            for (const s of row.trainingCostRangeSources!)
              expect(d(s.low).gte(b.low) && d(s.high).lte(b.high)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a narrower tokens-per-example range never widens the band', () => {
    const nested = fc
      .tuple(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
      )
      .map(([t, innerDown, outerDown, innerUp, outerUp]) => ({
        t,
        inner: { low: Math.max(1, t - innerDown), high: t + innerUp },
        outer: { low: Math.max(1, t - innerDown - outerDown), high: t + innerUp + outerUp },
      }));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), nested, epochs, (examples, { t, inner, outer }, e) => {
        const run = (tokensPerExample: { low: number; high: number }) =>
          estimate({
            examples,
            tokensPerExample: t,
            epochs: e,
            range: { tokensPerExample },
            today: TODAY,
            asOf: TODAY,
            catalog,
          });
        const narrow = run(inner);
        const wide = run(outer);
        narrow.rows.forEach((row, i) => {
          const a = row.trainingCostRange;
          const b = wide.rows[i]!.trainingCostRange;
          if (!a || !b) return;
          expect(wide.rows[i]!.model).toBe(row.model);
          expect(d(b.low).lte(a.low) && d(a.high).lte(b.high)).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });
});
