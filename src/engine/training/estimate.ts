/**
 * The training-cost estimate: for every offer resolved for the date (src/resolve/training.ts: the
 * filters applied, prices in force), the tokens a job bills and what they cost. Pure: (inputs,
 * offers) → Estimate; no catalog, no I/O, no printing, no clock (the caller passes `today`).
 */
import type { Method, SourceKind } from '../../domain/vocabulary.js';
import type { Availability } from '../../domain/lifecycle.js';
import type { ClosedProvider, ModelOnDate, OfferOnDate, TrainingOffers } from '../../domain/offers.js';
import type { TrainingNote } from '../../domain/notes.js';
import { daysBetween } from '../../domain/dates.js';
import { RUNNING_PRICE_FIELDS, type RunningPriceField } from '../../domain/priceKinds.js';
import { d, HOURS_PER_MONTH, TOKENS_PER_MILLION, type Decimal } from '../../decimal.js';
import { charge, sumCharges, type Charge } from './charges.js';
import type { EpochTokens, TrainingDataset } from './dataset.js';
import { resolveEpochs, type EpochsRequest, type ResolvedEpochs } from './epochs.js';
import { rowRange, type MoneyRange, type RangeContribution, type RangeSpec } from './range.js';

/** What an estimate computes with besides the offers (which models, providers and methods: resolved before). */
export interface EstimateSettings {
  dataset: TrainingDataset;
  /** Checked by the caller: a whole number of at least 1, or "auto" (src/api/ refuses anything else). */
  epochs: EpochsRequest;
  /** The date the offers were resolved for (YYYY-MM-DD). */
  asOf: string;
  /** The day of the estimate, for staleness (YYYY-MM-DD). */
  today: string;
  /** Evaluations over the validation set, where a provider bills them (Together). Default 0. */
  evaluations?: number;
  /** Show offers that cannot be trained on the as-of date (training ended, shut down, or closed to this team). */
  includeUnavailable?: boolean;
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
  /** Why there is no training cost (a fact: src/render/words/ words it). */
  missingPrice?: TrainingNote;
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
  /** Facts the cost rests on (truncated examples, a minimum charge, a cap): src/render/words/ words them. */
  warnings: TrainingNote[];
  /** With `range`: the training cost's band (undefined without `range` or without a cost). */
  trainingCostRange?: MoneyRange;
  /** With `range`: each source of uncertainty that applies to this row, and the cost at its bounds. */
  rangeContributions?: RangeContribution[];
}

/**
 * Prices of running the fine-tuned model: every running price kind of the catalog
 * (src/domain/priceKinds.ts), where published.
 */
type RunningPrices = { [F in RunningPriceField]?: Decimal } & {
  /** hostingPerHour × HOURS_PER_MONTH (730 h): what a deployment costs a month, called or not. */
  hostingPerMonth?: Decimal;
};

export interface Estimate {
  catalog: { version: string; schemaVersion: number };
  asOf: string;
  today: string;
  /** The catalog's staleness limit: a row is stale when its price was checked more than this many days before today. */
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
  model: ModelOnDate,
  offer: OfferOnDate,
  inputs: EstimateSettings,
  staleAfterDays: number,
): EstimateRow | undefined {
  const { trainingPer1M: training, trainingPerHour: hourly } = offer.prices;
  // An offer whose training price the provider does not publish (catalog `notPublished`) still gets
  // a row, priced "n/a" and saying why, rather than vanishing or being guessed.
  const unpublished =
    training || hourly ? undefined : offer.unpublished.find((e) => e.notPublished!.includes('trainingPer1M'));
  const anyEntry = training?.entry ?? hourly?.entry ?? unpublished;
  if (!anyEntry) return undefined; // no price in force on the as-of date (see notKnownBefore)
  const epochs = resolveEpochs(inputs.epochs, model.defaultEpochs, inputs.dataset.examples);
  const cap = model.limits?.maxTokensPerExample;
  const tokens = inputs.dataset.epochTokens(model.encoding, cap);
  const trainingTokens = tokens.billedTokens * BigInt(epochs.epochs);
  const warnings: TrainingNote[] = [];
  const appliedCap = tokens.cap ?? cap;
  if (tokens.truncatedExamples > 0 && appliedCap !== undefined)
    warnings.push({ kind: 'truncated-examples', examples: tokens.truncatedExamples, capTokens: appliedCap });
  const charges: Charge[] = [];
  let missingPrice: TrainingNote | undefined;
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
    if (validation && evaluations > 0 && entry.billsValidationTokens) {
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
    const minimum = offer.prices.minimumChargePerJob;
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
        warnings.push({
          kind: 'minimum-charge-applied',
          provider: model.provider,
          model: model.id,
          method: offer.method,
          minimumUsd: minimum.amount.toFixed(),
        });
      }
    }
  } else if (hourly) {
    billing = 'per-hour';
    if (inputs.trainingHours === undefined) {
      missingPrice = { kind: 'training-hours-needed' };
    } else {
      const { amount: perHour, entry } = hourly;
      charges.push(charge('training hours', 'hour', inputs.trainingHours, perHour, entry.source, entry.asOf));
      // Azure pauses an RFT job at its per-job cap: the bill never exceeds it.
      const cap = offer.prices.maximumChargePerJob;
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
        warnings.push({
          kind: 'per-job-cap-applied',
          trainingHours: inputs.trainingHours.toFixed(),
          perHourUsd: perHour.toFixed(),
          capUsd: cap.amount.toFixed(),
        });
      }
    }
  } else {
    billing = 'not-published';
    missingPrice = { kind: 'training-price-not-published', providerName: model.providerName };
    const minimum = offer.prices.minimumChargePerJob;
    if (minimum)
      warnings.push({
        kind: 'minimum-charge-without-price',
        providerName: model.providerName,
        minimumUsd: minimum.amount.toFixed(),
      });
  }
  const running = runningPrices(offer);
  const priced = training?.entry ?? anyEntry;
  const ageDays = daysBetween(priced.asOf, inputs.today);
  return {
    provider: model.provider,
    providerName: model.providerName,
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
    availability: offer.availability,
    running,
    warnings,
  };
}

/** What running the fine-tuned model costs on this offer, as of the date (each field where published). */
function runningPrices(offer: OfferOnDate): RunningPrices {
  const running: RunningPrices = {};
  for (const field of RUNNING_PRICE_FIELDS) {
    const amount = offer.prices[field]?.amount;
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

export function estimateFromOffers(inputs: EstimateSettings, offers: TrainingOffers): Estimate {
  const rows: EstimateRow[] = [];
  const notKnownBefore: Estimate['notKnownBefore'] = [];
  let hiddenUnavailable = 0;
  for (const model of offers.models) {
    for (const offer of model.offers) {
      const row = priceOffer(model, offer, inputs, offers.staleAfterDays);
      if (row && inputs.range && row.trainingCost) {
        const expected = row.trainingCost;
        const { range, contributions } = rowRange(inputs.range, {
          expected,
          epochs: row.epochs,
          sourceKind: row.sourceKind,
          rejectedFigures: model.rejected?.length ?? 0,
          costWith: (dataset, epochs) =>
            priceOffer(
              model,
              offer,
              { ...inputs, dataset: dataset ?? inputs.dataset, epochs: epochs ?? row.epochs.epochs },
              offers.staleAfterDays,
            )?.trainingCost ?? expected,
        });
        row.trainingCostRange = range;
        row.rangeContributions = contributions;
      }
      if (!row) {
        if (offer.firstSeen)
          notKnownBefore.push({
            provider: model.provider,
            model: model.id,
            method: offer.method,
            tier: offer.tier,
            firstSeen: offer.firstSeen,
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
    catalog: offers.catalog,
    asOf: inputs.asOf,
    today: inputs.today,
    staleAfterDays: offers.staleAfterDays,
    dataset: { kind: inputs.dataset.kind, examples: inputs.dataset.examples },
    rows,
    hiddenUnavailable,
    closedToTeam: offers.closedToTeam,
    notKnownBefore,
  };
}
