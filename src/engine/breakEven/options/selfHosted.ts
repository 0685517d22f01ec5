/**
 * Self-hosted: training on the cheapest rented GPU (exact GPU-hours), served on each configuration of the
 * lower envelope.
 */
import type { FineTuneOnDate } from '../../../domain/breakEvenOffers.js';
import type { GpuOfferOnDate, HardwareOnDate, TrainingThroughput } from '../../../domain/hardware.js';
import type { SkipNote } from '../../../domain/notes.js';
import type { PriceOnDate } from '../../../domain/offers.js';
import type { Precision } from '../../../domain/vocabulary.js';
import { Rational } from '../rational.js';
import { d, type Decimal } from '../../../decimal.js';
import type { CostOption } from '../costCurve.js';
import type { CatalogOptionsInputs, SelfHostMethod } from './inputs.js';
import { SECONDS_PER_HOUR, paretoServing, servingConfigs, servingNotes, servingSources } from './serving.js';

function trainingFor(
  hardware: HardwareOnDate,
  gpu: string,
  size: Decimal,
  method: SelfHostMethod,
  precision: Precision,
): TrainingThroughput | undefined {
  return hardware.training
    .filter((t) => t.gpu === gpu && t.method === method && t.precision === precision && t.parametersBillions.gte(size))
    .sort((a, b) => a.parametersBillions.comparedTo(b.parametersBillions) || (a.basis === 'measured' ? -1 : 1))[0];
}

/**
 * Self-hosted: LoRA (or the asked method) training on the cheapest rented GPU, served on each GPU
 * configuration of the lower envelope (one option each: the regimes pick between them by volume),
 * or on the one --gpu pins.
 */
export function selfHostedOptions(
  inputs: CatalogOptionsInputs,
  hardware: HardwareOnDate,
  model: FineTuneOnDate['weights'],
  epochs: number,
  hoursUp: Decimal,
  idOf: (id: string) => string,
): CostOption[] | { skip: SkipNote } {
  const size = model.parametersBillions;
  if (!size) return { skip: { kind: 'closed-weights', model: model.id } };
  const method = inputs.selfHostMethod ?? 'lora';
  const precision = inputs.precision ?? 'bf16';
  const rentals = hardware.rentals;
  if (rentals.length === 0)
    return { skip: inputs.gpu ? { kind: 'no-gpu-rental', gpu: inputs.gpu } : { kind: 'no-gpu-rentals' } };
  const tokens = inputs.dataset.epochTokens(model.encoding, undefined);
  const trainingTokens = d(tokens.billedTokens * BigInt(epochs));
  let training:
    | {
        /** Exact: tokens ÷ (tokens/s × 3600) rarely terminates in base ten. */
        cost: Rational;
        offer: GpuOfferOnDate;
        t: TrainingThroughput;
        price: PriceOnDate;
        hours: Rational;
        billed?: { gpus: number; billedGpuHours: string; jobOverheadMinutes: string };
      }
    | undefined;
  // Sized by the memory model and billed as the rental bills, where the model's architecture is known
  // (the planner of estimate --self-hosted, at BF16 only): the same GPU, node and bill as its rows.
  const planned = precision === 'bf16' ? inputs.selfHostedTrainer?.(model.id, inputs.dataset, epochs) : undefined;
  if (planned && planned.row === null)
    return { skip: { kind: 'self-hosted-training-does-not-fit', model: model.id, method } };
  if (planned?.row) {
    const row = planned.row;
    training = {
      cost: row.trainingCost,
      offer: { provider: row.provider, providerName: row.providerName, gpu: row.gpu, gpuCount: row.gpus },
      t: row.throughput,
      price: row.gpuPerHour,
      hours: row.gpuHours,
      billed: {
        gpus: row.gpus,
        billedGpuHours: row.billedGpuHours.toDecimal().toFixed(),
        jobOverheadMinutes: planned.jobOverheadMinutes,
      },
    };
  }
  for (const offer of planned ? [] : rentals) {
    const price = offer.gpuPerHour;
    const t = trainingFor(hardware, offer.gpu, size, method, precision);
    if (!price || !t) continue;
    // GPU-hours = tokens ÷ (tokens/s × 3600), exactly; the cost is those hours × $/GPU-hour.
    const hours = Rational.from(trainingTokens).div(
      Rational.from(t.tokensPerSecond).times(Rational.from(SECONDS_PER_HOUR)),
    );
    const cost = hours.times(Rational.from(price.amount));
    if (!training || cost.lt(training.cost)) training = { cost, offer, t, price, hours };
  }
  if (!training)
    return { skip: { kind: 'no-training-throughput', precision, method, parametersBillions: size.toFixed() } };
  const needs = inputs.servingMemory;
  const byGpu = needs?.byModel[model.id];
  const memory = needs && byGpu ? { needs, byGpu } : undefined;
  const configs = servingConfigs(hardware, rentals, size, inputs, hoursUp, memory);
  const envelope = paretoServing(configs, hoursUp);
  if (envelope.length === 0) {
    // Configurations there were, by throughput alone: the weights and KV cache are what leaves none.
    if (memory && servingConfigs(hardware, rentals, size, inputs, hoursUp).length > 0)
      return {
        skip: {
          kind: 'serving-does-not-fit',
          model: model.id,
          contextLength: memory.needs.contextLength,
          concurrency: memory.needs.concurrency,
        },
      };
    return { skip: { kind: 'no-serving-throughput', precision, parametersBillions: size.toFixed() } };
  }
  const gpuTaken = new Map<string, number>();
  const unitTaken = new Map<string, number>();
  const unitKey = (s: (typeof envelope)[number]) => `${s.offer.provider}/${s.offer.gpu}`;
  for (const s of envelope) {
    gpuTaken.set(s.offer.gpu, (gpuTaken.get(s.offer.gpu) ?? 0) + 1);
    unitTaken.set(unitKey(s), (unitTaken.get(unitKey(s)) ?? 0) + 1);
  }
  // The id names the provider when two serve on one GPU, and the unit when one provider rents it in two sizes.
  const idOfServing = (s: (typeof envelope)[number]) =>
    `self-hosted/${gpuTaken.get(s.offer.gpu)! > 1 ? `${s.offer.provider}/` : ''}${s.offer.gpu}` +
    (unitTaken.get(unitKey(s))! > 1 ? `/${s.offer.gpuCount}x` : '');
  const t = training;
  return envelope.map((serving) => ({
    id: idOf(idOfServing(serving)),
    name:
      `Self-hosted ${model.id}: ${method} on ${t.offer.providerName} ${t.offer.gpu}, ` +
      `served on ${serving.offer.providerName} ${serving.offer.gpu}`,
    kind: 'self-hosted' as const,
    hourly: serving.hourly,
    hoursPerDay: hoursUp,
    capacityPerDay: serving.capacityPerDay,
    oneTime: t.cost.toDecimal(),
    oneTimeExact: t.cost,
    model: model.id,
    method,
    provider: serving.offer.provider,
    sources: [
      {
        what: `${t.offer.providerName} ${t.offer.gpu} per GPU-hour (training)`,
        source: t.price.entry.source,
        asOf: t.price.entry.asOf,
      },
      { what: `${method} training throughput ${t.offer.gpu}`, source: t.t.source, asOf: t.t.asOf },
      ...servingSources(serving),
    ],
    notes: [
      {
        kind: 'self-hosted-training',
        precision: t.t.precision,
        engine: t.t.engine ?? null,
        trainingTokens: trainingTokens.toFixed(),
        epochs,
        tokensPerEpoch: tokens.billedTokens.toString(),
        tokensPerSecond: t.t.tokensPerSecond.toFixed(),
        basis: t.t.basis,
        throughputForBillions: t.t.parametersBillions.eq(size) ? null : t.t.parametersBillions.toFixed(),
        gpuHours: t.hours.toDecimal().toFixed(),
        perGpuHourUsd: t.price.amount.toFixed(),
        providerName: t.offer.providerName,
        gpu: t.offer.label ?? t.offer.gpu,
        ...(t.billed ? { billed: t.billed } : {}),
      },
      ...servingNotes(serving, inputs, hoursUp),
    ],
  }));
}
