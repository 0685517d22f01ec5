/**
 * Issue 21: exact means exact, and one decision rule for every option. Each minimal case carries its
 * hand-derived exact answer; hand-built catalogs only (a price update edits no assertion).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEven, breakEvenFromCatalog } from '../../../src/api/breakEven.js';
import type { Catalog } from '../../../src/catalog/model.js';
import type { LifecycleEvent } from '../../../src/catalog/schema.js';
import { d } from '../../../src/decimal.js';
import { analyzeBreakEven } from '../../../src/engine/breakEven/analysis.js';
import { dateAfterMonths, monthsBetween } from '../../../src/engine/breakEven/months.js';
import { Rational } from '../../../src/engine/breakEven/rational.js';
import { catalogOf, providerFile, SRC } from '../../helpers/catalog.js';

const entry = { effectiveFrom: '2025-01-01', source: SRC, asOf: '2026-01-01' };
const ev = (event: LifecycleEvent['event'], on: string): LifecycleEvent => ({ event, on, ...entry });
const R = (num: bigint | number, den: bigint | number = 1) => Rational.of(BigInt(num), BigInt(den));

/**
 * A prompted model, a fine-tunable open model at "acme" (per token), and one rented GPU that trains
 * it at `tokensPerSecond` for `gpuPerHour` and serves it; lifecycles as given.
 */
function catalog(o: {
  tokensPerSecond?: string;
  gpuPerHour?: string;
  promptedLife?: LifecycleEvent[];
  ftLife?: LifecycleEvent[];
}): Catalog {
  const base = catalogOf(
    providerFile('acme', [
      {
        id: 'big',
        lifecycle: o.promptedLife,
        offers: [{ method: 'sft', prices: [{ ...entry, trainingPer1M: '10.00' }] }],
        basePrices: [{ ...entry, baseInputPer1M: '2.00', baseOutputPer1M: '8.00' }],
      },
      {
        id: 'small',
        parametersBillions: '8',
        lifecycle: o.ftLife,
        offers: [
          { method: 'sft', prices: [{ ...entry, trainingPer1M: '2.00', inputPer1M: '0.50', outputPer1M: '1.00' }] },
        ],
      },
    ]),
  );
  const price = { ...entry, gpuPerHour: d(o.gpuPerHour ?? '2.49'), origin: 'catalog', override: false };
  return {
    ...base,
    gpuOffers: [
      {
        provider: 'gpus',
        providerName: 'GPUs Inc',
        kind: 'gpu-rental',
        gpu: 'h100-sxm',
        gpuCount: 1,
        interruptible: false,
        prices: [price],
        notes: [],
      },
    ],
    trainingThroughput: [
      {
        gpu: 'h100-sxm',
        parametersBillions: d(8),
        method: 'lora',
        tokensPerSecond: d(o.tokensPerSecond ?? '6000'),
        basis: 'measured',
        precision: 'bf16',
        source: SRC,
        asOf: '2026-01-01',
      },
    ],
    servingThroughput: [
      {
        gpu: 'h100-sxm',
        parametersBillions: d(8),
        outputTokensPerSecond: d(1000),
        basis: 'measured',
        precision: 'bf16',
        source: SRC,
        asOf: '2026-01-01',
      },
    ],
  };
}

const common = {
  baseModel: 'big',
  baseInputTokens: 2000,
  baseOutputTokens: 100,
  ftModel: 'small',
  inputTokens: 200,
  outputTokens: 100,
  // 200 examples × 1,000 tokens × 3 epochs = 600,000 training tokens.
  examples: 200,
  tokensPerExample: 1000,
  epochs: 3,
  asOf: '2026-06-01',
  today: '2026-06-01',
};

describe('1. self-hosted training is exact', () => {
  it(
    '600,000 tokens at 6,000 tokens/s on an H100 at $2.49/h: 1/36 h × ' +
      '$2.49 = $83/1200 exactly, and the break-even from it',
    () => {
      const res = breakEvenFromCatalog({ ...common, catalog: catalog({}) });
      const self = res.options.find((o) => o.kind === 'self-hosted')!;
      expect(self.prices.oneTimeExact).toBe('83/1200');
      expect(self.prices.oneTime).toBe('0.0691666666666666666666666666666666666666666666666666666666667');
      // Against prompted (2,000 × 2.00/1M + 100 × 8.00/1M = 0.0048 a query): one replica a day costs
      // 2.49 × 24; training 83/1200 over 12 months is 83/1200 ÷ 12 × 24/730 a day. Break-even =
      // (2.49 × 24 + 83/1200 × 2/730) / 0.0048, exactly.
      const expected = R(249, 100)
        .times(R(24))
        .plus(R(83, 1200).times(R(2, 730)))
        .div(R(48, 10000));
      const be = res.breakEvens.find((b) => b.between.includes(self.id) && b.between.includes('prompted/big'))!;
      expect(be.queriesPerDayExact).toBe(expected.toFractionString());
      expect(be.queriesPerDayExact).toBe('130874815/10512');
    },
  );

  it(
    'property: for throughputs and prices whose quotient does not ' +
      'terminate, the …Exact cost is the rational from the inputs',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 99_999 }), (tps, cents) => {
          const price = (cents / 100).toFixed(2);
          const res = breakEvenFromCatalog({
            ...common,
            queriesPerDay: null,
            catalog: catalog({ tokensPerSecond: String(tps), gpuPerHour: price }),
          });
          const self = res.options.find((o) => o.kind === 'self-hosted');
          if (!self) return; // no serving capacity for the volume: not this property's concern
          const exact = R(600_000)
            .times(R(cents, 100))
            .div(R(tps).times(R(3600)));
          expect(self.prices.oneTimeExact).toBe(exact.toFractionString());
        }),
        { numRuns: 60 },
      );
    },
  );
});

describe('2. payback against remaining life is compared exactly', () => {
  it('a payback of exactly the 72/73 month left pays back', () => {
    const a = analyzeBreakEven({
      options: [
        { id: 'prompted', kind: 'custom', perQuery: d('0.05') },
        { id: 'ft', kind: 'custom', perQuery: d('0.01'), oneTime: d('600'), remainingMonths: R(72, 73) },
      ],
      queriesPerDay: d(500),
      hoursPerMonth: d(730),
      amortizationMonths: d(12),
      horizonMonths: d(12),
    });
    // 600 / (0.04 × 500 × 730/24) = 72/73 months: exactly the life it has.
    expect(a.options[1]!.payback).toMatchObject({ paysBack: true, reason: null });
    expect(a.options[1]!.payback!.months!.toFractionString()).toBe('72/73');
  });
});

describe('6. the prompted base model is left out when its snapshot stops serving inside the horizon', () => {
  it('big shuts down 2026-09-01 (3 months into a 12-month horizon): costed, never named cheapest', () => {
    const res = breakEvenFromCatalog({
      ...common,
      selfHosted: false,
      queriesPerDay: 1,
      catalog: catalog({ promptedLife: [ev('serving-ends', '2026-09-01')] }),
    });
    const prompted = res.options.find((o) => o.id === 'prompted/big')!;
    expect(prompted.decision).toMatchObject({
      competes: false,
      excludedBecause: 'stops serving on 2026-09-01, inside the 12-month horizon (to 2027-06-01)',
    });
    // At 1 query a day prompting (0.0048) is cheaper than training 1.20 a year, yet it is not named.
    expect(res.cheapestAtVolume).toBe('acme');
    expect(res.regimes.map((r) => r.cheapest)).toEqual(['acme']);
  });
});

describe('7. a retraining the scenario asks for must be buyable', () => {
  it(
    'training ends 2026-12-01: a retraining due on or after it ' +
      'leaves the offer out; one past the horizon does not',
    () => {
      const life = [ev('training-ends', '2026-12-01'), ev('serving-ends', '2028-01-01')];
      const every = (months: number) =>
        breakEvenFromCatalog({
          ...common,
          selfHosted: false,
          queriesPerDay: 500,
          retrainEveryMonths: months,
          catalog: catalog({ ftLife: life }),
        }).options.find((o) => o.id === 'acme')!.decision;
      // 2026-06-01 + 3 months = 2026-09-01 (buyable), + 6 = 2026-12-01: training has ended.
      expect(every(3)).toMatchObject({
        competes: false,
        excludedBecause:
          'the retraining due 2026-12-01 cannot be bought: new training ends 2026-12-01, inside the 12-month horizon',
      });
      // Every 5 months: 2026-11-01 (buyable), 2027-04-01 (not).
      expect(every(5).excludedBecause).toBe(
        'the retraining due 2027-04-01 cannot be bought: new training ends 2026-12-01, inside the 12-month horizon',
      );
      // Every 12 months: the next one is outside the horizon; it competes.
      expect(every(12)).toMatchObject({ competes: true, excludedBecause: null });
    },
  );
});

describe('8 and 9. costs follow the months that are really paid', () => {
  it(
    'a 24-month cycle in a 12-month horizon: the one training is spread ' +
      'over the horizon, so Total/mo × 12 = the 12-month total',
    () => {
      const res = breakEven({
        options: [
          { id: 'prompted', perQuery: '0.03' },
          { id: 'ft', perQuery: '0.01', oneTime: '3000' },
        ],
        queriesPerDay: 500,
        horizonMonths: 12,
        retrainEveryMonths: 24,
      });
      const ft = res.options.find((o) => o.id === 'ft')!.atVolume!;
      expect(ft.trainingPerMonth).toBe('250'); // 3000 / 12, not 3000 / 24
      expect(d(ft.totalPerMonth).times(12).eq(d(ft.totalOverHorizon))).toBe(true);
    },
  );
});

describe('a batch share is said only as far as it changes something', () => {
  it('no option has a batch rate: the assumption says the share changes nothing, and the prices are standard', () => {
    const res = breakEvenFromCatalog({
      ...common,
      selfHosted: false,
      queriesPerDay: 500,
      batchShare: '0.5',
      catalog: catalog({}),
    });
    expect(res.assumptions).toContain(
      '50% of queries would go through a batch API, but no option here has a ' +
        'batch rate in the catalog: the batch share changes nothing',
    );
    // 2,000 × 2.00/1M + 100 × 8.00/1M, as without a batch share.
    expect(res.options.find((o) => o.id === 'prompted/big')!.prices.perQuery).toBe('0.0048');
  });
});

describe('10. one month convention: calendar months', () => {
  it('the whole one-month horizon from 2026-02-01 is exactly one month of life', () => {
    expect(monthsBetween('2026-02-01', '2026-03-01').toFractionString()).toBe('1');
    expect(monthsBetween('2026-01-31', '2026-02-28').toFractionString()).toBe('1');
    // 2026-11-29 → 2026-12-29, then 16 of the 31 days to 2027-01-29.
    expect(monthsBetween('2026-11-29', '2027-01-14').toFractionString()).toBe('47/31');
    expect(monthsBetween('2026-03-01', '2026-03-01').toFractionString()).toBe('0');
    expect(dateAfterMonths('2026-02-01', R(1))).toBe('2026-03-01');
    expect(dateAfterMonths('2026-02-01', R(1, 2))).toBe('2026-02-15');
  });

  it('property: a span of m months ends on a day whose distance is at least m and less than a day more', () => {
    const day = fc
      .integer({ min: 0, max: 3650 })
      .map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 36 * 31 }), fc.integer({ min: 1, max: 31 }), (from, num, den) => {
        const m = R(num, den);
        const end = dateAfterMonths(from, m);
        const span = monthsBetween(from, end);
        expect(span.gte(m)).toBe(true);
        expect(span.minus(m).lt(R(1, 28))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
