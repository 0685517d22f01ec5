/**
 * The options of the common-case comparison, built from the catalog: the prompted base model, the
 * fine-tuned model on every platform that offers it (per token, or on an hourly deployment), the same
 * fine-tune on a provider's dedicated endpoint, and self-hosted on rented GPUs. Pure: (inputs, catalog)
 * → options; training costs come from `estimateTraining`, so a break-even and an estimate never disagree.
 */
import type { Catalog, GpuOffer, Model, ServingThroughput, TrainingThroughput } from '../catalog/model.js';
import { findModels, resolveField, unknownModel } from '../catalog/query.js';
import { d, Decimal, HOURS_PER_DAY, TOKENS_PER_MILLION, ZERO } from '../decimal.js';
import { UserError } from '../errors.js';
import type { CostOption, CostSource } from './costCurve.js';
import type { TrainingDataset } from './dataset.js';
import type { EpochsRequest } from './epochs.js';
import { estimateTraining, type EstimateRow } from './estimate.js';

const SECONDS_PER_HOUR = d(3600);

export type SelfHostMethod = 'lora' | 'qlora' | 'full';

export interface CatalogOptionsInputs {
  /** The un-tuned model prompted with a long prompt, e.g. "gpt-4o". */
  baseModel: string;
  /** Price the base model at this provider (default: the cheapest that lists base prices). */
  baseProvider?: string;
  baseInputTokens: number;
  baseOutputTokens: number;
  /** The model fine-tuned, e.g. "gpt-4o-mini". */
  ftModel: string;
  /** Tokens per query of the fine-tuned model (a short prompt: that is the saving). */
  inputTokens: number;
  outputTokens: number;
  dataset: TrainingDataset;
  epochs: EpochsRequest;
  /** Only these providers' fine-tunes (empty: all). */
  providers?: readonly string[];
  asOf: string;
  today: string;
  /** Hours a deployment or a rented GPU is up per day (default 24). */
  hoursPerDayUp?: Decimal;
  /** The volume, used to pick the cheapest GPU to serve on. */
  queriesPerDay: Decimal;
  /** Self-hosted training method (default lora). */
  selfHostMethod?: SelfHostMethod;
  /** Restrict self-hosting and dedicated endpoints to this GPU id. */
  gpu?: string;
  /** Include the self-hosted option (default true). */
  selfHosted?: boolean;
}

export interface CatalogOptions {
  options: CostOption[];
  baseline: string;
  skipped: { id: string; reason: string }[];
  assumptions: string[];
  notes: string[];
}

const perMillion = (price: Decimal, tokens: number) => price.times(tokens).div(TOKENS_PER_MILLION);

/** The prompted base model: per-query cost at base prices, at the cheapest provider listing them (or the one asked for). */
function promptedOption(inputs: CatalogOptionsInputs, catalog: Catalog): { option: CostOption; note?: string } {
  const found = findModels(catalog, inputs.baseModel);
  if (found.length === 0) throw unknownModel(catalog, inputs.baseModel, '--base-model');
  const priced = found
    .filter(({ provider }) => !inputs.baseProvider || provider.id === inputs.baseProvider)
    .flatMap(({ provider, model }) => {
      const input = resolveField(model.basePrices, 'baseInputPer1M', inputs.asOf);
      const output = resolveField(model.basePrices, 'baseOutputPer1M', inputs.asOf);
      if (!input || !output) return [];
      const perQuery = perMillion(input.amount, inputs.baseInputTokens).plus(
        perMillion(output.amount, inputs.baseOutputTokens),
      );
      return [{ provider, model, input, output, perQuery }];
    });
  if (priced.length === 0) {
    const where = inputs.baseProvider ? ` at ${inputs.baseProvider}` : '';
    throw new UserError(
      `--base-model: the catalog has no base (un-tuned) prices for "${inputs.baseModel}"${where} as of ${inputs.asOf}; providers listing the model: ${[...new Set(found.map((f) => f.provider.id))].join(', ')}`,
    );
  }
  priced.sort((a, b) => a.perQuery.comparedTo(b.perQuery) || a.provider.id.localeCompare(b.provider.id));
  const best = priced[0]!;
  const same = priced.filter((p) => p.perQuery.eq(best.perQuery)).map((p) => p.provider.name);
  const option: CostOption = {
    id: `prompted/${inputs.baseModel}`,
    name: `${best.model.name ?? best.model.id} prompted (${same.join(', ')})`,
    kind: 'prompted',
    perQuery: best.perQuery,
    provider: best.provider.id,
    model: best.model.id,
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
    notes: [`${inputs.baseInputTokens} input + ${inputs.baseOutputTokens} output tokens per query at base prices`],
  };
  const dearer = priced.filter((p) => !p.perQuery.eq(best.perQuery));
  const note = dearer.length
    ? `Prompted ${inputs.baseModel} priced at ${same.join(', ')}, the cheapest listing it (also at ${[...new Set(dearer.map((p) => p.provider.name))].join(', ')}); --base-provider picks another.`
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
  const perQuery = perMillion(inputPer1M ?? ZERO, inputs.inputTokens).plus(
    perMillion(outputPer1M ?? ZERO, inputs.outputTokens),
  );
  if (hostingPerHour)
    notes.push('one deployment: its capacity is not published, so no replicas are added at high volume');
  if (row.availability && row.availability.status !== 'available') {
    const a = row.availability;
    notes.push(
      [
        a.status,
        a.trainingEndsOn && `training ends ${a.trainingEndsOn}`,
        a.servingEndsOn && `shuts down ${a.servingEndsOn}`,
      ]
        .filter(Boolean)
        .join('; '),
    );
  }
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
function offerNotes(model: Model, row: EstimateRow, asOf: string): string[] {
  const offer = model.offers.find((o) => o.method === row.method && o.tier === row.tier);
  if (!offer) return [];
  const entryNote = (
    resolveField(offer.prices, 'inputPer1M', asOf) ?? resolveField(offer.prices, 'trainingPer1M', asOf)
  )?.entry.note;
  return [...new Set([...(entryNote ? [entryNote] : []), ...offer.notes])];
}

/** The serving throughput for a GPU and model size: exact size, else the next larger size listed (slower, so conservative). */
function servingFor(catalog: Catalog, gpu: string, size: Decimal): ServingThroughput | undefined {
  return catalog.servingThroughput
    .filter((t) => t.gpu === gpu && t.parametersBillions.gte(size))
    .sort((a, b) => a.parametersBillions.comparedTo(b.parametersBillions) || (a.basis === 'measured' ? -1 : 1))[0];
}

function trainingFor(
  catalog: Catalog,
  gpu: string,
  size: Decimal,
  method: SelfHostMethod,
): TrainingThroughput | undefined {
  return catalog.trainingThroughput
    .filter((t) => t.gpu === gpu && t.method === method && t.parametersBillions.gte(size))
    .sort((a, b) => a.parametersBillions.comparedTo(b.parametersBillions) || (a.basis === 'measured' ? -1 : 1))[0];
}

interface Serving {
  offer: GpuOffer;
  price: { amount: Decimal; entry: { source: string; asOf: string } };
  throughput: ServingThroughput;
  gpus: number;
  hourly: Decimal;
  capacityPerDay: Decimal;
  costPerDay: Decimal;
}

/**
 * The cheapest way to serve the volume on these GPU offers: a replica is the rented unit (enough
 * whole units for the model's memory), serving throughput × GPUs × hours up ÷ output tokens per query
 * (whole queries) a day.
 */
function cheapestServing(
  catalog: Catalog,
  offers: readonly GpuOffer[],
  size: Decimal,
  inputs: CatalogOptionsInputs,
  hoursUp: Decimal,
): Serving | undefined {
  let best: Serving | undefined;
  for (const offer of offers) {
    const price = resolveField(offer.prices, 'gpuPerHour', inputs.asOf);
    const throughput = servingFor(catalog, offer.gpu, size);
    if (!price || !throughput) continue;
    const need = Math.max(1, throughput.minGpus ?? 1);
    const gpus = Math.ceil(need / offer.gpuCount) * offer.gpuCount;
    const hourly = price.amount.times(gpus);
    const capacityPerDay = throughput.outputTokensPerSecond
      .times(gpus)
      .times(SECONDS_PER_HOUR)
      .times(hoursUp)
      .div(inputs.outputTokens)
      .floor();
    if (capacityPerDay.lt(1)) continue;
    const replicas = Decimal.max(1, inputs.queriesPerDay.div(capacityPerDay).ceil());
    const costPerDay = replicas.times(hourly).times(hoursUp);
    if (!best || costPerDay.lt(best.costPerDay) || (costPerDay.eq(best.costPerDay) && hourly.lt(best.hourly))) {
      best = { offer, price, throughput, gpus, hourly, capacityPerDay, costPerDay };
    }
  }
  return best;
}

function servingNotes(s: Serving, outputTokens: number, hoursUp: Decimal): string[] {
  return [
    `serves on ${s.offer.label ?? s.offer.gpu} (${s.gpus} GPU${s.gpus > 1 ? 's' : ''} a replica at ${s.price.amount.toFixed()}/GPU-hour), the cheapest at this volume; ${s.throughput.outputTokensPerSecond.toFixed()} output tokens/s per GPU (${s.throughput.basis}) → ${s.capacityPerDay.toFixed()} queries of ${outputTokens} output tokens per replica per ${hoursUp.toFixed()}-hour day`,
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

/** Self-hosted: LoRA (or the asked method) training on the cheapest rented GPU, serving on the cheapest at the volume. */
function selfHostedOption(
  inputs: CatalogOptionsInputs,
  catalog: Catalog,
  model: Model,
  epochs: number,
  hoursUp: Decimal,
): CostOption | { skip: string } {
  const size = model.parametersBillions;
  if (!size) return { skip: `${model.id} has no published parameter count (closed weights): it cannot be self-hosted` };
  const method = inputs.selfHostMethod ?? 'lora';
  const rentals = catalog.gpuOffers.filter(
    (o) => o.kind === 'gpu-rental' && !o.interruptible && (!inputs.gpu || o.gpu === inputs.gpu),
  );
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
        cost: Decimal;
        offer: GpuOffer;
        t: TrainingThroughput;
        price: { amount: Decimal; entry: { source: string; asOf: string } };
        hours: Decimal;
      }
    | undefined;
  for (const offer of rentals) {
    const price = resolveField(offer.prices, 'gpuPerHour', inputs.asOf);
    const t = trainingFor(catalog, offer.gpu, size, method);
    if (!price || !t) continue;
    const hours = trainingTokens.div(t.tokensPerSecond.times(SECONDS_PER_HOUR)); // GPU-hours
    const cost = hours.times(price.amount);
    if (!training || cost.lt(training.cost)) training = { cost, offer, t, price, hours };
  }
  if (!training)
    return { skip: `no ${method} training throughput for a ${size.toFixed()}B model on a rentable GPU in the catalog` };
  const serving = cheapestServing(catalog, rentals, size, inputs, hoursUp);
  if (!serving)
    return { skip: `no serving throughput for a ${size.toFixed()}B model on a rentable GPU in the catalog` };
  return {
    id: `self-hosted/${serving.offer.gpu}`,
    name: `Self-hosted ${model.id}: ${method} on ${training.offer.providerName} ${training.offer.gpu}, served on ${serving.offer.providerName} ${serving.offer.gpu}`,
    kind: 'self-hosted',
    hourly: serving.hourly,
    hoursPerDay: hoursUp,
    capacityPerDay: serving.capacityPerDay,
    oneTime: training.cost,
    model: model.id,
    method,
    provider: serving.offer.provider,
    sources: [
      {
        what: `${training.offer.providerName} ${training.offer.gpu} per GPU-hour (training)`,
        source: training.price.entry.source,
        asOf: training.price.entry.asOf,
      },
      { what: `${method} training throughput ${training.offer.gpu}`, source: training.t.source, asOf: training.t.asOf },
      ...servingSources(serving),
    ],
    notes: [
      `training: ${trainingTokens.toFixed()} tokens (${epochs} epoch${epochs === 1 ? '' : 's'} × ${tokens.billedTokens} tokens) ÷ ${training.t.tokensPerSecond.toFixed()} tokens/s per GPU (${training.t.basis}${training.t.parametersBillions.eq(size) ? '' : `, for ${training.t.parametersBillions.toFixed()}B`}) = ${training.hours.toSignificantDigits(4).toFixed()} GPU-hours × ${training.price.amount.toFixed()}/GPU-hour on ${training.offer.providerName} ${training.offer.label ?? training.offer.gpu}, billed by the second; setup and idle time not included`,
      ...servingNotes(serving, inputs.outputTokens, hoursUp),
    ],
  };
}

/** A provider's dedicated endpoint serving the fine-tune it trained (billed by the hour, idle or not). */
function dedicatedOption(
  row: EstimateRow,
  inputs: CatalogOptionsInputs,
  catalog: Catalog,
  model: Model,
  hoursUp: Decimal,
): CostOption | undefined {
  if (!model.parametersBillions) return undefined;
  const offers = catalog.gpuOffers.filter(
    (o) => o.kind === 'dedicated-endpoint' && o.provider === row.provider && (!inputs.gpu || o.gpu === inputs.gpu),
  );
  const serving = cheapestServing(catalog, offers, model.parametersBillions, inputs, hoursUp);
  if (!serving) return undefined;
  return {
    id: `${offerId(row)}/dedicated`,
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
    notes: servingNotes(serving, inputs.outputTokens, hoursUp),
  };
}

export function optionsFromCatalog(inputs: CatalogOptionsInputs, catalog: Catalog): CatalogOptions {
  for (const [flag, v] of [
    ['base-input-tokens', inputs.baseInputTokens],
    ['base-output-tokens', inputs.baseOutputTokens],
    ['input-tokens', inputs.inputTokens],
    ['output-tokens', inputs.outputTokens],
  ] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw new UserError(`--${flag} must be a whole number of tokens, got ${v}`);
  }
  if (inputs.outputTokens < 1)
    throw new UserError('--output-tokens must be at least 1 (serving capacity is counted in output tokens)');
  const hoursUp = inputs.hoursPerDayUp ?? HOURS_PER_DAY;
  const assumptions: string[] = [];
  const notes: string[] = [];
  const skipped: { id: string; reason: string }[] = [];

  const prompted = promptedOption(inputs, catalog);
  if (prompted.note) notes.push(prompted.note);
  const ftModels = findModels(catalog, inputs.ftModel);
  if (ftModels.length === 0) throw unknownModel(catalog, inputs.ftModel, '--ft-model');

  const estimate = estimateTraining(
    {
      dataset: inputs.dataset,
      epochs: inputs.epochs,
      models: [inputs.ftModel],
      providers: inputs.providers,
      asOf: inputs.asOf,
      today: inputs.today,
    },
    catalog,
  );
  if (estimate.hiddenUnavailable > 0)
    notes.push(`${estimate.hiddenUnavailable} offer(s) of ${inputs.ftModel} retired on ${inputs.asOf} left out.`);
  const options: CostOption[] = [prompted.option];
  const dedicated: CostOption[] = [];
  const dedicatedDone = new Set<string>();
  for (const row of estimate.rows) {
    if (row.trainingCost === null) {
      skipped.push({ id: offerId(row), reason: row.missingPrice ?? 'no training price' });
      continue;
    }
    const model = ftModels.find((m) => m.provider.id === row.provider)!.model;
    const hosted = hostedOption(row, inputs, hoursUp);
    if (!('skip' in hosted)) hosted.notes!.push(...offerNotes(model, row, inputs.asOf));
    if ('skip' in hosted) skipped.push({ id: offerId(row), reason: hosted.skip });
    else options.push(hosted);
    // One dedicated-endpoint option per provider, with its cheapest training offer (rows are sorted by training cost).
    if (!dedicatedDone.has(row.provider)) {
      const option = dedicatedOption(row, inputs, catalog, model, hoursUp);
      if (option) {
        dedicated.push(option);
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
      `No platform in the catalog fine-tunes ${inputs.ftModel}${inputs.providers?.length ? ` among ${inputs.providers.join(', ')}` : ''} as of ${inputs.asOf}.`,
    );

  if (inputs.selfHosted !== false) {
    const model = ftModels.find((m) => m.model.parametersBillions)?.model ?? ftModels[0]!.model;
    const epochs = inputs.epochs === 'auto' ? (estimate.rows[0]?.epochs.epochs ?? 3) : inputs.epochs;
    if (inputs.epochs === 'auto')
      assumptions.push(
        `self-hosted training runs ${epochs} epoch${epochs === 1 ? '' : 's'} (${estimate.rows[0] ? `as ${estimate.rows[0].providerName} would by default` : 'assumed'})`,
      );
    const self = selfHostedOption(inputs, catalog, model, epochs, hoursUp);
    if ('skip' in self) skipped.push({ id: 'self-hosted', reason: self.skip });
    else options.push(self);
  }
  return { options, baseline: prompted.option.id, skipped, assumptions: [...new Set(assumptions)], notes };
}
