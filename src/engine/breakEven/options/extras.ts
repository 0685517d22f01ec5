/**
 * Costs beyond compute and the quality of answers, as a caller states them (lump sums, hours × a rate,
 * examples × a price), turned into each option's exact dollar figures (src/engine/breakEven/costCurve.ts:
 * ExtraCosts, Quality). Every fine-tuned option pays the extras; prompting the base model does not.
 */
import { EXTRA_COST_INPUT_KEYS } from '../../../domain/extraCosts.js';
import type { ComparisonNote } from '../../../domain/notes.js';
import { type Decimal, ZERO } from '../../../decimal.js';
import { UserError } from '../../../errors.js';
import type { CostOption, ExtraCosts, FailureCost, Quality } from '../costCurve.js';

/** The inputs, each in its unit (USD, hours, examples), as the library and the CLI take them. */
export interface ExtraCostInputs {
  /** USD once: preparing the training data (a lump sum). */
  dataPrepCost?: Decimal;
  /** USD per labelled training example (× the training examples): data preparation priced per example. */
  costPerLabelledExample?: Decimal;
  /** Hours of engineering, once (× hourlyRate). */
  engineeringHours?: Decimal;
  /** USD per hour of people's time (engineering, review). */
  hourlyRate?: Decimal;
  /** Evaluation queries per training cycle, at the option's own per-query price. */
  evalExamples?: Decimal;
  /** USD per training cycle: evaluation as a lump sum. */
  evalCost?: Decimal;
  /** Hours of review per training cycle (× hourlyRate). */
  reviewHours?: Decimal;
  /** USD per month: monitoring and the people running it. */
  monitoringPerMonth?: Decimal;
}

// Every name is an input of ExtraCostInputs (a compile-time check: a name added to one and not the other fails).
EXTRA_COST_INPUT_KEYS satisfies readonly (keyof ExtraCostInputs)[];
export { EXTRA_COST_INPUT_KEYS };

/** Success rates and the cost of a failure, as given. */
export interface QualityInputs {
  promptedSuccessRate?: Decimal;
  ftSuccessRate?: Decimal;
  /** Default when a rate is given: a retry. */
  failureCost?: FailureCost;
}

const either = (a: string, b: string) =>
  new UserError((w) => `give ${w.option(a)} or ${w.option(b)}, not both`, { option: b });

/** Refuse what no option can be priced from: a negative figure, two ways of giving one cost, hours without a rate. */
export function checkExtraCostInputs(x: ExtraCostInputs): void {
  for (const key of EXTRA_COST_INPUT_KEYS) {
    const v = x[key];
    if (v?.isNeg())
      throw new UserError((w) => `${w.option(key)} must not be negative, got ${v.toFixed()}`, { option: key });
  }
  if (x.dataPrepCost !== undefined && x.costPerLabelledExample !== undefined)
    throw either('dataPrepCost', 'costPerLabelledExample');
  if (x.evalExamples !== undefined && x.evalCost !== undefined) throw either('evalExamples', 'evalCost');
  if (x.evalExamples !== undefined && !x.evalExamples.isInteger())
    throw new UserError((w) => `${w.option('evalExamples')} must be a whole number, got ${x.evalExamples!.toFixed()}`, {
      option: 'evalExamples',
    });
  for (const key of ['engineeringHours', 'reviewHours'] as const) {
    if (x[key] !== undefined && x.hourlyRate === undefined)
      throw new UserError((w) => `${w.option(key)} needs ${w.option('hourlyRate', 'USD')} (the hours' price)`, {
        option: 'hourlyRate',
      });
  }
  if (x.hourlyRate !== undefined && x.engineeringHours === undefined && x.reviewHours === undefined)
    throw new UserError(
      (w) =>
        `${w.option('hourlyRate')} prices ${w.option('engineeringHours')} and ${w.option('reviewHours')}: give one`,
      { option: 'hourlyRate' },
    );
}

/** Refuse a success rate outside (0, 1], a negative failure cost, a failure cost without a success rate. */
export function checkQualityInputs(q: QualityInputs): void {
  for (const key of ['promptedSuccessRate', 'ftSuccessRate'] as const) {
    const v = q[key];
    if (v !== undefined && (!v.gt(0) || v.gt(1)))
      throw new UserError(
        (w) =>
          `${w.option(key)} must be more than 0 and at most 1 (a share, or a percent like 96%), got ${v.toFixed()}`,
        { option: key },
      );
  }
  const f = q.failureCost;
  if (f?.kind === 'fix' && f.usd.isNeg())
    throw new UserError((w) => `${w.option('failureCost')} must not be negative, got ${f.usd.toFixed()}`, {
      option: 'failureCost',
    });
  if (f && q.promptedSuccessRate === undefined && q.ftSuccessRate === undefined)
    throw new UserError(
      (w) =>
        `${w.option('failureCost')} needs a success rate (${w.option('promptedSuccessRate', 'R')} ` +
        `or ${w.option('ftSuccessRate', 'R')}): without one no answer fails`,
      { option: 'failureCost' },
    );
}

function hasExtraCosts(x: ExtraCostInputs | undefined): boolean {
  return x !== undefined && EXTRA_COST_INPUT_KEYS.some((k) => x[k] !== undefined);
}

/**
 * One fine-tuned option's extras, exactly: data preparation (lump sum, or examples × the price per
 * labelled example), engineering hours × rate, evaluation (eval queries × the option's own per-query
 * price, or a lump sum) and review hours × rate per cycle, monitoring per month.
 */
function extraCostsOf(
  x: ExtraCostInputs,
  perQuery: Decimal | undefined,
  trainingExamples: number,
): ExtraCosts | undefined {
  if (!hasExtraCosts(x)) return undefined;
  const rate = x.hourlyRate ?? ZERO;
  const out: ExtraCosts = {};
  if (x.dataPrepCost !== undefined) out.dataPreparation = x.dataPrepCost;
  if (x.costPerLabelledExample !== undefined) out.dataPreparation = x.costPerLabelledExample.times(trainingExamples);
  if (x.engineeringHours !== undefined) out.engineering = x.engineeringHours.times(rate);
  if (x.evalCost !== undefined) out.evaluationPerCycle = x.evalCost;
  if (x.evalExamples !== undefined) out.evaluationPerCycle = x.evalExamples.times(perQuery ?? ZERO);
  if (x.reviewHours !== undefined) out.reviewPerCycle = x.reviewHours.times(rate);
  if (x.monitoringPerMonth !== undefined) out.monitoringPerMonth = x.monitoringPerMonth;
  return out;
}

/** The quality of one option's answers, or none (every answer usable: today's figures exactly). */
function qualityOf(rate: Decimal | undefined, failureCost: FailureCost | undefined): Quality | undefined {
  return rate === undefined ? undefined : { successRate: rate, failureCost: failureCost ?? { kind: 'retry' } };
}

/** What the comparison assumes about the extras and the quality, as facts. */
export function extrasAssumptions(
  x: ExtraCostInputs | undefined,
  q: QualityInputs,
  horizonMonths: Decimal,
  retrainEveryMonths: Decimal | undefined,
): ComparisonNote[] {
  const out: ComparisonNote[] = [];
  if (x && hasExtraCosts(x)) {
    out.push({ kind: 'extras-fine-tuned-only' });
    if ([x.dataPrepCost, x.costPerLabelledExample, x.engineeringHours].some((v) => v !== undefined))
      out.push({ kind: 'extras-once-over-horizon', horizonMonths: horizonMonths.toFixed() });
    if ([x.evalExamples, x.evalCost, x.reviewHours].some((v) => v !== undefined))
      out.push({ kind: 'extras-every-cycle', retrainEveryMonths: retrainEveryMonths?.toFixed() ?? null });
    if (x.evalExamples !== undefined)
      out.push({ kind: 'evaluation-at-own-price', evalExamples: x.evalExamples.toFixed() });
  }
  out.push(...qualityAssumptions(q));
  return out;
}

function qualityAssumptions(q: QualityInputs): ComparisonNote[] {
  if (q.promptedSuccessRate === undefined && q.ftSuccessRate === undefined) return [];
  const f = q.failureCost;
  return [
    {
      kind: 'quality-adjusted',
      promptedSuccessRate: q.promptedSuccessRate?.toFixed() ?? null,
      ftSuccessRate: q.ftSuccessRate?.toFixed() ?? null,
      failureFixUsd: f?.kind === 'fix' ? f.usd.toFixed() : null,
      retryAssumed: f === undefined,
    },
  ];
}

/**
 * The option with the comparison-wide extras and quality: the extras when it is fine-tuned, the success rate of
 * its kind. A catalog option is fine-tuned unless it prompts the base model; a custom option when marked so. An
 * option that already has its own figure for a cost or a rate given comparison-wide is refused: which one to use
 * is the caller's to say.
 */
export function withExtras(
  option: CostOption,
  x: ExtraCostInputs | undefined,
  q: QualityInputs,
  trainingExamples: number | undefined,
  fineTuned = option.kind !== 'prompted',
): CostOption {
  if (fineTuned && x?.costPerLabelledExample !== undefined && trainingExamples === undefined)
    throw new UserError(
      (w) =>
        `option "${option.id}": ${w.option('costPerLabelledExample')} needs its trainingExamples (how many labelled)`,
      { option: 'costPerLabelledExample' },
    );
  const extras = fineTuned && x ? extraCostsOf(x, option.perQuery, trainingExamples ?? 0) : undefined;
  const rateKey = fineTuned ? 'ftSuccessRate' : 'promptedSuccessRate';
  const quality = qualityOf(q[rateKey], q.failureCost);
  if (extras && option.extras) {
    const both = (Object.keys(extras) as (keyof ExtraCosts)[]).find((k) => option.extras![k] !== undefined);
    if (both)
      throw new UserError(
        `option "${option.id}" gives its own ${both}, and a cost given for every fine-tuned option ` +
          'sets it too: give one',
        { option: both },
      );
  }
  if (quality && option.quality)
    throw new UserError(
      (w) => `option "${option.id}" gives its own successRate, and ${w.option(rateKey)} sets it too: give one`,
      { option: rateKey },
    );
  if (!extras && !quality) return option;
  return {
    ...option,
    ...(extras ? { extras: { ...option.extras, ...extras } } : {}),
    ...(quality ? { quality } : {}),
  };
}
