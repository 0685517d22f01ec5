/**
 * The types of the break-even's published JSON (`ftcost breakeven --format json`, the library's `breakEven()`), the
 * verdict's among them: data only. Apart from the code that builds them (./breakEven.ts, ./verdict.ts), which both
 * read these types and one of which calls the other: with the types in one of them, the two imported each other.
 * Units and the schema version: ./breakEven.ts.
 */
import type { Note, SensitivityInput } from '../domain/notes.js';
import type { CostOptionKind, CostSource } from '../engine/breakEven/costCurve.js';
import type { UncertaintyId } from '../engine/training/range.js';
import type { ClosedProviderJson } from './availability.js';
import type { WithFacts } from './facts.js';
import type { BREAKEVEN_SCHEMA_URL } from './schemaIds.js';

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

/** Why a fine-tuned option never pays back its training (as its payback says). */
export type NeverPaysBackReason = 'costs-more-to-run' | 'not-within-cycle' | 'not-within-remaining-life';

/**
 * An input the answer rests on. `assumed`: a value ftcost assumed because none was given (tokens per
 * training example, a platform's epochs) — the answer is an estimate. `flips-cheapest`: with
 * --sensitivity, an input at one end of its plausible range makes `cheaper` cost less than the other
 * option of the pair compared.
 */
export type VerdictBasis =
  | { kind: 'assumed'; input: 'tokens-per-example'; value: string }
  /** No failure cost given with the success rates: a failed answer is asked again at the option's own price. */
  | { kind: 'assumed'; input: 'failure-cost'; value: 'retry' }
  /** `given`: a success rate (a share, "0.7") or a failure fixed by hand (USD) the answer is computed with. */
  | { kind: 'given'; input: 'prompted-success-rate' | 'ft-success-rate'; value: string }
  /** A scenario's option with its own success rate. */
  | { kind: 'given'; input: 'success-rate'; option: string; value: string }
  | { kind: 'given'; input: 'failure-cost'; value: string }
  /** `where`: the platform whose default epochs are not published, or "self-hosted" (as `model` would train). */
  | { kind: 'assumed'; input: 'epochs'; value: string; where: string }
  | {
      kind: 'flips-cheapest';
      input: SensitivityInput;
      /** The input's name, in the result's words (as sensitivity.inputs[].label). */
      label: string;
      /** The end of the range that flips it, for people ("×0.5", "6 months"). */
      value: string;
      /** The option that becomes cheaper there, and the one it becomes cheaper than. */
      cheaper: string;
      than: string;
    };

/** A left-out option (it cannot be bought for the whole horizon, or is not for production) that would cost less. */
export interface VerdictLeftOut {
  option: string;
  totalPerMonth: string;
  /** Why it is left out, in the result's words (as its decision.excludedBecause). */
  excludedBecause: string;
}

/** The lowest volume above the one asked about (or above 0, without one) where a fine-tuned option is cheapest. */
export interface VerdictFineTunedAbove {
  queriesPerDay: string;
  queriesPerDayExact: string;
  option: string;
}

interface VerdictBase {
  /** The volume the verdict is for; null when none was given. */
  queriesPerDay: string | null;
  horizonMonths: string;
  /**
   * What the answer depends on: assumed inputs, the success rates and failure cost given, and inputs whose
   * range flips the cheapest (with --sensitivity).
   */
  restsOn: VerdictBasis[];
  /** The verdict in the result's words: one or two sentences a manager can act on. */
  text: string;
}

/** A verdict at a volume: the cheapest there, the range of volumes it stays cheapest over, and its neighbours. */
interface VerdictAtVolume extends VerdictBase {
  /** The cheapest option at the volume (cheapestAtVolume). */
  option: string;
  queriesPerDay: string;
  /** The regime containing the volume (its cheapest is `option`); null past the regimes listed. */
  regime: RegimeJson | null;
  /** The regimes just below and just above it (null at either end, or with no regime). */
  below: RegimeJson | null;
  above: RegimeJson | null;
  /** A left-out option cheaper at the volume than `option`, if any (the cheapest such). */
  leftOut: VerdictLeftOut | null;
}

/** The cheapest at the volume is fine-tuned, and pays back its training within the horizon. */
export interface PaysBackVerdict extends VerdictAtVolume {
  kind: 'pays-back';
  /** What the training pays back against (the result's baseline). */
  baseline: string;
  months: string;
  monthsExact: string;
}

/** The cheapest at the volume is fine-tuned, and there is nothing without training to pay back against. */
export interface CheapestFineTunedVerdict extends VerdictAtVolume {
  kind: 'cheapest-fine-tuned';
  months: null;
}

/**
 * The cheapest at the volume needs no training (keep prompting): no fine-tuned option is cheaper
 * here, though some may pay back against the baseline.
 */
export interface CheapestWithoutTrainingVerdict extends VerdictAtVolume {
  kind: 'cheapest-without-training';
  months: null;
  fineTunedAbove: VerdictFineTunedAbove | null;
}

/**
 * No fine-tuned option that competes ever pays back its training at the volume (`fineTuned`: the
 * cheapest of them, or the cheapest option itself when it is fine-tuned and still never pays back).
 */
export interface NeverPaysBackVerdict extends VerdictAtVolume {
  kind: 'never-pays-back';
  baseline: string;
  fineTuned: string;
  reason: NeverPaysBackReason;
  months: null;
  fineTunedAbove: VerdictFineTunedAbove | null;
}

/** A fine-tuned option pays back, but only after the horizon (`fineTuned`: the soonest). */
export interface PaysBackAfterHorizonVerdict extends VerdictAtVolume {
  kind: 'pays-back-after-horizon';
  baseline: string;
  fineTuned: string;
  months: string;
  monthsExact: string;
  fineTunedAbove: VerdictFineTunedAbove | null;
}

/** Every option is left out of the decision: none can be bought for the whole horizon. */
export interface NothingBuyableVerdict extends VerdictBase {
  kind: 'nothing-buyable';
  option: null;
  months: null;
  /** The cheapest left-out option at the volume; null without a volume. */
  leftOut: VerdictLeftOut | null;
}

/** No volume given: the answer is which option is cheapest over which volumes (the regimes). */
export interface NoVolumeVerdict extends VerdictBase {
  kind: 'no-volume';
  option: null;
  queriesPerDay: null;
  months: null;
  /** The cheapest at the lowest volumes (the first regime's). */
  lowest: string;
  fineTunedAbove: VerdictFineTunedAbove | null;
}

export type Verdict =
  | PaysBackVerdict
  | CheapestFineTunedVerdict
  | CheapestWithoutTrainingVerdict
  | NeverPaysBackVerdict
  | PaysBackAfterHorizonVerdict
  | NothingBuyableVerdict
  | NoVolumeVerdict;

export type VerdictKind = Verdict['kind'];
