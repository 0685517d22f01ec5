/**
 * Serving on rented or dedicated GPUs: configurations (whole units for the model's memory), their capacity and
 * cost, and the lower envelope the regimes choose from.
 */
import type {
  GpuOfferOnDate,
  HardwareOnDate,
  ServingMemoryFit,
  ServingMemoryNeeds,
  ServingThroughput,
} from '../../../domain/hardware.js';
import type { OptionNote } from '../../../domain/notes.js';
import type { PriceOnDate } from '../../../domain/offers.js';
import type { Precision } from '../../../domain/vocabulary.js';
import { d, Decimal } from '../../../decimal.js';
import type { CostSource } from '../costCurve.js';
import type { CatalogOptionsInputs } from './inputs.js';
import { ONE } from './perQuery.js';

export const SECONDS_PER_HOUR = d(3600);

/**
 * The serving throughput for a GPU and model size: exact size, else the next larger size listed
 * (slower, so conservative).
 */
function servingFor(
  hardware: HardwareOnDate,
  gpu: string,
  size: Decimal,
  precision: Precision,
): ServingThroughput | undefined {
  return hardware.serving
    .filter((t) => t.gpu === gpu && t.precision === precision && t.parametersBillions.gte(size))
    .sort((a, b) => a.parametersBillions.comparedTo(b.parametersBillions) || (a.basis === 'measured' ? -1 : 1))[0];
}

export interface Serving {
  offer: GpuOfferOnDate;
  price: PriceOnDate;
  throughput: ServingThroughput;
  gpus: number;
  hourly: Decimal;
  /** Queries one replica serves a day at the peak rate (average capacity ÷ peak factor). */
  capacityPerDay: Decimal;
  /** Sized by memory too (--context): its need on this GPU, and whether it set the GPUs. */
  memory?: { fit: ServingMemoryFit & { gpus: number }; bound: 'memory' | 'throughput' };
}

/** A model's memory needs per GPU, with the context and concurrency they are for (self-hosted serving). */
export interface ServingMemoryOfModel {
  needs: ServingMemoryNeeds;
  byGpu: Readonly<Record<string, ServingMemoryFit>>;
}

/**
 * One serving configuration per GPU offer: a replica is the rented unit (enough whole units for the
 * model's memory). Its capacity counts every token of a query — prompt and output — against the
 * serving throughput (measured in output tokens/s: a prompt token is counted as costly as an output
 * token, which is conservative, since prefill runs faster per token than decoding), over the hours
 * up, divided by the peak factor so that replicas are sized for the busiest hour, not the average.
 * With `memory` (self-hosted, --context): a replica takes at least the GPUs its weights and KV cache
 * need, and a GPU they fit on none of is left out.
 */
export function servingConfigs(
  hardware: HardwareOnDate,
  offers: readonly GpuOfferOnDate[],
  size: Decimal,
  inputs: CatalogOptionsInputs,
  hoursUp: Decimal,
  memory?: ServingMemoryOfModel,
): Serving[] {
  const tokensPerQuery = inputs.inputTokens + inputs.outputTokens;
  const peak = inputs.peakFactor ?? ONE;
  const out: Serving[] = [];
  for (const offer of offers) {
    const price = offer.gpuPerHour;
    const throughput = servingFor(hardware, offer.gpu, size, inputs.precision ?? 'bf16');
    if (!price || !throughput) continue;
    const fit = memory?.byGpu[offer.gpu];
    // No GPU count up to 8 holds the weights and the KV cache: not a configuration.
    if (fit && fit.gpus === null) continue;
    const byThroughput = Math.max(1, throughput.minGpus ?? 1);
    const need = Math.max(byThroughput, fit?.gpus ?? 1);
    const gpus = Math.ceil(need / offer.gpuCount) * offer.gpuCount;
    const hourly = price.amount.times(gpus);
    const capacityPerDay = throughput.outputTokensPerSecond
      .times(gpus)
      .times(SECONDS_PER_HOUR)
      .times(hoursUp)
      .div(tokensPerQuery)
      .div(peak)
      .floor();
    if (capacityPerDay.lt(1)) continue;
    const sized =
      fit && fit.gpus !== null
        ? {
            memory: {
              fit: { ...fit, gpus: fit.gpus },
              // Memory bounds the replica when the throughput figure and the unit alone would have taken fewer GPUs.
              bound: Math.ceil(byThroughput / offer.gpuCount) * offer.gpuCount < gpus ? 'memory' : 'throughput',
            } as const,
          }
        : {};
    out.push({ offer, price, throughput, gpus, hourly, capacityPerDay, ...sized });
  }
  return out;
}

/** USD per day for q queries on a configuration; at no given volume, the cost per query at scale. */
function servingCost(s: Serving, q: Decimal | null, hoursUp: Decimal): Decimal {
  if (q === null) return s.hourly.times(hoursUp).div(s.capacityPerDay);
  return Decimal.max(1, q.div(s.capacityPerDay).ceil()).times(s.hourly).times(hoursUp);
}

/** The cheapest configuration at the volume (by cost per query at scale when there is none). */
export function cheapestServing(configs: readonly Serving[], q: Decimal | null, hoursUp: Decimal): Serving | undefined {
  let best: Serving | undefined;
  for (const s of configs) {
    if (!best) best = s;
    else {
      const c = servingCost(s, q, hoursUp).comparedTo(servingCost(best, q, hoursUp));
      if (c < 0 || (c === 0 && s.hourly.lt(best.hourly))) best = s;
    }
  }
  return best;
}

/**
 * The configurations worth offering for self-hosting at any volume: those no other beats on both
 * counts (a replica no dearer, serving no fewer queries). The regimes then take the cheapest at
 * each volume from these — the lower envelope — instead of extrapolating the one picked at the
 * volume asked about. At most `limit`, the cheapest per query at scale first.
 */
export function paretoServing(configs: readonly Serving[], hoursUp: Decimal, limit = 4): Serving[] {
  const kept = configs.filter(
    (a) =>
      !configs.some(
        (b) =>
          b !== a &&
          b.hourly.lte(a.hourly) &&
          b.capacityPerDay.gte(a.capacityPerDay) &&
          (b.hourly.lt(a.hourly) || b.capacityPerDay.gt(a.capacityPerDay) || configs.indexOf(b) < configs.indexOf(a)),
      ),
  );
  return kept
    .sort(
      (a, b) =>
        servingCost(a, null, hoursUp).comparedTo(servingCost(b, null, hoursUp)) || a.hourly.comparedTo(b.hourly),
    )
    .slice(0, limit);
}

export function servingNotes(s: Serving, inputs: CatalogOptionsInputs, hoursUp: Decimal): OptionNote[] {
  const peak = inputs.peakFactor ?? ONE;
  return [
    {
      kind: 'serving',
      precision: s.throughput.precision,
      engine: s.throughput.engine ?? null,
      providerName: s.offer.providerName,
      gpu: s.offer.label ?? s.offer.gpu,
      gpus: s.gpus,
      perGpuHourUsd: s.price.amount.toFixed(),
      tokensPerSecond: s.throughput.outputTokensPerSecond.toFixed(),
      basis: s.throughput.basis,
      tokensPerQuery: inputs.inputTokens + inputs.outputTokens,
      peakFactor: peak.eq(1) ? null : peak.toFixed(),
      queriesPerReplica: s.capacityPerDay.toFixed(),
      hoursPerDay: hoursUp.toFixed(),
      ...(s.memory && inputs.servingMemory
        ? {
            memory: {
              contextLength: inputs.servingMemory.contextLength,
              concurrency: inputs.servingMemory.concurrency,
              gpusForMemory: s.memory.fit.gpus,
              perGpuGiB: s.memory.fit.perGpuGiB,
              bound: s.memory.bound,
            },
          }
        : {}),
    },
    ...(s.throughput.note ? [{ kind: 'serving-throughput-note', text: s.throughput.note } as const] : []),
  ];
}

export function servingSources(s: Serving): CostSource[] {
  return [
    {
      what: `${s.offer.providerName} ${s.offer.gpu} per GPU-hour`,
      source: s.price.entry.source,
      asOf: s.price.entry.asOf,
    },
    { what: `serving throughput ${s.offer.gpu}`, source: s.throughput.source, asOf: s.throughput.asOf },
  ];
}
