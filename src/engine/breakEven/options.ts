/**
 * The options of the common-case comparison, built from the catalog resolved for the date
 * (src/resolve/breakEven.ts): the prompted base model, each fine-tuned model on every platform and
 * deployment tier that offers it (per token, or on an hourly deployment), the same fine-tune on a
 * provider's dedicated endpoint, and self-hosted on rented GPUs. Pure: (inputs, offers) → options;
 * training costs come from `estimateFromOffers`, so a break-even and an estimate never disagree.
 *
 * What can be bought decides: an offer that stops serving inside the horizon, cannot be trained on
 * the date, or is not for production is still costed, but marked `excluded` so it is never named
 * cheapest unless the caller includes it. Prompts served from a cache and batch traffic are priced
 * at the catalog's cached and batch rates where it has them (and said so where it has none).
 */
import type { BreakEvenOffers, FineTuneOnDate } from '../../domain/breakEvenOffers.js';
import type { GpuOfferOnDate, HardwareOnDate, ServingThroughput, TrainingThroughput } from '../../domain/hardware.js';
import type { ClosedProvider, ModelOnDate, PriceOnDate, PromptedCandidate } from '../../domain/offers.js';
import type { Precision } from '../../domain/vocabulary.js';
import { dateAfterMonths, monthsBetween } from './months.js';
import { Rational } from './rational.js';
import { d, Decimal, HOURS_PER_DAY, TOKENS_PER_MILLION, ZERO } from '../../decimal.js';
import { UserError } from '../../errors.js';
import type { CostOption, CostSource } from './costCurve.js';
import type { TrainingDataset } from '../training/dataset.js';
import type { EpochsRequest } from '../training/epochs.js';
import { estimateFromOffers, type EstimateRow } from '../training/estimate.js';

const SECONDS_PER_HOUR = d(3600);

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
  /** The GPU id self-hosting and dedicated endpoints were restricted to, if any. */
  gpu?: string;
  /** Include the self-hosted option (default true). */
  selfHosted?: boolean;
  /** Training is repeated every this many months: each retraining inside the horizon must be buyable. */
  retrainEveryMonths?: Decimal;
}

export interface CatalogOptions {
  options: CostOption[];
  baseline: string;
  skipped: { id: string; reason: string }[];
  assumptions: string[];
  notes: string[];
  /** Providers of the fine-tuned models' offers closed to this team on the as-of date. */
  closedToTeam: ClosedProvider[];
}

const perMillion = (price: Decimal, tokens: number) => price.times(tokens).div(TOKENS_PER_MILLION);

/** Per-1M token rates of one way of calling a model (standard, cached prompt, batch). */
interface TokenRates {
  input: Decimal;
  cachedInput?: Decimal;
  batchInput?: Decimal;
  batchOutput?: Decimal;
  output: Decimal;
}

interface QueryTokens {
  input: number;
  /** Of `input`, served from the prompt cache. */
  cached: number;
  output: number;
}

/**
 * USD per query, exactly: uncached prompt tokens at the input rate, cached ones at the cached-input
 * rate, output at the output rate; the batch share of queries at the batch rates (cached tokens stay
 * at the cached rate). Where the catalog has no cached or batch rate, the standard rate is used and
 * a note says so: never a guessed discount.
 */
function perQueryCost(
  rates: TokenRates,
  tokens: QueryTokens,
  batchShare: Decimal,
  who: string,
): { perQuery: Decimal; notes: string[] } {
  const notes: string[] = [];
  const uncached = tokens.input - tokens.cached;
  let cachedRate = rates.cachedInput;
  if (tokens.cached > 0 && !cachedRate) {
    notes.push(
      `${who}: no cached-input rate in the catalog; the ${tokens.cached} cached prompt tokens are priced at the full input rate`,
    );
    cachedRate = rates.input;
  }
  const cachedCost = cachedRate ? perMillion(cachedRate, tokens.cached) : ZERO;
  const standard = perMillion(rates.input, uncached).plus(cachedCost).plus(perMillion(rates.output, tokens.output));
  if (batchShare.isZero()) return { perQuery: standard, notes };
  let batch = standard;
  if (rates.batchInput && rates.batchOutput) {
    batch = perMillion(rates.batchInput, uncached).plus(cachedCost).plus(perMillion(rates.batchOutput, tokens.output));
  } else {
    notes.push(`${who}: no batch rate in the catalog; the batch share is priced at standard rates`);
  }
  return { perQuery: standard.times(ONE.minus(batchShare)).plus(batch.times(batchShare)), notes };
}

const ONE = d(1);

/** The prompted base model: per-query cost at base prices, at the cheapest provider listing them (or the one asked for). */
function promptedOption(
  inputs: CatalogOptionsInputs,
  candidates: readonly PromptedCandidate[],
): { option: CostOption; note?: string } {
  const priced = candidates.map((candidate) => {
    const { baseInputPer1M: input, baseOutputPer1M: output } = candidate.prices;
    const rates: TokenRates = {
      input: input.amount,
      output: output.amount,
      cachedInput: candidate.prices.baseCachedInputPer1M?.amount,
      batchInput: candidate.prices.baseBatchInputPer1M?.amount,
      batchOutput: candidate.prices.baseBatchOutputPer1M?.amount,
    };
    const tokens = {
      input: inputs.baseInputTokens,
      cached: inputs.baseCachedInputTokens ?? 0,
      output: inputs.baseOutputTokens,
    };
    const who = `prompted ${candidate.model} at ${candidate.providerName}`;
    const cost = perQueryCost(rates, tokens, inputs.batchShare ?? ZERO, who);
    return { candidate, input, output, rates, perQuery: cost.perQuery, costNotes: cost.notes };
  });
  priced.sort((a, b) => a.perQuery.comparedTo(b.perQuery) || a.candidate.provider.localeCompare(b.candidate.provider));
  const best = priced[0]!;
  const same = priced.filter((p) => p.perQuery.eq(best.perQuery)).map((p) => p.candidate.providerName);
  const life = promptedDecision(best.candidate, inputs);
  const option: CostOption = {
    ...life.decision,
    id: `prompted/${inputs.baseModel}`,
    name: `${best.candidate.modelName ?? best.candidate.model} prompted (${same.join(', ')})`,
    kind: 'prompted',
    perQuery: best.perQuery,
    provider: best.candidate.provider,
    model: best.candidate.model,
    sources: [
      {
        what: `base input ${best.input.amount.toFixed()}/1M`,
        source: best.input.entry.source,
        asOf: best.input.entry.asOf,
      },
      {
        what: `base output ${best.output.amount.toFixed()}/1M`,
        source: best.output.entry.source,
        asOf: best.output.entry.asOf,
      },
    ],
    notes: [
      `${inputs.baseInputTokens} input${inputs.baseCachedInputTokens ? ` (${inputs.baseCachedInputTokens} of them cached, at ${best.rates.cachedInput?.toFixed() ?? best.input.amount.toFixed()}/1M)` : ''} + ${inputs.baseOutputTokens} output tokens per query at base prices`,
      ...best.costNotes,
      ...life.notes,
    ],
  };
  const dearer = priced.filter((p) => !p.perQuery.eq(best.perQuery));
  const note = dearer.length
    ? `Prompted ${inputs.baseModel} priced at ${same.join(', ')}, the cheapest listing it (also at ${[...new Set(dearer.map((p) => p.candidate.providerName))].join(', ')}); --base-provider picks another.`
    : undefined;
  return { option, note };
}

function offerId(row: EstimateRow): string {
  return [row.provider, row.tier, row.method === 'sft' ? undefined : row.method].filter(Boolean).join('/');
}

function hostedOption(row: EstimateRow, inputs: CatalogOptionsInputs, hoursUp: Decimal): CostOption | { skip: string } {
  const { inputPer1M, outputPer1M, hostingPerHour, storagePerMonth } = row.running;
  const notes: string[] = [];
  if (storagePerMonth)
    notes.push(`storing the fine-tuned model costs ${storagePerMonth.toFixed()} USD a month, used or not`);
  if (!hostingPerHour && (!inputPer1M || !outputPer1M))
    return {
      skip: 'the catalog has no per-token price for serving the fine-tuned model here (a dedicated endpoint may apply)',
    };
  if (hostingPerHour && (!inputPer1M || !outputPer1M))
    notes.push('no per-token price listed: tokens are taken as included in the hourly price');
  const cost = perQueryCost(
    {
      input: inputPer1M ?? ZERO,
      output: outputPer1M ?? ZERO,
      cachedInput: row.running.cachedInputPer1M,
      batchInput: row.running.batchInputPer1M,
      batchOutput: row.running.batchOutputPer1M,
    },
    { input: inputs.inputTokens, cached: inputs.cachedInputTokens ?? 0, output: inputs.outputTokens },
    inputs.batchShare ?? ZERO,
    `fine-tuned ${row.model} at ${row.providerName}${row.tier ? ` ${row.tier}` : ''}`,
  );
  const perQuery = cost.perQuery;
  notes.push(...cost.notes);
  if (hostingPerHour)
    notes.push('one deployment: its capacity is not published, so no replicas are added at high volume');
  notes.push(...row.warnings);
  return {
    id: offerId(row),
    name: `${row.providerName}${row.tier ? ` ${row.tier}` : ''}${row.method === 'sft' ? '' : ` ${row.method}`}: fine-tuned ${row.model}`,
    kind: hostingPerHour ? 'hosted-hourly' : 'hosted-per-token',
    perQuery,
    hourly: hostingPerHour,
    hoursPerDay: hostingPerHour ? hoursUp : undefined,
    monthly: storagePerMonth,
    oneTime: row.trainingCost!,
    provider: row.provider,
    model: row.model,
    method: row.method,
    tier: row.tier,
    sources: [{ what: 'training and running prices', source: row.source, asOf: row.asOf }],
    notes,
  };
}

/**
 * What the catalog says about the offer itself (Azure's Developer tier: spot capacity, no SLA, the
 * deployment removed after 24 hours): a person choosing the cheapest option must see it.
 */
function offerNotes(model: ModelOnDate, row: EstimateRow): string[] {
  const offer = model.offers.find((o) => o.method === row.method && o.tier === row.tier);
  if (!offer) return [];
  const entryNote = (offer.prices.inputPer1M ?? offer.prices.trainingPer1M)?.entry.note;
  return [...new Set([...(entryNote ? [entryNote] : []), ...offer.notes])];
}

/** The serving throughput for a GPU and model size: exact size, else the next larger size listed (slower, so conservative). */
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

interface Serving {
  offer: GpuOfferOnDate;
  price: PriceOnDate;
  throughput: ServingThroughput;
  gpus: number;
  hourly: Decimal;
  /** Queries one replica serves a day at the peak rate (average capacity ÷ peak factor). */
  capacityPerDay: Decimal;
}

/**
 * One serving configuration per GPU offer: a replica is the rented unit (enough whole units for the
 * model's memory). Its capacity counts every token of a query — prompt and output — against the
 * serving throughput (measured in output tokens/s: a prompt token is counted as costly as an output
 * token, which is conservative, since prefill runs faster per token than decoding), over the hours
 * up, divided by the peak factor so that replicas are sized for the busiest hour, not the average.
 */
function servingConfigs(
  hardware: HardwareOnDate,
  offers: readonly GpuOfferOnDate[],
  size: Decimal,
  inputs: CatalogOptionsInputs,
  hoursUp: Decimal,
): Serving[] {
  const tokensPerQuery = inputs.inputTokens + inputs.outputTokens;
  const peak = inputs.peakFactor ?? ONE;
  const out: Serving[] = [];
  for (const offer of offers) {
    const price = offer.gpuPerHour;
    const throughput = servingFor(hardware, offer.gpu, size, inputs.precision ?? 'bf16');
    if (!price || !throughput) continue;
    const need = Math.max(1, throughput.minGpus ?? 1);
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
    out.push({ offer, price, throughput, gpus, hourly, capacityPerDay });
  }
  return out;
}

/** USD per day for q queries on a configuration; at no given volume, the cost per query at scale. */
function servingCost(s: Serving, q: Decimal | null, hoursUp: Decimal): Decimal {
  if (q === null) return s.hourly.times(hoursUp).div(s.capacityPerDay);
  return Decimal.max(1, q.div(s.capacityPerDay).ceil()).times(s.hourly).times(hoursUp);
}

/** The cheapest configuration at the volume (by cost per query at scale when there is none). */
function cheapestServing(configs: readonly Serving[], q: Decimal | null, hoursUp: Decimal): Serving | undefined {
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
function paretoServing(configs: readonly Serving[], hoursUp: Decimal, limit = 4): Serving[] {
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

function servingNotes(s: Serving, inputs: CatalogOptionsInputs, hoursUp: Decimal): string[] {
  const peak = inputs.peakFactor ?? ONE;
  return [
    `serves (${s.throughput.precision}${s.throughput.engine ? `, ${s.throughput.engine}` : ''}) on ${s.offer.providerName} ${s.offer.label ?? s.offer.gpu} (${s.gpus} GPU${s.gpus > 1 ? 's' : ''} a replica at ${s.price.amount.toFixed()}/GPU-hour); ${s.throughput.outputTokensPerSecond.toFixed()} tokens/s per GPU (${s.throughput.basis}) ÷ ${inputs.inputTokens + inputs.outputTokens} tokens a query (prompt + output)${peak.eq(1) ? '' : ` ÷ peak factor ${peak.toFixed()}`} → ${s.capacityPerDay.toFixed()} queries per replica per ${hoursUp.toFixed()}-hour day`,
    ...(s.throughput.note ? [`serving throughput: ${s.throughput.note}`] : []),
  ];
}

function servingSources(s: Serving): CostSource[] {
  return [
    {
      what: `${s.offer.providerName} ${s.offer.gpu} per GPU-hour`,
      source: s.price.entry.source,
      asOf: s.price.entry.asOf,
    },
    { what: `serving throughput ${s.offer.gpu}`, source: s.throughput.source, asOf: s.throughput.asOf },
  ];
}

/**
 * Self-hosted: LoRA (or the asked method) training on the cheapest rented GPU, served on each GPU
 * configuration of the lower envelope (one option each: the regimes pick between them by volume),
 * or on the one --gpu pins.
 */
function selfHostedOptions(
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

/** A provider's dedicated endpoint serving the fine-tune it trained (billed by the hour, idle or not). */
function dedicatedOption(
  row: EstimateRow,
  inputs: CatalogOptionsInputs,
  hardware: HardwareOnDate,
  model: ModelOnDate,
  hoursUp: Decimal,
  idOf: (id: string) => string,
): CostOption | undefined {
  if (!model.parametersBillions) return undefined;
  const offers = hardware.dedicated.filter((o) => o.provider === row.provider);
  const serving = cheapestServing(
    servingConfigs(hardware, offers, model.parametersBillions, inputs, hoursUp),
    inputs.queriesPerDay,
    hoursUp,
  );
  if (!serving) return undefined;
  return {
    id: idOf(`${offerId(row)}/dedicated`),
    name: `${row.providerName} ${row.method}, dedicated ${serving.offer.gpu} endpoint: fine-tuned ${row.model}`,
    kind: 'hosted-hourly',
    hourly: serving.hourly,
    hoursPerDay: hoursUp,
    capacityPerDay: serving.capacityPerDay,
    monthly: row.running.storagePerMonth,
    oneTime: row.trainingCost!,
    provider: row.provider,
    model: row.model,
    method: row.method,
    tier: row.tier,
    sources: [{ what: 'training price', source: row.source, asOf: row.asOf }, ...servingSources(serving)],
    notes: servingNotes(serving, inputs, hoursUp),
  };
}

/** The first day after the horizon that starts on the as-of date (calendar months: src/engine/breakEven/months.ts). */
function horizonEndOf(asOf: string, months: Decimal): string {
  return dateAfterMonths(asOf, Rational.from(months));
}

/**
 * The retraining dates inside the horizon: every `cycle` months after the as-of date, before the
 * horizon ends (the first training is on the as-of date itself).
 */
function retrainingDates(inputs: CatalogOptionsInputs): string[] {
  const cycle = inputs.retrainEveryMonths;
  if (!cycle?.gt(0)) return [];
  const end = horizonEndOf(inputs.asOf, inputs.horizonMonths);
  const out: string[] = [];
  for (let k = 1n; ; k++) {
    const on = dateAfterMonths(inputs.asOf, Rational.from(cycle).times(Rational.of(k)));
    if (on >= end) return out;
    out.push(on);
  }
}

/**
 * The decision rule, one for every option: can this team buy it on the as-of date (its customer
 * status included), keep it serving to the horizon's end, buy every retraining the scenario asks
 * for, and run it in production? Anything else is costed but left out of the decision (unless
 * asked), with the reason in words and the calendar months it has left to pay back in.
 */
function decisionOf(
  row: EstimateRow,
  inputs: CatalogOptionsInputs,
): Pick<CostOption, 'excluded' | 'servingEndsOn' | 'remainingMonths'> {
  const a = row.availability;
  const out: Pick<CostOption, 'excluded' | 'servingEndsOn' | 'remainingMonths'> = {};
  const horizonEnd = horizonEndOf(inputs.asOf, inputs.horizonMonths);
  if (a?.servingEndsOn) {
    out.servingEndsOn = a.servingEndsOn;
    out.remainingMonths = monthsBetween(inputs.asOf, a.servingEndsOn);
  }
  const reasons: string[] = [];
  if (!inputs.includeEnding) {
    const lateRetraining = a?.trainingEndsOn
      ? retrainingDates(inputs).find((on) => on >= a.trainingEndsOn! && on < (a.servingEndsOn ?? '9999-12-31'))
      : undefined;
    if (a && !a.trainable) {
      reasons.push(
        a.closedToTeamOn !== undefined && a.closedToTeamOn <= inputs.asOf
          ? `closed to ${a.customer === 'lapsed' ? 'customers without recent use' : 'new customers'} since ${a.closedToTeamOn}`
          : a.serving
            ? `cannot be trained on ${inputs.asOf} (new training ended ${a.trainingEndsOn})`
            : `shut down on ${a.servingEndsOn}: neither trained nor served on ${inputs.asOf}`,
      );
    } else if (a?.servingEndsOn && a.servingEndsOn < horizonEnd) {
      reasons.push(
        `stops serving on ${a.servingEndsOn}, inside the ${inputs.horizonMonths.toFixed()}-month horizon (to ${horizonEnd})${a.trainingEndsOn && a.trainingEndsOn < a.servingEndsOn ? `; new training ends ${a.trainingEndsOn}` : ''}`,
      );
    } else if (lateRetraining) {
      reasons.push(
        `the retraining due ${lateRetraining} cannot be bought: new training ends ${a!.trainingEndsOn}, inside the ${inputs.horizonMonths.toFixed()}-month horizon`,
      );
    }
  }
  if (!row.production && !inputs.includeNonProduction) reasons.push('not for production (no SLA)');
  if (reasons.length) out.excluded = reasons.join('; ');
  return out;
}

/**
 * The decision rule for the prompted base model: a snapshot that stops serving inside the horizon
 * cannot be prompted for all of it (its successor may cost more), so it is costed but never named
 * cheapest (unless asked), like any other option that ends inside the horizon.
 */
function promptedDecision(
  candidate: PromptedCandidate,
  inputs: CatalogOptionsInputs,
): { notes: string[]; decision: Pick<CostOption, 'excluded' | 'servingEndsOn'> } {
  const a = candidate.availability;
  const end = horizonEndOf(inputs.asOf, inputs.horizonMonths);
  if (!a?.servingEndsOn || a.servingEndsOn >= end) return { notes: [], decision: {} };
  return {
    notes: [
      `the ${candidate.model} snapshot stops serving on ${a.servingEndsOn}, inside the horizon: prompting moves to its successor, whose prices may differ`,
    ],
    decision: {
      servingEndsOn: a.servingEndsOn,
      excluded: inputs.includeEnding
        ? undefined
        : `stops serving on ${a.servingEndsOn}, inside the ${inputs.horizonMonths.toFixed()}-month horizon (to ${end})`,
    },
  };
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
        `${w.option('baseCachedInputTokens')} (${inputs.baseCachedInputTokens}) cannot exceed ${w.option('baseInputTokens')} (${inputs.baseInputTokens})`,
      { option: 'baseCachedInputTokens' },
    );
  if ((inputs.cachedInputTokens ?? 0) > inputs.inputTokens)
    throw new UserError(
      (w) =>
        `${w.option('cachedInputTokens')} (${inputs.cachedInputTokens}) cannot exceed ${w.option('inputTokens')} (${inputs.inputTokens})`,
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
  if (inputs.ftModels.length === 0)
    throw new UserError((w) => `give the model to fine-tune (${w.option('ftModel')})`, { option: 'ftModel' });
}

/**
 * The options on the offers resolved for the inputs' date, team and filters (src/resolve/breakEven.ts).
 * The inputs are checked first (checkOptionsInputs); the offers are read, never changed, so one
 * resolution serves every rebuild (the training set at its bounds, token counts at theirs).
 */
export function optionsOnDate(inputs: CatalogOptionsInputs, offers: BreakEvenOffers): CatalogOptions {
  checkOptionsInputs(inputs);
  const hoursUp = inputs.hoursPerDayUp ?? HOURS_PER_DAY;
  const assumptions: string[] = [];
  const notes: string[] = [];
  const skipped: { id: string; reason: string }[] = [];

  const prompted = promptedOption(inputs, offers.prompted);
  if (prompted.note) notes.push(prompted.note);
  const options: CostOption[] = [prompted.option];
  const closedToTeam: ClosedProvider[] = [];
  const several = offers.fineTunes.length > 1;
  for (const { asked: ftModel, training, weights } of offers.fineTunes) {
    const idOf = (id: string) => (several ? `${ftModel}:${id}` : id);
    // Every offer, the ones that cannot be trained now included: they are shown, marked, left out of the decision.
    const estimate = estimateFromOffers(
      {
        dataset: inputs.dataset,
        epochs: inputs.epochs,
        asOf: inputs.asOf,
        today: inputs.today,
        includeUnavailable: true,
      },
      training,
    );
    for (const c of estimate.closedToTeam) {
      const seen = closedToTeam.find((x) => x.provider === c.provider);
      if (!seen) closedToTeam.push({ ...c });
      else {
        seen.offers += c.offers;
        if (c.since < seen.since) seen.since = c.since;
      }
    }
    const dedicated: CostOption[] = [];
    const dedicatedDone = new Set<string>();
    for (const row of estimate.rows) {
      if (row.trainingCost === null) {
        skipped.push({ id: idOf(offerId(row)), reason: row.missingPrice ?? 'no training price' });
        continue;
      }
      // Already shut down on the date: nothing to buy or run, whatever the caller lets compete.
      if (row.availability && !row.availability.serving) {
        skipped.push({ id: idOf(offerId(row)), reason: `shut down on ${row.availability.servingEndsOn}` });
        continue;
      }
      const model = training.models.find((m) => m.provider === row.provider)!;
      const decision = decisionOf(row, inputs);
      const hosted = hostedOption(row, inputs, hoursUp);
      if ('skip' in hosted) skipped.push({ id: idOf(offerId(row)), reason: hosted.skip });
      else {
        hosted.notes!.push(...offerNotes(model, row));
        options.push({ ...hosted, id: idOf(hosted.id), ...decision });
      }
      // One dedicated-endpoint option per provider, with its cheapest training offer (rows are sorted by training cost).
      if (!dedicatedDone.has(row.provider)) {
        const option = dedicatedOption(row, inputs, offers.hardware, model, hoursUp, idOf);
        if (option) {
          dedicated.push({ ...option, ...decision });
          dedicatedDone.add(row.provider);
        }
      }
      if (row.epochs.basis === 'assumed')
        assumptions.push(
          `${row.epochs.epochs} epoch${row.epochs.epochs === 1 ? '' : 's'} assumed for ${row.providerName} (its default is not published)`,
        );
    }
    options.push(...dedicated);
    if (estimate.rows.length === 0)
      notes.push(
        `No platform in the catalog fine-tunes ${ftModel}${inputs.providers?.length ? ` among ${inputs.providers.join(', ')}` : ''} as of ${inputs.asOf}.`,
      );

    if (inputs.selfHosted !== false) {
      if (weights.parametersBillions) {
        const epochs = inputs.epochs === 'auto' ? (estimate.rows[0]?.epochs.epochs ?? 3) : inputs.epochs;
        if (inputs.epochs === 'auto')
          assumptions.push(
            `self-hosted training of ${weights.id} runs ${epochs} epoch${epochs === 1 ? '' : 's'} (${estimate.rows[0] ? `as ${estimate.rows[0].providerName} would by default` : 'assumed'})`,
          );
        const self = selfHostedOptions(inputs, offers.hardware, weights, epochs, hoursUp, idOf);
        if ('skip' in self) skipped.push({ id: idOf('self-hosted'), reason: self.skip });
        else options.push(...self);
      } else if (!several) {
        skipped.push({
          id: 'self-hosted',
          reason: `${weights.id} has no published parameter count (closed weights): it cannot be self-hosted`,
        });
      }
    }
  }
  if (options.some((o) => o.kind === 'self-hosted' || o.capacityPerDay)) {
    const peak = inputs.peakFactor ?? ONE;
    assumptions.push(
      peak.eq(1)
        ? 'serving capacity: the load is spread evenly over the hours up (peak factor 1); --peak-factor 2 sizes replicas for a busiest hour at twice the average'
        : `serving capacity: replicas are sized for a peak ${peak.toFixed()}× the average load`,
      'serving capacity counts every token of a query (prompt and output) against the measured output-token throughput: conservative, since prefill is faster per token than decoding',
    );
  }
  if ((inputs.baseCachedInputTokens ?? 0) > 0 || (inputs.cachedInputTokens ?? 0) > 0) {
    assumptions.push(
      `prompt caching: ${inputs.baseCachedInputTokens ?? 0} of the prompted model's ${inputs.baseInputTokens} input tokens and ${inputs.cachedInputTokens ?? 0} of the fine-tuned model's ${inputs.inputTokens} are served from the provider's cache, at its cached-input rate`,
    );
  }
  if (inputs.batchShare && !inputs.batchShare.isZero()) {
    // Said only as far as it changes something: the options priced at batch rates, by name.
    const share = `${inputs.batchShare.times(100).toFixed()}% of queries`;
    const batched = options
      .filter((o) => o.perQuery && !(o.notes ?? []).some((n) => n.includes('no batch rate in the catalog')))
      .map((o) => o.id);
    assumptions.push(
      batched.length > 0
        ? `${share} go through a batch API, at batch rates for ${batched.join(', ')} (the others have none in the catalog: standard rates)`
        : `${share} would go through a batch API, but no option here has a batch rate in the catalog: the batch share changes nothing`,
    );
  }
  return {
    options,
    baseline: prompted.option.id,
    skipped,
    assumptions: [...new Set(assumptions)],
    notes,
    closedToTeam,
  };
}
