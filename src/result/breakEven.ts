/**
 * Break-even analysis → the published, versioned JSON contract of `ftcost breakeven --format json`
 * and of the library's `breakEven()`. Bump BREAKEVEN_SCHEMA_VERSION on any breaking change.
 *
 * Units: volumes are queries per day; money is USD per month of `hoursPerMonth` hours unless a field
 * says otherwise (`perDay`). Every figure is an unrounded decimal string. A value that does not end
 * in base ten (a break-even of 360000/35843 queries/day, training spread over 3 months) is written to
 * 60 significant digits, and its exact fraction is given next to it (`…Exact`, "n" or "n/d").
 */
import type { Note, NoteWords, SensitivityInput } from '../domain/notes.js';
import type { ClosedProvider } from '../domain/offers.js';
import { type ClosedProviderJson, closedProvidersJson } from './availability.js';
import { toDecimalString, type Decimal } from '../decimal.js';
import type { BreakEvenAnalysis } from '../engine/breakEven/analysis.js';
import type { CostCurve, CostOption, CostOptionKind, CostSource } from '../engine/breakEven/costCurve.js';
import { Rational } from '../engine/breakEven/rational.js';
import type { BreakEvenRangeAnalysis } from '../engine/breakEven/range.js';
import type { UncertaintyId } from '../engine/training/range.js';
import type { SensitivityAnalysis, SensitivityEnd } from '../engine/breakEven/sensitivity.js';
import { type WithFacts, withFacts } from './facts.js';
import { BREAKEVEN_SCHEMA_URL } from './schemaIds.js';
import { type Verdict, verdictOf } from './verdict.js';

/**
 * 2: options carry `decision` (whether the option competes for cheapest, and why not: it stops
 * serving inside the horizon, cannot be trained, or is not for production); payback is
 * { paysBack, months, recoveryMonths, reason } (retraining cycles and remaining life count);
 * queriesPerDay may be null (a scenario without a volume: no at-volume figures, no payback);
 * settings carry retrainEveryMonths; regimesRepeat for options that swap forever.
 *
 * 3: `atVolume.replicas` is an integer string, not a JSON number: a replica count has no upper
 * bound (1 query a replica, 30,023,997,515,803,311 queries a day), and a JSON number past 2^53 is
 * read rounded (…311 as …310). `regimesSearchedUpTo`: where the regimes stop when a search for
 * crossings stopped at its budget (past it the cheapest is not known, and nothing is guessed).
 *
 * 4: costs beyond compute and quality: options carry `extraCosts` (when any was given) and `quality`
 * (when a success rate was given), `atVolume` their monthly figures (`extrasPerMonth`,
 * `failuresPerMonth`, `costPerUsableAnswer`); absent when not given, so older readers see the same.
 * `verdict`: the answer first (src/result/verdict.ts), what to do at the volume and what it rests on, with its words.
 */
export const BREAKEVEN_SCHEMA_VERSION = 4;

export type { CostOptionKind };

export interface BreakEvenOptionJson {
  id: string;
  name: string;
  kind: CostOptionKind;
  provider: string | null;
  model: string | null;
  method: string | null;
  tier: string | null;
  /** The option's prices as given (null where not charged). */
  prices: {
    perQuery: string | null;
    hourly: string | null;
    hoursPerDay: string | null;
    monthly: string | null;
    oneTime: string | null;
    /** The one-time cost exactly ("n" or "n/d"): self-hosted training rarely terminates in base ten. */
    oneTimeExact: string | null;
    capacityPerDay: string | null;
  };
  /**
   * Whether the option competes for "cheapest" (the regimes and cheapestAtVolume are among those that
   * do). An option that stops serving inside the horizon, cannot be trained on the as-of date, or is
   * not for production is shown and costed, but left out of the decision unless asked for.
   */
  decision: {
    competes: boolean;
    excludedBecause: string | null;
    /** The first day it no longer serves, when known. */
    servingEndsOn: string | null;
    /** Calendar months it can still serve from the as-of date, when its end is known. */
    remainingMonths: string | null;
    remainingMonthsExact: string | null;
  };
  /** Cost at the volume asked about, per month, split the way people budget it; null without a volume. */
  atVolume: {
    /** Replicas running at the volume, an integer string (counts can pass 2^53). */
    replicas: string;
    trainingPerMonth: string;
    hostingPerMonth: string;
    tokensPerMonth: string;
    totalPerMonth: string;
    totalPerDay: string;
    totalOverHorizon: string;
    /** With range (`--range`): totalPerMonth with the training set at the bounds of its spread. */
    totalPerMonthRange?: { low: string; expected: string; high: string };
    /** With costs beyond compute: their share of totalPerMonth (up-front ones spread, plus monthly ones). */
    extrasPerMonth?: string;
    /** With success rates: what failures add to totalPerMonth (retries' tokens, or people's fixes). */
    failuresPerMonth?: string;
    /** With success rates: totalPerDay ÷ the usable answers a day (null at 0 queries/day). */
    costPerUsableAnswer?: string | null;
    costPerUsableAnswerExact?: string | null;
  } | null;
  /**
   * Present when costs beyond compute were given (every option then has it; "0" where it pays none):
   * USD, exactly. dataPreparation and engineering are paid once (spread over the horizon),
   * evaluationPerCycle and reviewPerCycle at every training, monitoringPerMonth every month;
   * modelStoragePerMonth is the platform's storage fee, already in prices.monthly.
   */
  extraCosts?: {
    dataPreparation: string;
    engineering: string;
    evaluationPerCycle: string;
    reviewPerCycle: string;
    monitoringPerMonth: string;
    modelStoragePerMonth: string;
  };
  /**
   * Present when a success rate was given: the share of answers usable as they are, what a failure
   * costs ("retry": asked again at the option's own price; else USD per fix), and the per-query price
   * of a usable answer, failures included.
   */
  quality?: {
    successRate: string;
    failureCost: string;
    perUsableAnswer: string;
    perUsableAnswerExact: string;
  };
  /** Paying back the one-time (training) cost against the baseline at the volume; null without one. */
  payback: {
    baseline: string;
    /**
     * The running saving: running cost (tokens, hosting, storage) saved per month against the baseline at
     * the volume, training excluded — training is what it pays back (negative: it costs more to run).
     * Not the sensitivity's savingPerMonth, which is the total saving with training included.
     */
    savingPerMonth: string;
    /** False: training is never earned back (see reason). */
    paysBack: boolean;
    /** Months to pay back; null when it never does. */
    months: string | null;
    monthsExact: string | null;
    /**
     * The investment (one training run, with a cycle's evaluation and review and the decision's data
     * preparation and engineering) ÷ the monthly saving, whether or not that is soon enough; null when
     * nothing is saved.
     */
    recoveryMonths: string | null;
    recoveryMonthsExact: string | null;
    /**
     * Why it never pays back: costs-more-to-run (no saving), not-within-cycle (retrained before a
     * cycle's training is earned back), not-within-remaining-life (it stops serving first).
     */
    reason: 'costs-more-to-run' | 'not-within-cycle' | 'not-within-remaining-life' | null;
    withinHorizon: boolean;
  } | null;
  sources: CostSource[];
  notes: string[];
}

export interface BreakEvenJson {
  between: [string, string];
  /** Unrounded; tables round it up to whole queries. */
  queriesPerDay: string;
  queriesPerDayExact: string;
  /** "equal": both cost the same at this volume; "jump": a replica is added just above it and the order flips there. */
  kind: 'equal' | 'jump';
  cheaperBelow: string;
  cheaperAbove: string;
  /** What each of the two costs a month at this volume (the same for "equal"; at a jump, before the new replica). */
  monthlyCost: Record<string, string>;
  /**
   * With range (`--range`): the break-even with the training set at the low and high bound of its
   * spread (docs/ranges.md). atEveryBound false: at some bound the two no longer cross this way.
   */
  queriesPerDayRange?: { low: string; expected: string; high: string; atEveryBound: boolean };
}

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

export interface PairJson {
  between: [string, string];
  crossings: number;
  /** The one never more expensive, when the two never cross. */
  alwaysCheaper: string | null;
  /** Both cost the same per query on average; the crossings listed repeat every this many queries/day forever. */
  repeatsEveryQueriesPerDay: string | null;
  /** The search for crossings stopped here (a pair with a great many replica steps). */
  searchedUpToQueriesPerDay: string | null;
}

export interface RegimeJson {
  cheapest: string;
  /** Exclusive, except for 0. */
  fromQueriesPerDay: string;
  /** Inclusive; null = no upper end. */
  toQueriesPerDay: string | null;
  fromQueriesPerDayExact: string;
  toQueriesPerDayExact: string | null;
}

export interface BreakEvenResult {
  /** This output's JSON Schema (schema/breakeven.schema.json of the package). */
  $schema: typeof BREAKEVEN_SCHEMA_URL;
  schemaVersion: typeof BREAKEVEN_SCHEMA_VERSION;
  kind: 'breakeven';
  /** The answer first: fine-tune, keep prompting, or nothing buyable, and what it rests on (src/result/verdict.ts). */
  verdict: Verdict;
  /** The catalog the options were priced from; null for a scenario file's own prices. */
  catalog: { version: string; schemaVersion: number } | null;
  asOf: string | null;
  today: string;
  /** Where the options came from: the catalog (flags) or a scenario file (its path). */
  source: { kind: 'catalog' | 'scenario'; file: string | null };
  units: { volume: 'queries per day'; money: 'USD'; period: 'month'; hoursPerMonth: string };
  settings: {
    /** Null: no volume was given (break-evens and regimes only). */
    queriesPerDay: string | null;
    hoursPerMonth: string;
    horizonMonths: string;
    /** Training is repeated every this many months (null: once, spread over the horizon). */
    retrainEveryMonths: string | null;
    /** The months a one-time (training) cost is spread over: the retraining cycle, else the horizon. */
    amortizationMonths: string;
  };
  baseline: string | null;
  /** Among the options that compete; null without a volume. */
  cheapestAtVolume: string | null;
  options: BreakEvenOptionJson[];
  breakEvens: BreakEvenJson[];
  pairs: PairJson[];
  regimes: RegimeJson[];
  /**
   * Set when the regimes repeat forever: beyond `afterQueriesPerDay`, the cheapest at q is the
   * cheapest at q − k × `everyQueriesPerDay`, for the k that brings q into the listed range
   * (after, after + every]. Null when the last regime runs to infinity.
   */
  regimesRepeat: {
    afterQueriesPerDay: string;
    everyQueriesPerDay: string;
    afterQueriesPerDayExact: string;
    everyQueriesPerDayExact: string;
  } | null;
  /**
   * Set when the search for crossings stopped at its budget (a great many replica steps) before the
   * cheapest was known at every volume: the last regime ends here, and past it the cheapest is not
   * known. Null when the regimes cover every volume (to infinity, or with regimesRepeat).
   */
  regimesSearchedUpTo: { queriesPerDay: string; queriesPerDayExact: string } | null;
  /** Monthly cost of each option at log-spaced volumes (what the chart draws). */
  chart: { queriesPerDay: string[]; series: { id: string; monthly: string[] }[] };
  assumptions: string[];
  notes: string[];
  /** Catalog offers that could not be made into an option, and why. */
  skipped: { id: string; reason: string }[];
  /** Providers whose fine-tuning is closed to this team on the as-of date (catalog runs; [] for scenarios). */
  closedToTeam: ClosedProviderJson[];
  /** With range (`--range`): the source of uncertainty applied to the break-evens (none: every band is zero-width). */
  range?: { sources: { source: UncertaintyId; bounds: string }[] };
  /** Present only when asked for (`--sensitivity`, `sensitivity: true`): see docs/sensitivity.md. */
  sensitivity?: SensitivityJson;
}

/** One end of an input's plausible range: the pair's break-even and saving recomputed there. */
export interface SensitivityEndJson {
  /** The input's value at this end, for people: "×0.5", "6 months", "share 0.5". */
  value: string;
  /** The first volume where the pair's order changes; null when they never cross. */
  breakEvenQueriesPerDay: string | null;
  breakEvenQueriesPerDayExact: string | null;
  /**
   * The total saving: the baseline's total monthly cost − the option's at the volume, amortised
   * training included (negative: the option costs more). Not payback's running saving.
   */
  savingPerMonth: string;
}

export interface SensitivityJson {
  /** The pair: the baseline, and the option compared (the cheapest other option at the volume unless chosen). */
  baseline: string;
  option: string;
  queriesPerDay: string;
  expected: Omit<SensitivityEndJson, 'value'>;
  /** Sorted by swing, largest first. */
  inputs: {
    input: SensitivityInput;
    label: string;
    /** The plausible range tried, for people ("×0.5 – ×1.5", "6 – 24 months"). */
    range: string;
    low: SensitivityEndJson;
    high: SensitivityEndJson;
    /** |high.savingPerMonth − low.savingPerMonth|. */
    swing: string;
  }[];
  notApplicable: { input: SensitivityInput; label: string; reason: string }[];
}

/**
 * The facts behind every worded field of a BreakEvenResult (src/domain/notes.ts), in the same order:
 * what `assumptions`, `notes`, each skipped offer's reason, each option's notes and excludedBecause
 * (its reasons, joined with "; "), the range's bounds and the sensitivity's names and reasons say.
 */
export interface BreakEvenFacts {
  assumptions: Note[];
  notes: Note[];
  skipped: { id: string; reason: Note }[];
  options: { id: string; notes: Note[]; excludedBecause: Note[] | null }[];
  range?: { sources: { source: UncertaintyId; bounds: Note }[] };
  sensitivity?: {
    inputs: { input: SensitivityInput; label: Note }[];
    notApplicable: { input: SensitivityInput; label: Note; reason: Note }[];
  };
}

/** A BreakEvenResult as the library returns it, with its facts (not part of the JSON: src/result/facts.ts). */
export type BreakEvenResultWithFacts = WithFacts<BreakEvenResult, BreakEvenFacts>;

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
