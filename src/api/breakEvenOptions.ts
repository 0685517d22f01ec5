/**
 * The options of the library's break-even entries (breakEven, breakEvenFromCatalog), as callers
 * write them: their own module, so the entries and their checks both read them without a cycle.
 */
import type { CustomerOptions } from './checks.js';
import type { Catalog } from '../catalog/model.js';
import type { Wording } from '../errors.js';
import type { CostOptionKind } from '../engine/breakEven/costCurve.js';
import type { SelfHostMethod } from '../engine/breakEven/options/index.js';
import type { TrainingDataset } from '../engine/training/dataset.js';
import type { EpochsRequest } from '../engine/training/epochs.js';

/** A custom option with prices as decimal strings (never floats). */
export interface CustomOptionInput {
  id: string;
  name?: string;
  perQuery?: string;
  hourly?: string;
  hoursPerDay?: string | number;
  monthly?: string;
  oneTime?: string;
  capacityPerDay?: string | number;
  /** Costs beyond compute, USD (docs/breakeven.md): once for the decision, spread over the horizon. */
  dataPreparation?: string;
  engineering?: string;
  /** USD at every training cycle, spread like oneTime. */
  evaluationPerCycle?: string;
  reviewPerCycle?: string;
  /** USD per month besides `monthly`: monitoring and people. */
  monitoringPerMonth?: string;
  /** The share of this option's answers usable as they are: 0 < R ≤ 1, or a percent ("96%"). Default 1. */
  successRate?: string | number;
  /**
   * A fine-tuned option: it pays the comparison-wide costs beyond compute (`dataPrepCost`, `evalExamples`, …) and
   * takes `ftSuccessRate`; an option without the mark takes `promptedSuccessRate`. Default false.
   */
  fineTuned?: boolean;
  /** Training examples of a fine-tuned option, for `costPerLabelledExample`. */
  trainingExamples?: string | number;
}

export interface BreakEvenSettings {
  /** The volume the per-option costs and payback are computed at; leave out for break-evens and regimes only. */
  queriesPerDay?: string | number | null;
  /** Hours in a month: 730 (default, the cloud convention) or 720. */
  hoursPerMonth?: string | number;
  /** Months looked ahead; one-time costs are spread over it unless retrainEveryMonths is given. Default 12. */
  horizonMonths?: string | number;
  /** Training is repeated (and spread) every this many months. */
  retrainEveryMonths?: string | number;
  /**
   * The option training pays back against (default: the prompted base model / the first option
   * without a one-time cost).
   */
  baseline?: string;
  /** YYYY-MM-DD: the day of the run. Default: the current UTC date. */
  today?: string;
  /**
   * What a failed answer costs where a success rate is given: "retry" (default: asked again at the
   * option's own price) or USD for a person's fix. Needs a success rate.
   */
  failureCost?: 'retry' | string | number;
  /** Chart samples (default 61). */
  chartSamples?: number;
  /**
   * Add `sensitivity` to the result (docs/sensitivity.md): each input at the low and high end of its
   * plausible range, sorted by swing. `{ option }` compares that option with the baseline instead of
   * the cheapest other one. Needs queriesPerDay.
   */
  sensitivity?: boolean | { option: string };
  /**
   * Give every break-even a band, `breakEvens[].queriesPerDayRange` (docs/ranges.md): the training set
   * at the bounds of its spread. A scenario's own prices are exact: its bands have zero width.
   */
  range?: boolean;
  /**
   * @internal Whose words the result's assumptions, notes and reasons are in (default: the library's,
   * option keys as written). The CLI passes its flags' wording, the widget its labels'; the facts
   * behind the words (`result.facts`) are the same for every audience.
   */
  wording?: Wording;
}

export interface CustomBreakEvenOptions extends BreakEvenSettings, ExtraCostOptions {
  options: readonly CustomOptionInput[];
  /** Shown in the result as where the options came from. */
  scenarioFile?: string;
}

export interface CatalogBreakEvenOptions extends BreakEvenSettings, ExtraCostOptions, CustomerOptions {
  baseModel: string;
  baseProvider?: string;
  baseInputTokens: number;
  /** Of baseInputTokens, those served from the provider's prompt cache (default 0). */
  baseCachedInputTokens?: number;
  /** Default: outputTokens. */
  baseOutputTokens?: number;
  /** The model fine-tuned, or several to compare in one answer. */
  ftModel: string | readonly string[];
  inputTokens: number;
  /** Of inputTokens, those served from the prompt cache (default 0). */
  cachedInputTokens?: number;
  outputTokens: number;
  /** Share of queries (0–1) through a batch API at batch rates (default 0). */
  batchShare?: string | number;
  /** Let offers that stop serving inside the horizon, or cannot be trained on the date, compete. */
  includeEnding?: boolean;
  /** Let offers that are not for production (Azure's Developer tier) compete. */
  includeNonProduction?: boolean;
  /** Peak-to-average load that serving replicas are sized for (default 1). */
  peakFactor?: string | number;
  /** Self-hosted training and serving precision (default bf16). */
  precision?: 'bf16' | 'fp8';
  examples?: number;
  tokensPerExample?: number;
  dataset?: TrainingDataset;
  epochs?: EpochsRequest;
  providers?: readonly string[];
  /** Hours a deployment / rented GPU is up per day (default 24). */
  hoursPerDayUp?: string | number;
  selfHosted?: boolean;
  /**
   * Compare only options of these kinds (default: every kind the catalog yields). The widget's
   * "hourly deployments" switch leaves out 'hosted-hourly' this way.
   */
  kinds?: readonly CostOptionKind[];
  selfHostMethod?: SelfHostMethod;
  /**
   * Tokens of context a served sequence holds (prompt + output). It turns the memory model on for the
   * self-hosted options (docs/memory.md): replicas take at least the GPUs weights + KV cache need, and
   * training runs on the smallest node it fits on, billed as the rental bills (as estimate's
   * selfHosted rows). Needs the package's front door (src/api/selfHostedBreakEven.ts), which brings it.
   */
  context?: number;
  /** With context: sequences served at once (default 1). */
  concurrency?: number;
  /**
   * Your measured self-hosted training throughput, tokens/s per GPU (a number or a decimal string): it
   * replaces the catalog's figure for the fine-tuned models' sizes on every GPU, labelled "yours".
   */
  trainTokensPerSecond?: number | string;
  /** Your measured serving throughput, output tokens/s per GPU under load: replaces the catalog's, as above. */
  serveTokensPerSecond?: number | string;
  gpu?: string;
  /** YYYY-MM-DD: price with what was in force then (default today). */
  asOf?: string;
  catalog?: Catalog;
}

/**
 * Costs beyond compute and success rates given once for the whole comparison (docs/breakeven.md): every
 * fine-tuned option pays the costs (in a custom comparison: every option marked `fineTuned: true`); the success
 * rates apply to the prompted options and the fine-tuned ones respectively.
 */
export interface ExtraCostOptions {
  /** USD once: data preparation. */
  dataPrepCost?: string | number;
  /**
   * USD per labelled training example (× the training examples; a custom option gives `trainingExamples`): data
   * preparation instead of dataPrepCost.
   */
  costPerLabelledExample?: string | number;
  /** Hours of engineering, once (× hourlyRate). */
  engineeringHours?: string | number;
  /** USD per hour of people's time (engineeringHours, reviewHours). */
  hourlyRate?: string | number;
  /** Evaluation queries at every training cycle, at the option's own per-query price. */
  evalExamples?: string | number;
  /** USD at every training cycle: evaluation as a lump sum instead of evalExamples. */
  evalCost?: string | number;
  /** Hours of review at every training cycle (× hourlyRate). */
  reviewHours?: string | number;
  /** USD per month: monitoring and people. */
  monitoringPerMonth?: string | number;
  /**
   * The share of the prompted model's answers usable as they are (0 < R ≤ 1, or "70%"). Default 1. In a custom
   * comparison: of every option not marked `fineTuned` (one that also gives its own `successRate` is refused).
   */
  promptedSuccessRate?: string | number;
  /** The share of the fine-tuned models' answers usable as they are (custom: of the options marked `fineTuned`). */
  ftSuccessRate?: string | number;
}
