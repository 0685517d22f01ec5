/**
 * Hourly hardware on a date, as the break-even's self-hosted and dedicated-endpoint options compute
 * on it: GPU offers with their per-GPU-hour price in force, and the throughput tables (measured, or
 * derived by src/catalog/throughput.ts). Built by src/resolve/; plain values only.
 */
import type { Decimal } from '../decimal.js';
import type { PriceOnDate } from './offers.js';
import type { Precision } from './vocabulary.js';

/** Where a throughput figure comes from: a benchmark, or a derivation stated in its note. */
interface ThroughputProvenance {
  /** "measured" (a benchmark) or "derived" (peak FLOPs × utilisation / (6 × params)). */
  basis: 'measured' | 'derived';
  source: string;
  asOf: string;
  note?: string;
  /** GPUs the job or model needs at least (memory), or that the measurement used; rates stay per GPU. */
  minGpus?: number;
  /** The shipped catalog, or the --prices file the figure came from. */
  origin?: string;
  /** The precision measured at (or derived for): figures of other precisions never stand in for it. */
  precision: Precision;
  /** The stack and version measured with ("NeMo 24.12", "vLLM 0.5.4"); for derived figures, the rule. */
  engine?: string;
}

/** Sourced (or derived, with the derivation stated) training throughput of one GPU. */
export interface TrainingThroughput extends ThroughputProvenance {
  gpu: string;
  parametersBillions: Decimal;
  method: 'lora' | 'qlora' | 'full';
  tokensPerSecond: Decimal;
}

export interface ServingThroughput extends ThroughputProvenance {
  gpu: string;
  parametersBillions: Decimal;
  /** Aggregate output tokens per second one GPU sustains under batched load. */
  outputTokensPerSecond: Decimal;
}

/**
 * How a rental bills its time (the invoice, not the arithmetic): in increments of `incrementSeconds`
 * per GPU, never less than `minimumSeconds` a run. Sourced like a price.
 */
export interface RentalBilling {
  incrementSeconds: number;
  /** 0: no minimum published beyond one increment. */
  minimumSeconds: number;
  source: string;
  asOf: string;
  sourceKind?: 'official' | 'copy';
  original?: string;
  note?: string;
}

/** A rented GPU unit (or a provider's dedicated endpoint) on the date. */
export interface GpuOfferOnDate {
  provider: string;
  providerName: string;
  /** Catalog GPU id, e.g. "h100-sxm". */
  gpu: string;
  /** GPUs in the rented unit (the price is still per GPU-hour). */
  gpuCount: number;
  /** The provider's own name for the unit ("8x HGX H100"). */
  label?: string;
  /** USD per GPU-hour in force on the date; absent when none is. */
  gpuPerHour?: PriceOnDate;
  /** Billing increment and minimum (the offer's, else its host's); absent when none is published. */
  billing?: RentalBilling;
}

/** The hardware a break-even may self-host or serve on (the --gpu filter applied). */
export interface HardwareOnDate {
  /** On-demand GPU rentals (interruptible capacity is never offered). */
  rentals: GpuOfferOnDate[];
  /** Providers' dedicated endpoints. */
  dedicated: GpuOfferOnDate[];
  training: readonly TrainingThroughput[];
  serving: readonly ServingThroughput[];
}

/**
 * How many GPUs of one kind a replica needs for the model's weights and KV cache (the memory model,
 * src/engine/memory/): the smallest tensor-parallel degree of 1, 2, 4 and 8 whose per-GPU share fits.
 */
export interface ServingMemoryFit {
  /** null: it fits on none, up to 8. */
  gpus: number | null;
  /** Per-GPU need on `gpus` (or on 8 when it fits on none), and what one GPU may fill: GiB, decimal strings. */
  perGpuGiB: string;
  usableGiB: string;
}

/** Serving sized by memory for a context length × concurrent sequences (breakeven --context, --concurrency). */
export interface ServingMemoryNeeds {
  contextLength: number;
  concurrency: number;
  /** Fine-tuned model id → GPU id → what a replica needs; a model with no architecture figures is absent. */
  byModel: Readonly<Record<string, Readonly<Record<string, ServingMemoryFit>>>>;
}
