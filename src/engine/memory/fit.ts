/**
 * Does a memory breakdown fit on a GPU, and on how many: the smallest node size (GPUs per rented
 * unit) whose per-GPU share, with the per-GPU overhead, stays within the headroom of each GPU's
 * memory. Weights, gradients, optimizer states and the KV cache are sharded evenly over the node
 * (FSDP / ZeRO-3, tensor parallelism); activations and the overhead are on every GPU. Pure.
 */
import type { Decimal } from '../../decimal.js';
import type { MemoryBreakdown } from './memory.js';

export interface GpuForFit {
  /** Catalog GPU id ("h100-sxm"). */
  id: string;
  name: string;
  /** Memory of one GPU, in GiB (the catalog's memoryGB: the marketed figure is binary). */
  memoryGiB: Decimal;
  /** GPUs per unit the catalog's rentals offer, ascending (or the standard 1, 2, 4, 8 when none is offered). */
  nodeSizes: readonly number[];
  /** Whether any on-demand rental of this GPU is in the catalog on the date. */
  offered: boolean;
}

export interface FitAssumptions {
  /** Share of a GPU's memory a plan may fill (0.9). */
  headroom: Decimal;
  overheadGiBPerGpu: Decimal;
}

interface GpuFit {
  gpu: string;
  name: string;
  memoryGiB: Decimal;
  /** memory × headroom: what the plan may fill on one GPU. */
  usableGiB: Decimal;
  nodeSizes: readonly number[];
  offered: boolean;
  /** The smallest node size it fits on, or null when it fits on none. */
  gpusNeeded: number | null;
  /** Per-GPU need on gpusNeeded GPUs, or on the largest node size when it does not fit. */
  perGpuGiB: Decimal;
  /** The node size perGpuGiB is for. */
  atGpus: number;
}

export interface FitPlan {
  breakdown: MemoryBreakdown;
  assumptions: FitAssumptions;
  /** Everything on one GPU: the breakdown's parts plus one GPU's overhead. */
  totalGiB: Decimal;
  gpus: GpuFit[];
}

/** The parts that split across a node's GPUs. */
function shardedGiB(b: MemoryBreakdown): Decimal {
  return b.weightsGiB.plus(b.gradientsGiB).plus(b.optimizerGiB).plus(b.kvCacheGiB);
}

/** Per-GPU need on `gpus` GPUs. */
export function perGpuGiB(b: MemoryBreakdown, gpus: number, overheadGiBPerGpu: Decimal): Decimal {
  return shardedGiB(b).div(gpus).plus(b.activationsGiB).plus(overheadGiBPerGpu);
}

export function fitOnGpus(
  breakdown: MemoryBreakdown,
  gpus: readonly GpuForFit[],
  assumptions: FitAssumptions,
): FitPlan {
  const rows = gpus.map((g): GpuFit => {
    const usableGiB = g.memoryGiB.times(assumptions.headroom);
    const sizes = [...g.nodeSizes].sort((x, y) => x - y);
    const fitting = sizes.find((n) => perGpuGiB(breakdown, n, assumptions.overheadGiBPerGpu).lte(usableGiB));
    const atGpus = fitting ?? sizes[sizes.length - 1] ?? 1;
    return {
      gpu: g.id,
      name: g.name,
      memoryGiB: g.memoryGiB,
      usableGiB,
      nodeSizes: sizes,
      offered: g.offered,
      gpusNeeded: fitting ?? null,
      perGpuGiB: perGpuGiB(breakdown, atGpus, assumptions.overheadGiBPerGpu),
      atGpus,
    };
  });
  return {
    breakdown,
    assumptions,
    totalGiB: perGpuGiB(breakdown, 1, assumptions.overheadGiBPerGpu),
    gpus: rows,
  };
}
