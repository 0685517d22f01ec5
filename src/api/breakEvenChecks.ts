/**
 * The input checks of the library's break-even entries (breakEven(), breakEvenFromCatalog()): option
 * keys, dates, hours per month, counts, model and provider ids — what the CLI refuses, refused with
 * the option names a caller wrote and a stable UserError.code (see src/api/checks.ts).
 */
import type { Catalog } from '../catalog/model.js';
import { findModels } from '../catalog/query.js';
import type {
  BreakEvenSettings,
  CatalogBreakEvenOptions,
  CustomBreakEvenOptions,
  CustomOptionInput,
  ExtraCostOptions,
} from './breakEvenOptions.js';
import { UserError } from '../errors.js';
import { COST_OPTION_KINDS } from '../engine/breakEven/costCurve.js';
import { MAX_BREAKEVEN_OPTIONS } from '../engine/breakEven/analysis.js';
import { THROUGHPUT_METHODS, type Precision } from '../domain/vocabulary.js';
import {
  checkBoolean,
  checkCatalogOption,
  checkChoice,
  checkCount,
  checkDatasetOption,
  checkModelId,
  checkDate,
  checkHoursPerMonth,
  checkKeys,
  checkModelFilters,
  type KeySet,
} from './checks.js';

const SETTINGS_KEYS: KeySet<BreakEvenSettings> = {
  queriesPerDay: true,
  hoursPerMonth: true,
  horizonMonths: true,
  retrainEveryMonths: true,
  baseline: true,
  today: true,
  failureCost: true,
  chartSamples: true,
  range: true,
  sensitivity: true,
  wording: true,
};

const EXTRA_KEYS: KeySet<ExtraCostOptions> = {
  dataPrepCost: true,
  costPerLabelledExample: true,
  engineeringHours: true,
  hourlyRate: true,
  evalExamples: true,
  evalCost: true,
  reviewHours: true,
  monitoringPerMonth: true,
  promptedSuccessRate: true,
  ftSuccessRate: true,
};

const CUSTOM_KEYS: KeySet<CustomBreakEvenOptions> = {
  ...SETTINGS_KEYS,
  ...EXTRA_KEYS,
  options: true,
  scenarioFile: true,
};

const OPTION_KEYS: KeySet<CustomOptionInput> = {
  id: true,
  name: true,
  perQuery: true,
  hourly: true,
  hoursPerDay: true,
  monthly: true,
  oneTime: true,
  capacityPerDay: true,
  dataPreparation: true,
  engineering: true,
  evaluationPerCycle: true,
  reviewPerCycle: true,
  monitoringPerMonth: true,
  successRate: true,
  fineTuned: true,
  trainingExamples: true,
};

const CATALOG_KEYS: KeySet<CatalogBreakEvenOptions> = {
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
  context: true,
  concurrency: true,
  trainTokensPerSecond: true,
  serveTokensPerSecond: true,
  gpu: true,
  asOf: true,
  existingCustomers: true,
  lapsedCustomers: true,
  catalog: true,
  ...EXTRA_KEYS,
};

/**
 * The most chart points a result carries (default 61): a chart a thousand points wide is finer than any screen
 * draws it, and each point prices every option exactly (1e7 ran out of memory after 238 s).
 */
const MAX_CHART_SAMPLES = 1000;

function checkSettings(s: BreakEvenSettings): void {
  checkDate('today', s.today);
  checkHoursPerMonth(s.hoursPerMonth);
  checkCount('chartSamples', s.chartSamples, 2);
  if (s.chartSamples !== undefined && s.chartSamples > MAX_CHART_SAMPLES)
    throw new UserError(
      (w) => `${w.option('chartSamples')} must be at most ${MAX_CHART_SAMPLES}, got ${s.chartSamples}`,
      { code: 'invalid-number', option: 'chartSamples' },
    );
}

export function checkCustomBreakEven(input: CustomBreakEvenOptions): void {
  checkKeys('breakEven()', input, CUSTOM_KEYS);
  checkSettings(input);
  if (!Array.isArray(input.options))
    throw new UserError('breakEven(): options must be a list of { id, perQuery, hourly, monthly, oneTime, … }');
  checkOptionCount(input.options.length);
  input.options.forEach((o, i) => {
    checkKeys(`breakEven() options[${i}]`, o, OPTION_KEYS);
    if (typeof o.id !== 'string' || o.id === '')
      throw new UserError(`breakEven() options[${i}]: id must be a non-empty string`);
  });
}

/** At most MAX_BREAKEVEN_OPTIONS options, refused up front (a comparison compares every pair). */
export function checkOptionCount(count: number): void {
  if (count > MAX_BREAKEVEN_OPTIONS)
    throw new UserError(
      `a break-even compares at most ${MAX_BREAKEVEN_OPTIONS} options (every pair of them), got ${count}; ` +
        'compare fewer (say, the cheapest few per GPU)',
      { code: 'invalid-input', option: 'options' },
    );
}

/** The options object and its catalog, before anything is read from them (no options was a TypeError). */
export function checkCatalogOptionsObject(input: CatalogBreakEvenOptions): void {
  checkKeys('breakEvenFromCatalog()', input, CATALOG_KEYS);
  checkCatalogOption(input.catalog);
}

/** The self-hosted precisions and methods the break-even builds (src/engine/breakEven/options/inputs.ts). */
const SELF_HOST_PRECISIONS = ['bf16', 'fp8'] as const satisfies readonly Precision[];

export function checkCatalogBreakEven(input: CatalogBreakEvenOptions, catalog: Catalog): void {
  checkKeys('breakEvenFromCatalog()', input, CATALOG_KEYS);
  checkSettings(input);
  if (input.baseModel === undefined)
    throw new UserError((w) => `give the base model to prompt (${w.option('baseModel')})`, {
      code: 'invalid-input',
      option: 'baseModel',
    });
  checkModelId('baseModel', input.baseModel);
  // An empty list is the engine's to refuse, in the same words as a missing one.
  const ft = input.ftModel as unknown;
  if (ft === undefined)
    throw new UserError((w) => `give the model to fine-tune (${w.option('ftModel')})`, { option: 'ftModel' });
  if (Array.isArray(ft)) {
    for (const id of ft) checkModelId('ftModel', id);
    refuseSameModelTwice(catalog, ft as string[]);
  } else checkModelId('ftModel', ft);
  if (input.baseProvider !== undefined && typeof input.baseProvider !== 'string')
    throw new UserError((w) => `${w.option('baseProvider')} must be a provider id like "openai"`, {
      option: 'baseProvider',
    });
  checkDatasetOption(input.dataset);
  checkBoolean('selfHosted', input.selfHosted);
  if (input.kinds !== undefined) {
    if (!Array.isArray(input.kinds))
      throw new UserError(`kinds must be a list of option kinds (${COST_OPTION_KINDS.join(', ')})`, {
        option: 'kinds',
      });
    for (const kind of input.kinds as unknown[]) checkChoice('kinds', kind, COST_OPTION_KINDS);
  }
  checkChoice('precision', input.precision, SELF_HOST_PRECISIONS);
  checkChoice('selfHostMethod', input.selfHostMethod, THROUGHPUT_METHODS);
  checkCount('context', input.context);
  checkCount('concurrency', input.concurrency, 1, 1_000_000);
  if (input.concurrency !== undefined && input.context === undefined)
    throw new UserError(
      (w) => `${w.option('concurrency')} sizes the KV cache of a context: add ${w.option('context', 'N')}`,
      { code: 'conflicting-options', option: 'concurrency' },
    );
  if (input.gpu !== undefined) {
    // The GPUs the catalog prices, as the CLI's --gpu checks them ("h100" is not "h100-sxm").
    const gpus = [...new Set(catalog.gpuOffers.map((o) => o.gpu))].sort();
    checkChoice('gpu', input.gpu, gpus);
  }
  checkDate('asOf', input.asOf);
  checkCount('baseInputTokens', input.baseInputTokens, 0);
  checkCount('baseCachedInputTokens', input.baseCachedInputTokens, 0);
  checkCount('baseOutputTokens', input.baseOutputTokens, 1);
  checkCount('inputTokens', input.inputTokens, 0);
  checkCount('cachedInputTokens', input.cachedInputTokens, 0);
  checkCount('outputTokens', input.outputTokens, 1);
  checkCount('examples', input.examples);
  checkCount('tokensPerExample', input.tokensPerExample);
  if (input.epochs !== undefined && input.epochs !== 'auto') checkCount('epochs', input.epochs);
  checkBoolean('includeEnding', input.includeEnding);
  checkBoolean('includeNonProduction', input.includeNonProduction);
  // Unknown base and fine-tuned models are refused by the engine (unknown-model, with did-you-mean).
  checkModelFilters(catalog, { providers: input.providers });
  if (input.baseProvider !== undefined) checkModelFilters(catalog, { providers: [input.baseProvider] });
}

/**
 * Two fine-tuned model ids naming the same model (an alias and its dated id: gpt-4o-mini, gpt-4o-mini-2024-07-18)
 * would compare the model with itself, each option listed twice: refused, naming the model both resolve to. Unknown
 * ids are left to the option builders, which refuse them with a suggestion.
 */
function refuseSameModelTwice(catalog: Catalog, ftModels: readonly string[]): void {
  const named = new Map<string, string>();
  for (const given of ftModels) {
    for (const { provider, model } of findModels(catalog, given)) {
      const key = `${provider.id}/${model.id}`;
      const earlier = named.get(key);
      if (earlier !== undefined)
        throw new UserError(
          (w) =>
            `${w.option('ftModel')} ${earlier} and ${w.option('ftModel')} ${given} are the same model ` +
            `(${model.id}); give it once`,
          { code: 'conflicting-options', option: 'ftModel' },
        );
      named.set(key, given);
    }
  }
}
