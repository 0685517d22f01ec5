/**
 * The published JSON of `ftcost catalog show ID --format json`: its explicit types and the builder
 * from the catalog's own objects (src/catalog/model.ts) to them. Every field is written here by
 * name — nothing is serialised as the catalog holds it — so renaming an internal field is a type
 * error here, never a silent change of the output. Prices and throughput figures are unrounded
 * decimal strings (never a float).
 */
import type { Availability } from '../domain/lifecycle.js';
import type { DefaultEpochs, LifecycleEvent, Limits } from '../catalog/schema.js';
import type {
  BasePriceEntry,
  GpuOffer,
  HardwareOfferKind,
  Model,
  Offer,
  PriceEntry,
  Provider,
  ServingThroughput,
  TrainingThroughput,
} from '../catalog/model.js';
import { type Decimal, toDecimalString } from '../decimal.js';
import { BASE_PRICE_FIELDS, PRICE_FIELDS, type BasePriceField, type PriceField } from '../domain/priceKinds.js';
import type { Audience, LifecycleEventKind, Method, Precision, SourceKind } from '../domain/vocabulary.js';
import { availabilityJson, type AvailabilityJson } from './availability.js';
import { CATALOG_SHOW_SCHEMA_URL } from './schemaIds.js';

/** What `catalog show ID` found: offers with their full price history, and throughput for a GPU. */
export interface CatalogShowResult {
  query: string;
  version: string;
  providers: Provider[];
  /** The date availability is given for. */
  asOf: string;
  offers: { provider: Provider; model: Model; offer: Offer; id: string; availability: Availability | null }[];
  gpuOffers: { offer: GpuOffer; id: string }[];
  training: TrainingThroughput[];
  serving: ServingThroughput[];
}

/** Where a catalog fact comes from, as the YAML gives it. */
interface ProvenanceJson {
  source: string;
  asOf: string;
  sourceKind?: SourceKind;
  original?: string;
  note?: string;
}

/** One dated lifecycle fact (preview, deprecated, closed to new users, training ends, serving ends). */
export interface LifecycleEventJson extends ProvenanceJson {
  event: LifecycleEventKind;
  /** The first day the event is in force. */
  on: string;
  /** Whom it applies to, where the catalog says (default: new customers for a closure, everyone otherwise). */
  audience?: Audience;
}

/** The dates and origin every price entry carries. */
interface DatedEntryJson extends ProvenanceJson {
  effectiveFrom: string;
  effectiveFromBasis?: 'published' | 'first-seen';
  effectiveTo?: string;
  /** "catalog", or the --prices file the entry came from. */
  origin: string;
  override: boolean;
}

/** One dated set of an offer's prices: only the fields that apply, each an unrounded decimal string. */
export type CatalogShowPriceEntryJson = DatedEntryJson & { [K in PriceField]?: string } & {
  billsValidationTokens?: boolean;
  /** Prices charged but not published (recorded instead of guessed). */
  notPublished?: PriceField[];
};

/** One dated set of the base model's prices (for the "just prompt the base model" comparison). */
export type CatalogShowBasePriceEntryJson = DatedEntryJson & { [K in BasePriceField]?: string };

/** One dated hourly hardware price. */
export interface CatalogShowGpuPriceEntryJson extends DatedEntryJson {
  /** USD per GPU per hour. */
  gpuPerHour: string;
  /** The instance price it was derived from, where the source quotes one. */
  instancePerHour?: string;
}

/** A provider matched by the query; its models by id. */
export interface CatalogShowProviderJson {
  id: string;
  name: string;
  pricingUrls: string[];
  officialSources?: string[];
  currency: 'USD';
  defaultEpochs: ({ rule: 'openai-auto' } & ProvenanceJson) | ({ value: number; assumed?: boolean } & ProvenanceJson);
  lifecycle?: LifecycleEventJson[];
  notes?: string[];
  models: string[];
}

/** A fine-tuning offer with its full price history. */
export interface CatalogShowOfferJson {
  id: string;
  provider: string;
  model: string;
  method: Method;
  tier: string | null;
  prices: CatalogShowPriceEntryJson[];
  basePrices: CatalogShowBasePriceEntryJson[];
  limits: ({ maxTokensPerExample: number } & ProvenanceJson) | null;
  /** On the catalog's as-of date. */
  availability: AvailabilityJson | null;
  /** The provider's, the model's and the offer's own events. */
  lifecycle: LifecycleEventJson[];
  production: boolean;
  notes: string[];
  /** Figures seen in other sources and not used. */
  rejected: { figure: string; source: string; reason?: string }[];
}

/** An hourly hardware offer (GPU rental, dedicated endpoint, hosted hardware) with its price history. */
export interface CatalogShowGpuOfferJson {
  id: string;
  provider: string;
  providerName: string;
  kind: HardwareOfferKind;
  gpu: string;
  gpuCount: number;
  interruptible: boolean;
  label?: string;
  notes: string[];
  prices: CatalogShowGpuPriceEntryJson[];
}

/** Where a throughput figure comes from. */
interface ThroughputJson {
  gpu: string;
  parametersBillions: string;
  basis: 'measured' | 'derived';
  source: string;
  asOf: string;
  note?: string;
  minGpus?: number;
  origin?: string;
  precision: Precision;
  engine?: string;
}

/** The versioned contract of `ftcost catalog show ID --format json`. */
export interface CatalogShowJson {
  /** This output's JSON Schema (schema/catalog-show.schema.json of the package). */
  $schema: typeof CATALOG_SHOW_SCHEMA_URL;
  schemaVersion: 2;
  kind: 'catalog-show';
  version: string;
  query: string;
  providers: CatalogShowProviderJson[];
  offers: CatalogShowOfferJson[];
  gpuOffers: CatalogShowGpuOfferJson[];
  /** Training tokens per second per GPU. */
  trainingThroughput: (ThroughputJson & { method: 'lora' | 'qlora' | 'full'; tokensPerSecond: string })[];
  /** Output tokens per second per GPU, batched. */
  servingThroughput: (ThroughputJson & { outputTokensPerSecond: string })[];
}

// ---- Builders: one per published shape, each field by name (undefined optional fields are left out by JSON) ----

function provenanceJson(p: ProvenanceJson): ProvenanceJson {
  return { source: p.source, asOf: p.asOf, sourceKind: p.sourceKind, original: p.original, note: p.note };
}

function lifecycleEventJson(e: LifecycleEvent): LifecycleEventJson {
  return { event: e.event, on: e.on, audience: e.audience, ...provenanceJson(e) };
}

function defaultEpochsJson(e: DefaultEpochs): CatalogShowProviderJson['defaultEpochs'] {
  return 'rule' in e
    ? { rule: e.rule, ...provenanceJson(e) }
    : { value: e.value, assumed: e.assumed, ...provenanceJson(e) };
}

/** The dates and provenance that head every price entry (its prices follow, then its origin). */
type DatedInput = ProvenanceJson & {
  effectiveFrom: string;
  effectiveFromBasis?: 'published' | 'first-seen';
  effectiveTo?: string;
};

function datedHead(e: DatedInput) {
  return {
    effectiveFrom: e.effectiveFrom,
    effectiveFromBasis: e.effectiveFromBasis,
    effectiveTo: e.effectiveTo,
    ...provenanceJson(e),
  };
}

function originJson(e: { origin: string; override: boolean }) {
  return { origin: e.origin, override: e.override };
}

/** The price fields an entry gives, in the price-kind table's order, as decimal strings. */
function pricesJson<F extends string>(entry: { [K in F]?: Decimal }, fields: readonly F[]): { [K in F]?: string } {
  const out: { [K in F]?: string } = {};
  for (const field of fields) {
    const amount = entry[field];
    if (amount !== undefined) out[field] = toDecimalString(amount);
  }
  return out;
}

function priceEntryJson(e: PriceEntry): CatalogShowPriceEntryJson {
  return {
    ...datedHead(e),
    ...pricesJson(e, PRICE_FIELDS),
    billsValidationTokens: e.billsValidationTokens,
    notPublished: e.notPublished,
    ...originJson(e),
  };
}

function basePriceEntryJson(e: BasePriceEntry): CatalogShowBasePriceEntryJson {
  return { ...datedHead(e), ...pricesJson(e, BASE_PRICE_FIELDS), ...originJson(e) };
}

function gpuPriceEntryJson(e: GpuOffer['prices'][number]): CatalogShowGpuPriceEntryJson {
  return {
    ...datedHead(e),
    gpuPerHour: toDecimalString(e.gpuPerHour),
    instancePerHour: e.instancePerHour === undefined ? undefined : toDecimalString(e.instancePerHour),
    ...originJson(e),
  };
}

function providerJson(p: Provider): CatalogShowProviderJson {
  return {
    id: p.id,
    name: p.name,
    pricingUrls: p.pricingUrls,
    officialSources: p.officialSources,
    currency: p.currency,
    defaultEpochs: defaultEpochsJson(p.defaultEpochs),
    lifecycle: p.lifecycle?.map(lifecycleEventJson),
    notes: p.notes,
    models: p.models.map((m) => m.id),
  };
}

function limitsJson(l: Limits | undefined): CatalogShowOfferJson['limits'] {
  return l ? { maxTokensPerExample: l.maxTokensPerExample, ...provenanceJson(l) } : null;
}

function offerJson({
  provider,
  model,
  offer,
  id,
  availability,
}: CatalogShowResult['offers'][number]): CatalogShowOfferJson {
  return {
    id,
    provider: provider.id,
    model: model.id,
    method: offer.method,
    tier: offer.tier ?? null,
    prices: offer.prices.map(priceEntryJson),
    basePrices: model.basePrices.map(basePriceEntryJson),
    limits: limitsJson(model.limits),
    availability: availabilityJson(availability ?? undefined),
    lifecycle: [...(provider.lifecycle ?? []), ...(model.lifecycle ?? []), ...(offer.lifecycle ?? [])].map(
      lifecycleEventJson,
    ),
    production: offer.production,
    notes: offer.notes,
    rejected: (model.rejected ?? []).map((r) => ({ figure: r.figure, source: r.source, reason: r.reason })),
  };
}

function gpuOfferJson({ offer, id }: CatalogShowResult['gpuOffers'][number]): CatalogShowGpuOfferJson {
  return {
    id,
    provider: offer.provider,
    providerName: offer.providerName,
    kind: offer.kind,
    gpu: offer.gpu,
    gpuCount: offer.gpuCount,
    interruptible: offer.interruptible,
    label: offer.label,
    notes: offer.notes,
    prices: offer.prices.map(gpuPriceEntryJson),
  };
}

/** Where a throughput figure comes from, after the figure itself. */
function throughputSourceJson(t: TrainingThroughput | ServingThroughput) {
  return {
    basis: t.basis,
    source: t.source,
    asOf: t.asOf,
    note: t.note,
    minGpus: t.minGpus,
    origin: t.origin,
    precision: t.precision,
    engine: t.engine,
  };
}

function trainingJson(t: TrainingThroughput): CatalogShowJson['trainingThroughput'][number] {
  return {
    gpu: t.gpu,
    parametersBillions: toDecimalString(t.parametersBillions),
    method: t.method,
    tokensPerSecond: toDecimalString(t.tokensPerSecond),
    ...throughputSourceJson(t),
  };
}

function servingJson(t: ServingThroughput): CatalogShowJson['servingThroughput'][number] {
  return {
    gpu: t.gpu,
    parametersBillions: toDecimalString(t.parametersBillions),
    outputTokensPerSecond: toDecimalString(t.outputTokensPerSecond),
    ...throughputSourceJson(t),
  };
}

export function toCatalogShowJson(res: CatalogShowResult): CatalogShowJson {
  return {
    $schema: CATALOG_SHOW_SCHEMA_URL,
    schemaVersion: 2,
    kind: 'catalog-show',
    version: res.version,
    query: res.query,
    providers: res.providers.map(providerJson),
    offers: res.offers.map(offerJson),
    gpuOffers: res.gpuOffers.map(gpuOfferJson),
    trainingThroughput: res.training.map(trainingJson),
    servingThroughput: res.serving.map(servingJson),
  };
}
