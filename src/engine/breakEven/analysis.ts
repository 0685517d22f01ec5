/**
 * A whole break-even comparison: options → curves → every pair's crossings, the regimes, each
 * option's monthly cost at the volume asked about, the payback of training against a baseline, and
 * cost samples for a chart. Pure: no I/O, no clock; everything exact (Rational) until the result layer.
 */
import { axisLog10, axisSample } from './axis.js';
import type { Decimal } from '../../decimal.js';
import type { Note } from '../../domain/notes.js';
import { UserError } from '../../errors.js';
import {
  analyzeAllPairs,
  namedCheapestAt,
  regimesOf,
  type Crossing,
  type PairAnalysis,
  type Regime,
  type RegimeMap,
} from './crossings.js';
import {
  costPerDayAt,
  cycleInvestmentOf,
  decisionOneTimeOf,
  investmentOf,
  monthlySplitAt,
  toCurve,
  type CostCurve,
  type CostOption,
  type CostSplit,
  type CurveSettings,
} from './costCurve.js';
import { Rational } from './rational.js';

/**
 * The most options one comparison takes (every pair is compared: 200 options are 19,900 pairs). Measured (docs/
 * speed.md, bench/breakeven-scale.mjs): 80 stepped options in about a second, 200 in seconds even when every pair
 * alternates; the API refuses more up front rather than run for minutes.
 */
export const MAX_BREAKEVEN_OPTIONS = 200;

export interface BreakEvenInputs extends CurveSettings {
  options: readonly CostOption[];
  /** The volume the per-option costs and the payback are computed at; null: break-evens and regimes only. */
  queriesPerDay: Decimal | null;
  /** Training is repeated every this many months: a cycle's training must pay back within its cycle. */
  retrainEveryMonths?: Decimal;
  /** Months the comparison looks ahead (totals over the horizon). */
  horizonMonths: Decimal;
  /**
   * The option training is paid back against (the prompted base model); default: the first option
   * without a one-time cost.
   */
  baseline?: string;
  /** Volumes sampled for the chart (log-spaced). Default 61. */
  chartSamples?: number;
}

/** Why an option's training never pays back, when it does not. */
export type NeverPaysBack = 'costs-more-to-run' | 'not-within-cycle' | 'not-within-remaining-life';

export interface Payback {
  baseline: string;
  /** Running cost saved per month against the baseline at the volume (negative: it costs more to run). */
  savingPerMonth: Rational;
  /** One training run ÷ the saving: months to earn it back; null when nothing is saved. */
  recoveryMonths: Rational | null;
  /**
   * False when training is never earned back: nothing is saved, or a retraining cycle's training is
   * not recovered within the cycle (it is paid again before it is earned), or the option stops
   * serving before it is.
   */
  paysBack: boolean;
  /** Months to pay back when it does; null when it never does. */
  months: Rational | null;
  reason: NeverPaysBack | null;
  /** Pays back within the horizon. */
  withinHorizon: boolean;
}

export interface OptionAnalysis {
  option: CostOption;
  curve: CostCurve;
  /** Null when no volume was given. */
  atVolume: (CostSplit & { perDay: Rational; overHorizon: Rational }) | null;
  payback: Payback | null;
}

export interface ChartSeries {
  id: string;
  /** Monthly cost at each sampled volume. */
  monthly: Rational[];
}

/**
 * A crossing with what each of the two costs a month there (equal for kind "equal"; at a jump, the
 * costs before it).
 */
export interface CrossingCost {
  pair: PairAnalysis;
  crossing: Crossing;
  monthly: [Rational, Rational];
}

export interface BreakEvenAnalysis {
  settings: Omit<CurveSettings, 'horizonMonths'> & {
    queriesPerDay: Rational | null;
    horizonMonths: Rational;
    retrainEveryMonths: Rational | null;
  };
  options: OptionAnalysis[];
  pairs: PairAnalysis[];
  /** Every crossing of every pair, in order of volume. */
  crossings: CrossingCost[];
  /** The cheapest at every volume, among the options that compete (not `excluded`). */
  regimes: Regime[];
  /** Set when the regimes repeat forever past a volume (two options that keep swapping, one of them cheapest). */
  regimesRepeat: RegimeMap['repeat'];
  baseline: string | null;
  /** Among the competing options; null when no volume was given. */
  cheapestAtVolume: string | null;
  /** Options left out of the decision (shown, never named cheapest): id → why (one fact per reason). */
  excluded: { id: string; reasons: Note[] }[];
  chart: { volumes: Rational[]; series: ChartSeries[] };
}

export function analyzeBreakEven(inputs: BreakEvenInputs): BreakEvenAnalysis {
  if (inputs.options.length === 0) throw new UserError('nothing to compare: give at least one option');
  const seen = new Set<string>();
  for (const o of inputs.options) {
    if (seen.has(o.id)) throw new UserError(`two options have the id "${o.id}"; ids must be unique`);
    seen.add(o.id);
  }
  if (inputs.queriesPerDay?.isNeg())
    throw new UserError(`queries per day must not be negative (got ${inputs.queriesPerDay!.toFixed()})`);
  if (!inputs.hoursPerMonth.gt(0)) throw new UserError('hours per month must be more than 0');
  if (!inputs.amortizationMonths.gt(0)) throw new UserError('the months training is spread over must be more than 0');
  if (!inputs.horizonMonths.gt(0)) throw new UserError('the horizon must be more than 0 months');
  const settings: CurveSettings = {
    hoursPerMonth: inputs.hoursPerMonth,
    amortizationMonths: inputs.amortizationMonths,
    horizonMonths: inputs.horizonMonths,
  };
  const q = inputs.queriesPerDay === null ? null : Rational.from(inputs.queriesPerDay);
  const horizon = Rational.from(inputs.horizonMonths);
  const cycle = inputs.retrainEveryMonths ? Rational.from(inputs.retrainEveryMonths) : null;
  const curves = inputs.options.map((o) => toCurve(o, settings));
  const pairs = analyzeAllPairs(curves);
  // The decision is among the options that can be bought for the whole horizon (and are meant for
  // production); the others are costed and charted, never named cheapest. When every option is
  // excluded, nothing is named cheapest: no regimes, no cheapest at the volume (the excluded list
  // says why each is out; --include-ending lets them compete).
  const isExcluded = (o: CostOption) => (o.excluded?.length ?? 0) > 0;
  const deciding = curves.filter((_, i) => !isExcluded(inputs.options[i]!));
  const competingPairs = pairs.filter((p) => p.between.every((id) => deciding.some((c) => c.id === id)));
  const { regimes, repeat: regimesRepeat } =
    deciding.length > 0 ? regimesOf(deciding, competingPairs) : { regimes: [], repeat: null };
  const excluded = inputs.options.filter(isExcluded).map((o) => ({ id: o.id, reasons: o.excluded! }));

  const baselineId = inputs.baseline ?? inputs.options.find((o) => investmentOf(o).isZero())?.id ?? null;
  if (inputs.baseline !== undefined && !seen.has(inputs.baseline)) {
    throw new UserError(`the baseline "${inputs.baseline}" is not one of the options (${[...seen].join(', ')})`);
  }
  const splits = q === null ? null : curves.map((c) => monthlySplitAt(c, q, settings));
  const baseIndex = baselineId === null ? -1 : inputs.options.findIndex((o) => o.id === baselineId);
  // Running costs: what is paid month after month (monitoring and failures included); the up-front ones are
  // what payback recovers.
  const running = (s: CostSplit) => s.hosting.plus(s.tokens).plus(s.failures).plus(s.extrasRunning);

  const options: OptionAnalysis[] = inputs.options.map((option, i) => {
    const split = splits?.[i];
    let payback: Payback | null = null;
    if (splits && split && baseIndex >= 0 && i !== baseIndex && investmentOf(option).sign() > 0) {
      payback = paybackOf(option, running(splits[baseIndex]!).minus(running(split)), baselineId!, horizon, cycle);
    }
    return {
      option,
      curve: curves[i]!,
      atVolume:
        q === null || !split
          ? null
          : {
              ...split,
              perDay: costPerDayAt(curves[i]!, q),
              overHorizon: overHorizonOf(split, option, horizon, cycle ?? horizon),
            },
      payback,
    };
  });

  // Read off the curves themselves, not the regimes: for two options whose crossings repeat forever
  // the regimes list one period only, and the volume asked about may lie beyond it.
  const cheapestAtVolume = q === null || deciding.length === 0 ? null : cheapestAt(deciding, q);
  const byId = new Map(curves.map((c) => [c.id, c]));
  const dayToMonth = Rational.from(settings.hoursPerMonth).div(Rational.from(24));
  const crossings: CrossingCost[] = pairs
    .flatMap((pair) => pair.crossings.map((crossing) => ({ pair, crossing })))
    .sort((x, y) => x.crossing.at.cmp(y.crossing.at))
    .map(({ pair, crossing }) => ({
      pair,
      crossing,
      monthly: pair.between.map((id) => costPerDayAt(byId.get(id)!, crossing.at).times(dayToMonth)) as [
        Rational,
        Rational,
      ],
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
    chart: chartOf(curves, pairs, q, settings, inputs.chartSamples ?? 61),
  };
}

/**
 * Paying back one training run from the running cost it saves. Training is paid once per cycle (the
 * horizon, or the retraining cycle), so a cycle's training that the saving does not earn back within
 * that cycle is never earned back: it is paid again first. Nor is it when the option stops serving
 * before then.
 */
function paybackOf(
  option: CostOption,
  saving: Rational,
  baseline: string,
  horizon: Rational,
  cycle: Rational | null,
): Payback {
  // The investment: a cycle's training and per-cycle extras, and the decision's one-time costs (paid once).
  const recoveryMonths = saving.sign() > 0 ? investmentOf(option).div(saving) : null;
  const cycleMonths = saving.sign() > 0 ? cycleInvestmentOf(option).div(saving) : null;
  const never = (reason: NeverPaysBack): Payback => ({
    baseline,
    savingPerMonth: saving,
    recoveryMonths,
    paysBack: false,
    months: null,
    reason,
    withinHorizon: false,
  });
  if (recoveryMonths === null) return never('costs-more-to-run');
  if (cycle && cycleMonths!.gt(cycle)) return never('not-within-cycle');
  // Exact on both sides: a payback of exactly the remaining life pays back.
  if (option.remainingMonths && recoveryMonths.gt(option.remainingMonths)) return never('not-within-remaining-life');
  return {
    baseline,
    savingPerMonth: saving,
    recoveryMonths,
    paysBack: true,
    months: recoveryMonths,
    reason: null,
    withinHorizon: recoveryMonths.lte(horizon),
  };
}

/**
 * What an option costs over the horizon: running costs for every month it serves in it (to its
 * shutdown, when that comes first), plus each training run paid inside that time (one at the start
 * and one per completed retraining cycle). Not the amortised monthly figure × months: a 24-month
 * retraining cycle still pays its first training within a 12-month horizon.
 */
function overHorizonOf(split: CostSplit, option: CostOption, horizon: Rational, cycleMonths: Rational): Rational {
  const life = option.remainingMonths;
  const serving = life?.lt(horizon) ? life : horizon;
  const running = split.hosting.plus(split.tokens).plus(split.failures).plus(split.extrasRunning).times(serving);
  const oneTime = cycleInvestmentOf(option);
  const decision = decisionOneTimeOf(option);
  if (serving.isZero()) return running;
  const runs = oneTime.isZero() ? 0n : serving.div(cycleMonths).ceil();
  return running.plus(oneTime.times(Rational.of(runs))).plus(decision);
}

/**
 * The option with the lowest cost per day at q. On an exact tie, the tie rule of the break-evens and
 * the regimes (src/engine/breakEven/crossings.ts): the one that was cheaper just below q keeps the name (equal
 * from 0 on: the one cheaper where they first differ; never different: the one listed first). So the
 * cheapest at a volume is always the regime's at that volume, even on a range where two options cost
 * the same, and read off the curves, it also holds past the listed period of options that swap forever.
 */
function cheapestAt(curves: readonly CostCurve[], q: Rational): string {
  return namedCheapestAt(curves, q);
}

/**
 * Log-spaced volumes covering the volume asked about and every crossing, a decade either side,
 * rounded to three significant digits so the samples are plain numbers.
 */
function chartOf(
  curves: readonly CostCurve[],
  pairs: readonly PairAnalysis[],
  q: Rational | null,
  settings: CurveSettings,
  samples: number,
) {
  const interesting = [...(q ? [q] : []), ...pairs.flatMap((p) => p.crossings.map((c) => c.at))].filter(
    (x) => x.sign() > 0,
  );
  if (interesting.length === 0) interesting.push(Rational.of(100n));
  // An exponent for the axis, not money (src/engine/breakEven/axis.ts: what AxisDecimal's 20 digits give, fast).
  const log10 = (x: Rational) => axisLog10(x.toDecimal())!;
  // A loop, not Math.min(...xs): a near-parallel step pair can have more crossings than the call stack holds arguments.
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
  const volumes: Rational[] = [];
  const n = Math.max(2, samples);
  for (let i = 0; i < n; i++) {
    // 10^(lo + (hi − lo)·i/(n − 1)), cut to 3 significant digits (as AxisDecimal computes it;
    // src/engine/breakEven/axis.ts).
    volumes.push(Rational.from(axisSample(lo, hi, i, n).toFixed()));
  }
  const dayToMonth = Rational.from(settings.hoursPerMonth).div(Rational.from(24));
  return {
    volumes,
    series: curves.map((c) => ({ id: c.id, monthly: volumes.map((v) => costPerDayAt(c, v).times(dayToMonth)) })),
  };
}
