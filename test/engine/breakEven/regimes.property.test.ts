/**
 * Properties of the regimes against the break-evens (issue 21, items 4 and 5), over random options with
 * ties forced in (a flat fee equal to k replicas of a stepped option, an option listed twice):
 * - every regime boundary is a listed break-even of exactly the two options it changes between (a
 *   replica jump is listed as a "jump" break-even; for options that swap forever, one of the listed
 *   crossings plus a whole number of periods), and vice versa: every break-even whose cheaperBelow is
 *   the cheapest there is a regime boundary;
 * - the tie rule: across a boundary the new cheapest is strictly cheaper just above it, and the old
 *   one no dearer at it;
 * - the cheapest at a volume (cheapestAtVolume) is the regime's at that volume, ties included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { d } from '../../../src/decimal.js';
import {
  analyzeAllPairs,
  namedCheapestAt,
  regimeAt,
  regimesOf,
  type PairAnalysis,
} from '../../../src/engine/breakEven/crossings.js';
import {
  costPerDayAt,
  type CostCurve,
  type CostOption,
  type CurveSettings,
} from '../../../src/engine/breakEven/costCurve.js';
import { Rational } from '../../../src/engine/breakEven/rational.js';
import { curvesOf, linear, settings, stepped } from '../../helpers/curves.js';

type Raw = Partial<CostOption>;
/**
 * Options with ties: a stepped option, and a flat one costing exactly k of its replicas a day
 * (monthly = k × hourly × hoursPerMonth, plus its own monthly fee and per-query price, so the two are
 * equal all along the k-th replica's range), another option at random, and sometimes one listed twice.
 */
const tiedSet = fc
  .record({
    step: stepped,
    k: fc.integer({ min: 1, max: 4 }),
    other: fc.option(fc.oneof(linear, stepped), { nil: undefined }),
    duplicate: fc.boolean(),
    shuffle: fc.integer({ min: 0, max: 23 }),
  })
  .map(({ step, k, other, duplicate, shuffle }) => (s: CurveSettings): Raw[] => {
    const flat: Raw = {
      perQuery: step.perQuery,
      monthly: step.hourly
        .times(k)
        .times(s.hoursPerMonth)
        .plus(step.monthly ?? 0),
    };
    const list: Raw[] = [step, flat, ...(other ? [other] : []), ...(duplicate ? [{ ...flat }] : [])];
    // A permutation picked by `shuffle`: the listed order must not matter except between identical options.
    const out: Raw[] = [];
    let r = shuffle;
    const rest = [...list];
    while (rest.length) {
      out.push(...rest.splice(r % rest.length, 1));
      r = Math.floor(r / 2) + 1;
    }
    return out;
  });
/**
 * Two stepped options with the same average cost per query (they swap forever), fees in whole
 * replica-days so that their costs tie on whole ranges, and sometimes a third option.
 */
const swappingTiedSet = fc
  .record({
    unit: fc.integer({ min: 10, max: 400 }),
    hourly: fc.integer({ min: 1, max: 300 }).map((n) => d(n).div(100)),
    a: fc.integer({ min: 1, max: 5 }),
    b: fc.integer({ min: 1, max: 5 }),
    feeA: fc.integer({ min: 0, max: 6 }),
    feeB: fc.integer({ min: 0, max: 6 }),
    third: fc.option(fc.oneof(linear, stepped), { nil: undefined }),
  })
  .map(({ unit, hourly, a, b, feeA, feeB, third }) => (s: CurveSettings): Raw[] => [
    { hourly: hourly.times(a), capacityPerDay: d(a * unit), monthly: hourly.times(feeA).times(s.hoursPerMonth) },
    { hourly: hourly.times(b), capacityPerDay: d(b * unit), monthly: hourly.times(feeB).times(s.hoursPerMonth) },
    ...(third ? [third] : []),
  ]);
const anySet = fc.oneof(
  tiedSet,
  swappingTiedSet,
  fc.array(fc.oneof(linear, stepped), { minLength: 1, maxLength: 4 }).map((raw) => (_: CurveSettings) => raw as Raw[]),
);

const cost = (curves: readonly CostCurve[], id: string, q: Rational) =>
  costPerDayAt(curves.find((c) => c.id === id)!, q);
/** Far smaller than any gap between two distinct volumes here (denominators stay below 10^15). */
const EPS = Rational.of(1n, 10n ** 40n);

const key = (q: Rational) => `${q.num}/${q.den}`;

/**
 * Is `at` a crossing of the pair of x and y, from x to y (for a pair that swaps forever: a listed one plus k
 * periods)? Listed crossings are looked up in a set per pair: a pair of replica-billed options with nearly the
 * same cost per query lists ~200,000 of them, and a scan per regime boundary made this test quadratic (one
 * random case in a CI run took over 30 s).
 */
function crossingIndex(pairs: readonly PairAnalysis[]) {
  const listed = new Set<string>();
  for (const p of pairs) for (const c of p.crossings) listed.add(`${c.cheaperBelow}>${c.cheaperAbove}@${key(c.at)}`);
  return (x: string, y: string, at: Rational): boolean => {
    if (listed.has(`${x}>${y}@${key(at)}`)) return true;
    const p = pairs.find((q) => q.between.includes(x) && q.between.includes(y))!;
    if (!p.repeatsEvery) return false;
    const every = p.repeatsEvery;
    return p.crossings.some(
      (c) => c.cheaperBelow === x && c.cheaperAbove === y && !at.lt(c.at) && at.minus(c.at).div(every).isInteger(),
    );
  };
}

/** Every crossing of every pair, periods unrolled, up to `limit`. */
function crossingsUpTo(pairs: readonly PairAnalysis[], limit: Rational) {
  const out: { at: Rational; below: string; above: string }[] = [];
  for (const p of pairs) {
    for (let k = 0n; ; k++) {
      const shift = p.repeatsEvery ? p.repeatsEvery.times(Rational.of(k)) : Rational.ZERO;
      if (shift.gt(limit) || out.length > 5000) break;
      for (const c of p.crossings) {
        const at = c.at.plus(shift);
        if (at.lte(limit)) out.push({ at, below: c.cheaperBelow, above: c.cheaperAbove });
      }
      if (!p.repeatsEvery) break;
    }
  }
  return out;
}

/**
 * What is wrong with the regimes of these options against their break-evens (nothing: an empty list).
 * Collected, not asserted one by one: one random case can list ~200,000 regimes (two replica-billed options of
 * nearly the same cost per query), and an `expect` per boundary alone took seconds there.
 */
function boundaryFaults(raw: Raw[], s: CurveSettings): { regimes: number; faults: string[] } {
  const faults: string[] = [];
  const curves = curvesOf(raw, s);
  const pairs = analyzeAllPairs(curves);
  const map = regimesOf(curves, pairs);
  const { regimes } = map;
  const isCrossing = crossingIndex(pairs);
  for (let i = 1; i < regimes.length && faults.length < 5; i++) {
    const [x, y] = [regimes[i - 1]!.cheapest, regimes[i]!.cheapest];
    const b = regimes[i]!.from;
    if (!isCrossing(x, y, b)) faults.push(`${x} → ${y} at ${b} is no listed break-even`);
    // The tie rule: the old cheapest is no dearer at the boundary, the new one strictly cheaper just above.
    if (!cost(curves, x, b).lte(cost(curves, y, b))) faults.push(`${x} is dearer than ${y} at ${b}`);
    if (!cost(curves, y, b.plus(EPS)).lt(cost(curves, x, b.plus(EPS))))
      faults.push(`${y} is not cheaper than ${x} just above ${b}`);
  }
  // Vice versa: a break-even whose cheaperBelow is the cheapest there ends that regime, within the listed range.
  const ends = regimes.flatMap((r) => (r.to ? [r.to] : []));
  const endKeys = new Set(ends.map(key));
  const lastListed = regimes.at(-1)?.to ?? null;
  const limit = lastListed ?? ends.reduce((m, x) => Rational.max(m, x), Rational.ZERO).plus(Rational.of(1_000_000n));
  for (const c of crossingsUpTo(pairs, limit)) {
    if (faults.length >= 5) break;
    if (regimeAt(map, c.at) !== c.below) continue;
    if (!endKeys.has(key(c.at))) faults.push(`the break-even ${c.below} → ${c.above} at ${c.at} ends no regime`);
  }
  return { regimes: regimes.length, faults };
}

/** Volumes at most: every boundary of a map with fewer regimes, an even spread of a larger one's. */
const MAX_VOLUMES = 3000;

/** Where the cheapest named at a volume is not the regime there, or costs more than an option. */
function cheapestFaults(raw: Raw[], s: CurveSettings, qs: readonly number[]): string[] {
  const faults: string[] = [];
  const curves = curvesOf(raw, s);
  const map = regimesOf(curves, analyzeAllPairs(curves));
  const ends = map.regimes.flatMap((r) => (r.to ? [r.to] : []));
  const stride = Math.max(1, Math.ceil((ends.length * 3) / MAX_VOLUMES));
  const volumes = [
    ...qs.map((n) => Rational.of(BigInt(n), 1000n)),
    ...ends
      .filter((_, i) => i % stride === 0 || i === ends.length - 1)
      .flatMap((to) => [to, to.plus(EPS), to.minus(EPS)]),
  ].filter((q) => q.sign() >= 0);
  for (const q of volumes) {
    if (faults.length >= 5) break;
    const regime = regimeAt(map, q);
    if (regime === null) continue; // past where a search stopped
    const named = namedCheapestAt(curves, q);
    if (named !== regime) faults.push(`at ${q}: named ${named}, regime ${regime}`);
    for (const c of curves)
      if (!cost(curves, named, q).lte(costPerDayAt(c, q))) faults.push(`at ${q}: ${named} costs more than ${c.id}`);
  }
  return faults;
}

/**
 * The case that made a CI run time out (2026-12-07): 1.00/replica-hour for 2,999 queries a day against 0.99 for
 * 2,969 — the same cost per query to within 1 part in 10^5, so their order changes ~166,000 times before the
 * search budget stops it.
 */
const nearlyEqualReplicas: Raw[] = [
  { hourly: d('1'), capacityPerDay: d(2999) },
  { hourly: d('0.99'), capacityPerDay: d(2969), monthly: d(5) },
];
const nearlyEqualSettings: CurveSettings = { hoursPerMonth: d(730), amortizationMonths: d(1) };

describe('regimes and break-evens come from the same crossings', () => {
  it('every regime boundary is a listed break-even of the two options it changes between, and vice versa', () => {
    fc.assert(
      fc.property(anySet, settings, (make, s) => {
        expect(boundaryFaults(make(s), s).faults).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('the cheapest at a volume is the regime there, ties included (and it costs no more than any option)', () => {
    fc.assert(
      fc.property(
        anySet,
        settings,
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 3, maxLength: 12 }),
        (make, s, qs) => {
          expect(cheapestFaults(make(s), s, qs)).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('both hold for two replica-billed options that swap ~166,000 times (each regime looked up, not scanned)', () => {
    const { regimes, faults } = boundaryFaults(nearlyEqualReplicas, nearlyEqualSettings);
    expect({ manyRegimes: regimes > 100_000, faults }).toEqual({ manyRegimes: true, faults: [] });
    expect(cheapestFaults(nearlyEqualReplicas, nearlyEqualSettings, [0, 1_000_000, 9_999_999])).toEqual([]);
  });
});
