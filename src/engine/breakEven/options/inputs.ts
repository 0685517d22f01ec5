/**
 * What the common-case comparison is asked (the caller's inputs) and what it yields, and the checks on those inputs.
 */
import type { SkipNote, ComparisonNote, TrainingNote } from '../../../domain/notes.js';
import type { ClosedProvider } from '../../../domain/offers.js';
import type { Decimal } from '../../../decimal.js';
import { UserError } from '../../../errors.js';
import type { CostOption } from '../costCurve.js';
import type { TrainingDataset } from '../../training/dataset.js';
import type { EpochsRequest } from '../../training/epochs.js';
import { checkExtraCostInputs, checkQualityInputs, type ExtraCostInputs, type QualityInputs } from './extras.js';
import type { ServingMemoryNeeds } from '../../../domain/hardware.js';
import type { SelfHostedRow } from '../../training/selfHosted.js';

/**
 * Self-hosted training as estimate --self-hosted plans it (src/api/selfHosted.ts): for a model, a
 * training set and an epoch count, the cheapest row on the smallest node the job fits on, billed as
 * the rental bills (null: it fits on no GPU with a throughput figure); undefined for a model it cannot
 * size (no architecture figures), which is then trained on the cheapest GPU-hour, unsized.
 */
export type SelfHostedTrainer = (
  modelId: string,
  dataset: TrainingDataset,
  epochs: number,
) => { row: SelfHostedRow | null; jobOverheadMinutes: string } | undefined;

export type SelfHostMethod = 'lora' | 'qlora' | 'full';

export interface CatalogOptionsInputs {
  /** The un-tuned model prompted with a long prompt, e.g. "gpt-4o" (its prices: BreakEvenOffers). */
  baseModel: string;
  baseInputTokens: number;
  /** Of baseInputTokens, those served from the provider's prompt cache (a repeated static prefix). */
  baseCachedInputTokens?: number;
  baseOutputTokens: number;
  /** The models fine-tuned, e.g. ["gpt-4o-mini", "llama-3.1-8b"]: each on every platform offering it. */
  ftModels: readonly string[];
  /** Tokens per query of the fine-tuned model (a short prompt: that is the saving). */
  inputTokens: number;
  /** Of inputTokens, those served from the prompt cache. */
  cachedInputTokens?: number;
  outputTokens: number;
  /** The share of queries (0–1) sent through a batch API at batch rates (default 0). */
  batchShare?: Decimal;
  /** Months looked ahead: an offer that stops serving before its end is left out of the decision. */
  horizonMonths: Decimal;
  /** Let offers that stop serving inside the horizon, or cannot be trained now, compete. */
  includeEnding?: boolean;
  /** Let offers that are not for production (no SLA: Azure's Developer tier) compete. */
  includeNonProduction?: boolean;
  /** Peak-to-average load: serving replicas are sized for the peak (default 1: a flat day). */
  peakFactor?: Decimal;
  /** The precision self-hosted training and serving run at (default bf16): only figures of it are used. */
  precision?: 'bf16' | 'fp8';
  dataset: TrainingDataset;
  epochs: EpochsRequest;
  /** The providers the fine-tunes were resolved for (empty: all): named where none offers a model. */
  providers?: readonly string[];
  asOf: string;
  today: string;
  /** Hours a deployment or a rented GPU is up per day (default 24). */
  hoursPerDayUp?: Decimal;
  /** The volume, used to pick the cheapest GPU to serve on (null: by cost per query at scale). */
  queriesPerDay: Decimal | null;
  /** Self-hosted training method (default lora). */
  selfHostMethod?: SelfHostMethod;
  /**
   * With a context length and concurrency (--context, --concurrency): the GPUs a self-hosted replica
   * needs for weights + KV cache, per model and GPU; replicas then take at least that many.
   */
  servingMemory?: ServingMemoryNeeds;
  /** Self-hosted training sized by the memory model (see SelfHostedTrainer); absent: unsized. */
  selfHostedTrainer?: SelfHostedTrainer;
  /** The GPU id self-hosting and dedicated endpoints were restricted to, if any. */
  gpu?: string;
  /** Include the self-hosted option (default true). */
  selfHosted?: boolean;
  /** Training is repeated every this many months: each retraining inside the horizon must be buyable. */
  retrainEveryMonths?: Decimal;
  /** Costs beyond compute, paid by every fine-tuned option (src/engine/breakEven/options/extras.ts). */
  extraCosts?: ExtraCostInputs;
  /** Success rates of the prompted and fine-tuned answers, and what a failure costs. */
  quality?: QualityInputs;
}

export interface CatalogOptions {
  options: CostOption[];
  baseline: string;
  /** Offers that could not be made into an option, and why (facts: src/render/words/ words them). */
  skipped: { id: string; reason: SkipNote | TrainingNote }[];
  assumptions: ComparisonNote[];
  notes: ComparisonNote[];
  /** Providers of the fine-tuned models' offers closed to this team on the as-of date. */
  closedToTeam: ClosedProvider[];
}

/** Refuse inputs no option can be built from (the token counts, the shares and the peak factor). */
export function checkOptionsInputs(inputs: CatalogOptionsInputs): void {
  // Messages name each input by its option key (the library caller's words; the CLI shows its flag).
  for (const [option, v] of [
    ['baseInputTokens', inputs.baseInputTokens],
    ['baseOutputTokens', inputs.baseOutputTokens],
    ['inputTokens', inputs.inputTokens],
    ['outputTokens', inputs.outputTokens],
    ['baseCachedInputTokens', inputs.baseCachedInputTokens ?? 0],
    ['cachedInputTokens', inputs.cachedInputTokens ?? 0],
  ] as const) {
    if (!Number.isSafeInteger(v) || v < 0)
      throw new UserError((w) => `${w.option(option)} must be a whole number of tokens, got ${v}`, { option });
  }
  if (inputs.outputTokens < 1)
    throw new UserError(
      (w) => `${w.option('outputTokens')} must be at least 1 (serving capacity is counted in output tokens)`,
      { option: 'outputTokens' },
    );
  if ((inputs.baseCachedInputTokens ?? 0) > inputs.baseInputTokens)
    throw new UserError(
      (w) =>
        `${w.option('baseCachedInputTokens')} (${inputs.baseCachedInputTokens}) ` +
        `cannot exceed ${w.option('baseInputTokens')} (${inputs.baseInputTokens})`,
      { option: 'baseCachedInputTokens' },
    );
  if ((inputs.cachedInputTokens ?? 0) > inputs.inputTokens)
    throw new UserError(
      (w) =>
        `${w.option('cachedInputTokens')} (${inputs.cachedInputTokens}) ` +
        `cannot exceed ${w.option('inputTokens')} (${inputs.inputTokens})`,
      { option: 'cachedInputTokens' },
    );
  const batchShare = inputs.batchShare;
  if (batchShare && (batchShare.isNeg() || batchShare.gt(1)))
    throw new UserError((w) => `${w.option('batchShare')} must be between 0 and 1, got ${batchShare.toFixed()}`, {
      option: 'batchShare',
    });
  const peakFactor = inputs.peakFactor;
  if (peakFactor?.lt(1))
    throw new UserError(
      (w) =>
        `${w.option('peakFactor')} must be at least 1 (the peak over the average load), got ${peakFactor.toFixed()}`,
      { option: 'peakFactor' },
    );
  if (inputs.extraCosts) checkExtraCostInputs(inputs.extraCosts);
  if (inputs.quality) checkQualityInputs(inputs.quality);
  if (inputs.ftModels.length === 0)
    throw new UserError((w) => `give the model to fine-tune (${w.option('ftModel')})`, { option: 'ftModel' });
}
