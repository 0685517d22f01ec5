/**
 * `ftcost fit`: the memory a fine-tune (or a deployment) of an open-weight model needs, by part, and
 * on how many GPUs of each kind it fits. The result as the engine and the command built it, and its
 * published JSON, every field written by name (GiB as exact decimal strings, counts as strings).
 */
import type { ArchitectureSource, ModelArchitecture } from '../domain/architecture.js';
import type { FitPlan } from '../engine/memory/fit.js';
import type { MemoryMethod, MemoryPrecision } from '../domain/vocabulary.js';

/** Where `ftcost fit --format json`'s JSON Schema would be published, as the other outputs' are. */
export const FIT_SCHEMA_URL = 'https://unpkg.com/ftcost/schema/fit.schema.json';

/** What was sized: a training job or a deployment, with its inputs. */
export type FitWorkload =
  | {
      kind: 'train';
      method: MemoryMethod;
      precision: MemoryPrecision;
      sequenceLength: number;
      microBatch: number;
      gradientCheckpointing: boolean;
      /** null for full fine-tuning. */
      loraRank: number | null;
    }
  | { kind: 'serve'; precision: MemoryPrecision; contextLength: number; concurrency: number };

export interface FitResult {
  /** The catalog version the GPUs and their rentals were read from. */
  version: string;
  /** The day the rentals were read for. */
  asOf: string;
  today: string;
  /** The id asked for (-m). */
  requested: string;
  architecture: ModelArchitecture & ArchitectureSource;
  workload: FitWorkload;
  plan: FitPlan;
}

interface FitGpuJson {
  gpu: string;
  name: string;
  memoryGiB: string;
  usableGiB: string;
  fits: boolean;
  /** The smallest node size it fits on; null: none. */
  gpusNeeded: number | null;
  /** Need per GPU on atGpus GPUs. */
  perGpuGiB: string;
  atGpus: number;
  /** GPUs per on-demand rental in the catalog; the standard 1, 2, 4, 8 when offered is false. */
  nodeSizes: number[];
  offered: boolean;
}

export interface FitJson {
  $schema: typeof FIT_SCHEMA_URL;
  /** Bumped on a breaking change of this output. */
  schemaVersion: 1;
  kind: 'fit';
  version: string;
  asOf: string;
  today: string;
  model: {
    requested: string;
    id: string;
    name: string;
    parameters: string;
    adapterParameters: string;
    layers: number;
    hiddenSize: number;
    kvHeads: number;
    headDim: number;
    source: string;
    asOfRead: string;
    sourceKind: 'official' | 'copy';
  };
  workload: FitWorkload;
  /** Memory by part, GiB (2^30 bytes), unrounded. */
  breakdownGiB: {
    weights: string;
    gradients: string;
    optimizer: string;
    activations: string;
    kvCache: string;
    overheadPerGpu: string;
    /** Everything on one GPU. */
    total: string;
  };
  /** The share of each GPU's memory a plan may fill. */
  headroom: string;
  gpus: FitGpuJson[];
}

export function toFitJson(res: FitResult): FitJson {
  const { plan, architecture: a } = res;
  const b = plan.breakdown;
  return {
    $schema: FIT_SCHEMA_URL,
    schemaVersion: 1,
    kind: 'fit',
    version: res.version,
    asOf: res.asOf,
    today: res.today,
    model: {
      requested: res.requested,
      id: a.id,
      name: a.name,
      parameters: b.parameters.toString(),
      adapterParameters: b.adapterParameters.toString(),
      layers: a.layers,
      hiddenSize: a.hiddenSize,
      kvHeads: a.kvHeads,
      headDim: a.headDim,
      source: a.source,
      asOfRead: a.asOf,
      sourceKind: a.sourceKind,
    },
    workload: res.workload,
    breakdownGiB: {
      weights: b.weightsGiB.toFixed(),
      gradients: b.gradientsGiB.toFixed(),
      optimizer: b.optimizerGiB.toFixed(),
      activations: b.activationsGiB.toFixed(),
      kvCache: b.kvCacheGiB.toFixed(),
      overheadPerGpu: plan.assumptions.overheadGiBPerGpu.toFixed(),
      total: plan.totalGiB.toFixed(),
    },
    headroom: plan.assumptions.headroom.toFixed(),
    gpus: plan.gpus.map((g) => ({
      gpu: g.gpu,
      name: g.name,
      memoryGiB: g.memoryGiB.toFixed(),
      usableGiB: g.usableGiB.toFixed(),
      fits: g.gpusNeeded !== null,
      gpusNeeded: g.gpusNeeded,
      perGpuGiB: g.perGpuGiB.toFixed(),
      atGpus: g.atGpus,
      nodeSizes: [...g.nodeSizes],
      offered: g.offered,
    })),
  };
}
