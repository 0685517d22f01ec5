/**
 * The input checks of the library's break-even entries (breakEven(), breakEvenFromCatalog()): option
 * keys, dates, hours per month, counts, model and provider ids — what the CLI refuses, refused with
 * the option names a caller wrote and a stable UserError.code (see src/api/checks.ts).
 */
import type { Catalog } from '../catalog/model.js';
import type {
  BreakEvenSettings,
  CatalogBreakEvenOptions,
  CustomBreakEvenOptions,
  CustomOptionInput,
} from './breakEvenOptions.js';
import { UserError } from '../errors.js';
import {
  checkBoolean,
  checkCount,
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

const CUSTOM_KEYS: KeySet<CustomBreakEvenOptions> = { ...SETTINGS_KEYS, options: true, scenarioFile: true };

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
  gpu: true,
  asOf: true,
  existingCustomers: true,
  lapsedCustomers: true,
  catalog: true,
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

function checkSettings(s: BreakEvenSettings): void {
  checkDate('today', s.today);
  checkHoursPerMonth(s.hoursPerMonth);
  checkCount('chartSamples', s.chartSamples, 2);
}

export function checkCustomBreakEven(input: CustomBreakEvenOptions): void {
  checkKeys('breakEven()', input, CUSTOM_KEYS);
  checkSettings(input);
  if (!Array.isArray(input.options))
    throw new UserError('breakEven(): options must be a list of { id, perQuery, hourly, monthly, oneTime, … }');
  input.options.forEach((o, i) => {
    checkKeys(`breakEven() options[${i}]`, o, OPTION_KEYS);
    if (typeof o.id !== 'string' || o.id === '')
      throw new UserError(`breakEven() options[${i}]: id must be a non-empty string`);
  });
}

export function checkCatalogBreakEven(input: CatalogBreakEvenOptions, catalog: Catalog): void {
  checkKeys('breakEvenFromCatalog()', input, CATALOG_KEYS);
  checkSettings(input);
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
