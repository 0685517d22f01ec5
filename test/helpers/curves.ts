/** Random options and curve settings for the break-even engine's property tests (fast-check). */
import fc from 'fast-check';
import { d } from '../../src/decimal.js';
import { type CostCurve, type CostOption, type CurveSettings, toCurve } from '../../src/engine/breakEven/costCurve.js';

export const cents = (max: number) => fc.integer({ min: 0, max }).map((n) => d(n).div(100));
const perQuery = fc.integer({ min: 0, max: 500 }).map((n) => d(n).div(10_000)); // 0 – 0.05 USD

/** A per-query option with an optional monthly fee and one-time cost. */
export const linear = fc.record({
  perQuery,
  monthly: fc.option(cents(300_00), { nil: undefined }),
  oneTime: fc.option(cents(5000_00), { nil: undefined }),
});

/** An option billed per replica-hour with a capacity (a step at every multiple of it). */
export const stepped = fc.record({
  perQuery: fc.option(perQuery, { nil: undefined }),
  monthly: fc.option(cents(100_00), { nil: undefined }),
  hourly: fc.integer({ min: 1, max: 500 }).map((n) => d(n).div(100)), // 0.01 – 5.00 per replica-hour
  capacityPerDay: fc.integer({ min: 20, max: 3000 }).map((n) => d(n)),
});

export const settings: fc.Arbitrary<CurveSettings> = fc.record({
  hoursPerMonth: fc.constantFrom(d(730), d(720)),
  amortizationMonths: fc.integer({ min: 1, max: 24 }).map((n) => d(n)),
});

/** Curves o0, o1, … of the raw options (one with no price at all is given a zero per-query price). */
export function curvesOf(raw: readonly Partial<CostOption>[], s: CurveSettings): CostCurve[] {
  return raw.map((o, i) => {
    const withPrice = [o.perQuery, o.monthly, o.oneTime, o.hourly].some((p) => p !== undefined)
      ? o
      : { ...o, perQuery: d(0) };
    return toCurve({ ...withPrice, id: `o${i}`, kind: 'custom' }, s);
  });
}
