/**
 * Properties of costs beyond compute and quality (issue 22): a success rate of 1 and zero extra costs give
 * today's result byte for byte; raising a cost (an extra, a failure's fix) or lowering a success rate never
 * makes its option cheaper, at any volume or over the horizon.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { d, type Decimal } from '../../../src/decimal.js';
import { analyzeBreakEven } from '../../../src/engine/breakEven/analysis.js';
import {
  type CostOption,
  costPerDayAt,
  EXTRA_COST_KEYS,
  type ExtraCosts,
  toCurve,
} from '../../../src/engine/breakEven/costCurve.js';
import { Rational } from '../../../src/engine/breakEven/rational.js';
import { toBreakEvenResult } from '../../../src/result/breakEven.js';
import { noteWords } from '../../../src/render/words/notes.js';
import { cents, linear, settings, stepped } from '../../helpers/curves.js';

const options = fc
  .array(fc.oneof(linear, stepped), { minLength: 2, maxLength: 4 })
  .map((raw) => raw.map((o, i): CostOption => ({ ...o, id: `o${i}`, kind: 'custom', perQuery: o.perQuery ?? d(0) })));
const rate = fc.integer({ min: 1, max: 100 }).map((n) => d(n).div(100));
const extras: fc.Arbitrary<ExtraCosts> = fc.record(
  Object.fromEntries(EXTRA_COST_KEYS.map((k) => [k, fc.option(cents(5000_00), { nil: undefined })])) as Record<
    keyof ExtraCosts,
    fc.Arbitrary<Decimal | undefined>
  >,
);
const volume = fc.integer({ min: 0, max: 200_000 }).map((n) => d(n));

const resultOf = (opts: CostOption[], s: { hoursPerMonth: Decimal; amortizationMonths: Decimal }, q: Decimal) =>
  toBreakEvenResult(
    analyzeBreakEven({ ...s, options: opts, queriesPerDay: q, horizonMonths: d(12), chartSamples: 5 }),
    { today: '2026-11-23', source: { kind: 'scenario', file: null }, words: noteWords() },
  );

/** The result without the fields only a run with extras or rates carries. */
function today(json: string): string {
  const r = JSON.parse(json);
  for (const o of r.options) {
    delete o.extraCosts;
    delete o.quality;
    if (o.atVolume)
      for (const k of ['extrasPerMonth', 'failuresPerMonth', 'costPerUsableAnswer', 'costPerUsableAnswerExact'])
        delete o.atVolume[k];
  }
  return JSON.stringify(r);
}

describe('success rate 1 and zero extra costs', () => {
  it('reproduce today’s result byte for byte', () => {
    fc.assert(
      fc.property(options, settings, volume, fc.constantFrom('retry', '0.5'), (opts, s, q, failure) => {
        const zero: ExtraCosts = Object.fromEntries(EXTRA_COST_KEYS.map((k) => [k, d(0)]));
        const same = opts.map((o) => ({
          ...o,
          extras: zero,
          quality: {
            successRate: d(1),
            failureCost:
              failure === 'retry' ? ({ kind: 'retry' } as const) : ({ kind: 'fix', usd: d(failure) } as const),
          },
        }));
        const plain = JSON.stringify(resultOf(opts, s, q));
        expect(today(JSON.stringify(resultOf(same, s, q)))).toBe(plain);
      }),
      { numRuns: 150 },
    );
  });
});

describe('raising a cost never makes its option cheaper', () => {
  it('an extra cost, a failure’s fix, a lower success rate: the option costs no less at any volume', () => {
    fc.assert(
      fc.property(
        options,
        settings,
        extras,
        extras,
        rate,
        rate,
        cents(5_00),
        cents(5_00),
        fc.constantFrom('retry', 'fix'),
        volume,
        (opts, s, x1, x2, r1, r2, f1, f2, how, q) => {
          const o = opts[0]!;
          const lowRate = r1.lt(r2) ? r1 : r2;
          const highRate = r1.lt(r2) ? r2 : r1;
          const add = (a?: Decimal, b?: Decimal) => (a ?? d(0)).plus(b ?? d(0));
          const more: ExtraCosts = Object.fromEntries(EXTRA_COST_KEYS.map((k) => [k, add(x1[k], x2[k])]));
          const fix = (usd: Decimal) =>
            how === 'retry' ? ({ kind: 'retry' } as const) : ({ kind: 'fix', usd } as const);
          const cheap: CostOption = { ...o, extras: x1, quality: { successRate: highRate, failureCost: fix(f1) } };
          const dear: CostOption = {
            ...o,
            extras: more,
            quality: { successRate: lowRate, failureCost: fix(f1.plus(f2)) },
          };
          const at = Rational.from(q);
          expect(costPerDayAt(toCurve(dear, s), at).gte(costPerDayAt(toCurve(cheap, s), at))).toBe(true);
          const total = (x: CostOption) =>
            analyzeBreakEven({ ...s, options: [x], queriesPerDay: q, horizonMonths: d(12), chartSamples: 2 })
              .options[0]!.atVolume!;
          expect(total(dear).overHorizon.gte(total(cheap).overHorizon)).toBe(true);
          expect(total(dear).total.gte(total(cheap).total)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
