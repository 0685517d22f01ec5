/**
 * Properties of the break-even engine over random linear and stepped options (fast-check):
 * every reported break-even is exact (equal costs) or a flip across a replica jump; the order of two
 * options does not change between consecutive crossings; the regimes tile [0, ∞) and name the cheapest.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { d } from '../../src/decimal.js';
import { analyzeAllPairs, analyzePair, regimesOf, type PairAnalysis } from '../../src/engine/breakEven.js';
import { costPerDayAt, toCurve, type CostCurve, type CostOption, type CurveSettings } from '../../src/engine/costCurve.js';
import { Rational } from '../../src/engine/rational.js';

const cents = (max: number) => fc.integer({ min: 0, max }).map((n) => d(n).div(100));
const perQuery = fc.integer({ min: 0, max: 500 }).map((n) => d(n).div(10_000)); // 0 – 0.05 USD

const linear = fc.record({ perQuery, monthly: fc.option(cents(300_00), { nil: undefined }), oneTime: fc.option(cents(5000_00), { nil: undefined }) });
const stepped = fc.record({
  perQuery: fc.option(perQuery, { nil: undefined }),
  monthly: fc.option(cents(100_00), { nil: undefined }),
  hourly: fc.integer({ min: 1, max: 500 }).map((n) => d(n).div(100)), // 0.01 – 5.00 per replica-hour
  capacityPerDay: fc.integer({ min: 20, max: 3000 }).map((n) => d(n)),
});
const option = fc.oneof(linear, stepped);
const settings: fc.Arbitrary<CurveSettings> = fc.record({
  hoursPerMonth: fc.constantFrom(d(730), d(720)),
  amortizationMonths: fc.integer({ min: 1, max: 24 }).map((n) => d(n)),
});

function curvesOf(raw: readonly Partial<CostOption>[], s: CurveSettings): CostCurve[] {
  return raw.map((o, i) => {
    const withPrice = [o.perQuery, o.monthly, o.oneTime, o.hourly].some((p) => p !== undefined) ? o : { ...o, perQuery: d(0) };
    return toCurve({ ...withPrice, id: `o${i}`, kind: 'custom' }, s);
  });
}

const diffSign = (a: CostCurve, b: CostCurve, q: Rational) => costPerDayAt(a, q).minus(costPerDayAt(b, q)).sign();

/** Volumes to look at: every replica boundary (up to a budget), around every crossing, and random ones, within [0, limit]. */
function probes(curves: readonly CostCurve[], marks: readonly Rational[], limit: Rational, randoms: readonly number[]): Rational[] {
  const out: Rational[] = [Rational.ZERO, limit];
  for (const c of curves) {
    if (!c.capacityPerDay) continue;
    for (let k = 1n; k <= 400n; k++) {
      const b = c.capacityPerDay.times(Rational.of(k));
      if (b.gt(limit)) break;
      out.push(b, b.plus(Rational.of(1n, 1000n)));
    }
  }
  const eps = Rational.of(1n, 1_000_000n);
  for (const m of marks) out.push(m, m.plus(eps), Rational.max(Rational.ZERO, m.minus(eps)));
  for (const r of randoms) out.push(limit.times(Rational.of(BigInt(r), 1_000_000n)));
  return out.filter((q) => q.sign() >= 0 && q.lte(limit));
}

/** How far the checks look: past the last crossing and the settle point; one period for a periodic pair. */
function limitOf(p: PairAnalysis, curves: readonly CostCurve[]): Rational {
  if (p.repeatsEvery) return p.repeatsEvery;
  if (p.searchedUpTo) return p.searchedUpTo;
  const maxCap = curves.reduce((m, c) => (c.capacityPerDay ? Rational.max(m, c.capacityPerDay) : m), Rational.ONE);
  const last = p.crossings.at(-1)?.at ?? Rational.ZERO;
  return Rational.max(last, p.settledAfter ?? Rational.ZERO).times(Rational.of(2n)).plus(maxCap.times(Rational.of(3n))).plus(Rational.of(100n));
}

const randoms = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 5, maxLength: 30 });

describe('break-even properties', () => {
  it('at every reported break-even the costs are exactly equal, or the order flips across a replica jump', () => {
    fc.assert(
      fc.property(option, option, settings, (a, b, s) => {
        const [A, B] = curvesOf([a, b], s);
        const p = analyzePair(A!, B!);
        p.crossings.forEach((c, i) => {
          const before = diffSign(A!, B!, c.at);
          if (c.kind === 'equal') {
            expect(costPerDayAt(A!, c.at).eq(costPerDayAt(B!, c.at))).toBe(true);
          } else {
            // Left of (and at) the jump the old order holds; just past it the order is not the old one.
            expect(before).not.toBe(0);
            const next = p.crossings[i + 1]?.at;
            let eps = Rational.of(1n, 1000n);
            if (next) eps = Rational.min(eps, next.minus(c.at).div(Rational.of(2n)));
            expect(diffSign(A!, B!, c.at.plus(eps))).not.toBe(before);
          }
          // The one named cheaper below is cheaper (or equal) just below; the one above just above.
          expect(c.cheaperBelow).not.toBe(c.cheaperAbove);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('between consecutive crossings the order of the two options does not change', () => {
    fc.assert(
      fc.property(option, option, settings, randoms, (a, b, s, rs) => {
        const [A, B] = curvesOf([a, b], s);
        const p = analyzePair(A!, B!);
        const xs = p.crossings;
        const signOf = (id: string) => (id === A!.id ? -1 : 1); // A cheaper ⇔ A − B < 0
        const expected = (q: Rational): number | null => {
          if (xs.length === 0) return p.alwaysCheaper ? signOf(p.alwaysCheaper) : null;
          if (q.lte(xs[0]!.at)) return signOf(xs[0]!.cheaperBelow);
          let i = 0;
          while (i + 1 < xs.length && q.gt(xs[i + 1]!.at)) i++;
          return signOf(xs[i]!.cheaperAbove);
        };
        for (const q of probes([A!, B!], xs.map((c) => c.at), limitOf(p, [A!, B!]), rs)) {
          const sgn = diffSign(A!, B!, q);
          const want = expected(q);
          if (sgn !== 0 && want !== null) expect({ q: q.toString(), sgn }).toEqual({ q: q.toString(), sgn: want });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('regimes cover [0, ∞) without gaps, and the named option is the cheapest inside each', () => {
    fc.assert(
      fc.property(fc.array(option, { minLength: 1, maxLength: 4 }), settings, randoms, (raw, s, rs) => {
        const curves = curvesOf(raw, s);
        const pairs = analyzeAllPairs(curves);
        const regimes = regimesOf(curves, pairs);
        expect(regimes[0]!.from.isZero()).toBe(true);
        expect(regimes.at(-1)!.to).toBeNull();
        for (let i = 1; i < regimes.length; i++) {
          expect(regimes[i]!.from.eq(regimes[i - 1]!.to!)).toBe(true);
          expect(regimes[i]!.from.gt(regimes[i - 1]!.from)).toBe(true);
          expect(regimes[i]!.cheapest).not.toBe(regimes[i - 1]!.cheapest);
        }
        const cheapestIs = (id: string, q: Rational) => {
          const named = costPerDayAt(curves.find((c) => c.id === id)!, q);
          for (const c of curves) expect(named.lte(costPerDayAt(c, q))).toBe(true);
        };
        for (const r of regimes) {
          if (r.to) cheapestIs(r.cheapest, r.from.plus(r.to).div(Rational.of(2n)));
        }
        // Everywhere up to the furthest point any pair is known to be settled (one period for periodic pairs).
        const periodic = pairs.some((p) => p.repeatsEvery || p.searchedUpTo);
        const limit = pairs.reduce((m, p) => Rational.max(m, limitOf(p, curves)), Rational.ONE);
        const marks = regimes.flatMap((r) => (r.to ? [r.to] : []));
        for (const q of probes(curves, marks, limit, rs)) {
          if (periodic) break;
          const regime = regimes.find((r) => r.to === null || q.lte(r.to))!;
          cheapestIs(regime.cheapest, q);
        }
        if (!periodic) cheapestIs(regimes.at(-1)!.cheapest, limit.times(Rational.of(10n)));
      }),
      { numRuns: 300 },
    );
  });
});
