/**
 * One way of serving a model, as a cost curve over volume: what it costs per day to answer
 * q queries a day (q ≥ 0), in USD, exactly.
 *
 *   costPerDay(q) = fixedPerDay + perQuery × q + stepPerDay × replicas(q)
 *   replicas(q)   = max(1, ceil(q ÷ capacityPerDay))     (with a capacity; without one, 1)
 *
 * A day is 24 hours and a month is `hoursPerMonth` hours (730 by cloud convention, 720 on request),
 * so a monthly fee costs monthly × 24 ÷ hoursPerMonth a day, and a one-time cost (training) is
 * spread over `amortizationMonths` (the retraining cycle, or the horizon). The curve is piecewise
 * linear, continuous from the left, with an upward jump after every multiple of the capacity where
 * one more replica is started. Pure: no I/O.
 */
import { isHoursPerDay } from '../../domain/hours.js';
import type { Note } from '../../domain/notes.js';
import { type Decimal, HOURS_PER_DAY } from '../../decimal.js';
import { UserError } from '../../errors.js';
import { Rational } from './rational.js';

export const COST_OPTION_KINDS = ['prompted', 'hosted-per-token', 'hosted-hourly', 'self-hosted', 'custom'] as const;
export type CostOptionKind = (typeof COST_OPTION_KINDS)[number];

/** A priced component of an option, for the output's "where does this figure come from". */
export interface CostSource {
  what: string;
  source: string;
  asOf: string;
}

/** An option as a person states it: prices in their natural units, each optional. */
export interface CostOption {
  /** Short, unique id: "prompted/gpt-4o", "azure-openai/global", "azure-ft". */
  id: string;
  /** Words for people: "Azure OpenAI, global deployment". */
  name?: string;
  kind: CostOptionKind;
  /** USD per query (tokens in and out at per-token prices). */
  perQuery?: Decimal;
  /** USD per replica-hour while a replica is up (a deployment, a rented GPU). */
  hourly?: Decimal;
  /** Hours a replica is up each day (default 24). */
  hoursPerDay?: Decimal;
  /** USD per month, whatever the volume (a subscription, a reserved unit). */
  monthly?: Decimal;
  /** USD once: training. Spread over the amortization months. */
  oneTime?: Decimal;
  /**
   * The same one-time cost exactly, where it does not terminate in base ten (self-hosted training:
   * GPU-hours = tokens ÷ (tokens/s × 3600), × $/GPU-hour). When given, every computation uses it and
   * `oneTime` is only its decimal for display.
   */
  oneTimeExact?: Rational;
  /** Queries one replica serves per day; absent: one replica serves any volume. */
  capacityPerDay?: Decimal;
  /** Catalog facts behind the option, if any (provider, model, method, tier). */
  provider?: string;
  model?: string;
  method?: string;
  tier?: string;
  sources?: CostSource[];
  /** What the option rests on, as facts (src/domain/notes.ts; src/render/words/ words them). */
  notes?: Note[];
  /**
   * Why the option is shown but not named cheapest, and left out of the regimes: it stops serving
   * inside the horizon, cannot be trained on the date, or is not for production (one fact each; a
   * caller's own reason is `{ kind: 'given', text }`). Unset or empty: it competes.
   */
  excluded?: Note[];
  /** The first day the option no longer serves, when the catalog knows it. */
  servingEndsOn?: string;
  /**
   * Calendar months it can still serve from the as-of date (to servingEndsOn), exactly: payback is
   * over its remaining life, and when it ends inside the horizon its training is spread over that
   * life and its running costs stop at the shutdown.
   */
  remainingMonths?: Rational;
  /** Of `monthly`, the platform's model storage fee (shown as its own figure; already in monthly). */
  storagePerMonth?: Decimal;
  /** Costs beyond compute (data preparation, engineering, evaluation, review, monitoring); absent: none. */
  extras?: ExtraCosts;
  /** The share of answers usable as they are, and what a failure costs; absent: every answer is usable. */
  quality?: Quality;
}

/**
 * Costs beyond compute, USD each, exact. `dataPreparation` and `engineering` are paid once for the
 * decision and spread over the horizon (not repaid at a retraining); `evaluationPerCycle` and
 * `reviewPerCycle` are paid at every training cycle, spread like training; `monitoringPerMonth` is a
 * running cost.
 */
export interface ExtraCosts {
  dataPreparation?: Decimal;
  engineering?: Decimal;
  evaluationPerCycle?: Decimal;
  reviewPerCycle?: Decimal;
  monitoringPerMonth?: Decimal;
}

export const EXTRA_COST_KEYS = [
  'dataPreparation',
  'engineering',
  'evaluationPerCycle',
  'reviewPerCycle',
  'monitoringPerMonth',
] as const;

/** What a failed answer costs: asked again at the option's own price, or fixed by a person for `usd`. */
export type FailureCost = { kind: 'retry' } | { kind: 'fix'; usd: Decimal };

/** Quality-adjusted cost: volumes are usable answers a day, costs include the failures. */
export interface Quality {
  /** The share of answers usable as they are: 0 < successRate ≤ 1. */
  successRate: Decimal;
  failureCost: FailureCost;
}

/** USD paid once for the decision (data preparation, engineering), exactly. */
export function decisionOneTimeOf(option: Pick<CostOption, 'extras'>): Rational {
  const x = option.extras;
  return x ? sumOf([x.dataPreparation, x.engineering]) : Rational.ZERO;
}

/** USD paid again at every training cycle besides training (evaluation, review), exactly. */
function cycleExtrasOf(option: Pick<CostOption, 'extras'>): Rational {
  const x = option.extras;
  return x ? sumOf([x.evaluationPerCycle, x.reviewPerCycle]) : Rational.ZERO;
}

/** What a training cycle costs: training and the per-cycle extras. */
export function cycleInvestmentOf(option: Pick<CostOption, 'oneTime' | 'oneTimeExact' | 'extras'>): Rational {
  return oneTimeOf(option).plus(cycleExtrasOf(option));
}

/** Everything paid up front that payback recovers: a cycle's training and extras, and the decision's one-time costs. */
export function investmentOf(option: Pick<CostOption, 'oneTime' | 'oneTimeExact' | 'extras'>): Rational {
  return cycleInvestmentOf(option).plus(decisionOneTimeOf(option));
}

function sumOf(values: readonly (Decimal | undefined)[]): Rational {
  return values.reduce((sum, v) => (v ? sum.plus(Rational.from(v)) : sum), Rational.ZERO);
}

/** An option's one-time cost, exactly (oneTimeExact where given); zero when it has none. */
export function oneTimeOf(option: Pick<CostOption, 'oneTime' | 'oneTimeExact'>): Rational {
  return option.oneTimeExact ?? (option.oneTime ? Rational.from(option.oneTime) : Rational.ZERO);
}

/**
 * The months an option's one-time cost is spread over: the setting (the retraining cycle, or the
 * horizon), or its remaining life when that is shorter — a model that shuts down in 5 months pays
 * its training back over 5 months, not 12.
 */
function amortizationMonthsOf(
  option: Pick<CostOption, 'remainingMonths'>,
  settings: CurveSettings,
  over: Decimal = settings.amortizationMonths,
): Rational {
  const months = Rational.from(over);
  const life = option.remainingMonths;
  return life && life.sign() > 0 && life.lt(months) ? life : months;
}

export interface CurveSettings {
  /** Hours in a month: 730 (365 × 24 ÷ 12, the cloud convention) or 720. */
  hoursPerMonth: Decimal;
  /** Months a one-time (training) cost is spread over: the retraining cycle, else the horizon. */
  amortizationMonths: Decimal;
  /** Months the decision's one-time costs (data preparation, engineering) spread over; default: amortizationMonths. */
  horizonMonths?: Decimal;
}

/** The exact curve of one option, in USD per day. */
export interface CostCurve {
  id: string;
  /**
   * Per day regardless of volume: monthly fees, amortised training, and the one replica of an option
   * without a capacity.
   */
  fixedPerDay: Rational;
  /** Per query. */
  perQuery: Rational;
  /** Per replica per day (only with a capacity; otherwise folded into fixedPerDay). */
  stepPerDay: Rational;
  /** Queries per day one replica serves; null: no capacity limit (one replica). */
  capacityPerDay: Rational | null;
  /** The parts of fixedPerDay, kept apart for the cost split. */
  trainingPerDay: Rational;
  hostingFixedPerDay: Rational;
  /** Costs beyond compute per day, also in fixedPerDay: paid up front (spread), and running (monitoring). */
  extrasUpFrontPerDay: Rational;
  extrasRunningPerDay: Rational;
  /** Of perQuery, what failures add (retries or fixes); zero when every answer is usable. */
  failurePerQuery: Rational;
}

const R24 = Rational.from(HOURS_PER_DAY);

function hasAnyPrice(option: Pick<CostOption, 'perQuery' | 'hourly' | 'monthly' | 'oneTime'>): boolean {
  return [option.perQuery, option.hourly, option.monthly, option.oneTime].some((p) => p !== undefined);
}

export function toCurve(option: CostOption, settings: CurveSettings): CostCurve {
  if (!hasAnyPrice(option))
    throw new UserError(`option "${option.id}" gives no price (perQuery, hourly, monthly or oneTime)`);
  for (const [field, value] of [
    ['perQuery', option.perQuery],
    ['hourly', option.hourly],
    ['monthly', option.monthly],
    ['oneTime', option.oneTime],
  ] as const) {
    if (value?.isNeg())
      throw new UserError(`option "${option.id}": ${field} must not be negative (got ${value.toFixed()})`);
  }
  checkExtrasAndQuality(option);
  if (option.capacityPerDay !== undefined && !option.capacityPerDay.gt(0)) {
    throw new UserError(
      `option "${option.id}": capacityPerDay must be more than 0 (got ${option.capacityPerDay.toFixed()})`,
    );
  }
  const hoursPerDay = option.hoursPerDay ?? HOURS_PER_DAY;
  if (!isHoursPerDay(hoursPerDay)) {
    throw new UserError(
      `option "${option.id}": hours up per day must be more than 0 and at most 24 (got ${hoursPerDay.toFixed()})`,
    );
  }
  const hoursPerMonth = Rational.from(settings.hoursPerMonth);
  const months = amortizationMonthsOf(option, settings);
  const monthToDay = R24.div(hoursPerMonth);
  const oneTime = oneTimeOf(option);
  const trainingPerDay = oneTime.isZero() ? Rational.ZERO : oneTime.div(months).times(monthToDay);
  const monthlyPerDay = option.monthly ? Rational.from(option.monthly).times(monthToDay) : Rational.ZERO;
  const replicaPerDay = option.hourly ? Rational.from(option.hourly).times(Rational.from(hoursPerDay)) : Rational.ZERO;
  // A capacity only matters when a replica costs something; a free replica never adds a step.
  const capacity =
    option.capacityPerDay !== undefined && !replicaPerDay.isZero() ? Rational.from(option.capacityPerDay) : null;
  const hostingFixedPerDay = capacity ? monthlyPerDay : monthlyPerDay.plus(replicaPerDay);
  // Beyond compute: a cycle's evaluation and review spread like training, the decision's one-time costs over
  // the horizon (its remaining life when shorter), monitoring per month.
  const cycleExtras = cycleExtrasOf(option);
  const decision = decisionOneTimeOf(option);
  const extrasUpFrontPerDay = (cycleExtras.isZero() ? Rational.ZERO : cycleExtras.div(months).times(monthToDay)).plus(
    decision.isZero()
      ? Rational.ZERO
      : decision
          .div(amortizationMonthsOf(option, settings, settings.horizonMonths ?? settings.amortizationMonths))
          .times(monthToDay),
  );
  const monitoring = option.extras?.monitoringPerMonth;
  const extrasRunningPerDay = monitoring ? Rational.from(monitoring).times(monthToDay) : Rational.ZERO;
  const basePerQuery = option.perQuery ? Rational.from(option.perQuery) : Rational.ZERO;
  const quality = qualityOf(option, basePerQuery, capacity);
  return {
    id: option.id,
    fixedPerDay: trainingPerDay.plus(hostingFixedPerDay).plus(extrasUpFrontPerDay).plus(extrasRunningPerDay),
    perQuery: basePerQuery.plus(quality.failurePerQuery),
    stepPerDay: capacity ? replicaPerDay : Rational.ZERO,
    capacityPerDay: quality.capacity,
    trainingPerDay,
    hostingFixedPerDay,
    extrasUpFrontPerDay,
    extrasRunningPerDay,
    failurePerQuery: quality.failurePerQuery,
  };
}

/**
 * Failures priced into the curve, whose volume q counts usable answers a day. A retry asks again at the
 * option's own price: 1 ÷ R queries per usable answer, so the per-query price is divided by R and a replica
 * serves R × its capacity in usable answers. A person's fix adds (1 − R) × F per answer.
 */
function qualityOf(
  option: CostOption,
  perQuery: Rational,
  capacity: Rational | null,
): { failurePerQuery: Rational; capacity: Rational | null } {
  const q = option.quality;
  if (!q || q.successRate.eq(1)) return { failurePerQuery: Rational.ZERO, capacity };
  const rate = Rational.from(q.successRate);
  if (q.failureCost.kind === 'fix')
    return { failurePerQuery: Rational.ONE.minus(rate).times(Rational.from(q.failureCost.usd)), capacity };
  return { failurePerQuery: perQuery.div(rate).minus(perQuery), capacity: capacity ? capacity.times(rate) : null };
}

function checkExtrasAndQuality(option: CostOption): void {
  for (const key of EXTRA_COST_KEYS) {
    const value = option.extras?.[key];
    if (value?.isNeg())
      throw new UserError(`option "${option.id}": ${key} must not be negative (got ${value.toFixed()})`);
  }
  const q = option.quality;
  if (!q) return;
  if (!q.successRate.gt(0) || q.successRate.gt(1))
    throw new UserError(
      `option "${option.id}": successRate must be more than 0 and at most 1 (got ${q.successRate.toFixed()})`,
    );
  if (q.failureCost.kind === 'fix' && q.failureCost.usd.isNeg())
    throw new UserError(`option "${option.id}": failureCost must not be negative (got ${q.failureCost.usd.toFixed()})`);
}

/** Replicas running at q queries a day: at least one, one more after every full capacity. */
export function replicasAt(curve: CostCurve, q: Rational): bigint {
  if (!curve.capacityPerDay) return 1n;
  const needed = q.div(curve.capacityPerDay).ceil();
  return needed < 1n ? 1n : needed;
}

/** USD per day at q queries a day, exactly. */
export function costPerDayAt(curve: CostCurve, q: Rational): Rational {
  if (q.sign() < 0) throw new RangeError('queries per day must not be negative');
  const steps = curve.stepPerDay.isZero() ? Rational.ZERO : curve.stepPerDay.times(Rational.of(replicasAt(curve, q)));
  return curve.fixedPerDay.plus(curve.perQuery.times(q)).plus(steps);
}

/** The same cost split the way people budget it, per month (hoursPerMonth hours). */
export interface CostSplit {
  replicas: bigint;
  /** Amortised one-time cost. */
  training: Rational;
  /** Monthly fees and replica-hours. */
  hosting: Rational;
  /** Per-query (token) charges, first attempts. */
  tokens: Rational;
  /** Costs beyond compute: spread up-front ones and monthly ones; `extrasRunning` is the monthly part. */
  extras: Rational;
  extrasRunning: Rational;
  /** What failures add (retries' tokens, or people's fixes). */
  failures: Rational;
  total: Rational;
}

export function monthlySplitAt(curve: CostCurve, q: Rational, settings: CurveSettings): CostSplit {
  const dayToMonth = Rational.from(settings.hoursPerMonth).div(R24);
  const replicas = replicasAt(curve, q);
  const training = curve.trainingPerDay.times(dayToMonth);
  const hosting = curve.hostingFixedPerDay.plus(curve.stepPerDay.times(Rational.of(replicas))).times(dayToMonth);
  const tokens = curve.perQuery.minus(curve.failurePerQuery).times(q).times(dayToMonth);
  const extrasRunning = curve.extrasRunningPerDay.times(dayToMonth);
  const extras = curve.extrasUpFrontPerDay.times(dayToMonth).plus(extrasRunning);
  const failures = curve.failurePerQuery.times(q).times(dayToMonth);
  return {
    replicas,
    training,
    hosting,
    tokens,
    extras,
    extrasRunning,
    failures,
    total: training.plus(hosting).plus(tokens).plus(extras).plus(failures),
  };
}

/** Average cost per query far out, where the steps average out: perQuery + stepPerDay ÷ capacity. */
export function asymptoticSlope(curve: CostCurve): Rational {
  return curve.capacityPerDay ? curve.perQuery.plus(curve.stepPerDay.div(curve.capacityPerDay)) : curve.perQuery;
}
