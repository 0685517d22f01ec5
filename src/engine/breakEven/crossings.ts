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
 *
 * The tie rule, one for the wording of a crossing, the regimes and the cheapest at a volume: where
 * options cost exactly the same (at one volume, or all along a range) the one named cheaper is the
 * one that was cheaper just below — the name changes only where another option becomes strictly
 * cheaper. So a crossing is listed at the last volume where the two are equal (the end of a tied
 * range, not its start), its cheaperAbove strictly cheaper just above it. Where two options are equal
 * from 0 on, the one cheaper where they first differ is named from 0; where they never differ, the
 * one listed first. The regimes (regimesOf) and the cheapest at a volume (namedCheapestAt) read each
 * pair's order from its crossings, never from a separate probe, so they cannot contradict them.
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
  /**
   * The one cheaper (or equal) at every volume, when they never cross; null when they cross, or are
   * equal everywhere.
   */
  alwaysCheaper: string | null;
  /**
   * The one named cheaper from 0 up to the first crossing (the tie rule: where the two are equal from
   * 0 on, the one cheaper where they first differ; equal everywhere, the first of the pair). Null only
   * when the search stopped before their costs ever differed.
   */
  firstCheaper: string | null;
  /**
   * Set when both options have the same average cost per query: the pattern of crossings repeats every
   * this many queries/day.
   */
  repeatsEvery: Rational | null;
  /**
   * Set when the search stopped at its segment budget before the order settled (crossings beyond it
   * are not listed).
   */
  searchedUpTo: Rational | null;
  /** Beyond this volume the order of the two no longer changes (null when it never settles). */
  settledAfter: Rational | null;
}

/** Replica boundaries visited per pair at most; a pair needing more is reported as searched up to where it stopped. */
const MAX_SEGMENTS_PER_PAIR = 200_000;
/**
 * Replica boundaries visited for all the pairs of one comparison together (analyzeAllPairs): with N options there
 * are N(N−1)/2 pairs, and a per-pair budget alone made 80 near-parallel stepped options take hours. Each pair gets
 * an equal share of what is left (at most MAX_SEGMENTS_PER_PAIR, at least MIN_SEGMENTS_PER_PAIR), so a pair that
 * settles at once leaves its share to those that alternate. The work is O(N² + this), whatever the options.
 */
const MAX_SEGMENTS_PER_ANALYSIS = 200_000;
const MIN_SEGMENTS_PER_PAIR = 25;

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

/**
 * Walks the sign of D along the volume axis and records where the order named changes (the tie rule:
 * a tie keeps the one that was cheaper just below, so a crossing is at the last volume of equal costs).
 * Observations come in volume order; at a replica boundary the value at it ("equal") comes before the
 * value just after it ("jump").
 */
class OrderWalk {
  private lastSign: -1 | 0 | 1 = 0;
  private zeroEnd: { at: Rational; kind: CrossingKind } | undefined;
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
      // Equal costs: the one cheaper below keeps the name; if the order then flips, it flips after the
      // last volume of the tie. Equal at a boundary and just after it: the costs are equal there ("equal").
      if (this.lastSign !== 0 && !(this.zeroEnd?.kind === 'equal' && this.zeroEnd.at.eq(at)))
        this.zeroEnd = { at, kind };
      return;
    }
    if (this.lastSign !== 0 && s !== this.lastSign) {
      const where = this.zeroEnd ?? { at, kind };
      const [below, above] = this.lastSign < 0 ? [this.a, this.b] : [this.b, this.a];
      this.crossings.push({ at: where.at, kind: where.kind, cheaperBelow: below, cheaperAbove: above });
    }
    this.lastSign = s;
    this.zeroEnd = undefined;
  }

  get sign(): -1 | 0 | 1 {
    return this.lastSign;
  }
}

/**
 * Every crossing of two curves on [0, ∞), visiting at most `maxSegments` replica boundaries (past them the pair
 * says where the search stopped); `used`, when given, is told how many it visited.
 */
export function analyzePair(
  A: CostCurve,
  B: CostCurve,
  maxSegments = MAX_SEGMENTS_PER_PAIR,
  used?: { segments: number },
): PairAnalysis {
  const caps = [A.capacityPerDay, B.capacityPerDay].filter((c): c is Rational => c !== null);
  const beta = A.perQuery.minus(B.perQuery);
  const base: Omit<PairAnalysis, 'crossings' | 'alwaysCheaper' | 'firstCheaper'> = {
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
    if (segments++ >= maxSegments) {
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
  if (used) used.segments = segments;
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
  rest: Omit<PairAnalysis, 'crossings' | 'alwaysCheaper' | 'firstCheaper'>,
): PairAnalysis {
  let alwaysCheaper: string | null = null;
  if (walk.crossings.length === 0 && !rest.searchedUpTo) {
    if (walk.sign < 0) alwaysCheaper = A.id;
    else if (walk.sign > 0) alwaysCheaper = B.id;
  }
  const signed = walk.sign < 0 ? A.id : walk.sign > 0 ? B.id : rest.searchedUpTo ? null : A.id;
  const firstCheaper = walk.crossings[0]?.cheaperBelow ?? signed;
  return { ...rest, crossings: walk.crossings, alwaysCheaper, firstCheaper };
}

/**
 * The one of the pair named cheaper at q (the tie rule), read from its crossings: the one cheaper
 * above the last crossing below q (a crossing's own volume still belongs below it). Null past the
 * volume the pair's search reached.
 */
function pairCheaperAt(p: PairAnalysis, q: Rational): string | null {
  if (p.searchedUpTo && q.gt(p.searchedUpTo)) return null;
  let x = q;
  let laterPeriod = false;
  if (p.repeatsEvery && x.gt(p.repeatsEvery)) {
    // k = ceil(q / P) − 1 brings q into (0, P]; the crossings of (0, P] repeat in every period.
    const k = x.div(p.repeatsEvery).ceil() - 1n;
    x = x.minus(p.repeatsEvery.times(Rational.of(k)));
    laterPeriod = true;
  }
  // The last crossing strictly below x (binary search: crossings are in order of volume).
  let lo = 0;
  let hi = p.crossings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.crossings[mid]!.at.lt(x)) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) return p.crossings[lo - 1]!.cheaperAbove;
  // Before the period's first crossing: from 0 in the first period, from the previous period's end after.
  return laterPeriod ? p.crossings.at(-1)!.cheaperAbove : p.firstCheaper;
}

/**
 * The option named cheapest at q among `curves`: the lowest cost per day, and among options of exactly
 * equal cost the one the tie rule names (each tied pair's order read from its crossings, as the
 * regimes do); where that is not known (past a pair's search), the one listed first.
 */
export function namedCheapestAt(curves: readonly CostCurve[], q: Rational): string {
  let tied: CostCurve[] = [];
  let best: Rational | undefined;
  for (const curve of curves) {
    const cost = costPerDayAt(curve, q);
    const c = best === undefined ? -1 : cost.cmp(best);
    if (c < 0) [tied, best] = [[curve], cost];
    else if (c === 0) tied.push(curve);
  }
  if (tied.length === 1) return tied[0]!.id;
  // Equal costs at q: a knock-out in listed order, each pair's order from its own analysis. The order
  // the tie rule names is transitive, so the survivor is named cheaper than every other tied option.
  let named = tied[0]!;
  for (const other of tied.slice(1)) {
    if (pairCheaperAt(analyzePair(named, other), q) === other.id) named = other;
  }
  return named.id;
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
 * brings it into (after, after + every]. When a search stopped at its budget before the cheapest
 * was known everywhere, `searchedUpTo` says where: the last regime ends there, and past it the
 * cheapest is not known (nothing is guessed).
 */
export interface RegimeMap {
  regimes: Regime[];
  repeat: { after: Rational; every: Rational } | null;
  searchedUpTo: Rational | null;
}

/** Volumes where a pair's order changes, listed per regime map at most (periods unrolled); past it the map stops. */
const MAX_REGIME_POINTS = 20_000;

/** A change of one pair's order: from `at` on (just above it), `cheaper` is named cheaper; -1: not known. */
interface OrderEvent {
  at: Rational;
  pair: number;
  cheaper: number;
}

/**
 * The cheapest option on every range of volume from 0 to infinity, from the pairs' crossings alone.
 * Between two consecutive crossings (of any pair) no pair changes order, so on each such range the
 * cheapest is the option named cheaper than every other one in its pair (the tie rule makes that
 * order transitive, so there is always one). A regime therefore only changes at a crossing of the
 * two options it changes between — the regimes cannot contradict the break-evens.
 *
 * Pairs that alternate forever report the crossings of their first period only; here they are
 * unrolled over every period up to S + L, where S is the volume after which every other pair's
 * order is settled and L the common period of the alternating pairs. Past S the whole picture is
 * periodic with period L, so the regimes of (S, S + L] repeat forever — or, when one option is the
 * cheapest all through them, the last regime runs to infinity. Where a pair's search stopped before
 * the cheapest is known, or the unrolling reaches its budget, the map stops (`searchedUpTo`).
 */
export function regimesOf(curves: readonly CostCurve[], pairs: readonly PairAnalysis[]): RegimeMap {
  if (curves.length === 0) return { regimes: [], repeat: null, searchedUpTo: null };
  const n = curves.length;
  const index = new Map(curves.map((c, i) => [c.id, i]));
  // The analysis of every pair of the curves (those given, the others computed), at [i · n + j] for i < j.
  const pairOf: PairAnalysis[] = new Array(n * n);
  for (const p of pairs) {
    const i = index.get(p.between[0]);
    const j = index.get(p.between[1]);
    if (i !== undefined && j !== undefined && i < j) pairOf[i * n + j] = p;
  }
  const used: { p: PairAnalysis; i: number; j: number }[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      pairOf[i * n + j] ??= analyzePair(curves[i]!, curves[j]!);
      used.push({ p: pairOf[i * n + j]!, i, j });
    }
  const idx = (id: string | null) => (id === null ? -1 : index.get(id)!);

  const periodic = used.filter(({ p }) => p.repeatsEvery !== null);
  const settled = used
    .filter(({ p }) => p.repeatsEvery === null)
    .flatMap(({ p }) => [p.settledAfter ?? p.searchedUpTo ?? Rational.ZERO, ...p.crossings.map((c) => c.at)])
    .reduce((m, x) => Rational.max(m, x), Rational.ZERO);
  const period = periodic.length ? periodic.map(({ p }) => p.repeatsEvery!).reduce((a, b) => lcm(a, b)) : null;
  const horizon = period ? settled.plus(period) : null;

  // Every change of every pair's order (key i · n + j), in order of volume.
  const events: OrderEvent[] = [];
  for (const { p, i, j } of used) {
    if (p.repeatsEvery) continue;
    for (const c of p.crossings) events.push({ at: c.at, pair: i * n + j, cheaper: idx(c.cheaperAbove) });
    if (p.searchedUpTo) events.push({ at: p.searchedUpTo, pair: i * n + j, cheaper: -1 });
  }
  // The alternating pairs, unrolled up to S + L — or, when that would list more than MAX_REGIME_POINTS changes
  // (L is the least common multiple of every period, so it can be astronomically large), up to the volume where
  // the budget runs out: each pair adds crossings.length changes per period of its own, so that volume is known
  // before anything is listed, and every change below it is listed (the map stops there, `searchedUpTo`).
  let budgetStop: Rational | null = null;
  if (period && horizon) {
    const rate = periodic.reduce(
      (sum, { p }) => sum.plus(Rational.of(BigInt(p.crossings.length)).div(p.repeatsEvery!)),
      Rational.ZERO,
    );
    const reach = rate.sign() > 0 ? Rational.of(BigInt(MAX_REGIME_POINTS)).div(rate) : horizon;
    const upTo = reach.lt(horizon) ? reach : horizon;
    if (reach.lt(horizon)) budgetStop = reach;
    for (const { p, i, j } of periodic) {
      const every = p.repeatsEvery!;
      for (let start = Rational.ZERO; !start.gt(upTo); start = start.plus(every)) {
        for (const c of p.crossings) {
          const at = c.at.plus(start);
          if (at.gt(upTo)) break;
          events.push({ at, pair: i * n + j, cheaper: idx(c.cheaperAbove) });
        }
      }
    }
  }
  events.sort((x, y) => x.at.cmp(y.at));

  // The one named cheaper in each pair just above the volume swept to, and the one named cheaper than all.
  const order: number[] = new Array(n * n).fill(-1);
  for (const { p, i, j } of used) order[i * n + j] = idx(p.firstCheaper);
  const cheaperOf = (i: number, j: number): number => (i < j ? order[i * n + j]! : order[j * n + i]!);
  const beatsAll = (i: number) => {
    for (let j = 0; j < n; j++) if (j !== i && cheaperOf(i, j) !== i) return false;
    return true;
  };
  const cheapestNow = (): number => {
    let c = 0;
    for (let j = 1; j < n; j++) if (cheaperOf(c, j) === j) c = j;
    if (beatsAll(c)) return c;
    for (let i = 0; i < n; i++) if (i !== c && beatsAll(i)) return i;
    return -1; // some pair's order is not known here
  };

  const points: Rational[] = events.map((x) => x.at);
  if (period) points.push(settled, horizon!);
  if (budgetStop) points.push(budgetStop);
  const bounds = uniqueSorted(points.filter((x) => x.sign() > 0 && (!budgetStop || x.lte(budgetStop))));

  const regimes: Regime[] = [];
  let searchedUpTo: Rational | null = null;
  let e = 0;
  const applyUpTo = (x: Rational) => {
    for (; e < events.length && events[e]!.at.lte(x); e++) order[events[e]!.pair] = events[e]!.cheaper;
  };
  applyUpTo(Rational.ZERO);
  let from = Rational.ZERO;
  for (const to of [...bounds, null]) {
    if (to === null && (period || budgetStop)) break; // past S + L the repeat says it; past a budget, nothing is known
    const cheapest = cheapestNow();
    if (cheapest < 0) {
      searchedUpTo = from;
      break;
    }
    const id = curves[cheapest]!.id;
    const last = regimes.at(-1);
    if (last && last.cheapest === id) last.to = to;
    else regimes.push({ cheapest: id, from, to });
    if (to === null) break;
    applyUpTo(to);
    from = to;
  }
  if (budgetStop && !searchedUpTo) searchedUpTo = budgetStop;
  if (searchedUpTo || !period) return { regimes, repeat: null, searchedUpTo };
  // Inside (S, S + L], does the cheapest ever change? If not, that option wins from S on, forever.
  const tail = regimes.filter((r) => r.to === null || r.to.gt(settled));
  if (new Set(tail.map((r) => r.cheapest)).size === 1) {
    const first = regimes.findIndex((r) => r.to === null || r.to.gt(settled));
    regimes.splice(first + 1);
    regimes[first]!.to = null;
    return { regimes, repeat: null, searchedUpTo: null };
  }
  return { regimes, repeat: { after: settled, every: period }, searchedUpTo: null };
}

/** The cheapest option at a volume, read from a regime map (repeats unrolled); null past where the map stops. */
export function regimeAt(map: RegimeMap, q: Rational): string | null {
  let x = q;
  if (map.repeat && x.gt(map.repeat.after.plus(map.repeat.every))) {
    // k = ceil((q − S) / L) − 1 brings q into (S, S + L].
    const k = x.minus(map.repeat.after).div(map.repeat.every).ceil() - 1n;
    x = x.minus(map.repeat.every.times(Rational.of(k)));
  }
  // Binary search: a map can hold ~200,000 regimes (two replica-billed options of nearly the same cost per query).
  const { regimes } = map;
  let lo = 0;
  let hi = regimes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const to = regimes[mid]!.to;
    if (to === null || x.lte(to)) hi = mid;
    else lo = mid + 1;
  }
  if (lo < regimes.length) return regimes[lo]!.cheapest;
  return map.searchedUpTo ? null : (regimes.at(-1)?.cheapest ?? null);
}

function uniqueSorted(values: readonly Rational[]): Rational[] {
  const sorted = [...values].sort((a, b) => a.cmp(b));
  return sorted.filter((v, i) => i === 0 || !v.eq(sorted[i - 1]!));
}

/**
 * Every pair of curves, in the order given: (0,1), (0,2), ..., (1,2), ... — sharing MAX_SEGMENTS_PER_ANALYSIS
 * replica boundaries between them (each pair an equal share of what the pairs before it left).
 */
export function analyzeAllPairs(curves: readonly CostCurve[]): PairAnalysis[] {
  const out: PairAnalysis[] = [];
  const total = (curves.length * (curves.length - 1)) / 2;
  let left = MAX_SEGMENTS_PER_ANALYSIS;
  for (let i = 0; i < curves.length; i++)
    for (let j = i + 1; j < curves.length; j++) {
      const share = Math.min(
        MAX_SEGMENTS_PER_PAIR,
        Math.max(MIN_SEGMENTS_PER_PAIR, Math.floor(left / (total - out.length))),
      );
      const used = { segments: 0 };
      out.push(analyzePair(curves[i]!, curves[j]!, share, used));
      left = Math.max(0, left - used.segments);
    }
  return out;
}
