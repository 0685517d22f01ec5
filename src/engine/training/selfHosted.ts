/**
 * `estimate --self-hosted`: self-hosted training rows. For each open-weight model with architecture
 * figures and each GPU the catalog rents on the date: the memory model sizes the job
 * (src/engine/memory/), the smallest node it fits on is rented at that node size's cheapest offer, and
 * GPU-hours are the break-even's rule, exactly: training tokens ÷ (tokens/s per GPU × 3600). What is
 * priced is what the rental bills (billedGpuHours): each GPU's wall clock plus the job's set-up,
 * rounded up to the offer's billing increment and at least its minimum, times the GPUs of the node.
 * A GPU the job does not fit on, or with no throughput figure, gets a fact saying why instead of a
 * row. Pure.
 */
import { d, type Decimal } from '../../decimal.js';
import type { GpuOfferOnDate, RentalBilling, TrainingThroughput } from '../../domain/hardware.js';
import type { SelfHostedNote } from '../../domain/notes.js';
import type { PriceOnDate } from '../../domain/offers.js';
import type { SelfHostGpu, SelfHostingOnDate, SelfHostModel } from '../../resolve/selfHosted.js';
import { Rational } from '../breakEven/rational.js';
import { fitOnGpus } from '../memory/fit.js';
import type { MemoryMethod } from '../../domain/vocabulary.js';
import { trainingMemory } from '../memory/memory.js';
import type { EpochTokens, TrainingDataset } from './dataset.js';

/** Seconds in an hour: tokens/s × this = tokens per GPU-hour. */
const SECONDS_PER_HOUR = 3600;
const MINUTES_PER_HOUR = 60;

/**
 * GPU time a training job is billed for while not training, per GPU, unless told: starting the
 * instance, pulling the trainer's image, downloading the base model, uploading the checkpoint.
 * An ftcost assumption (no provider or trainer publishes a figure; docs/memory.md), overridable
 * with jobOverheadMinutes / --job-overhead-minutes.
 */
const DEFAULT_JOB_OVERHEAD_MINUTES = 10;

interface SelfHostedJob {
  dataset: TrainingDataset;
  epochs: number;
  method: MemoryMethod;
  precision: 'bf16';
  microBatch: number;
  gradientCheckpointing: boolean;
  /** LoRA rank (ignored for full fine-tuning). */
  loraRank: number;
  headroom: Decimal;
  overheadGiBPerGpu: Decimal;
  /** Set-up, downloads and checkpoint upload per job, per GPU, in minutes. */
  jobOverheadMinutes: Decimal;
}

export interface SelfHostedRow {
  model: string;
  modelName?: string;
  gpu: string;
  gpuName: string;
  provider: string;
  providerName: string;
  /** GPUs rented: the smallest node size of this GPU the job fits on. */
  gpus: number;
  /** Tokens per training sequence the memory was sized for. */
  sequenceLength: number;
  memoryPerGpuGiB: Decimal;
  tokens: EpochTokens;
  trainingTokens: bigint;
  /** Computed, training only: tokens ÷ (tokens/s × 3600); exact, as it rarely terminates in base ten. */
  gpuHours: Rational;
  /** The job's overhead on every GPU of the node: minutes ÷ 60 × GPUs. */
  jobOverheadGpuHours: Rational;
  /** What the rental bills (billedGpuHours): the price is charged on these. */
  billedGpuHours: Rational;
  /** The offer's billing; absent when none is published (billed as computed). */
  billing?: RentalBilling;
  gpuPerHour: PriceOnDate;
  /** billedGpuHours × $/GPU-hour. */
  trainingCost: Rational;
  throughput: TrainingThroughput;
}

interface SelfHostedTraining {
  rows: SelfHostedRow[];
  /** Why a model or a GPU has no row (a fact each). */
  leftOut: SelfHostedNote[];
}

/**
 * GPU-hours a rental bills for one job on a node of `gpus`: each GPU runs the training's wall clock
 * (computed GPU-hours ÷ GPUs) plus the overhead; that time is raised to the minimum, rounded up to
 * whole increments, and billed on every GPU of the node. Without a published billing it is billed as
 * computed (training + overhead).
 */
export function billedGpuHours(
  computedGpuHours: Rational,
  gpus: number,
  overheadHours: Rational,
  billing: RentalBilling | undefined,
): Rational {
  const perGpuHours = computedGpuHours.div(Rational.from(gpus)).plus(overheadHours);
  if (!billing) return perGpuHours.times(Rational.from(gpus));
  const seconds = Rational.max(
    perGpuHours.times(Rational.from(SECONDS_PER_HOUR)),
    Rational.from(billing.minimumSeconds),
  );
  const increment = BigInt(billing.incrementSeconds);
  const increments = seconds.div(Rational.of(increment)).ceil();
  return Rational.of(increments * increment * BigInt(gpus), BigInt(SECONDS_PER_HOUR));
}

/** The smallest power of two ≥ n (a sequence length as trainers pad and pack to), capped at the model's context. */
export function sequenceLengthFor(tokensPerExample: number, maxContext: number): number {
  let length = 1;
  while (length < tokensPerExample) length *= 2;
  return Math.min(length, maxContext);
}

/** The same look-up as the break-even's: a figure for this GPU, method, precision and the nearest size ≥ the model. */
function throughputFor(
  table: readonly TrainingThroughput[],
  gpu: string,
  size: Decimal,
  method: MemoryMethod,
  precision: string,
): TrainingThroughput | undefined {
  return table
    .filter((t) => t.gpu === gpu && t.method === method && t.precision === precision && t.parametersBillions.gte(size))
    .sort((a, b) => a.parametersBillions.comparedTo(b.parametersBillions) || (a.basis === 'measured' ? -1 : 1))[0];
}

function rowsOfModel(
  model: SelfHostModel,
  gpus: readonly SelfHostGpu[],
  table: readonly TrainingThroughput[],
  job: SelfHostedJob,
): SelfHostedTraining {
  const tokens = job.dataset.epochTokens(model.encoding, undefined);
  const tokensPerExample = Number(
    (tokens.billedTokens + BigInt(job.dataset.examples) - 1n) / BigInt(job.dataset.examples),
  );
  const sequenceLength = sequenceLengthFor(tokensPerExample, model.architecture.maxContext);
  const breakdown = trainingMemory({
    architecture: model.architecture,
    method: job.method,
    precision: job.precision,
    sequenceLength,
    microBatch: job.microBatch,
    gradientCheckpointing: job.gradientCheckpointing,
    loraRank: job.loraRank,
  });
  const plan = fitOnGpus(
    breakdown,
    gpus.map((g) => ({
      id: g.id,
      name: g.name,
      memoryGiB: g.memoryGiB,
      nodeSizes: [...new Set(g.offers.map((o) => o.gpuCount))],
      offered: true,
    })),
    { headroom: job.headroom, overheadGiBPerGpu: job.overheadGiBPerGpu },
  );
  const trainingTokens = tokens.billedTokens * BigInt(job.epochs);
  const overheadHours = Rational.from(job.jobOverheadMinutes).div(Rational.from(MINUTES_PER_HOUR));
  const out: SelfHostedTraining = { rows: [], leftOut: [] };
  plan.gpus.forEach((fit, i) => {
    const gpu = gpus[i]!;
    if (fit.gpusNeeded === null) {
      out.leftOut.push({
        kind: 'self-hosted-does-not-fit',
        model: model.id,
        gpuName: gpu.name,
        largestNode: fit.atGpus,
        perGpuGiB: fit.perGpuGiB.toFixed(),
        usableGiB: fit.usableGiB.toFixed(),
      });
      return;
    }
    const t = throughputFor(table, gpu.id, model.parametersBillions, job.method, job.precision);
    if (!t) {
      out.leftOut.push({
        kind: 'self-hosted-no-throughput',
        model: model.id,
        gpuName: gpu.name,
        method: job.method,
        precision: job.precision,
        parametersBillions: model.parametersBillions.toFixed(),
      });
      return;
    }
    const gpusNeeded = fit.gpusNeeded;
    // GPU-hours = tokens ÷ (tokens/s × 3600), exactly; the rates are per GPU, so the count changes the wall clock only.
    const gpuHours = Rational.from(trainingTokens).div(
      Rational.from(t.tokensPerSecond).times(Rational.from(SECONDS_PER_HOUR)),
    );
    // The offer of exactly that node size (the fit chose among the sizes offered) whose invoice is
    // cheapest: a lower hourly price with an hour's minimum can bill more; first in catalog order on a tie.
    const billed = (o: GpuOfferOnDate) => {
      const hours = billedGpuHours(gpuHours, gpusNeeded, overheadHours, o.billing);
      return { offer: o, hours, cost: hours.times(Rational.from(o.gpuPerHour!.amount)) };
    };
    const { offer, hours, cost } = gpu.offers
      .filter((o) => o.gpuCount === gpusNeeded)
      .map(billed)
      .reduce((best, o) => (o.cost.lt(best.cost) ? o : best));
    out.rows.push({
      model: model.id,
      ...(model.name === undefined ? {} : { modelName: model.name }),
      gpu: gpu.id,
      gpuName: gpu.name,
      provider: offer.provider,
      providerName: offer.providerName,
      gpus: gpusNeeded,
      sequenceLength,
      memoryPerGpuGiB: fit.perGpuGiB,
      tokens,
      trainingTokens,
      gpuHours,
      jobOverheadGpuHours: overheadHours.times(Rational.from(gpusNeeded)),
      billedGpuHours: hours,
      ...(offer.billing === undefined ? {} : { billing: offer.billing }),
      gpuPerHour: offer.gpuPerHour!,
      trainingCost: cost,
      throughput: t,
    });
  });
  return out;
}

function selfHostedTraining(on: SelfHostingOnDate, job: SelfHostedJob): SelfHostedTraining {
  const out: SelfHostedTraining = {
    rows: [],
    leftOut: on.withoutArchitecture.map((model) => ({ kind: 'self-hosted-no-architecture', model })),
  };
  for (const model of on.models) {
    const { rows, leftOut } = rowsOfModel(model, on.gpus, on.training, job);
    out.rows.push(...rows);
    out.leftOut.push(...leftOut);
  }
  // Cheapest first, compared exactly.
  out.rows.sort((a, b) => a.trainingCost.cmp(b.trainingCost));
  return out;
}

/**
 * Epochs a self-hosted job runs when none were asked for (auto): the default num_train_epochs of
 * Hugging Face's TrainingArguments, which TRL, Axolotl and LLaMA-Factory train with
 * (https://huggingface.co/docs/transformers/main_classes/trainer#transformers.TrainingArguments, read 2026-12-07).
 */
const SELF_HOSTED_DEFAULT_EPOCHS = 3;
/** The LoRA rank unless told: `ftcost fit`'s default (LLaMA-Factory's is 8, Unsloth's 16). */
const SELF_HOSTED_LORA_RANK = 16;

/** The plan `estimate --self-hosted` prices, with what it rests on (the result states it). */
export interface SelfHostedPlan {
  training: SelfHostedTraining;
  plan: Extract<SelfHostedNote, { kind: 'self-hosted-plan' }>;
  epochs: number;
  epochsAssumed: boolean;
}

/**
 * The fixed plan of this release: BF16, micro-batch 1, gradient checkpointing on, rank 16; a job
 * overhead of DEFAULT_JOB_OVERHEAD_MINUTES unless `jobOverheadMinutes` is given.
 */
export function planSelfHosted(
  on: SelfHostingOnDate,
  request: { dataset: TrainingDataset; epochs: number | 'auto'; method: MemoryMethod; jobOverheadMinutes?: Decimal },
  memory: { headroom: Decimal; overheadGiBPerGpu: Decimal },
): SelfHostedPlan {
  const epochs = request.epochs === 'auto' ? SELF_HOSTED_DEFAULT_EPOCHS : request.epochs;
  const job: SelfHostedJob = {
    dataset: request.dataset,
    epochs,
    method: request.method,
    precision: 'bf16',
    microBatch: 1,
    gradientCheckpointing: true,
    loraRank: SELF_HOSTED_LORA_RANK,
    ...memory,
    jobOverheadMinutes: request.jobOverheadMinutes ?? d(DEFAULT_JOB_OVERHEAD_MINUTES),
  };
  return {
    training: selfHostedTraining(on, job),
    plan: {
      kind: 'self-hosted-plan',
      method: job.method,
      precision: job.precision,
      microBatch: job.microBatch,
      gradientCheckpointing: job.gradientCheckpointing,
      loraRank: job.method === 'full' ? null : job.loraRank,
      headroom: job.headroom.toFixed(),
      jobOverheadMinutes: job.jobOverheadMinutes.toFixed(),
      jobOverheadAssumed: request.jobOverheadMinutes === undefined,
    },
    epochs,
    epochsAssumed: request.epochs === 'auto',
  };
}
