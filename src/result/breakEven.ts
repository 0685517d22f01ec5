/**
 * Break-even analysis → the published, versioned JSON contract of `ftcost breakeven --format json`
 * and of the library's `breakEven()`. Bump BREAKEVEN_SCHEMA_VERSION on any breaking change.
 *
 * Units: volumes are queries per day; money is USD per month of `hoursPerMonth` hours unless a field
 * says otherwise (`perDay`). Every figure is an unrounded decimal string. A value that does not end
 * in base ten (a break-even of 360000/35843 queries/day, training spread over 3 months) is written to
 * 60 significant digits, and its exact fraction is given next to it (`…Exact`, "n" or "n/d").
 */
import type { Note, NoteWords } from '../domain/notes.js';
import type { ClosedProvider } from '../domain/offers.js';
import { closedProvidersJson } from './availability.js';
import { toDecimalString, type Decimal } from '../decimal.js';
import type { BreakEvenAnalysis } from '../engine/breakEven/analysis.js';
import type { CostCurve, CostOption, CostOptionKind } from '../engine/breakEven/costCurve.js';
import { Rational } from '../engine/breakEven/rational.js';
import type { BreakEvenRangeAnalysis } from '../engine/breakEven/range.js';
import type { SensitivityAnalysis, SensitivityEnd } from '../engine/breakEven/sensitivity.js';
import { withFacts } from './facts.js';
import { BREAKEVEN_SCHEMA_URL } from './schemaIds.js';
import { verdictOf } from './verdict.js';
import {
  BREAKEVEN_SCHEMA_VERSION,
  type BreakEvenFacts,
  type BreakEvenJson,
  type BreakEvenOptionJson,
  type BreakEvenResult,
  type BreakEvenResultWithFacts,
  type SensitivityEndJson,
  type Verdict,
} from './breakEvenJson.js';

// The JSON's types live in ./breakEvenJson.ts (with the verdict's); their importers read them from here as before.
export { BREAKEVEN_SCHEMA_VERSION };
export type * from './breakEvenJson.js';

export type { CostOptionKind };

/**
 * The monthly cost a chart marks a break-even at: what the option cheaper below it costs a month at
 * that volume. For an "equal" crossing both options cost this; at a "jump" it is the cost just before
 * the replica is added (the top of the step). Every chart (the CLI's terminal chart, the widget's
 * SVG) reads the mark from here, so a crossing sits at the same cost in both.
 */
export function breakEvenMarkCost(b: BreakEvenJson): string {
  const cost = b.monthlyCost[b.cheaperBelow];
  if (cost === undefined)
    throw new Error(`break-even between ${b.between.join(' and ')} has no monthly cost for ${b.cheaperBelow}`);
  return cost;
}

/**
 * (Re)writes every worded field of a result from its facts, in one audience's words: what the
 * builders below word with, and how src/render/words rewords a result for another audience.
 */
export function wordBreakEven(result: BreakEvenResult, facts: BreakEvenFacts, words: NoteWords): void {
  result.assumptions = facts.assumptions.map(words);
  result.notes = facts.notes.map(words);
  result.skipped = facts.skipped.map((s) => ({ id: s.id, reason: words(s.reason) }));
  result.options.forEach((o, i) => {
    const f = facts.options[i]!;
    o.notes = f.notes.map(words);
    o.decision.excludedBecause = f.excludedBecause ? f.excludedBecause.map(words).join('; ') : null;
  });
  result.range?.sources.forEach((s, i) => {
    s.bounds = words(facts.range!.sources[i]!.bounds);
  });
  if (result.sensitivity && facts.sensitivity) {
    const { inputs, notApplicable } = facts.sensitivity;
    result.sensitivity.inputs.forEach((row, i) => {
      row.label = words(inputs[i]!.label);
    });
    result.sensitivity.notApplicable = notApplicable.map((n) => ({
      input: n.input,
      label: words(n.label),
      reason: words(n.reason),
    }));
  }
  decideBreakEven(result, facts);
}

/**
 * (Re)makes the verdict from the result as it now stands (src/result/verdict.ts). Its `text` is left
 * empty here: src/render/words/verdict.ts words it (wordVerdict), called by the api once the result
 * is complete and by every rewording, so this layer writes no sentence and imports nothing above it.
 */
function decideBreakEven(result: BreakEvenResult, facts: BreakEvenFacts): void {
  result.verdict = verdictOf(result, facts);
}

/** Adds the break-evens' bands (in place: the result was just built from the same expected analysis). */
export function addBreakEvenRanges(
  result: BreakEvenResultWithFacts,
  r: BreakEvenRangeAnalysis,
  words: NoteWords,
): void {
  result.breakEvens.forEach((b, i) => {
    const band = r.bands[i]!;
    b.queriesPerDayRange = {
      low: dec(band.low),
      expected: dec(band.expected),
      high: dec(band.high),
      atEveryBound: band.atEveryBound,
    };
  });
  for (const o of result.options) {
    const t = r.totals.get(o.id);
    if (o.atVolume && t)
      o.atVolume.totalPerMonthRange = { low: dec(t.low), expected: dec(t.expected), high: dec(t.high) };
  }
  result.facts.range = { sources: r.spread ? [{ source: r.spread.source, bounds: r.spread.bounds }] : [] };
  result.range = { sources: result.facts.range.sources.map((f) => ({ source: f.source, bounds: words(f.bounds) })) };
}

function sensitivityEnd(e: Omit<SensitivityEnd, 'value'>): Omit<SensitivityEndJson, 'value'> {
  return {
    breakEvenQueriesPerDay: e.breakEvenQueriesPerDay ? dec(e.breakEvenQueriesPerDay) : null,
    breakEvenQueriesPerDayExact: e.breakEvenQueriesPerDay ? e.breakEvenQueriesPerDay.toFractionString() : null,
    savingPerMonth: dec(e.savingPerMonth),
  };
}

/** Adds the sensitivity analysis (in place, as addBreakEvenRanges). */
export function addBreakEvenSensitivity(
  result: BreakEvenResultWithFacts,
  s: SensitivityAnalysis,
  words: NoteWords,
): void {
  result.facts.sensitivity = {
    inputs: s.rows.map((r) => ({ input: r.input, label: r.label })),
    notApplicable: s.notApplicable.map((n) => ({ input: n.input, label: n.label, reason: n.reason })),
  };
  result.sensitivity = {
    baseline: s.baseline,
    option: s.option,
    queriesPerDay: toDecimalString(s.queriesPerDay),
    expected: sensitivityEnd(s.expected),
    inputs: s.rows.map((r) => ({
      input: r.input,
      label: words(r.label),
      range: r.range,
      low: { value: r.low.value, ...sensitivityEnd(r.low) },
      high: { value: r.high.value, ...sensitivityEnd(r.high) },
      swing: dec(r.swing),
    })),
    notApplicable: s.notApplicable.map((n) => ({ input: n.input, label: words(n.label), reason: words(n.reason) })),
  };
  decideBreakEven(result, result.facts);
}

export interface BreakEvenContext {
  catalog?: { version: string; schemaVersion: number } | null;
  asOf?: string | null;
  today: string;
  source: { kind: 'catalog' | 'scenario'; file: string | null };
  assumptions?: Note[];
  notes?: Note[];
  skipped?: { id: string; reason: Note }[];
  closedToTeam?: readonly ClosedProvider[];
  /** The audience's words for the facts (src/render/words: noteWords(wording)). */
  words: NoteWords;
}

const dec = (r: Rational): string => toDecimalString(r.toDecimal());
/** The verdict's place in a result being built: replaced by the verdict of the finished result. */
const UNDECIDED: Verdict = {
  kind: 'nothing-buyable',
  option: null,
  queriesPerDay: null,
  months: null,
  horizonMonths: '',
  leftOut: null,
  restsOn: [],
  text: '',
};
const opt = (v: Decimal | undefined): string | null => (v === undefined ? null : toDecimalString(v));

const zeroOr = (v: Decimal | undefined) => (v === undefined ? '0' : toDecimalString(v));

function extraCostsJson(o: CostOption): NonNullable<BreakEvenOptionJson['extraCosts']> {
  const x = o.extras ?? {};
  return {
    dataPreparation: zeroOr(x.dataPreparation),
    engineering: zeroOr(x.engineering),
    evaluationPerCycle: zeroOr(x.evaluationPerCycle),
    reviewPerCycle: zeroOr(x.reviewPerCycle),
    monitoringPerMonth: zeroOr(x.monitoringPerMonth),
    modelStoragePerMonth: zeroOr(o.storagePerMonth),
  };
}

function qualityJson(o: CostOption, curve: CostCurve): NonNullable<BreakEvenOptionJson['quality']> {
  const q = o.quality;
  return {
    successRate: q ? toDecimalString(q.successRate) : '1',
    failureCost: !q ? 'retry' : q.failureCost.kind === 'retry' ? 'retry' : toDecimalString(q.failureCost.usd),
    perUsableAnswer: dec(curve.perQuery),
    perUsableAnswerExact: curve.perQuery.toFractionString(),
  };
}

function qualityAtVolume(
  v: NonNullable<BreakEvenAnalysis['options'][number]['atVolume']>,
  q: Rational | null,
): Pick<
  NonNullable<BreakEvenOptionJson['atVolume']>,
  'failuresPerMonth' | 'costPerUsableAnswer' | 'costPerUsableAnswerExact'
> {
  const per = q && q.sign() > 0 ? v.perDay.div(q) : null;
  return {
    failuresPerMonth: dec(v.failures),
    costPerUsableAnswer: per ? dec(per) : null,
    costPerUsableAnswerExact: per ? per.toFractionString() : null,
  };
}

export function toBreakEvenResult(a: BreakEvenAnalysis, ctx: BreakEvenContext): BreakEvenResultWithFacts {
  const notes: Note[] = [...(ctx.notes ?? [])];
  // The regimes end short of infinity without a repeat only where a search stopped (src/engine/breakEven/crossings.ts).
  const lastRegime = a.regimes.at(-1);
  const regimesSearchedUpTo = !a.regimesRepeat && lastRegime?.to ? lastRegime.to : null;
  for (const p of a.pairs) {
    if (p.repeatsEvery)
      notes.push({ kind: 'crossings-repeat', between: p.between, everyQueriesPerDay: dec(p.repeatsEvery) });
    if (p.searchedUpTo)
      notes.push({ kind: 'crossings-searched-up-to', between: p.between, queriesPerDay: dec(p.searchedUpTo) });
  }
  if (regimesSearchedUpTo) notes.push({ kind: 'cheapest-known-up-to', queriesPerDay: dec(regimesSearchedUpTo) });
  const anyExtras = a.options.some((o) => o.option.extras !== undefined);
  const anyQuality = a.options.some((o) => o.option.quality !== undefined);
  const facts: BreakEvenFacts = {
    assumptions: ctx.assumptions ?? [],
    notes,
    skipped: ctx.skipped ?? [],
    options: a.options.map(({ option: o }) => ({
      id: o.id,
      notes: o.notes ?? [],
      excludedBecause: a.excluded.find((e) => e.id === o.id)?.reasons ?? null,
    })),
  };
  const result: BreakEvenResult = {
    $schema: BREAKEVEN_SCHEMA_URL,
    schemaVersion: BREAKEVEN_SCHEMA_VERSION,
    kind: 'breakeven',
    verdict: UNDECIDED, // made from the finished result below (wordBreakEven)
    catalog: ctx.catalog ?? null,
    asOf: ctx.asOf ?? null,
    today: ctx.today,
    source: ctx.source,
    units: {
      volume: 'queries per day',
      money: 'USD',
      period: 'month',
      hoursPerMonth: toDecimalString(a.settings.hoursPerMonth),
    },
    settings: {
      queriesPerDay: a.settings.queriesPerDay ? dec(a.settings.queriesPerDay) : null,
      hoursPerMonth: toDecimalString(a.settings.hoursPerMonth),
      horizonMonths: dec(a.settings.horizonMonths),
      retrainEveryMonths: a.settings.retrainEveryMonths ? dec(a.settings.retrainEveryMonths) : null,
      amortizationMonths: toDecimalString(a.settings.amortizationMonths),
    },
    baseline: a.baseline,
    cheapestAtVolume: a.cheapestAtVolume,
    options: a.options.map(({ option: o, atVolume: v, payback, curve }) => ({
      id: o.id,
      name: o.name ?? o.id,
      kind: o.kind,
      provider: o.provider ?? null,
      model: o.model ?? null,
      method: o.method ?? null,
      tier: o.tier ?? null,
      prices: {
        perQuery: opt(o.perQuery),
        hourly: opt(o.hourly),
        hoursPerDay: o.hourly ? (opt(o.hoursPerDay) ?? '24') : null,
        monthly: opt(o.monthly),
        oneTime: o.oneTimeExact ? dec(o.oneTimeExact) : opt(o.oneTime),
        oneTimeExact: o.oneTimeExact
          ? o.oneTimeExact.toFractionString()
          : o.oneTime
            ? Rational.from(o.oneTime).toFractionString()
            : null,
        capacityPerDay: opt(o.capacityPerDay),
      },
      decision: {
        competes: !a.excluded.some((e) => e.id === o.id),
        excludedBecause: null, // worded below
        servingEndsOn: o.servingEndsOn ?? null,
        remainingMonths: o.remainingMonths ? dec(o.remainingMonths) : null,
        remainingMonthsExact: o.remainingMonths ? o.remainingMonths.toFractionString() : null,
      },
      atVolume: v && {
        replicas: v.replicas.toString(),
        trainingPerMonth: dec(v.training),
        hostingPerMonth: dec(v.hosting),
        tokensPerMonth: dec(v.tokens),
        totalPerMonth: dec(v.total),
        totalPerDay: dec(v.perDay),
        totalOverHorizon: dec(v.overHorizon),
        ...(anyExtras ? { extrasPerMonth: dec(v.extras) } : {}),
        ...(anyQuality ? qualityAtVolume(v, a.settings.queriesPerDay) : {}),
      },
      payback: payback && {
        baseline: payback.baseline,
        savingPerMonth: dec(payback.savingPerMonth),
        paysBack: payback.paysBack,
        months: payback.months ? dec(payback.months) : null,
        monthsExact: payback.months ? payback.months.toFractionString() : null,
        recoveryMonths: payback.recoveryMonths ? dec(payback.recoveryMonths) : null,
        recoveryMonthsExact: payback.recoveryMonths ? payback.recoveryMonths.toFractionString() : null,
        reason: payback.reason,
        withinHorizon: payback.withinHorizon,
      },
      sources: o.sources ?? [],
      notes: [], // worded below
      ...(anyExtras ? { extraCosts: extraCostsJson(o) } : {}),
      ...(anyQuality ? { quality: qualityJson(o, curve) } : {}),
    })),
    // In order of volume (stable: pairs in option order at equal volumes).
    breakEvens: a.crossings.map(({ pair: p, crossing: c, monthly }) => ({
      between: p.between,
      queriesPerDay: dec(c.at),
      queriesPerDayExact: c.at.toFractionString(),
      kind: c.kind,
      cheaperBelow: c.cheaperBelow,
      cheaperAbove: c.cheaperAbove,
      monthlyCost: { [p.between[0]]: dec(monthly[0]), [p.between[1]]: dec(monthly[1]) },
    })),
    pairs: a.pairs.map((p) => ({
      between: p.between,
      crossings: p.crossings.length,
      alwaysCheaper: p.alwaysCheaper,
      repeatsEveryQueriesPerDay: p.repeatsEvery ? dec(p.repeatsEvery) : null,
      searchedUpToQueriesPerDay: p.searchedUpTo ? dec(p.searchedUpTo) : null,
    })),
    regimes: a.regimes.map((r) => ({
      cheapest: r.cheapest,
      fromQueriesPerDay: dec(r.from),
      toQueriesPerDay: r.to ? dec(r.to) : null,
      fromQueriesPerDayExact: r.from.toFractionString(),
      toQueriesPerDayExact: r.to ? r.to.toFractionString() : null,
    })),
    regimesRepeat: a.regimesRepeat
      ? {
          afterQueriesPerDay: dec(a.regimesRepeat.after),
          everyQueriesPerDay: dec(a.regimesRepeat.every),
          afterQueriesPerDayExact: a.regimesRepeat.after.toFractionString(),
          everyQueriesPerDayExact: a.regimesRepeat.every.toFractionString(),
        }
      : null,
    regimesSearchedUpTo: regimesSearchedUpTo
      ? { queriesPerDay: dec(regimesSearchedUpTo), queriesPerDayExact: regimesSearchedUpTo.toFractionString() }
      : null,
    chart: {
      queriesPerDay: a.chart.volumes.map(dec),
      series: a.chart.series.map((s) => ({ id: s.id, monthly: s.monthly.map(dec) })),
    },
    // Worded below, from the facts.
    assumptions: [],
    notes: [],
    skipped: [],
    closedToTeam: closedProvidersJson(ctx.closedToTeam ?? []),
  };
  wordBreakEven(result, facts, ctx.words);
  return withFacts(result, facts);
}
