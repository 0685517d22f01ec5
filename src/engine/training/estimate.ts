/**
 * The training-cost estimate: for every offer in the catalog that matches the filters, the tokens a
 * job bills and what they cost, as of a date. Pure: (inputs, catalog) → Estimate; no I/O, no
 * printing, no clock (the caller passes `today`).
 */
import { SUPERVISED_METHODS, type Method, type SourceKind } from '../../domain/vocabulary.js';
import type { Availability } from '../../domain/lifecycle.js';
import type { Catalog, Model, Offer, PriceEntry, Provider } from '../../catalog/model.js';
import {
  availabilityOn,
  type ClosedProvider,
  type Customers,
  checkNames,
  closedToTeam,
  resolveField,
  selectModels,
  unpublishedOn,
} from '../../catalog/query.js';
import { daysBetween } from '../../domain/dates.js';
import { RUNNING_PRICE_FIELDS, type RunningPriceField } from '../../domain/priceKinds.js';
import { d, HOURS_PER_MONTH, TOKENS_PER_MILLION, type Decimal } from '../../decimal.js';
import { UserError } from '../../errors.js';
import { charge, sumCharges, type Charge } from './charges.js';
import type { EpochTokens, TrainingDataset } from './dataset.js';
import { resolveEpochs, type EpochsRequest, type ResolvedEpochs } from './epochs.js';
import { rowRange, type MoneyRange, type RangeContribution, type RangeSpec } from './range.js';

export interface EstimateInputs {
  dataset: TrainingDataset;
  epochs: EpochsRequest;
  /** Model ids or aliases; empty or absent: every model. */
  models?: readonly string[];
  /** Provider ids; empty or absent: every provider. */
  providers?: readonly string[];
  /** Methods to price; absent: supervised fine-tuning (sft, sft-lora, sft-full). */
  methods?: readonly Method[];
  /** Price with what was in force on this date (YYYY-MM-DD). */
  asOf: string;
  /** The day of the estimate, for staleness (YYYY-MM-DD). */
  today: string;
  /** Evaluations over the validation set, where a provider bills them (Together). Default 0. */
  evaluations?: number;
  /** Show offers that cannot be trained on the as-of date (training ended, shut down, or closed to this team). */
  includeUnavailable?: boolean;
  /** What the team is to each provider (absent: a new customer everywhere). */
  customers?: Customers;
  /**
   * Hours of training, for offers billed per training hour (reinforcement fine-tuning). Without
   * it those rows are priced "n/a": the hours a job takes do not follow from its tokens.
   */
  trainingHours?: Decimal;
  /** Give every priced row a { low, expected, high } band from these sources of uncertainty (range.ts). */
  range?: RangeSpec;
}

/** How an offer bills its training: by tokens × epochs, or by hours of training (RFT). */
export type TrainingBilling = 'per-token' | 'per-hour' | 'not-published';

export interface EstimateRow {
  provider: string;
  providerName: string;
  model: string;
  modelName?: string;
  method: Method;
  tier?: string;
  epochs: ResolvedEpochs;
  tokens: EpochTokens;
  trainingTokens: bigint;
  /** The per-1M training price in force, or null where the offer has none (priced per hour, or unpublished). */
  trainingPer1M: Decimal | null;
  /** The per-training-hour price in force, for offers billed by hours (RFT). */
  trainingPerHour: Decimal | null;
  /** Null when the offer cannot be priced from tokens (see `missingPrice`). */
  trainingCost: Decimal | null;
  missingPrice?: string;
  charges: Charge[];
  currency: 'USD';
  source: string;
  asOf: string;
  /** The price's asOf is older than the catalog's staleness limit on `today`. */
  stale: boolean;
  ageDays: number;
  /** The offer's life on the as-of date (undefined where the catalog records no lifecycle event). */
  availability?: Availability;
  billing: TrainingBilling;
  /** false: the provider says the offer is not for production (no SLA; Azure's Developer tier). */
  production: boolean;
  /** For per-hour billing: the hours priced (null when not given). */
  trainingHours: Decimal | null;
  /** `official` (the provider's page) or `copy` (read from a third party's copy of it). */
  sourceKind: SourceKind;
  /** For a copy: the provider page it copies. */
  original?: string;
  /** The price's effectiveFrom is only when it was first seen (since when it applies is unknown). */
  effectiveFromFirstSeen: boolean;
  /** Prices of running the fine-tuned model (the break-even command uses them in full). */
  running: RunningPrices;
  warnings: string[];
  /** With `range`: the training cost's band (undefined without `range` or without a cost). */
  trainingCostRange?: MoneyRange;
  /** With `range`: each source of uncertainty that applies to this row, and the cost at its bounds. */
  rangeContributions?: RangeContribution[];
}

/** Prices of running the fine-tuned model: every running price kind of the catalog (src/domain/priceKinds.ts), where published. */
type RunningPrices = { [F in RunningPriceField]?: Decimal } & {
  /** hostingPerHour × HOURS_PER_MONTH (730 h): what a deployment costs a month, called or not. */
  hostingPerMonth?: Decimal;
};

export interface Estimate {
  catalog: { version: string; schemaVersion: number };
  asOf: string;
  today: string;
  /** The catalog's staleness limit: a row is stale when its price was checked more than this many days before `today`. */
  staleAfterDays: number;
  dataset: { kind: TrainingDataset['kind']; examples: number };
  rows: EstimateRow[];
  /** Offers left out because they cannot be trained on the as-of date (training ended, or shut down). */
  hiddenUnavailable: number;
  /** Providers of the selection closed to this team on the as-of date (what the footer says). */
  closedToTeam: ClosedProvider[];
  /**
   * Offers with no price known on the as-of date because their earliest price was only first seen
   * later (a copy's capture date): not "did not exist", but "not known". Earliest first-seen date each.
   */
  notKnownBefore: { provider: string; model: string; method: Method; tier?: string; firstSeen: string }[];
}

function priceOffer(
  provider: Provider,
  model: Model,
  offer: Offer,
  inputs: EstimateInputs,
  staleAfterDays: number,
): EstimateRow | undefined {
  const training = resolveField(offer.prices, 'trainingPer1M', inputs.asOf);
  const hourly = resolveField(offer.prices, 'trainingPerHour', inputs.asOf);
  // An offer whose training price the provider does not publish (catalog `notPublished`) still gets
  // a row, priced "n/a" and saying why, rather than vanishing or being guessed.
  const unpublished =
    training || hourly
      ? undefined
      : unpublishedOn(offer.prices, inputs.asOf).find((e) => e.notPublished!.includes('trainingPer1M'));
  const anyEntry = training?.entry ?? hourly?.entry ?? unpublished;
  if (!anyEntry) return undefined; // no price in force on the as-of date (see notKnownBefore)
  const epochs = resolveEpochs(inputs.epochs, model.defaultEpochs ?? provider.defaultEpochs, inputs.dataset.examples);
  const cap = model.limits?.maxTokensPerExample;
  const tokens = inputs.dataset.epochTokens(model.encoding, cap);
  const trainingTokens = tokens.billedTokens * BigInt(epochs.epochs);
  const warnings: string[] = [];
  const appliedCap = tokens.cap ?? cap;
  if (tokens.truncatedExamples > 0 && appliedCap !== undefined) {
    warnings.push(
      `${tokens.truncatedExamples} example(s) exceed the ${appliedCap}-token limit per example and are billed (and trained) truncated`,
    );
  }
  const charges: Charge[] = [];
  let missingPrice: string | undefined;
  let billing: TrainingBilling = 'per-token';
  if (training) {
    const { amount: per1M, entry } = training;
    charges.push(
      charge(
        'training tokens',
        '1M tokens',
        d(trainingTokens).div(TOKENS_PER_MILLION),
        per1M,
        entry.source,
        entry.asOf,
      ),
    );
    const validation = inputs.dataset.validationTokens?.(model.encoding, cap);
    const evaluations = inputs.evaluations ?? 0;
    if (validation && evaluations > 0 && (entry as PriceEntry).billsValidationTokens) {
      const validationTokens = validation.billedTokens * BigInt(evaluations);
      charges.push(
        charge(
          'validation tokens',
          '1M tokens',
          d(validationTokens).div(TOKENS_PER_MILLION),
          per1M,
          entry.source,
          entry.asOf,
        ),
      );
    }
    const minimum = resolveField(offer.prices, 'minimumChargePerJob', inputs.asOf);
    if (minimum) {
      const subtotal = sumCharges(charges);
      if (subtotal.lt(minimum.amount)) {
        charges.push(
          charge(
            'minimum charge top-up',
            'job',
            d(1),
            minimum.amount.minus(subtotal),
            minimum.entry.source,
            minimum.entry.asOf,
          ),
        );
        warnings.push(
          `${provider.id}/${model.id} ${offer.method}: the job is below the ${minimum.amount.toFixed()} USD minimum charge and is billed the minimum`,
        );
      }
    }
  } else if (hourly) {
    billing = 'per-hour';
    if (inputs.trainingHours === undefined) {
      missingPrice = 'billed per training hour; give the hours (--training-hours) to price it';
    } else {
      const { amount: perHour, entry } = hourly;
      charges.push(charge('training hours', 'hour', inputs.trainingHours, perHour, entry.source, entry.asOf));
      // Azure pauses an RFT job at its per-job cap: the bill never exceeds it.
      const cap = resolveField(offer.prices, 'maximumChargePerJob', inputs.asOf);
      const subtotal = sumCharges(charges);
      if (cap && subtotal.gt(cap.amount)) {
        charges.push(
          charge(
            'per-job cap (the job pauses there)',
            'job',
            d(1),
            cap.amount.minus(subtotal),
            cap.entry.source,
            cap.entry.asOf,
          ),
        );
        warnings.push(
          `${inputs.trainingHours.toFixed()} hours × ${perHour.toFixed()} USD exceeds the ${cap.amount.toFixed()} USD per-job cap: the job pauses at the cap`,
        );
      }
    }
  } else {
    billing = 'not-published';
    missingPrice = `training price not published in the sources read for ${provider.name}`;
    const minimum = resolveField(offer.prices, 'minimumChargePerJob', inputs.asOf);
    if (minimum)
      warnings.push(
        `${provider.name} charges at least ${minimum.amount.toFixed()} USD per job; the per-token price is not published`,
      );
  }
  // The provider's, the model's and the offer's own lifecycle (OpenAI's provider-wide end of new training jobs counts).
  const availability = availabilityOn(provider, model, offer, inputs.asOf, inputs.customers);
  const running = runningPrices(offer, inputs.asOf);
  const priced = training?.entry ?? anyEntry;
  const ageDays = daysBetween(priced.asOf, inputs.today);
  return {
    provider: provider.id,
    providerName: provider.name,
    model: model.id,
    modelName: model.name,
    method: offer.method,
    tier: offer.tier,
    epochs,
    tokens,
    trainingTokens,
    trainingPer1M: training?.amount ?? null,
    trainingPerHour: training ? null : (hourly?.amount ?? null),
    trainingCost: charges.length > 0 ? sumCharges(charges) : null,
    missingPrice,
    billing,
    production: offer.production,
    trainingHours: billing === 'per-hour' ? (inputs.trainingHours ?? null) : null,
    sourceKind: priced.sourceKind ?? 'official',
    original: priced.original,
    effectiveFromFirstSeen: priced.effectiveFromBasis === 'first-seen',
    charges,
    currency: 'USD',
    source: priced.source,
    asOf: priced.asOf,
    stale: ageDays > staleAfterDays,
    ageDays,
    availability,
    running,
    warnings,
  };
}

/** What running the fine-tuned model costs on this offer, as of the date (each field where published). */
function runningPrices(offer: Offer, asOf: string): RunningPrices {
  const running: RunningPrices = {};
  for (const field of RUNNING_PRICE_FIELDS) {
    const amount = resolveField(offer.prices, field, asOf)?.amount;
    if (amount) running[field] = amount;
  }
  if (running.hostingPerHour) running.hostingPerMonth = running.hostingPerHour.times(HOURS_PER_MONTH);
  return running;
}

/**
 * Cheapest first; rows without a cost last; ties in id order, case-insensitive. The tie-break
 * compares lower-cased code units, not `localeCompare`: that builds an ICU collator on every call
 * (11 ms of a 240 ms CLI start), and its order would follow the host's locale. For these ids
 * (ASCII letters, digits, `-./_`) the two orders agree.
 */
function compareRows(a: EstimateRow, b: EstimateRow, keys: Map<EstimateRow, string>): number {
  if (a.trainingCost && b.trainingCost) {
    const byCost = a.trainingCost.comparedTo(b.trainingCost);
    if (byCost !== 0) return byCost;
  } else if (a.trainingCost !== b.trainingCost) {
    return a.trainingCost ? -1 : 1;
  }
  const ka = keys.get(a) ?? '';
  const kb = keys.get(b) ?? '';
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function sortRows(rows: EstimateRow[]): void {
  const keys = new Map(rows.map((r) => [r, `${r.provider}/${r.model}/${r.method}/${r.tier ?? ''}`.toLowerCase()]));
  rows.sort((a, b) => compareRows(a, b, keys));
}

export function estimateTraining(inputs: EstimateInputs, catalog: Catalog): Estimate {
  if (inputs.epochs !== 'auto' && (!Number.isSafeInteger(inputs.epochs) || inputs.epochs < 1)) {
    throw new UserError(`epochs must be a whole number of at least 1, or "auto" (got ${inputs.epochs})`);
  }
  checkNames(catalog, inputs);
  const wanted = inputs.methods && inputs.methods.length > 0 ? inputs.methods : SUPERVISED_METHODS;
  const rows: EstimateRow[] = [];
  const notKnownBefore: Estimate['notKnownBefore'] = [];
  let hiddenUnavailable = 0;
  for (const { provider, model } of selectModels(catalog, inputs)) {
    for (const offer of model.offers) {
      if (!wanted.some((m) => methodMatches(offer.method, m))) continue;
      const row = priceOffer(provider, model, offer, inputs, catalog.meta.staleAfterDays);
      if (row && inputs.range && row.trainingCost) {
        const expected = row.trainingCost;
        const { range, contributions } = rowRange(inputs.range, {
          expected,
          epochs: row.epochs,
          sourceKind: row.sourceKind,
          rejectedFigures: model.rejected?.length ?? 0,
          costWith: (dataset, epochs) =>
            priceOffer(
              provider,
              model,
              offer,
              { ...inputs, dataset: dataset ?? inputs.dataset, epochs: epochs ?? row.epochs.epochs },
              catalog.meta.staleAfterDays,
            )?.trainingCost ?? expected,
        });
        row.trainingCostRange = range;
        row.rangeContributions = contributions;
      }
      if (!row) {
        const firstSeen = firstSeenAfter(offer, inputs.asOf);
        if (firstSeen)
          notKnownBefore.push({
            provider: provider.id,
            model: model.id,
            method: offer.method,
            tier: offer.tier,
            firstSeen,
          });
        continue;
      }
      if (row.availability && !row.availability.trainable && !inputs.includeUnavailable) {
        hiddenUnavailable++;
        continue;
      }
      rows.push(row);
    }
  }
  sortRows(rows);
  return {
    catalog: { version: catalog.meta.version, schemaVersion: catalog.meta.schemaVersion },
    asOf: inputs.asOf,
    today: inputs.today,
    staleAfterDays: catalog.meta.staleAfterDays,
    dataset: { kind: inputs.dataset.kind, examples: inputs.dataset.examples },
    rows,
    hiddenUnavailable,
    closedToTeam: closedToTeam(catalog, inputs, inputs.asOf, inputs.customers, (offer) =>
      wanted.some((m) => methodMatches(offer.method, m)),
    ),
    notKnownBefore,
  };
}

/**
 * A requested method names a family: `sft` is every supervised form (sft, sft-lora, sft-full), `dpo`
 * every preference form; `sft-lora` is that one only.
 */
function methodMatches(offered: Method, requested: Method): boolean {
  return offered === requested || offered.startsWith(`${requested}-`);
}

/** The earliest effectiveFrom after `date`, when the offer's earliest price is only first-seen then. */
function firstSeenAfter(offer: Offer, date: string): string | undefined {
  // ISO dates: code-unit order is date order (and localeCompare would build an ICU collator each call).
  let earliest = offer.prices[0];
  for (const p of offer.prices) if (earliest && p.effectiveFrom < earliest.effectiveFrom) earliest = p;
  return earliest && earliest.effectiveFrom > date && earliest.effectiveFromBasis === 'first-seen'
    ? earliest.effectiveFrom
    : undefined;
}
