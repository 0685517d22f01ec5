/**
 * Self-hosted: training on the cheapest rented GPU (exact GPU-hours), served on each configuration of the lower envelope.
 */
import type { FineTuneOnDate } from '../../../domain/breakEvenOffers.js';
import type { GpuOfferOnDate, HardwareOnDate, TrainingThroughput } from '../../../domain/hardware.js';
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
): CostOption[] | { skip: string } {
  const size = model.parametersBillions;
  if (!size) return { skip: `${model.id} has no published parameter count (closed weights): it cannot be self-hosted` };
  const method = inputs.selfHostMethod ?? 'lora';
  const rentals = hardware.rentals;
  if (rentals.length === 0)
    return {
      skip: inputs.gpu
        ? `no on-demand rental of GPU "${inputs.gpu}" in the catalog`
        : 'the catalog has no GPU rental prices',
    };
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
      }
    | undefined;
  for (const offer of rentals) {
    const price = offer.gpuPerHour;
    const t = trainingFor(hardware, offer.gpu, size, method, inputs.precision ?? 'bf16');
    if (!price || !t) continue;
    // GPU-hours = tokens ÷ (tokens/s × 3600), exactly; the cost is those hours × $/GPU-hour.
    const hours = Rational.from(trainingTokens).div(
      Rational.from(t.tokensPerSecond).times(Rational.from(SECONDS_PER_HOUR)),
    );
    const cost = hours.times(Rational.from(price.amount));
    if (!training || cost.lt(training.cost)) training = { cost, offer, t, price, hours };
  }
  if (!training)
    return {
      skip: `no ${inputs.precision ?? 'bf16'} ${method} training throughput for a ${size.toFixed()}B model on a rentable GPU in the catalog`,
    };
  const configs = servingConfigs(hardware, rentals, size, inputs, hoursUp);
  const envelope = paretoServing(configs, hoursUp);
  if (envelope.length === 0)
    return {
      skip: `no ${inputs.precision ?? 'bf16'} serving throughput for a ${size.toFixed()}B model on a rentable GPU in the catalog`,
    };
  const gpuTaken = new Map<string, number>();
  for (const s of envelope) gpuTaken.set(s.offer.gpu, (gpuTaken.get(s.offer.gpu) ?? 0) + 1);
  const t = training;
  return envelope.map((serving) => ({
    id: idOf(
      `self-hosted/${gpuTaken.get(serving.offer.gpu)! > 1 ? `${serving.offer.provider}/` : ''}${serving.offer.gpu}`,
    ),
    name: `Self-hosted ${model.id}: ${method} on ${t.offer.providerName} ${t.offer.gpu}, served on ${serving.offer.providerName} ${serving.offer.gpu}`,
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
      `training (${t.t.precision}${t.t.engine ? `, ${t.t.engine}` : ''}): ${trainingTokens.toFixed()} tokens (${epochs} epoch${epochs === 1 ? '' : 's'} × ${tokens.billedTokens} tokens) ÷ ${t.t.tokensPerSecond.toFixed()} tokens/s per GPU (${t.t.basis}${t.t.parametersBillions.eq(size) ? '' : `, for ${t.t.parametersBillions.toFixed()}B`}) = ${t.hours.toDecimal().toSignificantDigits(4).toFixed()} GPU-hours × ${t.price.amount.toFixed()}/GPU-hour on ${t.offer.providerName} ${t.offer.label ?? t.offer.gpu}, billed by the second; setup and idle time not included`,
      ...servingNotes(serving, inputs, hoursUp),
    ],
  }));
}
