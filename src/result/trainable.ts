/**
 * The published JSON of `ftcost catalog list --trainable --format json`: its explicit types and the
 * builder from the listing (src/catalog/trainable.ts) to them, every field written by name.
 */
import type { TrainableListing, TrainableModel } from '../catalog/trainable.js';
import type { AvailabilityStatus, CustomerStatus, Method, SourceKind } from '../domain/vocabulary.js';
import { CATALOG_TRAINABLE_SCHEMA_URL } from './schemaIds.js';

/** What `catalog list --trainable` found on a date, with the catalog version and the day it ran. */
export interface CatalogTrainableResult extends TrainableListing {
  version: string;
  today: string;
}

/** One provider and model a team can start a fine-tuning job with on the date. */
export interface TrainableModelJson {
  provider: string;
  providerName: string;
  model: string;
  modelName: string | null;
  /** What the team is to the provider (the rows were read for it). */
  customer: CustomerStatus;
  /** Methods a job can start with on the date, in catalog order, each once. */
  methods: Method[];
  /** preview / deprecated where the offer says so; null while simply available. */
  status: Exclude<AvailabilityStatus, 'available' | 'closed-to-new-users' | 'training-ended' | 'retired'> | null;
  /**
   * The first day no new job can start for this team (a closure reaching it, or the end of training);
   * null: none announced.
   */
  trainableUntil: string | null;
  /** The first day the fine-tuned model no longer serves; null: none announced. */
  servesUntil: string | null;
  /** Where the training price was read (null: not published in the sources read). */
  priceSource: string | null;
  priceAsOf: string | null;
  priceSourceKind: SourceKind | null;
}

/** A platform asked for that has nothing to fine-tune on the date, and why. */
interface NoFineTuningJson {
  provider: string;
  providerName: string;
  /** The first day it had none; null: it never had any of its own. */
  since: string | null;
  reason: string;
  source: string | null;
}

/** The published JSON of `catalog list --trainable --format json`. */
export interface CatalogTrainableJson {
  $schema: typeof CATALOG_TRAINABLE_SCHEMA_URL;
  kind: 'catalog-trainable';
  version: string;
  today: string;
  asOf: string;
  models: TrainableModelJson[];
  /** Providers asked for (or every provider with nothing to train) that offer no fine-tuning on the date. */
  without: NoFineTuningJson[];
}

function modelJson(m: TrainableModel): TrainableModelJson {
  return {
    provider: m.provider,
    providerName: m.providerName,
    model: m.model,
    modelName: m.modelName,
    customer: m.customer,
    methods: m.methods,
    status: m.status,
    trainableUntil: m.trainableUntil,
    servesUntil: m.servesUntil,
    priceSource: m.priceSource,
    priceAsOf: m.priceAsOf,
    priceSourceKind: m.priceSourceKind,
  };
}

export function toCatalogTrainableJson(res: CatalogTrainableResult): CatalogTrainableJson {
  return {
    $schema: CATALOG_TRAINABLE_SCHEMA_URL,
    kind: 'catalog-trainable',
    version: res.version,
    today: res.today,
    asOf: res.asOf,
    models: res.models.map(modelJson),
    without: res.without.map((w) => ({
      provider: w.provider,
      providerName: w.providerName,
      since: w.since,
      reason: w.reason,
      source: w.source,
    })),
  };
}
