/**
 * The library's and the CLI's `estimate()`: src/api/estimate.ts's, with the memory model — the
 * self-hosted rows' planner (`selfHosted: true`: the catalog's open models with architecture figures
 * and its GPU rentals resolved on the date, then sized and priced by src/engine/training/selfHosted.ts)
 * — and the break-even's serving sizer (`context`: the GPUs a replica needs for weights + KV cache,
 * src/api/selfHostedBreakEven.ts). Apart from estimate.ts and breakEven.ts so that the widget's
 * scripts, which never ask for them, stay without the memory model and the architectures (~3.7 KB
 * gzipped).
 */
import { shippedArchitectures } from '../catalog/architecture.js';
import { UserError } from '../errors.js';
import { MEMORY_HEADROOM, OVERHEAD_GIB_PER_GPU } from '../engine/memory/constants.js';
import { fitOnGpus } from '../engine/memory/fit.js';
import { servingMemory } from '../engine/memory/memory.js';
import { planSelfHosted } from '../engine/training/selfHosted.js';
import type { ServingMemoryFit } from '../domain/hardware.js';
import { resolveSelfHosting } from '../resolve/selfHosted.js';
import { SELF_HOSTED_WORDS } from '../render/words/selfHosted.js';
import type { EstimateResultWithFacts } from '../result/estimate.js';
import { selfHostedRows } from '../result/estimateSelfHosted.js';
import { jobOverheadMinutesOf } from './selfHostedOverhead.js';
import { calibrated, tokensPerSecondOf } from './selfHostedThroughput.js';
import type { BreakEvenMemoryModel, SelfHostedTrainerOf, ServingMemorySizer } from './breakEven.js';
import { type EstimateOptions, estimate as estimateHosted, type SelfHostedPlanner } from './estimate.js';

/** Tensor-parallel degrees a replica may span: the usual server shapes (as `ftcost fit` tries them). */
const TENSOR_PARALLEL_SIZES = [1, 2, 4, 8] as const;

const MEMORY = { headroom: MEMORY_HEADROOM, overheadGiBPerGpu: OVERHEAD_GIB_PER_GPU };

/** Sizes and prices the self-hosted rows; the CLI loads it only for `--self-hosted`. */
export const planner: SelfHostedPlanner = Object.assign(
  (
    catalog: Parameters<SelfHostedPlanner>[0],
    asOf: string,
    modelIds: readonly string[],
    { jobOverheadMinutes, trainTokensPerSecond, wording, ...request }: Parameters<SelfHostedPlanner>[3],
  ) => {
    const minutes = jobOverheadMinutesOf(jobOverheadMinutes);
    // Your throughput in place of the catalog's, for the open models' sizes (estimate's rows at BF16).
    const sizes = catalog.providers.flatMap((p) =>
      p.models.flatMap((m) => (modelIds.includes(m.id) ? (m.parametersBillions ?? []) : [])),
    );
    const train = tokensPerSecondOf('trainTokensPerSecond', trainTokensPerSecond);
    const yours = calibrated(
      catalog,
      { train, method: request.method, precision: 'bf16' },
      sizes,
      asOf,
      'models',
      wording,
    );
    return selfHostedRows(
      planSelfHosted(
        resolveSelfHosting(yours, asOf, modelIds, shippedArchitectures()),
        { ...request, ...(minutes === undefined ? {} : { jobOverheadMinutes: minutes }) },
        MEMORY,
      ),
    );
  },
  { words: SELF_HOSTED_WORDS },
);

/**
 * The GPUs a serving replica of each fine-tuned model needs on each GPU the catalog rents: weights +
 * KV cache for the context × concurrency (docs/memory.md "Serving"), on the smallest of 1, 2, 4, 8
 * GPUs whose share fits in 90 % of each. A model without architecture figures is left unsized.
 */
export const servingSizer: ServingMemorySizer = (catalog, asOf, modelIds, request) => {
  const on = resolveSelfHosting(catalog, asOf, modelIds, shippedArchitectures());
  const byModel: Record<string, Record<string, ServingMemoryFit>> = {};
  for (const model of on.models) {
    if (request.contextLength > model.architecture.maxContext)
      throw new UserError(
        (w) =>
          `${w.option('context')} ${request.contextLength} is longer than ${model.id}'s maximum context ` +
          `(${model.architecture.maxContext} tokens)`,
        { code: 'invalid-number', option: 'context' },
      );
    const breakdown = servingMemory({ architecture: model.architecture, ...request });
    const plan = fitOnGpus(
      breakdown,
      on.gpus.map((g) => ({
        id: g.id,
        name: g.name,
        memoryGiB: g.memoryGiB,
        nodeSizes: TENSOR_PARALLEL_SIZES,
        offered: true,
      })),
      MEMORY,
    );
    byModel[model.id] = Object.fromEntries(
      plan.gpus.map((f) => [
        f.gpu,
        { gpus: f.gpusNeeded, perGpuGiB: f.perGpuGiB.toFixed(), usableGiB: f.usableGiB.toFixed() },
      ]),
    );
  }
  return { contextLength: request.contextLength, concurrency: request.concurrency, byModel };
};

/**
 * The break-even's self-hosted training, planned as estimate --self-hosted plans it: the catalog is
 * resolved once; each call plans one model at its epochs on its training set (the break-even's range
 * rebuilds the options on other sets). undefined for a model without architecture figures.
 */
export const trainer: SelfHostedTrainerOf = (catalog, asOf, modelIds, request) => {
  const on = resolveSelfHosting(catalog, asOf, modelIds, shippedArchitectures());
  const gpus = request.gpu === undefined ? on.gpus : on.gpus.filter((g) => g.id === request.gpu);
  return (modelId, dataset, epochs) => {
    const model = on.models.find((m) => m.id === modelId);
    if (!model) return undefined;
    const plan = planSelfHosted(
      { ...on, models: [model], withoutArchitecture: [], gpus },
      { dataset, epochs, method: request.method },
      MEMORY,
    );
    return { row: plan.training.rows[0] ?? null, jobOverheadMinutes: plan.plan.jobOverheadMinutes };
  };
};

/** The memory model as the break-even takes it (src/api/selfHostedBreakEven.ts, cli/commands/breakeven.ts). */
export const breakEvenMemory: BreakEvenMemoryModel = { sizer: servingSizer, trainer };

/** What every platform charges to train, ranked; with `selfHosted: true`, self-hosted rows on rented GPUs too. */
export function estimate(options: EstimateOptions): EstimateResultWithFacts {
  return estimateHosted(options, planner);
}
