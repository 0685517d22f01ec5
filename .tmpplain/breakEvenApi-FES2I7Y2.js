import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  addBreakEvenRanges,
  toBreakEvenResult,
  toSensitivityJson
} from "./chunk-7QMZYHTT.js";
import {
  assumedDataset,
  assumedTokensBounds,
  checkCount,
  checkDate,
  checkHoursPerMonth,
  checkKeys,
  checkModelFilters,
  countedSpread,
  embeddedCatalog,
  estimateTraining,
  tokensPerExampleSpread
} from "./chunk-BT4PEWYR.js";
import "./chunk-27B5BBAU.js";
import {
  availabilityOn,
  findModels,
  resolveField,
  unknownModel
} from "./chunk-3JEFV3AJ.js";
import {
  UserError
} from "./chunk-6KZCIXKI.js";
import "./chunk-5JICIXVM.js";
import {
  Decimal,
  HOURS_PER_DAY,
  HOURS_PER_MONTH,
  TOKENS_PER_MILLION,
  ZERO,
  d
} from "./chunk-AAQRN2TG.js";
import {
  addDays,
  addMonths,
  daysBetween
} from "./chunk-5AT5OJX2.js";
import "./chunk-Y7YV45EP.js";
import "./chunk-RLGSNLDK.js";
import "./chunk-ZT4WRAGS.js";

// src/engine/rational.ts
function gcd(a, b) {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
var Rational = class _Rational {
  /** Always reduced, with a positive denominator. */
  num;
  den;
  constructor(num, den) {
    this.num = num;
    this.den = den;
  }
  static of(num, den = 1n) {
    if (den === 0n) throw new RangeError("Rational: division by zero");
    if (den < 0n) [num, den] = [-num, -den];
    const g = gcd(num, den);
    return g > 1n ? new _Rational(num / g, den / g) : new _Rational(num, den);
  }
  /** Exactly the value of a finite Decimal (or decimal string / safe integer). */
  static from(value) {
    if (typeof value === "bigint") return _Rational.of(value);
    const dec = d(value);
    if (!dec.isFinite()) throw new RangeError("Rational.from: not a finite number");
    const places = dec.decimalPlaces();
    const scaled = dec.times(new Decimal(10).pow(places));
    return _Rational.of(BigInt(scaled.toFixed(0)), 10n ** BigInt(places));
  }
  plus(o) {
    return _Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  minus(o) {
    return _Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  times(o) {
    return _Rational.of(this.num * o.num, this.den * o.den);
  }
  div(o) {
    if (o.num === 0n) throw new RangeError("Rational: division by zero");
    return _Rational.of(this.num * o.den, this.den * o.num);
  }
  neg() {
    return new _Rational(-this.num, this.den);
  }
  sign() {
    return this.num === 0n ? 0 : this.num < 0n ? -1 : 1;
  }
  cmp(o) {
    const diff = this.num * o.den - o.num * this.den;
    return diff === 0n ? 0 : diff < 0n ? -1 : 1;
  }
  eq(o) {
    return this.num === o.num && this.den === o.den;
  }
  lt(o) {
    return this.cmp(o) < 0;
  }
  lte(o) {
    return this.cmp(o) <= 0;
  }
  gt(o) {
    return this.cmp(o) > 0;
  }
  gte(o) {
    return this.cmp(o) >= 0;
  }
  isZero() {
    return this.num === 0n;
  }
  isInteger() {
    return this.den === 1n;
  }
  floor() {
    const q = this.num / this.den;
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }
  ceil() {
    const q = this.num / this.den;
    return this.num > 0n && q * this.den !== this.num ? q + 1n : q;
  }
  /** True when the value has a finite decimal expansion (the reduced denominator is 2^a·5^b). */
  terminates() {
    let den = this.den;
    while (den % 2n === 0n) den /= 2n;
    while (den % 5n === 0n) den /= 5n;
    return den === 1n;
  }
  /** The Decimal nearest the value: exact when it terminates (and fits 60 digits), else rounded at 60 digits. */
  toDecimal() {
    return new Decimal(this.num.toString()).div(new Decimal(this.den.toString()));
  }
  /** "1200" or "7/3": the exact value, for JSON consumers that want it. */
  toFractionString() {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }
  toString() {
    return this.toFractionString();
  }
  static ZERO = new _Rational(0n, 1n);
  static ONE = new _Rational(1n, 1n);
  static min(a, b) {
    return a.lte(b) ? a : b;
  }
  static max(a, b) {
    return a.lte(b) ? b : a;
  }
};

// src/engine/costCurve.ts
var R24 = Rational.from(HOURS_PER_DAY);
function hasAnyPrice(option) {
  return [option.perQuery, option.hourly, option.monthly, option.oneTime].some((p) => p !== void 0);
}
function toCurve(option, settings) {
  if (!hasAnyPrice(option))
    throw new UserError(`option "${option.id}" gives no price (perQuery, hourly, monthly or oneTime)`);
  for (const [field, value] of [
    ["perQuery", option.perQuery],
    ["hourly", option.hourly],
    ["monthly", option.monthly],
    ["oneTime", option.oneTime]
  ]) {
    if (value?.isNeg())
      throw new UserError(`option "${option.id}": ${field} must not be negative (got ${value.toFixed()})`);
  }
  if (option.capacityPerDay !== void 0 && !option.capacityPerDay.gt(0)) {
    throw new UserError(
      `option "${option.id}": capacityPerDay must be more than 0 (got ${option.capacityPerDay.toFixed()})`
    );
  }
  const hoursPerDay = option.hoursPerDay ?? HOURS_PER_DAY;
  if (hoursPerDay.lte(0) || hoursPerDay.gt(HOURS_PER_DAY)) {
    throw new UserError(
      `option "${option.id}": hours up per day must be more than 0 and at most 24 (got ${hoursPerDay.toFixed()})`
    );
  }
  const hoursPerMonth = Rational.from(settings.hoursPerMonth);
  const months = Rational.from(settings.amortizationMonths);
  const monthToDay = R24.div(hoursPerMonth);
  const trainingPerDay = option.oneTime ? Rational.from(option.oneTime).div(months).times(monthToDay) : Rational.ZERO;
  const monthlyPerDay = option.monthly ? Rational.from(option.monthly).times(monthToDay) : Rational.ZERO;
  const replicaPerDay = option.hourly ? Rational.from(option.hourly).times(Rational.from(hoursPerDay)) : Rational.ZERO;
  const capacity = option.capacityPerDay !== void 0 && !replicaPerDay.isZero() ? Rational.from(option.capacityPerDay) : null;
  const hostingFixedPerDay = capacity ? monthlyPerDay : monthlyPerDay.plus(replicaPerDay);
  return {
    id: option.id,
    fixedPerDay: trainingPerDay.plus(hostingFixedPerDay),
    perQuery: option.perQuery ? Rational.from(option.perQuery) : Rational.ZERO,
    stepPerDay: capacity ? replicaPerDay : Rational.ZERO,
    capacityPerDay: capacity,
    trainingPerDay,
    hostingFixedPerDay
  };
}
function replicasAt(curve, q) {
  if (!curve.capacityPerDay) return 1n;
  const needed = q.div(curve.capacityPerDay).ceil();
  return needed < 1n ? 1n : needed;
}
function costPerDayAt(curve, q) {
  if (q.sign() < 0) throw new RangeError("queries per day must not be negative");
  const steps = curve.stepPerDay.isZero() ? Rational.ZERO : curve.stepPerDay.times(Rational.of(replicasAt(curve, q)));
  return curve.fixedPerDay.plus(curve.perQuery.times(q)).plus(steps);
}
function monthlySplitAt(curve, q, settings) {
  const dayToMonth = Rational.from(settings.hoursPerMonth).div(R24);
  const replicas = replicasAt(curve, q);
  const training = curve.trainingPerDay.times(dayToMonth);
  const hosting = curve.hostingFixedPerDay.plus(curve.stepPerDay.times(Rational.of(replicas))).times(dayToMonth);
  const tokens = curve.perQuery.times(q).times(dayToMonth);
  return { replicas, training, hosting, tokens, total: training.plus(hosting).plus(tokens) };
}
function asymptoticSlope(curve) {
  return curve.capacityPerDay ? curve.perQuery.plus(curve.stepPerDay.div(curve.capacityPerDay)) : curve.perQuery;
}

// src/engine/breakEven.ts
var MAX_SEGMENTS_PER_PAIR = 2e5;
function sign(x) {
  return x.sign();
}
function* boundaries(caps, from) {
  if (caps.length === 0) return;
  const next = caps.map((c) => from.div(c).floor() + 1n);
  for (; ; ) {
    let best;
    for (let i = 0; i < caps.length; i++) {
      const v = caps[i].times(Rational.of(next[i]));
      if (!best || v.lt(best)) best = v;
    }
    for (let i = 0; i < caps.length; i++) if (caps[i].times(Rational.of(next[i])).eq(best)) next[i]++;
    yield best;
  }
}
function boundaryAtOrBefore(caps, x) {
  let best = Rational.ZERO;
  for (const c of caps) {
    const k = x.div(c).floor();
    if (k > 0n) best = Rational.max(best, c.times(Rational.of(k)));
  }
  return best;
}
var OrderWalk = class {
  constructor(a, b, initial = 0) {
    this.a = a;
    this.b = b;
    this.lastSign = initial;
  }
  a;
  b;
  lastSign = 0;
  zeroStart;
  crossings = [];
  observe(s, at, kind) {
    if (s === 0) {
      if (this.lastSign !== 0 && !this.zeroStart) this.zeroStart = { at, kind };
      return;
    }
    if (this.lastSign !== 0 && s !== this.lastSign) {
      const where = this.zeroStart ?? { at, kind };
      const [below, above] = this.lastSign < 0 ? [this.a, this.b] : [this.b, this.a];
      this.crossings.push({ at: where.at, kind: where.kind, cheaperBelow: below, cheaperAbove: above });
    }
    this.lastSign = s;
    this.zeroStart = void 0;
  }
  get sign() {
    return this.lastSign;
  }
};
function analyzePair(A, B) {
  const caps = [A.capacityPerDay, B.capacityPerDay].filter((c) => c !== null);
  const beta = A.perQuery.minus(B.perQuery);
  const base = {
    between: [A.id, B.id],
    repeatsEvery: null,
    searchedUpTo: null,
    settledAfter: null
  };
  const alphaOn = (r) => {
    const a = A.fixedPerDay.plus(A.stepPerDay.times(Rational.of(replicasAt(A, r))));
    const b = B.fixedPerDay.plus(B.stepPerDay.times(Rational.of(replicasAt(B, r))));
    return a.minus(b);
  };
  if (caps.length === 0) {
    const walk2 = new OrderWalk(A.id, B.id);
    const alpha = A.fixedPerDay.minus(B.fixedPerDay);
    walk2.observe(sign(alpha), Rational.ZERO, "equal");
    let settled = Rational.ZERO;
    if (!beta.isZero()) {
      const root = alpha.neg().div(beta);
      if (root.sign() > 0) {
        walk2.observe(0, root, "equal");
        settled = root;
      }
      walk2.observe(sign(beta), settled, "equal");
    }
    return finish(A, B, walk2, { ...base, settledAfter: settled });
  }
  const sigma = asymptoticSlope(A).minus(asymptoticSlope(B));
  const c0 = A.fixedPerDay.minus(B.fixedPerDay);
  let start = Rational.ZERO;
  let end = null;
  let initial = 0;
  let repeatsEvery = null;
  if (!sigma.isZero()) {
    const x1 = A.stepPerDay.neg().minus(c0).div(sigma);
    const x2 = B.stepPerDay.minus(c0).div(sigma);
    const lo = Rational.min(x1, x2);
    const hi = Rational.max(x1, x2);
    const farSign = sign(sigma);
    if (hi.sign() < 0) {
      const walk2 = new OrderWalk(A.id, B.id, farSign);
      return finish(A, B, walk2, { ...base, settledAfter: Rational.ZERO });
    }
    if (lo.sign() > 0) {
      start = boundaryAtOrBefore(caps, lo);
      initial = farSign === 1 ? -1 : 1;
    }
    end = hi;
  } else {
    repeatsEvery = caps.reduce((p, c) => lcm(p, c));
    end = repeatsEvery;
  }
  const walk = new OrderWalk(A.id, B.id, initial);
  let l = start;
  let first = start.isZero();
  let segments = 0;
  let searchedUpTo = null;
  let lastRight = start;
  for (const r of boundaries(caps, start)) {
    if (!first && (repeatsEvery ? !l.lt(end) : l.gt(end))) {
      if (repeatsEvery) walk.observe(sign(alphaOn(r).plus(beta.times(l))), l, "jump");
      break;
    }
    if (segments++ >= MAX_SEGMENTS_PER_PAIR) {
      searchedUpTo = l;
      break;
    }
    const alpha = alphaOn(r);
    if (first) walk.observe(sign(alpha), Rational.ZERO, "equal");
    else walk.observe(sign(alpha.plus(beta.times(l))), l, "jump");
    first = false;
    if (!beta.isZero()) {
      const root = alpha.neg().div(beta);
      if (l.lt(root) && root.lt(r)) walk.observe(0, root, "equal");
    }
    walk.observe(sign(alpha.plus(beta.times(r))), r, "equal");
    lastRight = r;
    l = r;
  }
  if (searchedUpTo) return finish(A, B, walk, { ...base, searchedUpTo });
  if (repeatsEvery) {
    return finish(A, B, walk, {
      ...base,
      repeatsEvery: walk.crossings.length > 0 ? repeatsEvery : null,
      settledAfter: walk.crossings.length > 0 ? null : Rational.ZERO
    });
  }
  return finish(A, B, walk, { ...base, settledAfter: lastRight });
}
function lcm(a, b) {
  const g = (x, y) => y === 0n ? x : g(y, x % y);
  return Rational.of(a.num * b.num / g(a.num, b.num), g(a.den, b.den));
}
function finish(A, B, walk, rest) {
  let alwaysCheaper = null;
  if (walk.crossings.length === 0 && !rest.searchedUpTo) {
    if (walk.sign < 0) alwaysCheaper = A.id;
    else if (walk.sign > 0) alwaysCheaper = B.id;
  }
  return { ...rest, crossings: walk.crossings, alwaysCheaper };
}
var MAX_REGIME_POINTS = 2e5;
function cheapestOf(curves, q) {
  let best = curves[0];
  let bestCost = costPerDayAt(best, q);
  for (const c of curves.slice(1)) {
    const cost = costPerDayAt(c, q);
    if (cost.lt(bestCost)) [best, bestCost] = [c, cost];
  }
  return best.id;
}
function regimesOf(curves, pairs) {
  if (curves.length === 0) return { regimes: [], repeat: null };
  const periodic = pairs.filter((p) => p.repeatsEvery !== null);
  const settledPoints = pairs.filter((p) => p.repeatsEvery === null).flatMap((p) => [p.settledAfter ?? p.searchedUpTo ?? Rational.ZERO, ...p.crossings.map((c) => c.at)]);
  const settled = settledPoints.reduce((m, x) => Rational.max(m, x), Rational.ZERO);
  const period = periodic.length ? periodic.map((p) => p.repeatsEvery).reduce((a, b) => lcm(a, b)) : null;
  const horizon = period ? settled.plus(period) : settled;
  const points = pairs.filter((p) => p.repeatsEvery === null).flatMap((p) => p.crossings.map((c) => c.at));
  for (const p of periodic) {
    const every = p.repeatsEvery;
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
  const bounds = [...uniqueSorted(points.filter((x) => x.sign() > 0)), null];
  const regimes = [];
  let from = Rational.ZERO;
  for (const to of bounds) {
    if (to === null && period) break;
    const probe = to ? from.plus(to).div(Rational.of(2n)) : Rational.max(from, settled).plus(Rational.ONE);
    const cheapest = cheapestOf(curves, probe);
    const last = regimes.at(-1);
    if (last && last.cheapest === cheapest) last.to = to;
    else regimes.push({ cheapest, from, to });
    if (to) from = to;
  }
  if (!period) return { regimes, repeat: null };
  const tail = regimes.filter((r) => r.to === null || r.to.gt(settled));
  if (tail.length === 1 || new Set(tail.map((r) => r.cheapest)).size === 1) {
    const first = regimes.findIndex((r) => r.to === null || r.to.gt(settled));
    regimes.splice(first + 1);
    regimes[first].to = null;
    return { regimes, repeat: null };
  }
  return { regimes, repeat: { after: settled, every: period } };
}
function uniqueSorted(values) {
  const sorted = [...values].sort((a, b) => a.cmp(b));
  return sorted.filter((v, i) => i === 0 || !v.eq(sorted[i - 1]));
}
function analyzeAllPairs(curves) {
  const out = [];
  for (let i = 0; i < curves.length; i++)
    for (let j = i + 1; j < curves.length; j++) out.push(analyzePair(curves[i], curves[j]));
  return out;
}

// src/engine/breakEvenAnalysis.ts
function analyzeBreakEven(inputs) {
  if (inputs.options.length === 0) throw new UserError("nothing to compare: give at least one option");
  const seen = /* @__PURE__ */ new Set();
  for (const o of inputs.options) {
    if (seen.has(o.id)) throw new UserError(`two options have the id "${o.id}"; ids must be unique`);
    seen.add(o.id);
  }
  if (inputs.queriesPerDay?.isNeg())
    throw new UserError(`queries per day must not be negative (got ${inputs.queriesPerDay.toFixed()})`);
  if (!inputs.hoursPerMonth.gt(0)) throw new UserError("hours per month must be more than 0");
  if (!inputs.amortizationMonths.gt(0)) throw new UserError("the months training is spread over must be more than 0");
  if (!inputs.horizonMonths.gt(0)) throw new UserError("the horizon must be more than 0 months");
  const settings = {
    hoursPerMonth: inputs.hoursPerMonth,
    amortizationMonths: inputs.amortizationMonths
  };
  const q = inputs.queriesPerDay === null ? null : Rational.from(inputs.queriesPerDay);
  const horizon = Rational.from(inputs.horizonMonths);
  const cycle = inputs.retrainEveryMonths ? Rational.from(inputs.retrainEveryMonths) : null;
  const curves = inputs.options.map((o) => toCurve(o, settings));
  const pairs = analyzeAllPairs(curves);
  const competing = curves.filter((_, i) => !inputs.options[i].excluded);
  const deciding = competing.length > 0 ? competing : curves;
  const competingPairs = pairs.filter((p) => p.between.every((id) => deciding.some((c) => c.id === id)));
  const { regimes, repeat: regimesRepeat } = regimesOf(deciding, competingPairs);
  const excluded = inputs.options.filter((o) => o.excluded && competing.length > 0).map((o) => ({ id: o.id, reason: o.excluded }));
  const baselineId = inputs.baseline ?? inputs.options.find((o) => !o.oneTime || o.oneTime.isZero())?.id ?? null;
  if (inputs.baseline !== void 0 && !seen.has(inputs.baseline)) {
    throw new UserError(`the baseline "${inputs.baseline}" is not one of the options (${[...seen].join(", ")})`);
  }
  const splits = q === null ? null : curves.map((c) => monthlySplitAt(c, q, settings));
  const baseIndex = baselineId === null ? -1 : inputs.options.findIndex((o) => o.id === baselineId);
  const running = (s) => s.hosting.plus(s.tokens);
  const options = inputs.options.map((option, i) => {
    const split = splits?.[i];
    let payback = null;
    if (splits && split && baseIndex >= 0 && i !== baseIndex && option.oneTime?.gt(0)) {
      payback = paybackOf(option, running(splits[baseIndex]).minus(running(split)), baselineId, horizon, cycle);
    }
    return {
      option,
      curve: curves[i],
      atVolume: q === null || !split ? null : {
        ...split,
        perDay: costPerDayAt(curves[i], q),
        overHorizon: overHorizonOf(split, option, horizon, Rational.from(inputs.amortizationMonths))
      },
      payback
    };
  });
  const cheapestAtVolume = q === null ? null : cheapestAt(deciding, q);
  const byId = new Map(curves.map((c) => [c.id, c]));
  const dayToMonth = Rational.from(settings.hoursPerMonth).div(Rational.from(24));
  const crossings = pairs.flatMap((pair) => pair.crossings.map((crossing) => ({ pair, crossing }))).sort((x, y) => x.crossing.at.cmp(y.crossing.at)).map(({ pair, crossing }) => ({
    pair,
    crossing,
    monthly: pair.between.map((id) => costPerDayAt(byId.get(id), crossing.at).times(dayToMonth))
  }));
  return {
    settings: { ...settings, queriesPerDay: q, horizonMonths: horizon, retrainEveryMonths: cycle },
    options,
    pairs,
    crossings,
    regimes,
    regimesRepeat,
    baseline: baselineId,
    cheapestAtVolume,
    excluded,
    chart: chartOf(curves, pairs, q, settings, inputs.chartSamples ?? 61)
  };
}
function paybackOf(option, saving, baseline, horizon, cycle) {
  const recoveryMonths = saving.sign() > 0 ? Rational.from(option.oneTime).div(saving) : null;
  const never = (reason) => ({
    baseline,
    savingPerMonth: saving,
    recoveryMonths,
    paysBack: false,
    months: null,
    reason,
    withinHorizon: false
  });
  if (recoveryMonths === null) return never("costs-more-to-run");
  if (cycle && recoveryMonths.gt(cycle)) return never("not-within-cycle");
  if (option.remainingMonths && recoveryMonths.gt(Rational.from(option.remainingMonths)))
    return never("not-within-remaining-life");
  return {
    baseline,
    savingPerMonth: saving,
    recoveryMonths,
    paysBack: true,
    months: recoveryMonths,
    reason: null,
    withinHorizon: recoveryMonths.lte(horizon)
  };
}
function overHorizonOf(split, option, horizon, cycleMonths) {
  const running = split.hosting.plus(split.tokens).times(horizon);
  if (!option.oneTime || option.oneTime.isZero()) return running;
  const runs = horizon.div(cycleMonths).ceil();
  return running.plus(Rational.from(option.oneTime).times(Rational.of(runs)));
}
function cheapestAt(curves, q) {
  let best = curves[0];
  let bestCost = costPerDayAt(best, q);
  for (const curve of curves.slice(1)) {
    const cost = costPerDayAt(curve, q);
    if (cost.cmp(bestCost) < 0) {
      best = curve;
      bestCost = cost;
    }
  }
  return best.id;
}
function chartOf(curves, pairs, q, settings, samples) {
  const interesting = [...q ? [q] : [], ...pairs.flatMap((p) => p.crossings.map((c) => c.at))].filter(
    (x) => x.sign() > 0
  );
  if (interesting.length === 0) interesting.push(Rational.of(100n));
  const log10 = (x) => x.toDecimal().log(10).toNumber();
  let minLog = Infinity;
  let maxLog = -Infinity;
  for (const x of interesting) {
    const l = log10(x);
    if (l < minLog) minLog = l;
    if (l > maxLog) maxLog = l;
  }
  let lo = Math.floor(minLog) - 1;
  let hi = Math.ceil(maxLog) + 1;
  if (hi - lo < 3) hi = lo + 3;
  lo = Math.max(lo, -2);
  const volumes = [];
  const n = Math.max(2, samples);
  for (let i = 0; i < n; i++) {
    const exponent = new Decimal(lo).plus(new Decimal(hi - lo).times(i).div(n - 1));
    const v = new Decimal(10).pow(exponent).toSignificantDigits(3);
    volumes.push(Rational.from(v));
  }
  const dayToMonth = Rational.from(settings.hoursPerMonth).div(Rational.from(24));
  return {
    volumes,
    series: curves.map((c) => ({ id: c.id, monthly: volumes.map((v) => costPerDayAt(c, v).times(dayToMonth)) }))
  };
}

// src/engine/options.ts
var SECONDS_PER_HOUR = d(3600);
var perMillion = (price2, tokens) => price2.times(tokens).div(TOKENS_PER_MILLION);
function perQueryCost(rates, tokens, batchShare, who) {
  const notes = [];
  const uncached = tokens.input - tokens.cached;
  let cachedRate = rates.cachedInput;
  if (tokens.cached > 0 && !cachedRate) {
    notes.push(
      `${who}: no cached-input rate in the catalog; the ${tokens.cached} cached prompt tokens are priced at the full input rate`
    );
    cachedRate = rates.input;
  }
  const cachedCost = cachedRate ? perMillion(cachedRate, tokens.cached) : ZERO;
  const standard = perMillion(rates.input, uncached).plus(cachedCost).plus(perMillion(rates.output, tokens.output));
  if (batchShare.isZero()) return { perQuery: standard, notes };
  let batch = standard;
  if (rates.batchInput && rates.batchOutput) {
    batch = perMillion(rates.batchInput, uncached).plus(cachedCost).plus(perMillion(rates.batchOutput, tokens.output));
  } else {
    notes.push(`${who}: no batch rate in the catalog; the batch share is priced at standard rates`);
  }
  return { perQuery: standard.times(ONE.minus(batchShare)).plus(batch.times(batchShare)), notes };
}
var ONE = d(1);
function promptedOption(inputs, catalog) {
  const found = findModels(catalog, inputs.baseModel);
  if (found.length === 0) throw unknownModel(catalog, inputs.baseModel, "baseModel");
  const priced = found.filter(({ provider }) => !inputs.baseProvider || provider.id === inputs.baseProvider).flatMap(({ provider, model }) => {
    const input = resolveField(model.basePrices, "baseInputPer1M", inputs.asOf);
    const output = resolveField(model.basePrices, "baseOutputPer1M", inputs.asOf);
    if (!input || !output) return [];
    const field = (f) => resolveField(model.basePrices, f, inputs.asOf)?.amount;
    const rates = {
      input: input.amount,
      output: output.amount,
      cachedInput: field("baseCachedInputPer1M"),
      batchInput: field("baseBatchInputPer1M"),
      batchOutput: field("baseBatchOutputPer1M")
    };
    const tokens = {
      input: inputs.baseInputTokens,
      cached: inputs.baseCachedInputTokens ?? 0,
      output: inputs.baseOutputTokens
    };
    const cost = perQueryCost(rates, tokens, inputs.batchShare ?? ZERO, `prompted ${model.id} at ${provider.name}`);
    return [{ provider, model, input, output, rates, perQuery: cost.perQuery, costNotes: cost.notes }];
  });
  if (priced.length === 0) {
    const where = inputs.baseProvider ? ` at ${inputs.baseProvider}` : "";
    const listing = [...new Set(found.map((f) => f.provider.id))].join(", ");
    throw new UserError(
      (w) => `${w.option("baseModel")}: the catalog has no base (un-tuned) prices for "${inputs.baseModel}"${where} as of ${inputs.asOf}; providers listing the model: ${listing}`,
      { option: "baseModel" }
    );
  }
  priced.sort((a, b) => a.perQuery.comparedTo(b.perQuery) || a.provider.id.localeCompare(b.provider.id));
  const best = priced[0];
  const same = priced.filter((p) => p.perQuery.eq(best.perQuery)).map((p) => p.provider.name);
  const option = {
    id: `prompted/${inputs.baseModel}`,
    name: `${best.model.name ?? best.model.id} prompted (${same.join(", ")})`,
    kind: "prompted",
    perQuery: best.perQuery,
    provider: best.provider.id,
    model: best.model.id,
    sources: [
      {
        what: `base input ${best.input.amount.toFixed()}/1M`,
        source: best.input.entry.source,
        asOf: best.input.entry.asOf
      },
      {
        what: `base output ${best.output.amount.toFixed()}/1M`,
        source: best.output.entry.source,
        asOf: best.output.entry.asOf
      }
    ],
    notes: [
      `${inputs.baseInputTokens} input${inputs.baseCachedInputTokens ? ` (${inputs.baseCachedInputTokens} of them cached, at ${best.rates.cachedInput?.toFixed() ?? best.input.amount.toFixed()}/1M)` : ""} + ${inputs.baseOutputTokens} output tokens per query at base prices`,
      ...best.costNotes,
      ...lifecycleNote(best.provider, best.model, inputs)
    ]
  };
  const dearer = priced.filter((p) => !p.perQuery.eq(best.perQuery));
  const note = dearer.length ? `Prompted ${inputs.baseModel} priced at ${same.join(", ")}, the cheapest listing it (also at ${[...new Set(dearer.map((p) => p.provider.name))].join(", ")}); --base-provider picks another.` : void 0;
  return { option, note };
}
function offerId(row) {
  return [row.provider, row.tier, row.method === "sft" ? void 0 : row.method].filter(Boolean).join("/");
}
function hostedOption(row, inputs, hoursUp) {
  const { inputPer1M, outputPer1M, hostingPerHour, storagePerMonth } = row.running;
  const notes = [];
  if (storagePerMonth)
    notes.push(`storing the fine-tuned model costs ${storagePerMonth.toFixed()} USD a month, used or not`);
  if (!hostingPerHour && (!inputPer1M || !outputPer1M))
    return {
      skip: "the catalog has no per-token price for serving the fine-tuned model here (a dedicated endpoint may apply)"
    };
  if (hostingPerHour && (!inputPer1M || !outputPer1M))
    notes.push("no per-token price listed: tokens are taken as included in the hourly price");
  const cost = perQueryCost(
    {
      input: inputPer1M ?? ZERO,
      output: outputPer1M ?? ZERO,
      cachedInput: row.running.cachedInputPer1M,
      batchInput: row.running.batchInputPer1M,
      batchOutput: row.running.batchOutputPer1M
    },
    { input: inputs.inputTokens, cached: inputs.cachedInputTokens ?? 0, output: inputs.outputTokens },
    inputs.batchShare ?? ZERO,
    `fine-tuned ${row.model} at ${row.providerName}${row.tier ? ` ${row.tier}` : ""}`
  );
  const perQuery = cost.perQuery;
  notes.push(...cost.notes);
  if (hostingPerHour)
    notes.push("one deployment: its capacity is not published, so no replicas are added at high volume");
  notes.push(...row.warnings);
  return {
    id: offerId(row),
    name: `${row.providerName}${row.tier ? ` ${row.tier}` : ""}${row.method === "sft" ? "" : ` ${row.method}`}: fine-tuned ${row.model}`,
    kind: hostingPerHour ? "hosted-hourly" : "hosted-per-token",
    perQuery,
    hourly: hostingPerHour,
    hoursPerDay: hostingPerHour ? hoursUp : void 0,
    monthly: storagePerMonth,
    oneTime: row.trainingCost,
    provider: row.provider,
    model: row.model,
    method: row.method,
    tier: row.tier,
    sources: [{ what: "training and running prices", source: row.source, asOf: row.asOf }],
    notes
  };
}
function offerNotes(model, row, asOf) {
  const offer = model.offers.find((o) => o.method === row.method && o.tier === row.tier);
  if (!offer) return [];
  const entryNote = (resolveField(offer.prices, "inputPer1M", asOf) ?? resolveField(offer.prices, "trainingPer1M", asOf))?.entry.note;
  return [.../* @__PURE__ */ new Set([...entryNote ? [entryNote] : [], ...offer.notes])];
}
function servingFor(catalog, gpu, size, precision) {
  return catalog.servingThroughput.filter((t) => t.gpu === gpu && t.precision === precision && t.parametersBillions.gte(size)).sort((a, b) => a.parametersBillions.comparedTo(b.parametersBillions) || (a.basis === "measured" ? -1 : 1))[0];
}
function trainingFor(catalog, gpu, size, method, precision) {
  return catalog.trainingThroughput.filter((t) => t.gpu === gpu && t.method === method && t.precision === precision && t.parametersBillions.gte(size)).sort((a, b) => a.parametersBillions.comparedTo(b.parametersBillions) || (a.basis === "measured" ? -1 : 1))[0];
}
function servingConfigs(catalog, offers, size, inputs, hoursUp) {
  const tokensPerQuery = inputs.inputTokens + inputs.outputTokens;
  const peak = inputs.peakFactor ?? ONE;
  const out = [];
  for (const offer of offers) {
    const price2 = resolveField(offer.prices, "gpuPerHour", inputs.asOf);
    const throughput = servingFor(catalog, offer.gpu, size, inputs.precision ?? "bf16");
    if (!price2 || !throughput) continue;
    const need = Math.max(1, throughput.minGpus ?? 1);
    const gpus = Math.ceil(need / offer.gpuCount) * offer.gpuCount;
    const hourly = price2.amount.times(gpus);
    const capacityPerDay = throughput.outputTokensPerSecond.times(gpus).times(SECONDS_PER_HOUR).times(hoursUp).div(tokensPerQuery).div(peak).floor();
    if (capacityPerDay.lt(1)) continue;
    out.push({ offer, price: price2, throughput, gpus, hourly, capacityPerDay });
  }
  return out;
}
function servingCost(s, q, hoursUp) {
  if (q === null) return s.hourly.times(hoursUp).div(s.capacityPerDay);
  return Decimal.max(1, q.div(s.capacityPerDay).ceil()).times(s.hourly).times(hoursUp);
}
function cheapestServing(configs, q, hoursUp) {
  let best;
  for (const s of configs) {
    if (!best) best = s;
    else {
      const c = servingCost(s, q, hoursUp).comparedTo(servingCost(best, q, hoursUp));
      if (c < 0 || c === 0 && s.hourly.lt(best.hourly)) best = s;
    }
  }
  return best;
}
function paretoServing(configs, hoursUp, limit = 4) {
  const kept = configs.filter(
    (a) => !configs.some(
      (b) => b !== a && b.hourly.lte(a.hourly) && b.capacityPerDay.gte(a.capacityPerDay) && (b.hourly.lt(a.hourly) || b.capacityPerDay.gt(a.capacityPerDay) || configs.indexOf(b) < configs.indexOf(a))
    )
  );
  return kept.sort(
    (a, b) => servingCost(a, null, hoursUp).comparedTo(servingCost(b, null, hoursUp)) || a.hourly.comparedTo(b.hourly)
  ).slice(0, limit);
}
function servingNotes(s, inputs, hoursUp) {
  const peak = inputs.peakFactor ?? ONE;
  return [
    `serves (${s.throughput.precision}${s.throughput.engine ? `, ${s.throughput.engine}` : ""}) on ${s.offer.providerName} ${s.offer.label ?? s.offer.gpu} (${s.gpus} GPU${s.gpus > 1 ? "s" : ""} a replica at ${s.price.amount.toFixed()}/GPU-hour); ${s.throughput.outputTokensPerSecond.toFixed()} tokens/s per GPU (${s.throughput.basis}) \xF7 ${inputs.inputTokens + inputs.outputTokens} tokens a query (prompt + output)${peak.eq(1) ? "" : ` \xF7 peak factor ${peak.toFixed()}`} \u2192 ${s.capacityPerDay.toFixed()} queries per replica per ${hoursUp.toFixed()}-hour day`,
    ...s.throughput.note ? [`serving throughput: ${s.throughput.note}`] : []
  ];
}
function servingSources(s) {
  return [
    {
      what: `${s.offer.providerName} ${s.offer.gpu} per GPU-hour`,
      source: s.price.entry.source,
      asOf: s.price.entry.asOf
    },
    { what: `serving throughput ${s.offer.gpu}`, source: s.throughput.source, asOf: s.throughput.asOf }
  ];
}
function selfHostedOptions(inputs, catalog, model, epochs, hoursUp, idOf) {
  const size = model.parametersBillions;
  if (!size) return { skip: `${model.id} has no published parameter count (closed weights): it cannot be self-hosted` };
  const method = inputs.selfHostMethod ?? "lora";
  const rentals = catalog.gpuOffers.filter(
    (o) => o.kind === "gpu-rental" && !o.interruptible && (!inputs.gpu || o.gpu === inputs.gpu)
  );
  if (rentals.length === 0)
    return {
      skip: inputs.gpu ? `no on-demand rental of GPU "${inputs.gpu}" in the catalog` : "the catalog has no GPU rental prices"
    };
  const tokens = inputs.dataset.epochTokens(model.encoding, void 0);
  const trainingTokens = d(tokens.billedTokens * BigInt(epochs));
  let training;
  for (const offer of rentals) {
    const price2 = resolveField(offer.prices, "gpuPerHour", inputs.asOf);
    const t2 = trainingFor(catalog, offer.gpu, size, method, inputs.precision ?? "bf16");
    if (!price2 || !t2) continue;
    const hours = trainingTokens.div(t2.tokensPerSecond.times(SECONDS_PER_HOUR));
    const cost = hours.times(price2.amount);
    if (!training || cost.lt(training.cost)) training = { cost, offer, t: t2, price: price2, hours };
  }
  if (!training)
    return {
      skip: `no ${inputs.precision ?? "bf16"} ${method} training throughput for a ${size.toFixed()}B model on a rentable GPU in the catalog`
    };
  const configs = servingConfigs(catalog, rentals, size, inputs, hoursUp);
  const envelope = paretoServing(configs, hoursUp);
  if (envelope.length === 0)
    return {
      skip: `no ${inputs.precision ?? "bf16"} serving throughput for a ${size.toFixed()}B model on a rentable GPU in the catalog`
    };
  const gpuTaken = /* @__PURE__ */ new Map();
  for (const s of envelope) gpuTaken.set(s.offer.gpu, (gpuTaken.get(s.offer.gpu) ?? 0) + 1);
  const t = training;
  return envelope.map((serving) => ({
    id: idOf(
      `self-hosted/${gpuTaken.get(serving.offer.gpu) > 1 ? `${serving.offer.provider}/` : ""}${serving.offer.gpu}`
    ),
    name: `Self-hosted ${model.id}: ${method} on ${t.offer.providerName} ${t.offer.gpu}, served on ${serving.offer.providerName} ${serving.offer.gpu}`,
    kind: "self-hosted",
    hourly: serving.hourly,
    hoursPerDay: hoursUp,
    capacityPerDay: serving.capacityPerDay,
    oneTime: t.cost,
    model: model.id,
    method,
    provider: serving.offer.provider,
    sources: [
      {
        what: `${t.offer.providerName} ${t.offer.gpu} per GPU-hour (training)`,
        source: t.price.entry.source,
        asOf: t.price.entry.asOf
      },
      { what: `${method} training throughput ${t.offer.gpu}`, source: t.t.source, asOf: t.t.asOf },
      ...servingSources(serving)
    ],
    notes: [
      `training (${t.t.precision}${t.t.engine ? `, ${t.t.engine}` : ""}): ${trainingTokens.toFixed()} tokens (${epochs} epoch${epochs === 1 ? "" : "s"} \xD7 ${tokens.billedTokens} tokens) \xF7 ${t.t.tokensPerSecond.toFixed()} tokens/s per GPU (${t.t.basis}${t.t.parametersBillions.eq(size) ? "" : `, for ${t.t.parametersBillions.toFixed()}B`}) = ${t.hours.toSignificantDigits(4).toFixed()} GPU-hours \xD7 ${t.price.amount.toFixed()}/GPU-hour on ${t.offer.providerName} ${t.offer.label ?? t.offer.gpu}, billed by the second; setup and idle time not included`,
      ...servingNotes(serving, inputs, hoursUp)
    ]
  }));
}
function dedicatedOption(row, inputs, catalog, model, hoursUp, idOf) {
  if (!model.parametersBillions) return void 0;
  const offers = catalog.gpuOffers.filter(
    (o) => o.kind === "dedicated-endpoint" && o.provider === row.provider && (!inputs.gpu || o.gpu === inputs.gpu)
  );
  const serving = cheapestServing(
    servingConfigs(catalog, offers, model.parametersBillions, inputs, hoursUp),
    inputs.queriesPerDay,
    hoursUp
  );
  if (!serving) return void 0;
  return {
    id: idOf(`${offerId(row)}/dedicated`),
    name: `${row.providerName} ${row.method}, dedicated ${serving.offer.gpu} endpoint: fine-tuned ${row.model}`,
    kind: "hosted-hourly",
    hourly: serving.hourly,
    hoursPerDay: hoursUp,
    capacityPerDay: serving.capacityPerDay,
    monthly: row.running.storagePerMonth,
    oneTime: row.trainingCost,
    provider: row.provider,
    model: row.model,
    method: row.method,
    tier: row.tier,
    sources: [{ what: "training price", source: row.source, asOf: row.asOf }, ...servingSources(serving)],
    notes: servingNotes(serving, inputs, hoursUp)
  };
}
function horizonEndOf(asOf, months) {
  const whole = months.floor().toNumber();
  const end = addMonths(asOf, whole);
  const rest = months.minus(whole);
  return rest.isZero() ? end : addDays(end, rest.times(365).div(12).ceil().toNumber());
}
function decisionOf(row, inputs) {
  const a = row.availability;
  const out = {};
  const horizonEnd = horizonEndOf(inputs.asOf, inputs.horizonMonths);
  if (a?.servingEndsOn) {
    out.servingEndsOn = a.servingEndsOn;
    out.remainingMonths = Decimal.max(0, d(daysBetween(inputs.asOf, a.servingEndsOn)).times(12).div(365));
  }
  const reasons = [];
  if (!inputs.includeEnding) {
    if (a && !a.trainable) {
      reasons.push(
        a.serving ? `cannot be trained on ${inputs.asOf} (new training ended ${a.trainingEndsOn})` : `shut down on ${a.servingEndsOn}: neither trained nor served on ${inputs.asOf}`
      );
    } else if (a?.servingEndsOn && a.servingEndsOn < horizonEnd) {
      reasons.push(
        `stops serving on ${a.servingEndsOn}, inside the ${inputs.horizonMonths.toFixed()}-month horizon (to ${horizonEnd})${a.trainingEndsOn && a.trainingEndsOn < a.servingEndsOn ? `; new training ends ${a.trainingEndsOn}` : ""}`
      );
    }
  }
  if (!row.production && !inputs.includeNonProduction) reasons.push("not for production (no SLA)");
  if (reasons.length) out.excluded = reasons.join("; ");
  return out;
}
function lifecycleNote(provider, model, inputs) {
  const a = availabilityOn(provider, model, void 0, inputs.asOf);
  const end = horizonEndOf(inputs.asOf, inputs.horizonMonths);
  if (!a?.servingEndsOn || a.servingEndsOn >= end) return [];
  return [
    `the ${model.id} snapshot stops serving on ${a.servingEndsOn}, inside the horizon: prompting moves to its successor, whose prices may differ`
  ];
}
function optionsFromCatalog(inputs, catalog) {
  for (const [option, v] of [
    ["baseInputTokens", inputs.baseInputTokens],
    ["baseOutputTokens", inputs.baseOutputTokens],
    ["inputTokens", inputs.inputTokens],
    ["outputTokens", inputs.outputTokens],
    ["baseCachedInputTokens", inputs.baseCachedInputTokens ?? 0],
    ["cachedInputTokens", inputs.cachedInputTokens ?? 0]
  ]) {
    if (!Number.isSafeInteger(v) || v < 0)
      throw new UserError((w) => `${w.option(option)} must be a whole number of tokens, got ${v}`, { option });
  }
  if (inputs.outputTokens < 1)
    throw new UserError(
      (w) => `${w.option("outputTokens")} must be at least 1 (serving capacity is counted in output tokens)`,
      { option: "outputTokens" }
    );
  if ((inputs.baseCachedInputTokens ?? 0) > inputs.baseInputTokens)
    throw new UserError(
      (w) => `${w.option("baseCachedInputTokens")} (${inputs.baseCachedInputTokens}) cannot exceed ${w.option("baseInputTokens")} (${inputs.baseInputTokens})`,
      { option: "baseCachedInputTokens" }
    );
  if ((inputs.cachedInputTokens ?? 0) > inputs.inputTokens)
    throw new UserError(
      (w) => `${w.option("cachedInputTokens")} (${inputs.cachedInputTokens}) cannot exceed ${w.option("inputTokens")} (${inputs.inputTokens})`,
      { option: "cachedInputTokens" }
    );
  const batchShare = inputs.batchShare;
  if (batchShare && (batchShare.isNeg() || batchShare.gt(1)))
    throw new UserError((w) => `${w.option("batchShare")} must be between 0 and 1, got ${batchShare.toFixed()}`, {
      option: "batchShare"
    });
  const peakFactor = inputs.peakFactor;
  if (peakFactor?.lt(1))
    throw new UserError(
      (w) => `${w.option("peakFactor")} must be at least 1 (the peak over the average load), got ${peakFactor.toFixed()}`,
      { option: "peakFactor" }
    );
  if (inputs.ftModels.length === 0)
    throw new UserError((w) => `give the model to fine-tune (${w.option("ftModel")})`, { option: "ftModel" });
  const hoursUp = inputs.hoursPerDayUp ?? HOURS_PER_DAY;
  const assumptions = [];
  const notes = [];
  const skipped = [];
  const prompted = promptedOption(inputs, catalog);
  if (prompted.note) notes.push(prompted.note);
  const options = [prompted.option];
  const several = new Set(inputs.ftModels).size > 1;
  for (const ftModel of [...new Set(inputs.ftModels)]) {
    const idOf = (id) => several ? `${ftModel}:${id}` : id;
    const ftModels = findModels(catalog, ftModel);
    if (ftModels.length === 0) throw unknownModel(catalog, ftModel, "ftModel");
    const estimate = estimateTraining(
      {
        dataset: inputs.dataset,
        epochs: inputs.epochs,
        models: [ftModel],
        providers: inputs.providers,
        asOf: inputs.asOf,
        today: inputs.today,
        includeUnavailable: true
      },
      catalog
    );
    const dedicated = [];
    const dedicatedDone = /* @__PURE__ */ new Set();
    for (const row of estimate.rows) {
      if (row.trainingCost === null) {
        skipped.push({ id: idOf(offerId(row)), reason: row.missingPrice ?? "no training price" });
        continue;
      }
      if (row.availability && !row.availability.serving) {
        skipped.push({ id: idOf(offerId(row)), reason: `shut down on ${row.availability.servingEndsOn}` });
        continue;
      }
      const model = ftModels.find((m) => m.provider.id === row.provider).model;
      const decision = decisionOf(row, inputs);
      const hosted = hostedOption(row, inputs, hoursUp);
      if ("skip" in hosted) skipped.push({ id: idOf(offerId(row)), reason: hosted.skip });
      else {
        hosted.notes.push(...offerNotes(model, row, inputs.asOf));
        options.push({ ...hosted, id: idOf(hosted.id), ...decision });
      }
      if (!dedicatedDone.has(row.provider)) {
        const option = dedicatedOption(row, inputs, catalog, model, hoursUp, idOf);
        if (option) {
          dedicated.push({ ...option, ...decision });
          dedicatedDone.add(row.provider);
        }
      }
      if (row.epochs.basis === "assumed")
        assumptions.push(
          `${row.epochs.epochs} epoch${row.epochs.epochs === 1 ? "" : "s"} assumed for ${row.providerName} (its default is not published)`
        );
    }
    options.push(...dedicated);
    if (estimate.rows.length === 0)
      notes.push(
        `No platform in the catalog fine-tunes ${ftModel}${inputs.providers?.length ? ` among ${inputs.providers.join(", ")}` : ""} as of ${inputs.asOf}.`
      );
    if (inputs.selfHosted !== false) {
      const model = ftModels.find((m) => m.model.parametersBillions)?.model ?? ftModels[0].model;
      if (model.parametersBillions) {
        const epochs = inputs.epochs === "auto" ? estimate.rows[0]?.epochs.epochs ?? 3 : inputs.epochs;
        if (inputs.epochs === "auto")
          assumptions.push(
            `self-hosted training of ${model.id} runs ${epochs} epoch${epochs === 1 ? "" : "s"} (${estimate.rows[0] ? `as ${estimate.rows[0].providerName} would by default` : "assumed"})`
          );
        const self = selfHostedOptions(inputs, catalog, model, epochs, hoursUp, idOf);
        if ("skip" in self) skipped.push({ id: idOf("self-hosted"), reason: self.skip });
        else options.push(...self);
      } else if (!several) {
        skipped.push({
          id: "self-hosted",
          reason: `${model.id} has no published parameter count (closed weights): it cannot be self-hosted`
        });
      }
    }
  }
  if (options.some((o) => o.kind === "self-hosted" || o.capacityPerDay)) {
    const peak = inputs.peakFactor ?? ONE;
    assumptions.push(
      peak.eq(1) ? "serving capacity: the load is spread evenly over the hours up (peak factor 1); --peak-factor 2 sizes replicas for a busiest hour at twice the average" : `serving capacity: replicas are sized for a peak ${peak.toFixed()}\xD7 the average load`,
      "serving capacity counts every token of a query (prompt and output) against the measured output-token throughput: conservative, since prefill is faster per token than decoding"
    );
  }
  if ((inputs.baseCachedInputTokens ?? 0) > 0 || (inputs.cachedInputTokens ?? 0) > 0) {
    assumptions.push(
      `prompt caching: ${inputs.baseCachedInputTokens ?? 0} of the prompted model's ${inputs.baseInputTokens} input tokens and ${inputs.cachedInputTokens ?? 0} of the fine-tuned model's ${inputs.inputTokens} are served from the provider's cache, at its cached-input rate`
    );
  }
  if (inputs.batchShare && !inputs.batchShare.isZero()) {
    assumptions.push(
      `${inputs.batchShare.times(100).toFixed()}% of queries go through a batch API, at batch rates where the catalog has them`
    );
  }
  return { options, baseline: prompted.option.id, skipped, assumptions: [...new Set(assumptions)], notes };
}

// src/breakEvenChecks.ts
var SETTINGS_KEYS = {
  queriesPerDay: true,
  hoursPerMonth: true,
  horizonMonths: true,
  retrainEveryMonths: true,
  baseline: true,
  today: true,
  chartSamples: true,
  range: true,
  sensitivity: true
};
var CUSTOM_KEYS = { ...SETTINGS_KEYS, options: true, scenarioFile: true };
var OPTION_KEYS = {
  id: true,
  name: true,
  perQuery: true,
  hourly: true,
  hoursPerDay: true,
  monthly: true,
  oneTime: true,
  capacityPerDay: true
};
var CATALOG_KEYS = {
  ...SETTINGS_KEYS,
  baseModel: true,
  baseProvider: true,
  baseInputTokens: true,
  baseCachedInputTokens: true,
  baseOutputTokens: true,
  ftModel: true,
  inputTokens: true,
  cachedInputTokens: true,
  outputTokens: true,
  batchShare: true,
  includeEnding: true,
  includeNonProduction: true,
  peakFactor: true,
  precision: true,
  examples: true,
  tokensPerExample: true,
  dataset: true,
  epochs: true,
  providers: true,
  hoursPerDayUp: true,
  selfHosted: true,
  kinds: true,
  selfHostMethod: true,
  gpu: true,
  asOf: true,
  catalog: true
};
function checkSettings(s) {
  checkDate("today", s.today);
  checkHoursPerMonth(s.hoursPerMonth);
  checkCount("chartSamples", s.chartSamples, 2);
}
function checkCustomBreakEven(input) {
  checkKeys("breakEven()", input, CUSTOM_KEYS);
  checkSettings(input);
  if (!Array.isArray(input.options))
    throw new UserError("breakEven(): options must be a list of { id, perQuery, hourly, monthly, oneTime, \u2026 }");
  input.options.forEach((o, i) => {
    checkKeys(`breakEven() options[${i}]`, o, OPTION_KEYS);
    if (typeof o.id !== "string" || o.id === "")
      throw new UserError(`breakEven() options[${i}]: id must be a non-empty string`);
  });
}
function checkCatalogBreakEven(input, catalog) {
  checkKeys("breakEvenFromCatalog()", input, CATALOG_KEYS);
  checkSettings(input);
  checkDate("asOf", input.asOf);
  checkCount("baseInputTokens", input.baseInputTokens, 0);
  checkCount("baseCachedInputTokens", input.baseCachedInputTokens, 0);
  checkCount("baseOutputTokens", input.baseOutputTokens, 1);
  checkCount("inputTokens", input.inputTokens, 0);
  checkCount("cachedInputTokens", input.cachedInputTokens, 0);
  checkCount("outputTokens", input.outputTokens, 1);
  checkCount("examples", input.examples);
  checkCount("tokensPerExample", input.tokensPerExample);
  if (input.epochs !== void 0 && input.epochs !== "auto") checkCount("epochs", input.epochs);
  checkModelFilters(catalog, { providers: input.providers });
  if (input.baseProvider !== void 0) checkModelFilters(catalog, { providers: [input.baseProvider] });
}

// src/engine/sensitivity.ts
var SENSITIVITY_INPUTS = {
  "queries-per-day": { label: "query volume", range: "\xD70.5 \u2013 \xD71.5" },
  "prompted-input-tokens": { label: "prompted input tokens/query", range: "\xD70.5 \u2013 \xD71.5" },
  "ft-input-tokens": { label: "fine-tuned input tokens/query", range: "\xD70.5 \u2013 \xD71.5" },
  "output-tokens": { label: "output tokens/query", range: "\xD70.5 \u2013 \xD71.5" },
  "cached-share": { label: "cached input share", range: "\xD70.5 \u2013 \xD71.5 (\u2264 1)" },
  "hosting-per-hour": { label: "hosting $/h", range: "\xD70.5 \u2013 \xD71.5" },
  "training-examples": { label: "training size (examples)", range: "\xD70.5 \u2013 \xD71.5" },
  epochs: { label: "epochs", range: "\xD71 \u2013 \xD72" },
  "horizon-months": { label: "horizon", range: "6 \u2013 24 months" },
  throughput: { label: "throughput", range: "\xD70.5 \u2013 \xD71.5" }
};
var HALF = d("0.5");
var ONE_AND_A_HALF = d("1.5");
var scale = (v, f) => v === void 0 ? void 0 : v.times(f);
var times = (f) => `\xD7${f.toFixed()}`;
function endOf(base, v, hoursPerMonth) {
  const pair = [base.baseline, base.option].map((id) => v.options.find((o2) => o2.id === id));
  if (!pair[0] || !pair[1])
    throw new Error(`sensitivity: the options ${base.baseline} and ${base.option} are not in every variant`);
  const a = analyzeBreakEven({
    options: pair,
    queriesPerDay: v.queriesPerDay,
    horizonMonths: v.horizonMonths,
    amortizationMonths: v.amortizationMonths,
    retrainEveryMonths: base.retrainEveryMonths,
    hoursPerMonth,
    baseline: base.baseline,
    chartSamples: 2
  });
  const [b, o] = a.options.map((x) => x.atVolume.total);
  return {
    value: v.value,
    breakEvenQueriesPerDay: a.pairs[0].crossings[0]?.at ?? null,
    savingPerMonth: b.minus(o)
  };
}
function standardVariants(base, rebuilt) {
  const same = { queriesPerDay: base.queriesPerDay, horizonMonths: base.horizonMonths };
  const amort = (horizon) => base.retrainEveryMonths ? base.amortizationMonths : horizon;
  const mapOptions = (f) => base.options.map(f);
  const ends = (make, low, high) => ({
    low: { ...make(low), value: times(low) },
    high: { ...make(high), value: times(high) }
  });
  const pair = [base.baseline, base.option].map((id) => base.options.find((o) => o.id === id));
  const anyHourly = pair.some((o) => o.hourly?.gt(0));
  const anyCapacity = pair.some((o) => o.capacityPerDay !== void 0);
  const anyTraining = pair.some((o) => o.oneTime?.gt(0));
  const withOptions = (options) => ({ ...same, options, amortizationMonths: base.amortizationMonths });
  return {
    "queries-per-day": ends(
      (f) => ({
        ...same,
        options: base.options,
        amortizationMonths: base.amortizationMonths,
        queriesPerDay: base.queriesPerDay.times(f)
      }),
      HALF,
      ONE_AND_A_HALF
    ),
    "prompted-input-tokens": rebuilt["prompted-input-tokens"] ?? { reason: "not given" },
    "ft-input-tokens": rebuilt["ft-input-tokens"] ?? { reason: "not given" },
    "output-tokens": rebuilt["output-tokens"] ?? { reason: "not given" },
    "cached-share": rebuilt["cached-share"] ?? { reason: "not given" },
    "hosting-per-hour": anyHourly ? ends((f) => withOptions(mapOptions((o) => ({ ...o, hourly: scale(o.hourly, f) }))), HALF, ONE_AND_A_HALF) : { reason: "neither option is billed by the hour" },
    "training-examples": anyTraining ? ends((f) => withOptions(mapOptions((o) => ({ ...o, oneTime: scale(o.oneTime, f) }))), HALF, ONE_AND_A_HALF) : { reason: "neither option has a training cost" },
    epochs: anyTraining ? ends((f) => withOptions(mapOptions((o) => ({ ...o, oneTime: scale(o.oneTime, f) }))), d(1), d(2)) : { reason: "neither option has a training cost" },
    "horizon-months": {
      low: { ...same, options: base.options, horizonMonths: d(6), amortizationMonths: amort(d(6)), value: "6 months" },
      high: {
        ...same,
        options: base.options,
        horizonMonths: d(24),
        amortizationMonths: amort(d(24)),
        value: "24 months"
      }
    },
    throughput: anyCapacity ? ends(
      (f) => withOptions(mapOptions((o) => ({ ...o, capacityPerDay: scale(o.capacityPerDay, f) }))),
      HALF,
      ONE_AND_A_HALF
    ) : { reason: "neither option has a capacity limit" }
  };
}
function analyzeSensitivity(base, variants) {
  if (base.baseline === base.option)
    throw new UserError(`sensitivity compares an option against the baseline; both are "${base.baseline}"`);
  const expected = endOf(
    base,
    {
      options: base.options,
      queriesPerDay: base.queriesPerDay,
      horizonMonths: base.horizonMonths,
      amortizationMonths: base.amortizationMonths,
      value: ""
    },
    base.hoursPerMonth
  );
  const rows = [];
  const notApplicable = [];
  for (const input of Object.keys(SENSITIVITY_INPUTS)) {
    const v = variants[input];
    const { label } = SENSITIVITY_INPUTS[input];
    if ("reason" in v) {
      notApplicable.push({ input, label, reason: v.reason });
      continue;
    }
    const low = endOf(base, v.low, base.hoursPerMonth);
    const high = endOf(base, v.high, base.hoursPerMonth);
    const diff = high.savingPerMonth.minus(low.savingPerMonth);
    rows.push({
      input,
      label,
      range: v.range ?? SENSITIVITY_INPUTS[input].range,
      low,
      high,
      swing: diff.sign() < 0 ? diff.neg() : diff
    });
  }
  rows.sort((x, y) => y.swing.cmp(x.swing));
  return {
    baseline: base.baseline,
    option: base.option,
    queriesPerDay: base.queriesPerDay,
    expected: { breakEvenQueriesPerDay: expected.breakEvenQueriesPerDay, savingPerMonth: expected.savingPerMonth },
    rows,
    notApplicable
  };
}
function comparedOption(ids, baseline, cheapest, totals, excluded, asked) {
  if (asked !== void 0) {
    if (!ids.includes(asked))
      throw new UserError(`the sensitivity option "${asked}" is not one of the options (${ids.join(", ")})`);
    return asked;
  }
  if (cheapest !== null && cheapest !== baseline) return cheapest;
  let best;
  const competing = ids.filter((id) => id !== baseline && !excluded.includes(id));
  for (const id of competing.length ? competing : ids) {
    if (id === baseline) continue;
    if (best === void 0 || totals.get(id).lt(totals.get(best))) best = id;
  }
  if (best === void 0) throw new UserError("sensitivity needs an option to compare against the baseline");
  return best;
}
function tokenVariants(base, t, rebuild) {
  const round = (n, f) => d(n).times(f).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  const at = (tokens, value) => ({
    options: rebuild(tokens),
    queriesPerDay: base.queriesPerDay,
    horizonMonths: base.horizonMonths,
    amortizationMonths: base.amortizationMonths,
    value
  });
  const ends = (make) => ({
    low: at(make(HALF), times(HALF)),
    high: at(make(ONE_AND_A_HALF), times(ONE_AND_A_HALF))
  });
  const out = {
    "prompted-input-tokens": ends((f) => ({
      ...t,
      baseInputTokens: round(t.baseInputTokens, f),
      baseCachedInputTokens: round(t.baseCachedInputTokens, f)
    })),
    "ft-input-tokens": ends((f) => ({
      ...t,
      inputTokens: round(t.inputTokens, f),
      cachedInputTokens: round(t.cachedInputTokens, f)
    })),
    "output-tokens": ends((f) => ({
      ...t,
      baseOutputTokens: Math.max(1, round(t.baseOutputTokens, f)),
      outputTokens: Math.max(1, round(t.outputTokens, f))
    }))
  };
  const share = (cached, input) => input === 0 ? d(0) : d(cached).div(input);
  const sb = share(t.baseCachedInputTokens, t.baseInputTokens);
  const sf = share(t.cachedInputTokens, t.inputTokens);
  const none = sb.isZero() && sf.isZero();
  const cachedAt = (f, whenNone) => {
    const s = (x) => Decimal.min(1, none ? whenNone : x.times(f));
    return {
      ...t,
      baseCachedInputTokens: round(t.baseInputTokens, s(sb)),
      cachedInputTokens: round(t.inputTokens, s(sf))
    };
  };
  out["cached-share"] = t.baseInputTokens + t.inputTokens === 0 ? { reason: "no input tokens" } : {
    low: at(cachedAt(HALF, d(0)), none ? "share 0" : times(HALF)),
    high: at(cachedAt(ONE_AND_A_HALF, HALF), none ? "share 0.5" : times(ONE_AND_A_HALF)),
    range: none ? "share 0 \u2013 0.5 (none given)" : void 0
  };
  return out;
}
function scenarioVariants(base) {
  const ends = (which) => {
    const at = (f) => ({
      options: base.options.map((o) => which(o) ? { ...o, perQuery: scale(o.perQuery, f) } : o),
      queriesPerDay: base.queriesPerDay,
      horizonMonths: base.horizonMonths,
      amortizationMonths: base.amortizationMonths,
      value: times(f)
    });
    return { low: at(HALF), high: at(ONE_AND_A_HALF) };
  };
  const reason = "a scenario's options give prices per query, not token counts";
  return {
    "prompted-input-tokens": ends((o) => o.id === base.baseline),
    "ft-input-tokens": ends((o) => o.id !== base.baseline),
    "output-tokens": { reason },
    "cached-share": { reason }
  };
}
function sensitivityOf(a, s, asked, extra) {
  if (s.queriesPerDay === null)
    throw new UserError(
      (w) => `sensitivity needs a volume (${w.option("queriesPerDay", "N")}): the saving is read at it`,
      {
        option: "queriesPerDay"
      }
    );
  if (a.baseline === null) throw new UserError("sensitivity needs a baseline option to compare against");
  const options = a.options.map((o) => o.option);
  const totals = new Map(a.options.map((o) => [o.option.id, o.atVolume.total]));
  const base = {
    options,
    baseline: a.baseline,
    option: comparedOption(
      options.map((o) => o.id),
      a.baseline,
      a.cheapestAtVolume,
      totals,
      a.excluded.map((e) => e.id),
      asked
    ),
    queriesPerDay: s.queriesPerDay,
    horizonMonths: s.horizonMonths,
    amortizationMonths: s.amortizationMonths,
    retrainEveryMonths: s.retrainEveryMonths,
    hoursPerMonth: s.hoursPerMonth
  };
  return analyzeSensitivity(base, standardVariants(base, extra(base)));
}

// src/engine/breakEvenRange.ts
var key = (between) => between.join("\0");
function breakEvenBands(expected, atBounds, spread) {
  const byPair = atBounds.map((a) => new Map(a.pairs.map((p) => [key(p.between), p])));
  const bands = expected.crossings.map(({ pair, crossing }) => {
    const k = pair.crossings.indexOf(crossing);
    let low = crossing.at;
    let high = crossing.at;
    let atEveryBound = true;
    for (const pairs of byPair) {
      const other = pairs.get(key(pair.between))?.crossings[k];
      if (!other || other.cheaperBelow !== crossing.cheaperBelow) {
        atEveryBound = false;
        continue;
      }
      low = Rational.min(low, other.at);
      high = Rational.max(high, other.at);
    }
    return { low, expected: crossing.at, high, atEveryBound };
  });
  const totals = /* @__PURE__ */ new Map();
  for (const o of expected.options) {
    if (!o.atVolume) continue;
    let low = o.atVolume.total;
    let high = low;
    for (const a of atBounds) {
      const at = a.options.find((x) => x.option.id === o.option.id)?.atVolume?.total;
      if (!at) continue;
      low = Rational.min(low, at);
      high = Rational.max(high, at);
    }
    totals.set(o.option.id, { low, expected: o.atVolume.total, high });
  }
  return { bands, totals, spread: spread && { source: spread.source, bounds: spread.bounds } };
}

// src/breakEvenApi.ts
function number(name, value, fallback) {
  if (value === void 0) {
    if (fallback === void 0) throw new UserError(`${name} is required`);
    return fallback;
  }
  const text = String(value).trim().replace(/_/g, "");
  if (!/^\d+(\.\d+)?$/.test(text)) throw new UserError(`${name} must be a non-negative number, got "${String(value)}"`);
  return d(text);
}
function price(id, field, value) {
  if (value === void 0) return void 0;
  if (typeof value !== "string")
    throw new UserError(`option "${id}": ${field} must be a decimal string like "0.05", not a ${typeof value}`);
  if (!/^\d+(\.\d+)?$/.test(value.trim()))
    throw new UserError(`option "${id}": ${field} must be a non-negative decimal string like "0.05", got "${value}"`);
  return d(value);
}
function settingsOf(s) {
  const horizonMonths = number("horizonMonths", s.horizonMonths, d(12));
  const retrain = s.retrainEveryMonths === void 0 ? void 0 : number("retrainEveryMonths", s.retrainEveryMonths);
  const hoursPerMonth = number("hoursPerMonth", s.hoursPerMonth, HOURS_PER_MONTH);
  const queriesPerDay = s.queriesPerDay === void 0 || s.queriesPerDay === null ? null : number("queriesPerDay", s.queriesPerDay);
  for (const [name, v] of [
    ["horizonMonths", horizonMonths],
    ["retrainEveryMonths", retrain],
    ["hoursPerMonth", hoursPerMonth]
  ]) {
    if (v?.isZero()) throw new UserError(`${name} must be more than 0`);
  }
  if (hoursPerMonth.gt(744))
    throw new UserError(`hoursPerMonth must be at most 744 (31 days), got ${hoursPerMonth.toFixed()}`);
  return {
    horizonMonths,
    amortizationMonths: retrain ?? horizonMonths,
    hoursPerMonth,
    queriesPerDay,
    retrain,
    retrainEveryMonths: retrain
  };
}
function assumptionsOf(s) {
  return [
    `a month is ${s.hoursPerMonth.toFixed()} hours${s.hoursPerMonth.eq(HOURS_PER_MONTH) ? " (365 \xD7 24 \xF7 12, the cloud billing convention)" : ""} and a day 24`,
    s.retrain ? `training is repeated every ${s.retrain.toFixed()} months and its cost spread over each cycle` : `training is paid once and spread over the ${s.horizonMonths.toFixed()}-month horizon`
  ];
}
function breakEven(input) {
  checkCustomBreakEven(input);
  const s = settingsOf(input);
  const options = input.options.map((o) => ({
    id: o.id,
    name: o.name,
    kind: "custom",
    perQuery: price(o.id, "perQuery", o.perQuery),
    hourly: price(o.id, "hourly", o.hourly),
    hoursPerDay: o.hoursPerDay === void 0 ? void 0 : number(`option "${o.id}": hoursPerDay`, o.hoursPerDay),
    monthly: price(o.id, "monthly", o.monthly),
    oneTime: price(o.id, "oneTime", o.oneTime),
    capacityPerDay: o.capacityPerDay === void 0 ? void 0 : number(`option "${o.id}": capacityPerDay`, o.capacityPerDay)
  }));
  const analysis = analyzeBreakEven({ ...s, options, baseline: input.baseline, chartSamples: input.chartSamples });
  const result = toBreakEvenResult(analysis, {
    today: input.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    source: { kind: "scenario", file: input.scenarioFile ?? null },
    assumptions: assumptionsOf(s)
  });
  if (input.sensitivity)
    result.sensitivity = toSensitivityJson(sensitivityOf(analysis, s, askedOption(input), scenarioVariants));
  if (input.range) addBreakEvenRanges(result, breakEvenBands(analysis, [], null));
  return result;
}
var askedOption = (s) => typeof s.sensitivity === "object" ? s.sensitivity.option : void 0;
function breakEvenFromCatalog(input) {
  const catalog = input.catalog ?? embeddedCatalog();
  checkCatalogBreakEven(input, catalog);
  const today = input.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const asOf = input.asOf ?? today;
  const s = settingsOf(input);
  let dataset = input.dataset;
  const tokensAssumed = !dataset && input.tokensPerExample === void 0;
  const assumptions = assumptionsOf(s);
  if (!dataset) {
    if (input.examples === void 0)
      throw new UserError((w) => `give the number of training examples (${w.option("examples", "N")})`, {
        option: "examples"
      });
    if (!Number.isSafeInteger(input.examples) || input.examples < 1)
      throw new UserError(`examples must be a whole number of at least 1, got ${input.examples}`);
    const tokensPerExample = input.tokensPerExample ?? catalog.meta.defaultTokensPerExample;
    if (input.tokensPerExample === void 0)
      assumptions.push(
        `${tokensPerExample} tokens per training example assumed (pass --tokens-per-example for your data)`
      );
    dataset = assumedDataset(input.examples, tokensPerExample);
  }
  const hoursPerDayUp = number("hoursPerDayUp", input.hoursPerDayUp, d(24));
  if (hoursPerDayUp.isZero() || hoursPerDayUp.gt(24))
    throw new UserError(`hours up per day must be more than 0 and at most 24, got ${hoursPerDayUp.toFixed()}`);
  const params = {
    baseModel: input.baseModel,
    baseProvider: input.baseProvider,
    baseInputTokens: input.baseInputTokens,
    baseCachedInputTokens: input.baseCachedInputTokens,
    baseOutputTokens: input.baseOutputTokens ?? input.outputTokens,
    ftModels: typeof input.ftModel === "string" ? [input.ftModel] : input.ftModel,
    inputTokens: input.inputTokens,
    cachedInputTokens: input.cachedInputTokens,
    outputTokens: input.outputTokens,
    batchShare: input.batchShare === void 0 ? void 0 : number("batchShare", input.batchShare),
    horizonMonths: s.horizonMonths,
    includeEnding: input.includeEnding,
    includeNonProduction: input.includeNonProduction,
    peakFactor: input.peakFactor === void 0 ? void 0 : number("peakFactor", input.peakFactor),
    precision: input.precision,
    dataset,
    epochs: input.epochs ?? "auto",
    providers: input.providers,
    asOf,
    today,
    hoursPerDayUp,
    queriesPerDay: s.queriesPerDay,
    selfHostMethod: input.selfHostMethod,
    gpu: input.gpu,
    selfHosted: input.selfHosted
  };
  const built = optionsFromCatalog(params, catalog);
  if (hoursPerDayUp.lt(24))
    assumptions.push(
      `deployments and rented GPUs are up ${hoursPerDayUp.toFixed()} hours a day (and billed only then)`
    );
  const kinds = input.kinds;
  const options = kinds ? built.options.filter((o) => kinds.includes(o.kind)) : built.options;
  const baseline = input.baseline ?? (options.some((o) => o.id === built.baseline) ? built.baseline : void 0);
  const analysis = analyzeBreakEven({ ...s, options, baseline, chartSamples: input.chartSamples });
  const result = toBreakEvenResult(analysis, {
    catalog: { version: catalog.meta.version, schemaVersion: catalog.meta.schemaVersion },
    asOf,
    today,
    source: { kind: "catalog", file: null },
    assumptions: [...assumptions, ...built.assumptions],
    notes: [...datasetNotes(dataset), ...built.notes],
    skipped: built.skipped
  });
  if (input.range) {
    const spread = dataset.kind === "counted" ? countedSpread(dataset) : tokensAssumed ? tokensPerExampleSpread(
      dataset.examples,
      assumedTokensBounds(catalog.meta.defaultTokensPerExample),
      "assumed: no --tokens-per-example"
    ) : null;
    const atBounds = (spread ? [spread.low, spread.high] : []).map((ds) => {
      const rebuilt = optionsFromCatalog({ ...params, dataset: ds }, catalog).options;
      const ids = new Set(options.map((o) => o.id));
      return analyzeBreakEven({ ...s, options: rebuilt.filter((o) => ids.has(o.id)), baseline, chartSamples: 2 });
    });
    addBreakEvenRanges(result, breakEvenBands(analysis, atBounds, spread));
  }
  if (input.sensitivity) {
    const tokens = {
      baseInputTokens: params.baseInputTokens,
      baseCachedInputTokens: params.baseCachedInputTokens ?? 0,
      baseOutputTokens: params.baseOutputTokens,
      inputTokens: params.inputTokens,
      cachedInputTokens: params.cachedInputTokens ?? 0,
      outputTokens: params.outputTokens
    };
    const rebuild = (t) => optionsFromCatalog({ ...params, ...t }, catalog).options;
    result.sensitivity = toSensitivityJson(
      sensitivityOf(analysis, s, askedOption(input), (base) => tokenVariants(base, tokens, rebuild))
    );
  }
  return result;
}
function datasetNotes(dataset) {
  if (dataset.kind !== "counted") return [];
  const file = dataset.training?.file;
  return [
    `training set: ${dataset.examples} valid examples counted${file ? ` in ${file}` : ""}, with each option's own tokenizer and per-example cap`
  ];
}
export {
  breakEven,
  breakEvenFromCatalog
};
