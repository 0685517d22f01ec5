/**
 * The library's break-even entry: `breakEven({ options: [...], queriesPerDay: 500 })` for custom
 * options, or `breakEven({ baseModel: 'gpt-4o', ftModel: 'gpt-4o-mini', ... })` to build them from the
 * catalog. Returns the same versioned, JSON-safe result the CLI prints with --format json; its
 * assumptions, notes and reasons are in the library's words (option keys, where the CLI names flags),
 * and `result.facts` holds the facts behind them (src/render/words words them for any audience).
 */
import { isHoursPerDay } from '../domain/hours.js';
import { Rational } from '../engine/breakEven/rational.js';
import { customersOf, findModels } from '../catalog/query.js';
import { calibrated, tokensPerSecondOf } from './selfHostedThroughput.js';
import { embeddedCatalog } from '../catalog/embedded.js';
import { d, Decimal, HOURS_PER_MONTH } from '../decimal.js';
import { analyzeBreakEven } from '../engine/breakEven/analysis.js';
import { EXTRA_COST_KEYS, type CostOption, type ExtraCosts, type FailureCost } from '../engine/breakEven/costCurve.js';
import { assumedDataset, type TrainingDataset } from '../engine/training/dataset.js';
import { checkOptionsInputs, optionsOnDate } from '../engine/breakEven/options/index.js';
import { resolveBreakEven } from '../resolve/breakEven.js';
import {
  checkCatalogBreakEven,
  checkCatalogOptionsObject,
  checkCustomBreakEven,
  checkOptionCount,
} from './breakEvenChecks.js';
import { checkBoolean, parseAmount, parseFailureCost, parseSuccessRate } from './checks.js';
import {
  checkExtraCostInputs,
  EXTRA_COST_INPUT_KEYS,
  type ExtraCostInputs,
  type QualityInputs,
  withExtras,
} from '../engine/breakEven/options/extras.js';
import type { CustomOptionInput, ExtraCostOptions } from './breakEvenOptions.js';
import { UserError } from '../errors.js';
import {
  scenarioVariants,
  sensitivityOf,
  successRateVariants,
  tokenVariants,
} from '../engine/breakEven/sensitivity.js';
import { breakEvenBands } from '../engine/breakEven/range.js';
import { assumedTokensBounds, countedSpread, tokensPerExampleSpread } from '../engine/training/range.js';
import {
  addBreakEvenRanges,
  addBreakEvenSensitivity,
  toBreakEvenResult,
  type BreakEvenResultWithFacts,
} from '../result/breakEven.js';
import type { Note, ComparisonNote } from '../domain/notes.js';
import type { ServingMemoryNeeds } from '../domain/hardware.js';
import type { SelfHostedTrainer } from '../engine/breakEven/options/inputs.js';
import type { Catalog } from '../catalog/model.js';
import { noteWords } from '../render/words/notes.js';
import { wordVerdict } from '../render/words/verdict.js';

export type {
  BreakEvenSettings,
  CatalogBreakEvenOptions,
  CustomBreakEvenOptions,
  CustomOptionInput,
  ExtraCostOptions,
} from './breakEvenOptions.js';
import type { BreakEvenSettings, CatalogBreakEvenOptions, CustomBreakEvenOptions } from './breakEvenOptions.js';

function number(name: string, value: string | number | undefined, fallback?: Decimal): Decimal {
  if (value === undefined) {
    if (fallback === undefined) throw new UserError(`${name} is required`);
    return fallback;
  }
  const text = String(value).trim().replace(/_/g, '');
  if (!/^\d+(\.\d+)?$/.test(text)) throw new UserError(`${name} must be a non-negative number, got "${String(value)}"`);
  return d(text);
}

function price(id: string, field: string, value: string | undefined): Decimal | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string')
    throw new UserError(`option "${id}": ${field} must be a decimal string like "0.05", not a ${typeof value}`);
  if (!/^\d+(\.\d+)?$/.test(value.trim()))
    throw new UserError(`option "${id}": ${field} must be a non-negative decimal string like "0.05", got "${value}"`);
  return d(value);
}

/** The longest horizon a comparison takes: 100 years (calendar dates past year 9999 cannot be written). */
const MAX_HORIZON_MONTHS = 1200;

function settingsOf(s: BreakEvenSettings) {
  const horizonMonths = number('horizonMonths', s.horizonMonths, d(12));
  const retrain = s.retrainEveryMonths === undefined ? undefined : number('retrainEveryMonths', s.retrainEveryMonths);
  const hoursPerMonth = number('hoursPerMonth', s.hoursPerMonth, HOURS_PER_MONTH);
  const queriesPerDay =
    s.queriesPerDay === undefined || s.queriesPerDay === null ? null : number('queriesPerDay', s.queriesPerDay);
  for (const [name, v] of [
    ['horizonMonths', horizonMonths],
    ['retrainEveryMonths', retrain],
    ['hoursPerMonth', hoursPerMonth],
  ] as const) {
    if (v?.isZero()) throw new UserError(`${name} must be more than 0`);
  }
  if (horizonMonths.gt(MAX_HORIZON_MONTHS))
    throw new UserError(
      (w) =>
        `${w.option('horizonMonths')} must be at most ${MAX_HORIZON_MONTHS} (100 years), ` +
        `got ${horizonMonths.toFixed()}`,
      { code: 'invalid-number', option: 'horizonMonths' },
    );
  if (hoursPerMonth.gt(744))
    throw new UserError(`hoursPerMonth must be at most 744 (31 days), got ${hoursPerMonth.toFixed()}`);
  return {
    horizonMonths,
    // A cycle longer than the horizon still pays its first training inside it: spread over the
    // horizon, so the monthly figures and the horizon's total tell the same story.
    amortizationMonths: retrain ? Decimal.min(retrain, horizonMonths) : horizonMonths,
    hoursPerMonth,
    queriesPerDay,
    retrain,
    retrainEveryMonths: retrain,
  };
}

function assumptionsOf(s: ReturnType<typeof settingsOf>): ComparisonNote[] {
  const horizonMonths = s.horizonMonths.toFixed();
  return [
    { kind: 'month-hours', hoursPerMonth: s.hoursPerMonth.toFixed() },
    s.retrain
      ? s.retrain.gt(s.horizonMonths)
        ? { kind: 'training-cycle-over-horizon', retrainEveryMonths: s.retrain.toFixed(), horizonMonths }
        : { kind: 'training-every-cycle', retrainEveryMonths: s.retrain.toFixed() }
      : { kind: 'training-once', horizonMonths },
  ];
}

/** Custom options (a scenario file, or any caller's own prices). */
export function breakEven(input: CustomBreakEvenOptions): BreakEvenResultWithFacts {
  checkCustomBreakEven(input);
  const s = settingsOf(input);
  const failureCost = parseFailureCost(input.failureCost);
  let options: CostOption[] = input.options.map((o) => ({
    ...customExtras(o, failureCost),
    id: o.id,
    name: o.name,
    kind: 'custom',
    perQuery: price(o.id, 'perQuery', o.perQuery),
    hourly: price(o.id, 'hourly', o.hourly),
    hoursPerDay: o.hoursPerDay === undefined ? undefined : number(`option "${o.id}": hoursPerDay`, o.hoursPerDay),
    monthly: price(o.id, 'monthly', o.monthly),
    oneTime: price(o.id, 'oneTime', o.oneTime),
    capacityPerDay:
      o.capacityPerDay === undefined ? undefined : number(`option "${o.id}": capacityPerDay`, o.capacityPerDay),
  }));
  options = comparisonWideExtras(input, options, failureCost);
  if (failureCost && !options.some((o) => o.quality))
    throw new UserError(
      (w) => `${w.option('failureCost')} needs a success rate (successRate on an option): without one no answer fails`,
      { option: 'failureCost' },
    );
  const analysis = analyzeBreakEven({ ...s, options, baseline: input.baseline, chartSamples: input.chartSamples });
  const words = noteWords(input.wording);
  const result = toBreakEvenResult(analysis, {
    today: input.today ?? new Date().toISOString().slice(0, 10),
    source: { kind: 'scenario', file: input.scenarioFile ?? null },
    assumptions: [
      ...assumptionsOf(s),
      ...customAssumptions(options, s, failureCost === undefined),
      ...(input.evalExamples === undefined
        ? []
        : [{ kind: 'evaluation-at-own-price', evalExamples: String(input.evalExamples) } as const]),
    ],
    words,
  });
  if (input.sensitivity)
    addBreakEvenSensitivity(
      result,
      sensitivityOf(analysis, s, askedOption(input), (base) => ({
        ...scenarioVariants(base),
        // A scenario's prompted option is its baseline; each other option's own rate is "fine-tuned".
        ...successRateVariants(base, (o) => o.id === base.baseline, true),
      })),
      words,
    );
  if (input.range) addBreakEvenRanges(result, breakEvenBands(analysis, [], null), words);
  wordVerdict(result);
  return result;
}

/**
 * The costs beyond compute and success rates given for the whole comparison, on each custom option: the costs
 * and `ftSuccessRate` on the options marked `fineTuned`, `promptedSuccessRate` on the others. Given with no option
 * to apply to, they are refused: a figure that changes nothing would read as counted.
 */
function comparisonWideExtras(
  input: CustomBreakEvenOptions,
  options: CostOption[],
  failureCost: FailureCost | undefined,
): CostOption[] {
  const x = extraCostInputsOf(input);
  const rates: QualityInputs = {
    promptedSuccessRate: parseSuccessRate('promptedSuccessRate', input.promptedSuccessRate),
    ftSuccessRate: parseSuccessRate('ftSuccessRate', input.ftSuccessRate),
  };
  const fineTuned = input.options.map((o, i) => {
    checkBoolean(`options[${i}].fineTuned`, o.fineTuned);
    return o.fineTuned === true;
  });
  if (!x && rates.promptedSuccessRate === undefined && rates.ftSuccessRate === undefined) return options;
  if (x) checkExtraCostInputs(x);
  const given = [
    ...(x ? (Object.keys(x) as (keyof ExtraCostInputs)[]) : []),
    ...(rates.ftSuccessRate === undefined ? [] : (['ftSuccessRate'] as const)),
  ];
  if (given.length && !fineTuned.includes(true))
    throw new UserError(
      (w) =>
        `${w.option(given[0]!)} applies to the fine-tuned options, and none is marked: ` +
        'add fineTuned: true to the options it applies to',
      { option: given[0] },
    );
  if (rates.promptedSuccessRate !== undefined && !fineTuned.includes(false))
    throw new UserError(
      (w) => `${w.option('promptedSuccessRate')} applies to the options not marked fineTuned, and there is none`,
      { option: 'promptedSuccessRate' },
    );
  const q: QualityInputs = { ...rates, failureCost };
  return options.map((o, i) => {
    const examples = input.options[i]!.trainingExamples;
    const n = examples === undefined ? undefined : number(`option "${o.id}": trainingExamples`, examples);
    if (n && !n.isInteger())
      throw new UserError(`option "${o.id}": trainingExamples must be a whole number, got ${n.toFixed()}`);
    const trainingExamples = n?.toNumber();
    return withExtras(o, x, q, trainingExamples, fineTuned[i]);
  });
}

/** A custom option's own extras and success rate (each a decimal string; the rate a share or a percent). */
function customExtras(
  o: CustomOptionInput,
  failureCost: FailureCost | undefined,
): Pick<CostOption, 'extras' | 'quality'> {
  const extras: ExtraCosts = {};
  for (const key of EXTRA_COST_KEYS) {
    const v = price(o.id, key, o[key]);
    if (v !== undefined) extras[key] = v;
  }
  const rate = o.successRate === undefined ? undefined : optionRate(o.id, o.successRate);
  return {
    ...(Object.keys(extras).length ? { extras } : {}),
    ...(rate === undefined ? {} : { quality: { successRate: rate, failureCost: failureCost ?? { kind: 'retry' } } }),
  };
}

function optionRate(id: string, value: string | number): Decimal {
  try {
    return parseSuccessRate('successRate', value)!;
  } catch (err) {
    throw new UserError(`option "${id}": ${(err as Error).message}`, { option: 'successRate' });
  }
}

/** What custom options' extras and success rates assume, as facts. */
function customAssumptions(
  options: readonly CostOption[],
  s: ReturnType<typeof settingsOf>,
  retryAssumed: boolean,
): ComparisonNote[] {
  const out: ComparisonNote[] = [];
  const any = (keys: readonly (keyof ExtraCosts)[]) => options.some((o) => keys.some((k) => o.extras?.[k]));
  if (any(['dataPreparation', 'engineering']))
    out.push({ kind: 'extras-once-over-horizon', horizonMonths: s.horizonMonths.toFixed() });
  if (any(['evaluationPerCycle', 'reviewPerCycle']))
    out.push({ kind: 'extras-every-cycle', retrainEveryMonths: s.retrain?.toFixed() ?? null });
  const rated = options.filter((o) => o.quality);
  if (rated.length) {
    const f = rated[0]!.quality!.failureCost;
    out.push({
      kind: 'quality-per-option',
      rates: rated.map((o) => ({ id: o.id, successRate: o.quality!.successRate.toFixed() })),
      failureFixUsd: f.kind === 'fix' ? f.usd.toFixed() : null,
      retryAssumed,
    });
  }
  return out;
}

const askedOption = (s: BreakEvenSettings) => (typeof s.sensitivity === 'object' ? s.sensitivity.option : undefined);

/**
 * Sizes self-hosted serving by memory (src/api/selfHosted.ts): passed in, not imported, so that the
 * widget's break-even, which never asks for it, does not carry the memory model and the architectures.
 */
export type ServingMemorySizer = (
  catalog: Catalog,
  asOf: string,
  modelIds: readonly string[],
  request: { contextLength: number; concurrency: number; precision: 'bf16' | 'fp8' },
) => ServingMemoryNeeds;

/** Self-hosted training planned as estimate --self-hosted plans it, over the catalog resolved on the date. */
export type SelfHostedTrainerOf = (
  catalog: Catalog,
  asOf: string,
  modelIds: readonly string[],
  request: { method: 'lora' | 'qlora' | 'full'; gpu: string | undefined },
) => SelfHostedTrainer;

/** The memory model's two uses in a break-even (src/api/selfHosted.ts), passed in so it loads only when asked. */
export interface BreakEvenMemoryModel {
  sizer: ServingMemorySizer;
  trainer: SelfHostedTrainerOf;
}

/** The common case: the prompted base model against the fine-tuned model everywhere it is offered. */
export function breakEvenFromCatalog(
  input: CatalogBreakEvenOptions,
  memory?: BreakEvenMemoryModel,
): BreakEvenResultWithFacts {
  checkCatalogOptionsObject(input);
  const given = input.catalog ?? embeddedCatalog();
  checkCatalogBreakEven(input, given);
  const today = input.today ?? new Date().toISOString().slice(0, 10);
  const asOf = input.asOf ?? today;
  // Your measured throughput in place of the catalog's, for the fine-tuned models' sizes.
  const ftIds = typeof input.ftModel === 'string' ? [input.ftModel] : input.ftModel;
  const catalog = calibrated(
    given,
    {
      train: tokensPerSecondOf('trainTokensPerSecond', input.trainTokensPerSecond),
      serve: tokensPerSecondOf('serveTokensPerSecond', input.serveTokensPerSecond),
      method: input.selfHostMethod ?? 'lora',
      precision: input.precision ?? 'bf16',
    },
    ftIds.flatMap((id) => findModels(given, id).flatMap(({ model }) => model.parametersBillions ?? [])),
    asOf,
    'ftModel',
    input.wording,
  );
  const s = settingsOf(input);
  let dataset = input.dataset;
  const tokensAssumed = !dataset && input.tokensPerExample === undefined;
  const assumptions: Note[] = assumptionsOf(s);
  if (!dataset) {
    if (input.examples === undefined)
      throw new UserError((w) => `give the number of training examples (${w.option('examples', 'N')})`, {
        option: 'examples',
      });
    if (!Number.isSafeInteger(input.examples) || input.examples < 1)
      throw new UserError(`examples must be a whole number of at least 1, got ${input.examples}`);
    const tokensPerExample = input.tokensPerExample ?? catalog.meta.defaultTokensPerExample;
    if (input.tokensPerExample === undefined)
      assumptions.push({ kind: 'tokens-per-training-example-assumed', tokensPerExample });
    dataset = assumedDataset(input.examples, tokensPerExample);
  }
  const hoursPerDayUp = number('hoursPerDayUp', input.hoursPerDayUp, d(24));
  if (!isHoursPerDay(hoursPerDayUp))
    throw new UserError(
      (w) => `${w.option('hoursPerDayUp')} must be more than 0 and at most 24, got ${hoursPerDayUp.toFixed()}`,
      { option: 'hoursPerDayUp' },
    );
  const params = {
    baseModel: input.baseModel,
    baseProvider: input.baseProvider,
    baseInputTokens: input.baseInputTokens,
    baseCachedInputTokens: input.baseCachedInputTokens,
    baseOutputTokens: input.baseOutputTokens ?? input.outputTokens,
    ftModels: typeof input.ftModel === 'string' ? [input.ftModel] : input.ftModel,
    inputTokens: input.inputTokens,
    cachedInputTokens: input.cachedInputTokens,
    outputTokens: input.outputTokens,
    batchShare: input.batchShare === undefined ? undefined : number('batchShare', input.batchShare),
    horizonMonths: s.horizonMonths,
    includeEnding: input.includeEnding,
    includeNonProduction: input.includeNonProduction,
    peakFactor: input.peakFactor === undefined ? undefined : number('peakFactor', input.peakFactor),
    precision: input.precision,
    dataset,
    epochs: input.epochs ?? 'auto',
    providers: input.providers,
    asOf,
    today,
    hoursPerDayUp,
    queriesPerDay: s.queriesPerDay,
    selfHostMethod: input.selfHostMethod,
    servingMemory: undefined as ServingMemoryNeeds | undefined,
    selfHostedTrainer: undefined as SelfHostedTrainer | undefined,
    gpu: input.gpu,
    selfHosted: input.selfHosted,
    retrainEveryMonths: s.retrain,
    customers: customersOf(catalog, input.existingCustomers, input.lapsedCustomers),
    extraCosts: extraCostInputsOf(input),
    quality: {
      promptedSuccessRate: parseSuccessRate('promptedSuccessRate', input.promptedSuccessRate),
      ftSuccessRate: parseSuccessRate('ftSuccessRate', input.ftSuccessRate),
      failureCost: parseFailureCost(input.failureCost),
    },
  };
  // Resolve, then compute: the inputs are checked before the catalog is asked (a bad count is named
  // before an unknown model), and the catalog is read once for every rebuild below.
  checkOptionsInputs(params);
  const offers = resolveBreakEven(catalog, params);
  const modelIds = offers.fineTunes.map((f) => f.weights.id);
  // A context turns the memory model on for self-hosting (as --self-hosted does for estimate): training
  // on the smallest node it fits on, billed as the rental bills, and replicas sized by weights + KV cache.
  // Without one the break-even stays as it was, the same as the widget's, which never loads the model.
  if (input.context !== undefined) {
    if (!memory) throw new Error('breakEvenFromCatalog(): context needs the memory model (src/api/selfHosted.ts)');
    if (input.selfHosted !== false)
      params.selfHostedTrainer = memory.trainer(catalog, asOf, modelIds, {
        method: input.selfHostMethod ?? 'lora',
        gpu: input.gpu,
      });
    params.servingMemory = memory.sizer(catalog, asOf, modelIds, {
      contextLength: input.context,
      concurrency: input.concurrency ?? 1,
      precision: input.precision ?? 'bf16',
    });
  }
  const built = optionsOnDate(params, offers);
  const horizon = Rational.from(s.horizonMonths);
  if (built.options.some((o) => o.remainingMonths?.lt(horizon))) assumptions.push({ kind: 'remaining-life-spread' });
  if (hoursPerDayUp.lt(24)) assumptions.push({ kind: 'hours-up', hoursPerDayUp: hoursPerDayUp.toFixed() });
  const kinds = input.kinds;
  const options = kinds ? built.options.filter((o) => kinds.includes(o.kind)) : built.options;
  checkOptionCount(options.length);
  // The prompted base model is the default baseline, unless the kinds filter left it out.
  const baseline = input.baseline ?? (options.some((o) => o.id === built.baseline) ? built.baseline : undefined);
  const analysis = analyzeBreakEven({ ...s, options, baseline, chartSamples: input.chartSamples });
  const words = noteWords(input.wording);
  const result = toBreakEvenResult(analysis, {
    catalog: { version: catalog.meta.version, schemaVersion: catalog.meta.schemaVersion },
    asOf,
    today,
    source: { kind: 'catalog', file: null },
    assumptions: [...assumptions, ...built.assumptions],
    notes: [...datasetNotes(dataset), ...built.notes],
    skipped: built.skipped,
    closedToTeam: built.closedToTeam,
    words,
  });
  if (input.range) {
    // The training set at the bounds of its spread: the options are rebuilt, the same ones compared.
    const spread =
      dataset.kind === 'counted'
        ? countedSpread(dataset)
        : tokensAssumed
          ? tokensPerExampleSpread(
              dataset.examples,
              assumedTokensBounds(catalog.meta.defaultTokensPerExample),
              'not-given',
            )
          : null;
    const atBounds = (spread ? [spread.low, spread.high] : []).map((ds) => {
      const rebuilt = optionsOnDate({ ...params, dataset: ds }, offers).options;
      const ids = new Set(options.map((o) => o.id));
      return analyzeBreakEven({ ...s, options: rebuilt.filter((o) => ids.has(o.id)), baseline, chartSamples: 2 });
    });
    addBreakEvenRanges(result, breakEvenBands(analysis, atBounds, spread), words);
  }
  if (input.sensitivity) {
    // Token counts change the options themselves: each end rebuilds them from the resolved offers.
    const tokens = {
      baseInputTokens: params.baseInputTokens,
      baseCachedInputTokens: params.baseCachedInputTokens ?? 0,
      baseOutputTokens: params.baseOutputTokens,
      inputTokens: params.inputTokens,
      cachedInputTokens: params.cachedInputTokens ?? 0,
      outputTokens: params.outputTokens,
    };
    const rebuild = (t: typeof tokens) => optionsOnDate({ ...params, ...t }, offers).options;
    addBreakEvenSensitivity(
      result,
      sensitivityOf(analysis, s, askedOption(input), (base) => ({
        ...tokenVariants(base, tokens, rebuild),
        ...successRateVariants(base, (o) => o.kind === 'prompted'),
      })),
      words,
    );
  }
  wordVerdict(result);
  return result;
}

/** The catalog comparison's costs beyond compute, parsed (undefined: none given). */
function extraCostInputsOf(input: ExtraCostOptions): ExtraCostInputs | undefined {
  const out: ExtraCostInputs = {};
  for (const key of EXTRA_COST_INPUT_KEYS) {
    const v = parseAmount(key, input[key]);
    if (v !== undefined) out[key] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Where the training tokens came from, when they were counted from a file rather than assumed. */
function datasetNotes(dataset: TrainingDataset): Note[] {
  if (dataset.kind !== 'counted') return [];
  const file = (dataset as TrainingDataset & { training?: { file?: string } }).training?.file;
  return [{ kind: 'training-set-counted', examples: dataset.examples, file: file ?? null }];
}
