/**
 * The catalog as the engine sees it: resolved for one date, one team and the user's filters
 * (src/resolve/ builds these from the catalog), so the engine computes on plain, typed values and
 * never asks the catalog anything. Every price is the one in force on the date, as a Decimal, with
 * the entry it was read from, so outputs can quote its source.
 */
import type { Decimal } from '../decimal.js';
import type { Availability } from './lifecycle.js';
import type { BasePriceField, PriceField } from './priceKinds.js';
import type { CustomerStatus, Method, SourceKind } from './vocabulary.js';

/** Where a figure was read: what every output quotes next to it. */
interface Provenance {
  source: string;
  asOf: string;
  /** `official` (the provider's page) or `copy` (a third party's copy of it); absent: official. */
  sourceKind?: SourceKind;
  /** For a copy: the provider page it copies. */
  original?: string;
  note?: string;
}

/** The catalog entry a price in force came from. */
export interface PriceEntryOnDate extends Provenance {
  /** `first-seen`: the price applied on its effectiveFrom, but since when is not known. */
  effectiveFromBasis?: 'published' | 'first-seen';
  /** Validation-set tokens are billed too (Together). */
  billsValidationTokens?: boolean;
  /** Price fields the provider charges but does not publish. */
  notPublished?: readonly PriceField[];
}

/** One price field's value in force on the date, and the entry it came from. */
export interface PriceOnDate {
  amount: Decimal;
  entry: PriceEntryOnDate;
}

/** The price fields in force on the date (a field with no entry in force is absent). */
export type PricesOnDate<F extends string> = { [K in F]?: PriceOnDate };

/** A platform's default epochs: OpenAI's n_epochs=auto rule, or a documented (or assumed) number. */
export type DefaultEpochs = ({ rule: 'openai-auto' } | DocumentedEpochs) & Provenance;

interface DocumentedEpochs {
  value: number;
  /** Not published: ftcost assumes `value` and says so. */
  assumed?: boolean;
}

/** One fine-tuning offer (a method, on a deployment tier) of a model, on the date. */
export interface OfferOnDate {
  method: Method;
  tier?: string;
  /** false: the provider says it is not for production (no SLA; Azure's Developer tier). */
  production: boolean;
  notes: readonly string[];
  /** Provider's, model's and offer's lifecycle together, for this team; undefined where none is recorded. */
  availability?: Availability;
  prices: PricesOnDate<PriceField>;
  /** Entries in force that record price fields the provider does not publish. */
  unpublished: readonly PriceEntryOnDate[];
  /** When no price is in force yet because the earliest was only first seen later: that date. */
  firstSeen?: string;
}

/** A model as one provider lists it, with the offers the filters keep. */
export interface ModelOnDate {
  provider: string;
  providerName: string;
  id: string;
  name?: string;
  /** The tokenizer's encoding, for counting a training file. */
  encoding?: string;
  limits?: { maxTokensPerExample: number };
  /** The model's own default epochs, else its provider's. */
  defaultEpochs: DefaultEpochs;
  /** Published for open weights only. */
  parametersBillions?: Decimal;
  /** Figures read in other sources and not used (each widens a range). */
  rejected?: readonly unknown[];
  offers: OfferOnDate[];
}

/** A provider whose offers this team cannot buy on the date because a closure reaches it. */
export interface ClosedProvider {
  provider: string;
  providerName: string;
  /** What the team is to the provider (the closure reached this status). */
  customer: CustomerStatus;
  /** The first day the closure reached the team (the earliest over the provider's offers). */
  since: string;
  /** Offers of the selection closed to the team that an existing customer could still train. */
  offers: number;
}

/** What a training estimate computes on: the selected models and their offers on the date. */
export interface TrainingOffers {
  catalog: { version: string; schemaVersion: number };
  /** A price checked more than this many days before today is stale. */
  staleAfterDays: number;
  models: ModelOnDate[];
  /** Providers of the selection closed to this team on the date (what the footer says). */
  closedToTeam: ClosedProvider[];
}

/** The un-tuned base model at one provider, with base prices in force on the date. */
export interface PromptedCandidate {
  provider: string;
  providerName: string;
  model: string;
  modelName?: string;
  prices: PricesOnDate<BasePriceField> & { baseInputPer1M: PriceOnDate; baseOutputPer1M: PriceOnDate };
  /** The provider's and model's lifecycle (a snapshot that stops serving). */
  availability?: Availability;
}
