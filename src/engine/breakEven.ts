/**
 * Break-evens between cost curves, exactly. Pure: curves in, crossings and regimes out.
 *
 * Two options A and B compare through their difference D(q) = costA(q) − costB(q). Between the
 * replica boundaries of either option (multiples of its capacity) D is linear, so each piece is
 * solved exactly (a rational root). At a boundary D jumps (one more replica starts just after it);
 * where the order of the two options flips across that jump, the boundary itself is the break-even
 * (kind "jump": the costs are not equal there, the order changes right after it). Two options can
 * therefore cross several times.
 *
 * Which pieces need looking at: write a stepped curve as F + S·q + T·ceil(q/c) = F + (S + T/c)·q + T·u
 * with u ∈ [0, 1]. Then D(q) lies within [c0 + σq − T_B, c0 + σq + T_A], σ being the difference of the
 * average per-query costs. Outside the window where that band contains 0 the sign of D is known, so
 * only the boundaries inside the window are visited. When σ = 0 (the same average cost per query) the
 * difference is periodic and the crossings repeat forever: those of the first period (0, P] are
 * reported and the pair says so (every crossing is one of them plus a multiple of P).
 */
import { Rational } from './rational.js';
import { asymptoticSlope, costPerDayAt, replicasAt, type CostCurve } from './costCurve.js';

/** "equal": both cost the same at the volume. "jump": a replica starts just after it and the order flips. */
export type CrossingKind = 'equal' | 'jump';

export interface Crossing {
  /** Queries per day, exact. */
  at: Rational;
  kind: CrossingKind;
  /** The option cheaper just below the crossing, and the one cheaper just above. */
  cheaperBelow: string;
  cheaperAbove: string;
}

export interface PairAnalysis {
  between: [string, string];
  crossings: Crossing[];
  /** The one cheaper (or equal) at every volume, when they never cross; null when they cross, or are equal everywhere. */
  alwaysCheaper: string | null;
  /** Set when both options have the same average cost per query: the pattern of crossings repeats every this many queries/day. */
  repeatsEvery: Rational | null;
  /** Set when the search stopped at its segment budget before the order settled (crossings beyond it are not listed). */
  searchedUpTo: Rational | null;
  /** Beyond this volume the order of the two no longer changes (null when it never settles). */
  settledAfter: Rational | null;
}

/** Replica boundaries visited per pair at most; a pair needing more is reported as searched up to where it stopped. */
const MAX_SEGMENTS_PER_PAIR = 200_000;

function sign(x: Rational): -1 | 0 | 1 {
  return x.sign();
}

/** Multiples of the capacities, in order, from just after `from`: the boundaries where a replica is added. */
function* boundaries(caps: readonly Rational[], from: Rational): Generator<Rational> {
  if (caps.length === 0) return;
  const next = caps.map((c) => from.div(c).floor() + 1n);
  for (;;) {
    let best: Rational | undefined;
    for (let i = 0; i < caps.length; i++) {
      const v = caps[i]!.times(Rational.of(next[i]!));
      if (!best || v.lt(best)) best = v;
    }
    for (let i = 0; i < caps.length; i++) if (caps[i]!.times(Rational.of(next[i]!)).eq(best!)) next[i]!++;
    yield best!;
  }
}

/** The largest boundary ≤ x (0 when there is none). */
function boundaryAtOrBefore(caps: readonly Rational[], x: Rational): Rational {
  let best = Rational.ZERO;
  for (const c of caps) {
    const k = x.div(c).floor();
    if (k > 0n) best = Rational.max(best, c.times(Rational.of(k)));
  }
  return best;
}

/** Walks the sign of D along the volume axis and records where the strict order changes. */
class OrderWalk {
  private lastSign: -1 | 0 | 1 = 0;
  private zeroStart: { at: Rational; kind: CrossingKind } | undefined;
  readonly crossings: Crossing[] = [];

  constructor(
    private readonly a: string,
    private readonly b: string,
    initial: -1 | 0 | 1 = 0,
  ) {
    this.lastSign = initial;
  }

  observe(s: -1 | 0 | 1, at: Rational, kind: CrossingKind): void {
    if (s === 0) {
      // Equal costs: a crossing starts here if the order then turns out to flip.
      if (this.lastSign !== 0 && !this.zeroStart) this.zeroStart = { at, kind };
      return;
    }
    if (this.lastSign !== 0 && s !== this.lastSign) {
      const where = this.zeroStart ?? { at, kind };
      const [below, above] = this.lastSign < 0 ? [this.a, this.b] : [this.b, this.a];
      this.crossings.push({ at: where.at, kind: where.kind, cheaperBelow: below, cheaperAbove: above });
    }
    this.lastSign = s;
    this.zeroStart = undefined;
  }

  get sign(): -1 | 0 | 1 {
    return this.lastSign;
  }
}

/** Every crossing of two curves on [0, ∞). */
export function analyzePair(A: CostCurve, B: CostCurve): PairAnalysis {
  const caps = [A.capacityPerDay, B.capacityPerDay].filter((c): c is Rational => c !== null);
  const beta = A.perQuery.minus(B.perQuery);
  const base: Omit<PairAnalysis, 'crossings' | 'alwaysCheaper'> = {
    between: [A.id, B.id],
    repeatsEvery: null,
    searchedUpTo: null,
    settledAfter: null,
  };

  // D on the segment (l, r]: α + β·q, with the replica counts in force on it.
  const alphaOn = (r: Rational) => {
    const a = A.fixedPerDay.plus(A.stepPerDay.times(Rational.of(replicasAt(A, r))));
    const b = B.fixedPerDay.plus(B.stepPerDay.times(Rational.of(replicasAt(B, r))));
    return a.minus(b);
  };

  if (caps.length === 0) {
    // Two straight lines: at most one crossing.
    const walk = new OrderWalk(A.id, B.id);
    const alpha = A.fixedPerDay.minus(B.fixedPerDay);
    walk.observe(sign(alpha), Rational.ZERO, 'equal');
    let settled = Rational.ZERO;
    if (!beta.isZero()) {
      const root = alpha.neg().div(beta);
      if (root.sign() > 0) {
        walk.observe(0, root, 'equal');
        settled = root;
      }
      walk.observe(sign(beta), settled, 'equal');
    }
    return finish(A, B, walk, { ...base, settledAfter: settled });
  }

  const sigma = asymptoticSlope(A).minus(asymptoticSlope(B));
  const c0 = A.fixedPerDay.minus(B.fixedPerDay);
  let start = Rational.ZERO;
  let end: Rational | null = null; // scan segments whose left end is ≤ end
  let initial: -1 | 0 | 1 = 0;
  let repeatsEvery: Rational | null = null;
  if (!sigma.isZero()) {
    const x1 = A.stepPerDay.neg().minus(c0).div(sigma);
    const x2 = B.stepPerDay.minus(c0).div(sigma);
    const lo = Rational.min(x1, x2);
    const hi = Rational.max(x1, x2);
    const farSign = sign(sigma);
    if (hi.sign() < 0) {
      // The order is settled from 0 on.
      const walk = new OrderWalk(A.id, B.id, farSign);
      return finish(A, B, walk, { ...base, settledAfter: Rational.ZERO });
    }
    if (lo.sign() > 0) {
      start = boundaryAtOrBefore(caps, lo);
      // Below lo the sign is strictly -farSign, and (0, lo) is not empty.
      initial = farSign === 1 ? -1 : 1;
    }
    end = hi;
  } else {
    // Same average cost per query: D is periodic with the least common multiple of the capacities.
    repeatsEvery = caps.reduce((p, c) => lcm(p, c));
    end = repeatsEvery;
  }

  const walk = new OrderWalk(A.id, B.id, initial);
  let l = start;
  let first = start.isZero();
  let segments = 0;
  let searchedUpTo: Rational | null = null;
  let lastRight = start;
  for (const r of boundaries(caps, start)) {
    // A periodic pair is walked over one period (0, P]; any other until the piece past `end`.
    if (!first && (repeatsEvery ? !l.lt(end) : l.gt(end))) {
      if (repeatsEvery) walk.observe(sign(alphaOn(r).plus(beta.times(l))), l, 'jump'); // the jump at P itself
      break;
    }
    if (segments++ >= MAX_SEGMENTS_PER_PAIR) {
      searchedUpTo = l;
      break;
    }
    const alpha = alphaOn(r);
    if (first) walk.observe(sign(alpha), Rational.ZERO, 'equal');
    else walk.observe(sign(alpha.plus(beta.times(l))), l, 'jump');
    first = false;
    if (!beta.isZero()) {
      const root = alpha.neg().div(beta);
      if (l.lt(root) && root.lt(r)) walk.observe(0, root, 'equal');
    }
    walk.observe(sign(alpha.plus(beta.times(r))), r, 'equal');
    lastRight = r;
    l = r;
  }
  if (searchedUpTo) return finish(A, B, walk, { ...base, searchedUpTo });
  if (repeatsEvery) {
    return finish(A, B, walk, {
      ...base,
      repeatsEvery: walk.crossings.length > 0 ? repeatsEvery : null,
      settledAfter: walk.crossings.length > 0 ? null : Rational.ZERO,
    });
  }
  // The walk went one piece past `end`: its right end lies where the sign is settled to sign(σ), so no
  // crossing can follow.
  return finish(A, B, walk, { ...base, settledAfter: lastRight });
}

function lcm(a: Rational, b: Rational): Rational {
  // lcm(p/q, r/s) = lcm(p, r) / gcd(q, s) for reduced fractions.
  const g = (x: bigint, y: bigint): bigint => (y === 0n ? x : g(y, x % y));
  return Rational.of((a.num * b.num) / g(a.num, b.num), g(a.den, b.den));
}

function finish(
  A: CostCurve,
  B: CostCurve,
  walk: OrderWalk,
  rest: Omit<PairAnalysis, 'crossings' | 'alwaysCheaper'>,
): PairAnalysis {
  let alwaysCheaper: string | null = null;
  if (walk.crossings.length === 0 && !rest.searchedUpTo) {
    if (walk.sign < 0) alwaysCheaper = A.id;
    else if (walk.sign > 0) alwaysCheaper = B.id;
  }
  return { ...rest, crossings: walk.crossings, alwaysCheaper };
}

export interface Regime {
  cheapest: string;
  /** Exclusive (except at 0): the regime starts just above this volume. */
  from: Rational;
  /** Inclusive; null for the last regime (to infinity). */
  to: Rational | null;
}

/**
 * The regimes from 0 on, and — when two options keep swapping forever (the same average cost per
 * query) and one of them stays the cheapest overall — the period after which the listed pattern
 * repeats: beyond `repeat.after`, the cheapest at q is the cheapest at q − k·every for the k that
 * brings it into (after, after + every].
 */
export interface RegimeMap {
  regimes: Regime[];
  repeat: { after: Rational; every: Rational } | null;
}

/** Crossings listed per regime map at most; a map needing more stops there (searchedUpTo on its pairs says so). */
const MAX_REGIME_POINTS = 200_000;

/** The cheapest option at q (ties go to the option listed first). */
function cheapestOf(curves: readonly CostCurve[], q: Rational): string {
  let best = curves[0]!;
  let bestCost = costPerDayAt(best, q);
  for (const c of curves.slice(1)) {
    const cost = costPerDayAt(c, q);
    if (cost.lt(bestCost)) [best, bestCost] = [c, cost];
  }
  return best.id;
}

/**
 * The cheapest option on every range of volume from 0 to infinity. Between two consecutive
 * crossings (of any pair) no pair changes order, so the cheapest is the same all along; it is found
 * by pricing every option at one volume inside the range.
 *
 * Pairs that alternate forever report the crossings of their first period only; here they are
 * unrolled over every period up to S + L, where S is the volume after which every other pair's
 * order is settled and L the common period of the alternating pairs. Past S the whole picture is
 * periodic with period L, so the regimes of (S, S + L] repeat forever — or, when one option is the
 * cheapest all through them, the last regime runs to infinity.
 */
export function regimesOf(curves: readonly CostCurve[], pairs: readonly PairAnalysis[]): RegimeMap {
  if (curves.length === 0) return { regimes: [], repeat: null };
  const periodic = pairs.filter((p) => p.repeatsEvery !== null);
  const settledPoints = pairs
    .filter((p) => p.repeatsEvery === null)
    .flatMap((p) => [p.settledAfter ?? p.searchedUpTo ?? Rational.ZERO, ...p.crossings.map((c) => c.at)]);
  const settled = settledPoints.reduce((m, x) => Rational.max(m, x), Rational.ZERO);
  const period = periodic.length ? periodic.map((p) => p.repeatsEvery!).reduce((a, b) => lcm(a, b)) : null;
  const horizon = period ? settled.plus(period) : settled;

  const points: Rational[] = pairs.filter((p) => p.repeatsEvery === null).flatMap((p) => p.crossings.map((c) => c.at));
  for (const p of periodic) {
    const every = p.repeatsEvery!;
    for (let k = 0n; ; k++) {
      const shift = every.times(Rational.of(k));
      if (shift.gt(horizon) || points.length > MAX_REGIME_POINTS) break;
      for (const c of p.crossings) {
        const at = c.at.plus(shift);
        if (at.lte(horizon)) points.push(at);
      }
    }
  }
  if (period) points.push(settled, horizon);
  const bounds: (Rational | null)[] = [...uniqueSorted(points.filter((x) => x.sign() > 0)), null];

  const regimes: Regime[] = [];
  let from = Rational.ZERO;
  for (const to of bounds) {
    if (to === null && period) break; // past S + L: the repeat says what happens
    // [0, x1] includes 0; a probe at its midpoint is inside it. The last range is probed past every settle point.
    const probe = to ? from.plus(to).div(Rational.of(2n)) : Rational.max(from, settled).plus(Rational.ONE);
    const cheapest = cheapestOf(curves, probe);
    const last = regimes.at(-1);
    if (last && last.cheapest === cheapest) last.to = to;
    else regimes.push({ cheapest, from, to });
    if (to) from = to;
  }
  if (!period) return { regimes, repeat: null };
  // Inside (S, S + L], does the cheapest ever change? If not, that option wins from S on, forever.
  const tail = regimes.filter((r) => r.to === null || r.to.gt(settled));
  if (tail.length === 1 || new Set(tail.map((r) => r.cheapest)).size === 1) {
    const first = regimes.findIndex((r) => r.to === null || r.to.gt(settled));
    regimes.splice(first + 1);
    regimes[first]!.to = null;
    return { regimes, repeat: null };
  }
  return { regimes, repeat: { after: settled, every: period } };
}

/** The cheapest option at a volume, read from a regime map (repeats unrolled). */
export function regimeAt(map: RegimeMap, q: Rational): string {
  let x = q;
  if (map.repeat && x.gt(map.repeat.after.plus(map.repeat.every))) {
    // k = ceil((q − S) / L) − 1 brings q into (S, S + L].
    const k = x.minus(map.repeat.after).div(map.repeat.every).ceil() - 1n;
    x = x.minus(map.repeat.every.times(Rational.of(k)));
  }
  for (const r of map.regimes) if (r.to === null || x.lte(r.to)) return r.cheapest;
  return map.regimes.at(-1)!.cheapest;
}

function uniqueSorted(values: readonly Rational[]): Rational[] {
  const sorted = [...values].sort((a, b) => a.cmp(b));
  return sorted.filter((v, i) => i === 0 || !v.eq(sorted[i - 1]!));
}

/** Every pair of curves, in the order given: (0,1), (0,2), ..., (1,2), ... */
export function analyzeAllPairs(curves: readonly CostCurve[]): PairAnalysis[] {
  const out: PairAnalysis[] = [];
  for (let i = 0; i < curves.length; i++)
    for (let j = i + 1; j < curves.length; j++) out.push(analyzePair(curves[i]!, curves[j]!));
  return out;
}
