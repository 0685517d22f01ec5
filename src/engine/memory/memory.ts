/**
 * Memory a fine-tuning job or a serving deployment needs, by part, from the model's architecture:
 * weights, gradients, optimizer states, activations and the KV cache, in GiB, exactly (Decimal; the
 * counts are integers, the byte sizes are exact binary fractions). Pure; every formula and constant
 * is in docs/memory.md with its source.
 */
import type { ModelArchitecture } from '../../domain/architecture.js';
import { Decimal, d } from '../../decimal.js';
import {
  ACTIVATION_BYTES_PER_HIDDEN_PER_LAYER,
  BYTES_OPTIMIZER_ADAPTER,
  BYTES_OPTIMIZER_FULL,
  BYTES_PER_ADAPTER_GRADIENT,
  BYTES_PER_ADAPTER_WEIGHT,
  BYTES_PER_GIB,
  BYTES_PER_GRADIENT,
  BYTES_PER_LOGIT,
  BYTES_PER_NF4_WEIGHT,
  BYTES_PER_WEIGHT,
  CHECKPOINT_BYTES_PER_HIDDEN_PER_LAYER,
} from './constants.js';
import { parameterCounts } from '../../domain/architecture.js';
import { loraParameters } from './parameters.js';
import type { MemoryMethod, MemoryPrecision } from '../../domain/vocabulary.js';

export interface TrainingMemoryInput {
  architecture: ModelArchitecture;
  method: MemoryMethod;
  /** The base weights' precision (QLoRA: of the parts it does not quantise). */
  precision: MemoryPrecision;
  /** Tokens per sequence. */
  sequenceLength: number;
  /** Sequences per GPU per step. */
  microBatch: number;
  gradientCheckpointing: boolean;
  /** LoRA rank (ignored for full fine-tuning). */
  loraRank: number;
}

export interface ServingMemoryInput {
  architecture: ModelArchitecture;
  /** Weights' and KV cache's precision. */
  precision: MemoryPrecision;
  /** Tokens of context each sequence holds (prompt + output). */
  contextLength: number;
  /** Sequences served at once. */
  concurrency: number;
}

/**
 * Memory by part, in GiB. `sharded` parts split across the GPUs of a node (FSDP / ZeRO-3 for
 * training, tensor parallelism for serving); activations are per GPU (each holds its micro-batch).
 */
export interface MemoryBreakdown {
  weightsGiB: Decimal;
  gradientsGiB: Decimal;
  optimizerGiB: Decimal;
  activationsGiB: Decimal;
  kvCacheGiB: Decimal;
  /** Parameters of the model (and of the LoRA adapters, for LoRA and QLoRA). */
  parameters: bigint;
  adapterParameters: bigint;
}

const ZERO = new Decimal(0);

function gib(bytes: Decimal): Decimal {
  return bytes.div(BYTES_PER_GIB);
}

/** Activation bytes of one micro-batch (docs/memory.md, "Activations"). */
function activationBytes(
  a: ModelArchitecture,
  sequenceLength: number,
  microBatch: number,
  gradientCheckpointing: boolean,
): Decimal {
  const tokens = d(sequenceLength).times(microBatch);
  const perLayerFull = tokens.times(a.hiddenSize).times(ACTIVATION_BYTES_PER_HIDDEN_PER_LAYER);
  const layers = gradientCheckpointing
    ? tokens.times(a.hiddenSize).times(CHECKPOINT_BYTES_PER_HIDDEN_PER_LAYER).times(a.layers).plus(perLayerFull)
    : perLayerFull.times(a.layers);
  return layers.plus(tokens.times(a.vocabSize).times(BYTES_PER_LOGIT));
}

export function trainingMemory(input: TrainingMemoryInput): MemoryBreakdown {
  const a = input.architecture;
  const counts = parameterCounts(a);
  const total = d(counts.total);
  const weightBytes = BYTES_PER_WEIGHT[input.precision];
  const activationsGiB = gib(activationBytes(a, input.sequenceLength, input.microBatch, input.gradientCheckpointing));
  if (input.method === 'full') {
    return {
      weightsGiB: gib(total.times(weightBytes)),
      gradientsGiB: gib(total.times(BYTES_PER_GRADIENT)),
      optimizerGiB: gib(total.times(BYTES_OPTIMIZER_FULL)),
      activationsGiB,
      kvCacheGiB: ZERO,
      parameters: counts.total,
      adapterParameters: 0n,
    };
  }
  const adapters = loraParameters(a, input.loraRank);
  const adapterCount = d(adapters);
  // QLoRA quantises the linear projections to NF4 and keeps embeddings, norms and biases as they are.
  const frozenBytes =
    input.method === 'qlora'
      ? d(counts.linear).times(BYTES_PER_NF4_WEIGHT).plus(d(counts.other).times(weightBytes))
      : total.times(weightBytes);
  return {
    weightsGiB: gib(frozenBytes.plus(adapterCount.times(BYTES_PER_ADAPTER_WEIGHT))),
    gradientsGiB: gib(adapterCount.times(BYTES_PER_ADAPTER_GRADIENT)),
    optimizerGiB: gib(adapterCount.times(BYTES_OPTIMIZER_ADAPTER)),
    activationsGiB,
    kvCacheGiB: ZERO,
    parameters: counts.total,
    adapterParameters: adapters,
  };
}

/** KV cache bytes: 2 (K and V) × layers × KV heads × head dim × bytes × tokens × sequences. */
function kvCacheBytes(
  a: ModelArchitecture,
  precision: MemoryPrecision,
  contextLength: number,
  concurrency: number,
): Decimal {
  return d(2)
    .times(a.layers)
    .times(a.kvHeads)
    .times(a.headDim)
    .times(BYTES_PER_WEIGHT[precision])
    .times(contextLength)
    .times(concurrency);
}

export function servingMemory(input: ServingMemoryInput): MemoryBreakdown {
  const a = input.architecture;
  const counts = parameterCounts(a);
  return {
    weightsGiB: gib(d(counts.total).times(BYTES_PER_WEIGHT[input.precision])),
    gradientsGiB: ZERO,
    optimizerGiB: ZERO,
    activationsGiB: ZERO,
    kvCacheGiB: gib(kvCacheBytes(a, input.precision, input.contextLength, input.concurrency)),
    parameters: counts.total,
    adapterParameters: 0n,
  };
}
