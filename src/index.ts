/** ftcost: exact, sourced fine-tuning cost estimates. Browser-safe: no Node APIs are imported here. */
export type { EstimateOptions, RangeOption } from './api/estimate.js';
// With the self-hosted planner (selfHosted: true); the widget imports ./api/estimate.js's, without it.
export { estimate } from './api/selfHosted.js';
// With the serving sizer (context: replicas sized by memory), for the same reason.
export { breakEvenFromCatalog } from './api/selfHostedBreakEven.js';
export { budget, type BudgetOptions } from './api/budget.js';
export { BUDGET_SCHEMA_VERSION, type BudgetResult, type BudgetRowJson } from './result/budget.js';
export { budgetRenderers, budgetTable, budgetJson, budgetCsv, budgetMarkdown } from './render/budget.js';
export {
  checkMaxCost,
  checkMaxMonthlyCost,
  type GuardVerdict,
  type MaxCostAppliesTo,
  type MonthlyGuardVerdict,
} from './result/guard.js';
export {
  ESTIMATE_SCHEMA_VERSION,
  type EstimateResult,
  type EstimateRowJson,
  type ChargeJson,
  type MoneyRangeJson,
  type RangeSourceJson,
} from './result/estimate.js';
export {
  breakEven,
  type CustomBreakEvenOptions,
  type CatalogBreakEvenOptions,
  type CustomOptionInput,
  type BreakEvenSettings,
} from './api/breakEven.js';
export {
  BREAKEVEN_SCHEMA_VERSION,
  breakEvenMarkCost,
  type SensitivityJson,
  type SensitivityEndJson,
  type BreakEvenResult,
  type BreakEvenOptionJson,
  type BreakEvenJson,
  type RegimeJson,
  type PairJson,
} from './result/breakEven.js';
export type {
  Verdict,
  VerdictKind,
  VerdictBasis,
  VerdictLeftOut,
  VerdictFineTunedAbove,
  NeverPaysBackReason,
  PaysBackVerdict,
  CheapestFineTunedVerdict,
  CheapestWithoutTrainingVerdict,
  NeverPaysBackVerdict,
  PaysBackAfterHorizonVerdict,
  NothingBuyableVerdict,
  NoVolumeVerdict,
} from './result/verdict.js';
export { analyzeBreakEven, type BreakEvenAnalysis, type BreakEvenInputs } from './engine/breakEven/analysis.js';
export { analyzePair, regimesOf, type Crossing, type PairAnalysis, type Regime } from './engine/breakEven/crossings.js';
export {
  toCurve,
  costPerDayAt,
  type CostCurve,
  type CostOption,
  type CostOptionKind,
} from './engine/breakEven/costCurve.js';
export { Rational } from './engine/breakEven/rational.js';
export { embeddedCatalog } from './catalog/embedded.js';
export type { Catalog, Model, Offer, Provider, PriceEntry } from './catalog/model.js';
export { METHODS, type Method } from './domain/vocabulary.js';
export { estimateTraining, type EstimateInputs } from './api/estimateTraining.js';
export type { Estimate, EstimateRow } from './engine/training/estimate.js';
export { assumedDataset, type TrainingDataset, type EpochTokens } from './engine/training/dataset.js';
export { openaiDefaultEpochs, resolveEpochs, type EpochsRequest } from './engine/training/epochs.js';
export { Decimal, d } from './decimal.js';
export { USER_ERROR_CODES, UserError, type UserErrorCode, type UserErrorOptions, type Wording } from './errors.js';
// The facts behind a result's words (`result.facts`), and their words for any audience.
export type { Note, NoteKind, PricedAt } from './domain/notes.js';
export type { BreakEvenFacts, BreakEvenResultWithFacts } from './result/breakEven.js';
export type { EstimateFacts, EstimateResultWithFacts } from './result/estimate.js';
export type { BudgetFacts, BudgetResultWithFacts } from './result/budget.js';
export { wordNote } from './render/words/notes.js';
export { rewordBreakEven, rewordEstimate, rewordBudget } from './render/words/results.js';
export { formatUsd, formatRate, formatCount, formatQueriesPerDay, formatMonths } from './format/money.js';
// The renderers the CLI prints with (pure: result → string), one per format of a closed set.
export { FORMATS, type Format } from './render/formats.js';
export { estimateRenderers, estimateTable, estimateJson, estimateCsv, estimateMarkdown } from './render/estimate.js';
export {
  breakEvenRenderers,
  breakEvenTable,
  breakEvenJson,
  breakEvenCsv,
  breakEvenMarkdown,
  type RenderOptions,
} from './render/breakeven.js';
export { renderChart, type ChartOptions } from './render/chart.js';
export { tornadoSvg, tornadoLines } from './render/tornado.js';
export { methodLabel, epochsLabel, staleLabel, availabilityLabel, estimateRowNotes } from './render/labels.js';

// The published JSON contracts of the catalog and inspect commands, and the analysis' parts, as types.
export type { CatalogEntryJson, CatalogListJson } from './result/catalogList.js';
export type { CatalogDiffChangeJson, CatalogDiffJson } from './result/catalogDiff.js';
export type {
  LifecycleEventJson,
  CatalogShowPriceEntryJson,
  CatalogShowBasePriceEntryJson,
  CatalogShowGpuPriceEntryJson,
  CatalogShowProviderJson,
  CatalogShowOfferJson,
  CatalogShowGpuOfferJson,
  CatalogShowJson,
} from './result/catalogShow.js';
export type { InspectJson } from './result/inspect.js';
export type { CatalogTrainableJson, TrainableModelJson } from './result/trainable.js';
export type { NeverPaysBack, Payback, OptionAnalysis, ChartSeries, CrossingCost } from './engine/breakEven/analysis.js';
export type { CrossingKind } from './engine/breakEven/crossings.js';
export type { CustomerOptions } from './api/checks.js';
