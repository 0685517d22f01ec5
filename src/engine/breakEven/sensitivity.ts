/**
 * Sensitivity of a break-even answer (`breakeven --sensitivity`): for each input, the analysis is
 * recomputed at the low and the high end of the input's plausible range (docs/sensitivity.md), and
 * the break-even volume and the monthly saving of one pair — the baseline against the option
 * compared (by default the cheapest other option at the volume) — are read off. Inputs are then
 * sorted by swing: |saving at high − saving at low|. Pure and exact: options in, Rationals out.
 *
 * Only the pair is recomputed (two options), never the whole comparison: the saving and the
 * break-evens of two options do not depend on the others.
 */
import { d, Decimal } from '../../decimal.js';
import type { SensitivityInput, SensitivityNote } from '../../domain/notes.js';
import { UserError } from '../../errors.js';
import { analyzeBreakEven, type BreakEvenAnalysis } from './analysis.js';
import { type CostOption, type ExtraCosts, oneTimeOf } from './costCurve.js';
import { Rational } from './rational.js';

export type { SensitivityInput };

/**
 * Each input's plausible range, as its figures read (docs/sensitivity.md says why), in the documented
 * order. Its name is a fact (`sensitivity-input`): src/render/words/ words it.
 */
const SENSITIVITY_RANGES: Record<SensitivityInput, string> = {
  'queries-per-day': '×0.5 – ×1.5',
  'prompted-input-tokens': '×0.5 – ×1.5',
  'ft-input-tokens': '×0.5 – ×1.5',
  'output-tokens': '×0.5 – ×1.5',
  'cached-share': '×0.5 – ×1.5 (≤ 1)',
  'hosting-per-hour': '×0.5 – ×1.5',
  'training-examples': '×0.5 – ×1.5',
  epochs: '×1 – ×2',
  'horizon-months': '6 – 24 months',
  throughput: '×0.5 – ×1.5',
  'prompted-success-rate': '±10 pts (≤100%)',
  'ft-success-rate': '±10 pts (≤100%)',
  // Data work is where estimates miss most, and upwards ("the expensive part is preparing quality data"):
  // a wider, upward range than the running costs.
  'one-time-extras': '×0.5 – ×2',
  'per-cycle-extras': '×0.5 – ×1.5',
  'monitoring-per-month': '×0.5 – ×1.5',
  'failure-cost': '×0.5 – ×1.5',
};

/** The inputs varied only when given: no row, and no "not applicable" line, otherwise. */
type GivenOnlyInput =
  | 'prompted-success-rate'
  | 'ft-success-rate'
  | 'one-time-extras'
  | 'per-cycle-extras'
  | 'monitoring-per-month'
  | 'failure-cost';
type Variants = Record<Exclude<SensitivityInput, GivenOnlyInput>, VariantPair> &
  Partial<Record<GivenOnlyInput, VariantPair>>;

const HALF = d('0.5');
/** Token counts the caller gave no ends for. */
const notGiven: VariantPair = { reason: { kind: 'input-not-given' } };
const ONE_AND_A_HALF = d('1.5');

/** What one end of an input's range changes. */
interface Variant {
  /** Every option is rebuilt (tokens per query): the caller's builder returns the options for them. */
  options: readonly CostOption[];
  queriesPerDay: Decimal;
  horizonMonths: Decimal;
  amortizationMonths: Decimal;
  /** The value the input takes at this end, for people ("250", "0.5", "×2"). */
  value: string;
}

export interface SensitivityBase {
  options: readonly CostOption[];
  baseline: string;
  /** The option compared against the baseline. */
  option: string;
  queriesPerDay: Decimal;
  horizonMonths: Decimal;
  amortizationMonths: Decimal;
  retrainEveryMonths?: Decimal;
  hoursPerMonth: Decimal;
}

export interface SensitivityEnd {
  value: string;
  /** The first volume where the pair's order changes; null when they never cross. */
  breakEvenQueriesPerDay: Rational | null;
  /** Baseline's total monthly cost − the option's, at the volume (training spread included). */
  savingPerMonth: Rational;
}

interface SensitivityRow {
  input: SensitivityInput;
  /** The input's name: its own, or the per-query price a scenario's "tokens" row scales. */
  label: SensitivityNote;
  range: string;
  low: SensitivityEnd;
  high: SensitivityEnd;
  /** |high.savingPerMonth − low.savingPerMonth|. */
  swing: Rational;
}

export interface SensitivityAnalysis {
  baseline: string;
  option: string;
  queriesPerDay: Decimal;
  expected: Omit<SensitivityEnd, 'value'>;
  /** Sorted by swing, largest first (ties: the order of SENSITIVITY_RANGES). */
  rows: SensitivityRow[];
  /** Inputs that do not apply here, and why (a scenario has no token counts; no option is billed by the hour). */
  notApplicable: { input: SensitivityInput; label: SensitivityNote; reason: SensitivityNote }[];
}

/**
 * An input's two ends, or why it does not apply. `label` names the input where its own name would
 * say something else (a scenario's "tokens" rows scale a whole per-query price).
 */
export type VariantPair =
  | { low: Variant; high: Variant; range?: string; label?: SensitivityNote }
  | { reason: SensitivityNote };

const scale = (v: Decimal | undefined, f: Decimal) => (v === undefined ? undefined : v.times(f));
/** The one-time cost scaled, its exact form too (self-hosted training carries one). */
const scaleOneTime = (o: CostOption, f: Decimal): CostOption => ({
  ...o,
  oneTime: scale(o.oneTime, f),
  oneTimeExact: o.oneTimeExact?.times(Rational.from(f)),
});
const times = (f: Decimal) => `×${f.toFixed()}`;

/** The pair at one end: the two options recomputed alone. */
function endOf(base: SensitivityBase, v: Variant, hoursPerMonth: Decimal): SensitivityEnd {
  const pair = [base.baseline, base.option].map((id) => v.options.find((o) => o.id === id));
  if (!pair[0] || !pair[1])
    throw new Error(`sensitivity: the options ${base.baseline} and ${base.option} are not in every variant`);
  const a = analyzeBreakEven({
    options: pair as CostOption[],
    queriesPerDay: v.queriesPerDay,
    horizonMonths: v.horizonMonths,
    amortizationMonths: v.amortizationMonths,
    retrainEveryMonths: base.retrainEveryMonths,
    hoursPerMonth,
    baseline: base.baseline,
    chartSamples: 2,
  });
  const [b, o] = a.options.map((x) => x.atVolume!.total);
  return {
    value: v.value,
    breakEvenQueriesPerDay: a.pairs[0]!.crossings[0]?.at ?? null,
    savingPerMonth: b!.minus(o!),
  };
}

/**
 * The variants every break-even has (they change options or settings directly). Token inputs need
 * the options rebuilt from the catalog: the caller passes them in `rebuilt` (or a reason they do not
 * apply, for a scenario's own per-query prices).
 */
function standardVariants(base: SensitivityBase, rebuilt: Partial<Record<SensitivityInput, VariantPair>>): Variants {
  const same = { queriesPerDay: base.queriesPerDay, horizonMonths: base.horizonMonths };
  const amort = (horizon: Decimal) => (base.retrainEveryMonths ? base.amortizationMonths : horizon);
  const mapOptions = (f: (o: CostOption) => CostOption) => base.options.map(f);
  const ends = (make: (f: Decimal) => Omit<Variant, 'value'>, low: Decimal, high: Decimal): VariantPair => ({
    low: { ...make(low), value: times(low) },
    high: { ...make(high), value: times(high) },
  });
  const pair = [base.baseline, base.option].map((id) => base.options.find((o) => o.id === id)!);
  const anyHourly = pair.some((o) => o.hourly?.gt(0));
  const anyCapacity = pair.some((o) => o.capacityPerDay !== undefined);
  const anyTraining = pair.some((o) => oneTimeOf(o).sign() > 0);
  const withOptions = (options: CostOption[]) => ({ ...same, options, amortizationMonths: base.amortizationMonths });
  return {
    'queries-per-day': ends(
      (f) => ({
        ...same,
        options: base.options,
        amortizationMonths: base.amortizationMonths,
        queriesPerDay: base.queriesPerDay.times(f),
      }),
      HALF,
      ONE_AND_A_HALF,
    ),
    'prompted-input-tokens': rebuilt['prompted-input-tokens'] ?? notGiven,
    'ft-input-tokens': rebuilt['ft-input-tokens'] ?? notGiven,
    'output-tokens': rebuilt['output-tokens'] ?? notGiven,
    'cached-share': rebuilt['cached-share'] ?? notGiven,
    'hosting-per-hour': anyHourly
      ? ends((f) => withOptions(mapOptions((o) => ({ ...o, hourly: scale(o.hourly, f) }))), HALF, ONE_AND_A_HALF)
      : { reason: { kind: 'no-hourly-option' } },
    'training-examples': anyTraining
      ? ends((f) => withOptions(mapOptions((o) => scaleOneTime(o, f))), HALF, ONE_AND_A_HALF)
      : { reason: { kind: 'no-training-cost' } },
    epochs: anyTraining
      ? ends((f) => withOptions(mapOptions((o) => scaleOneTime(o, f))), d(1), d(2))
      : { reason: { kind: 'no-training-cost' } },
    'horizon-months': {
      low: { ...same, options: base.options, horizonMonths: d(6), amortizationMonths: amort(d(6)), value: '6 months' },
      high: {
        ...same,
        options: base.options,
        horizonMonths: d(24),
        amortizationMonths: amort(d(24)),
        value: '24 months',
      },
    },
    throughput: anyCapacity
      ? ends(
          (f) => withOptions(mapOptions((o) => ({ ...o, capacityPerDay: scale(o.capacityPerDay, f) }))),
          HALF,
          ONE_AND_A_HALF,
        )
      : { reason: { kind: 'no-capacity-limit' } },
    'prompted-success-rate': rebuilt['prompted-success-rate'],
    'ft-success-rate': rebuilt['ft-success-rate'],
    ...extrasVariants(base, withOptions),
  };
}

/** One group of costs beyond compute, scaled by a factor (an option without them is left alone). */
type Scaler = (o: CostOption, f: Decimal) => CostOption;
const scaleExtras =
  (keys: readonly (keyof ExtraCosts)[]): Scaler =>
  (o, f) => {
    if (!o.extras || !keys.some((k) => o.extras![k] !== undefined)) return o;
    const extras: ExtraCosts = { ...o.extras };
    for (const k of keys) extras[k] = scale(extras[k], f);
    return { ...o, extras };
  };
const EXTRA_GROUPS: [GivenOnlyInput, Scaler, Decimal][] = [
  ['one-time-extras', scaleExtras(['dataPreparation', 'engineering']), d(2)],
  ['per-cycle-extras', scaleExtras(['evaluationPerCycle', 'reviewPerCycle']), ONE_AND_A_HALF],
  ['monitoring-per-month', scaleExtras(['monitoringPerMonth']), ONE_AND_A_HALF],
  [
    'failure-cost',
    (o, f) => {
      const fc = o.quality?.failureCost;
      return fc?.kind === 'fix'
        ? { ...o, quality: { ...o.quality!, failureCost: { kind: 'fix', usd: fc.usd.times(f) } } }
        : o;
    },
    ONE_AND_A_HALF,
  ],
];

/**
 * The costs beyond compute, each group only when some option has it: every option's figure scaled at both ends
 * (the extras are the same inputs for every fine-tuned option). A group no option of the pair pays says so.
 */
function extrasVariants(
  base: SensitivityBase,
  withOptions: (options: CostOption[]) => Omit<Variant, 'value'>,
): Partial<Record<GivenOnlyInput, VariantPair>> {
  const out: Partial<Record<GivenOnlyInput, VariantPair>> = {};
  const pair = [base.baseline, base.option].map((id) => base.options.find((o) => o.id === id)!);
  for (const [input, scaled, high] of EXTRA_GROUPS) {
    const moves = (o: CostOption) => scaled(o, d(2)) !== o;
    if (!base.options.some(moves)) continue;
    if (!pair.some(moves)) {
      out[input] = { reason: { kind: 'no-extra-cost-in-pair' } };
      continue;
    }
    const at = (f: Decimal): Variant => ({ ...withOptions(base.options.map((o) => scaled(o, f))), value: times(f) });
    out[input] = { low: at(HALF), high: at(high) };
  }
  return out;
}

/** Recomputes the pair at both ends of every input and sorts the inputs by swing. */
function analyzeSensitivity(base: SensitivityBase, variants: Variants): SensitivityAnalysis {
  if (base.baseline === base.option)
    throw new UserError(`sensitivity compares an option against the baseline; both are "${base.baseline}"`);
  const expected = endOf(
    base,
    {
      options: base.options,
      queriesPerDay: base.queriesPerDay,
      horizonMonths: base.horizonMonths,
      amortizationMonths: base.amortizationMonths,
      value: '',
    },
    base.hoursPerMonth,
  );
  const rows: SensitivityRow[] = [];
  const notApplicable: SensitivityAnalysis['notApplicable'] = [];
  for (const input of Object.keys(SENSITIVITY_RANGES) as SensitivityInput[]) {
    const v = variants[input];
    if (v === undefined) continue;
    const label: SensitivityNote = { kind: 'sensitivity-input', input };
    if ('reason' in v) {
      notApplicable.push({ input, label, reason: v.reason });
      continue;
    }
    const low = endOf(base, v.low, base.hoursPerMonth);
    const high = endOf(base, v.high, base.hoursPerMonth);
    const diff = high.savingPerMonth.minus(low.savingPerMonth);
    rows.push({
      input,
      label: v.label ?? label,
      range: v.range ?? SENSITIVITY_RANGES[input],
      low,
      high,
      swing: diff.sign() < 0 ? diff.neg() : diff,
    });
  }
  // A stable sort: equal swings keep the documented order.
  rows.sort((x, y) => y.swing.cmp(x.swing));
  return {
    baseline: base.baseline,
    option: base.option,
    queriesPerDay: base.queriesPerDay,
    expected: { breakEvenQueriesPerDay: expected.breakEvenQueriesPerDay, savingPerMonth: expected.savingPerMonth },
    rows,
    notApplicable,
  };
}

/** The option compared: the one asked for, else the cheapest at the volume, else the cheapest non-baseline option. */
function comparedOption(
  ids: readonly string[],
  baseline: string,
  cheapest: string | null,
  totals: ReadonlyMap<string, Rational>,
  excluded: readonly string[],
  asked?: string,
): string {
  if (asked !== undefined) {
    if (!ids.includes(asked))
      throw new UserError(`the sensitivity option "${asked}" is not one of the options (${ids.join(', ')})`);
    return asked;
  }
  if (cheapest !== null && cheapest !== baseline) return cheapest;
  let best: string | undefined;
  // Prefer the options that compete for cheapest (not ending, not for development only).
  const competing = ids.filter((id) => id !== baseline && !excluded.includes(id));
  for (const id of competing.length ? competing : ids) {
    if (id === baseline) continue;
    if (best === undefined || totals.get(id)!.lt(totals.get(best)!)) best = id;
  }
  if (best === undefined) throw new UserError('sensitivity needs an option to compare against the baseline');
  return best;
}

/** Token counts per query, as the catalog options were built from. */
export interface QueryTokens {
  baseInputTokens: number;
  baseCachedInputTokens: number;
  baseOutputTokens: number;
  inputTokens: number;
  cachedInputTokens: number;
  outputTokens: number;
}

/**
 * The token inputs of a catalog comparison: each end rebuilds the options with the token counts
 * scaled (whole tokens, rounded half up; cached tokens scaled with their input so the share stays).
 */
export function tokenVariants(
  base: SensitivityBase,
  t: QueryTokens,
  rebuild: (t: QueryTokens) => readonly CostOption[],
): Partial<Record<SensitivityInput, VariantPair>> {
  const round = (n: number, f: Decimal) => d(n).times(f).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  const at = (tokens: QueryTokens, value: string): Variant => ({
    options: rebuild(tokens),
    queriesPerDay: base.queriesPerDay,
    horizonMonths: base.horizonMonths,
    amortizationMonths: base.amortizationMonths,
    value,
  });
  const ends = (make: (f: Decimal) => QueryTokens): VariantPair => ({
    low: at(make(HALF), times(HALF)),
    high: at(make(ONE_AND_A_HALF), times(ONE_AND_A_HALF)),
  });
  const out: Partial<Record<SensitivityInput, VariantPair>> = {
    'prompted-input-tokens': ends((f) => ({
      ...t,
      baseInputTokens: round(t.baseInputTokens, f),
      baseCachedInputTokens: round(t.baseCachedInputTokens, f),
    })),
    'ft-input-tokens': ends((f) => ({
      ...t,
      inputTokens: round(t.inputTokens, f),
      cachedInputTokens: round(t.cachedInputTokens, f),
    })),
    'output-tokens': ends((f) => ({
      ...t,
      baseOutputTokens: Math.max(1, round(t.baseOutputTokens, f)),
      outputTokens: Math.max(1, round(t.outputTokens, f)),
    })),
  };
  // The share of input served from the prompt cache: ×0.5 – ×1.5 of the given share (at most all of
  // it); when nothing is cached, 0 – 0.5 (a static prefix that could be).
  const share = (cached: number, input: number) => (input === 0 ? d(0) : d(cached).div(input));
  const sb = share(t.baseCachedInputTokens, t.baseInputTokens);
  const sf = share(t.cachedInputTokens, t.inputTokens);
  const none = sb.isZero() && sf.isZero();
  const cachedAt = (f: Decimal, whenNone: Decimal): QueryTokens => {
    const s = (x: Decimal) => Decimal.min(1, none ? whenNone : x.times(f));
    return {
      ...t,
      baseCachedInputTokens: round(t.baseInputTokens, s(sb)),
      cachedInputTokens: round(t.inputTokens, s(sf)),
    };
  };
  out['cached-share'] =
    t.baseInputTokens + t.inputTokens === 0
      ? { reason: { kind: 'no-input-tokens' } }
      : {
          low: at(cachedAt(HALF, d(0)), none ? 'share 0' : times(HALF)),
          high: at(cachedAt(ONE_AND_A_HALF, HALF), none ? 'share 0.5' : times(ONE_AND_A_HALF)),
          range: none ? 'share 0 – 0.5 (none given)' : undefined,
        };
  return out;
}

/**
 * A scenario's own per-query prices: the token inputs scale the whole per-query price (prompted: the
 * baseline's; fine-tuned: every other option's, of which the pair holds the option compared), and
 * their rows say so — "per-query price of prompted", not "prompted input tokens/query": a scenario
 * has no token counts. Output tokens and the cached share are not separate there.
 */
export function scenarioVariants(base: SensitivityBase): Partial<Record<SensitivityInput, VariantPair>> {
  const ends = (which: (o: CostOption) => boolean, option: string): VariantPair => {
    const at = (f: Decimal): Variant => ({
      options: base.options.map((o) => (which(o) ? { ...o, perQuery: scale(o.perQuery, f) } : o)),
      queriesPerDay: base.queriesPerDay,
      horizonMonths: base.horizonMonths,
      amortizationMonths: base.amortizationMonths,
      value: times(f),
    });
    return { low: at(HALF), high: at(ONE_AND_A_HALF), label: { kind: 'per-query-price-of', option } };
  };
  const reason: SensitivityNote = { kind: 'scenario-per-query-prices' };
  return {
    'prompted-input-tokens': ends((o) => o.id === base.baseline, base.baseline),
    'ft-input-tokens': ends((o) => o.id !== base.baseline, base.option),
    'output-tokens': { reason },
    'cached-share': { reason },
  };
}

const POINTS = d('0.1');
/** A success rate at one end of its range: ± 10 points, at most 1; at the low end, half a rate of 10% or less. */
function rateAt(rate: Decimal, end: 'low' | 'high'): Decimal {
  if (end === 'high') return Decimal.min(1, rate.plus(POINTS));
  return rate.gt(POINTS) ? rate.minus(POINTS) : rate.times(HALF);
}
const percent = (rate: Decimal) => `${rate.times(100).toFixed()}%`;

/**
 * The success rates, when given: each end moves the rate of every option `prompted` selects (the
 * prompted-success-rate row) or of every other rated option (ft-success-rate) by 10 points. The row's
 * values are the rate of the pair's option that moves. A scenario's rows name that option (`perOption`).
 */
export function successRateVariants(
  base: SensitivityBase,
  prompted: (o: CostOption) => boolean,
  perOption = false,
): Partial<Record<SensitivityInput, VariantPair>> {
  const row = (which: (o: CostOption) => boolean): VariantPair | undefined => {
    const moves = (o: CostOption) => which(o) && o.quality !== undefined;
    if (!base.options.some(moves)) return undefined;
    const inPair = [base.baseline, base.option]
      .map((id) => base.options.find((o) => o.id === id)!)
      .find((o) => moves(o));
    if (!inPair) return { reason: { kind: 'no-success-rate-in-pair' } };
    const at = (end: 'low' | 'high'): Variant => ({
      options: base.options.map((o) =>
        moves(o) ? { ...o, quality: { ...o.quality!, successRate: rateAt(o.quality!.successRate, end) } } : o,
      ),
      queriesPerDay: base.queriesPerDay,
      horizonMonths: base.horizonMonths,
      amortizationMonths: base.amortizationMonths,
      value: percent(rateAt(inPair.quality!.successRate, end)),
    });
    return {
      low: at('low'),
      high: at('high'),
      ...(perOption ? { label: { kind: 'success-rate-of', option: inPair.id } as const } : {}),
    };
  };
  const out: Partial<Record<SensitivityInput, VariantPair>> = {};
  const p = row(prompted);
  const f = row((o) => !prompted(o));
  if (p) out['prompted-success-rate'] = p;
  if (f) out['ft-success-rate'] = f;
  return out;
}

/**
 * Sensitivity of a finished analysis: the pair is the baseline and `asked` (default: the cheapest
 * other option at the volume). `extra` gives the token inputs' ends (catalog rebuild or scenario prices).
 */
export function sensitivityOf(
  a: BreakEvenAnalysis,
  s: {
    queriesPerDay: Decimal | null;
    horizonMonths: Decimal;
    amortizationMonths: Decimal;
    retrainEveryMonths?: Decimal;
    hoursPerMonth: Decimal;
  },
  asked: string | undefined,
  extra: (base: SensitivityBase) => Partial<Record<SensitivityInput, VariantPair>>,
): SensitivityAnalysis {
  if (s.queriesPerDay === null)
    throw new UserError(
      (w) => `sensitivity needs a volume (${w.option('queriesPerDay', 'N')}): the saving is read at it`,
      {
        option: 'queriesPerDay',
      },
    );
  if (a.baseline === null) throw new UserError('sensitivity needs a baseline option to compare against');
  const options = a.options.map((o) => o.option);
  const totals = new Map(a.options.map((o) => [o.option.id, o.atVolume!.total]));
  const base: SensitivityBase = {
    options,
    baseline: a.baseline,
    option: comparedOption(
      options.map((o) => o.id),
      a.baseline,
      a.cheapestAtVolume,
      totals,
      a.excluded.map((e) => e.id),
      asked,
    ),
    queriesPerDay: s.queriesPerDay,
    horizonMonths: s.horizonMonths,
    amortizationMonths: s.amortizationMonths,
    retrainEveryMonths: s.retrainEveryMonths,
    hoursPerMonth: s.hoursPerMonth,
  };
  return analyzeSensitivity(base, standardVariants(base, extra(base)));
}
