/**
 * The published JSON of `ftcost catalog list --format json`: its explicit types and the builder
 * from the listing (src/catalog/listing.ts) to them. Every field is written here by name, so an
 * internal rename cannot change the output; prices are unrounded decimal strings.
 */
import type { CatalogEntry, EntryKind } from '../catalog/listing.js';
import { toDecimalString } from '../decimal.js';
import type { SourceKind } from '../domain/vocabulary.js';
import { availabilityJson, type AvailabilityJson } from './availability.js';
import { CATALOG_LIST_SCHEMA_URL } from './schemaIds.js';

/** 2: availability as dated lifecycle facts; sourceKind, original, effectiveFrom(Basis) and production per entry. */
const CATALOG_LIST_SCHEMA_VERSION = 2;

/** What `catalog list` found: the entries in force on `asOf`, aged against `today`. */
export interface CatalogListResult {
  version: string;
  asOf: string;
  today: string;
  staleAfterDays: number;
  entries: CatalogEntry[];
}

/** One entry of `ftcost catalog list --format json`: a fine-tuning offer, or a hardware / endpoint price. */
export type CatalogEntryJson = {
  id: string;
  provider: string;
  providerName: string;
  kind: EntryKind;
  /** Every price field in force on the date, by name (units in the names): unrounded decimal strings. */
  prices: Record<string, string>;
  /** Price fields the provider does not publish (recorded instead of guessed). */
  notPublished: string[];
  currency: 'USD';
  source: string;
  sourceKind: SourceKind;
  original: string | null;
  asOf: string;
  effectiveFrom: string;
  effectiveFromBasis: 'published' | 'first-seen';
  stale: boolean;
  priceAgeDays: number;
  /** "catalog", or the --prices file a price came from. */
  origin: string;
  production: boolean;
  availability: AvailabilityJson | null;
} & (
  | { kind: 'fine-tuning'; model?: string; modelName: string | null; method?: string; tier: string | null }
  | {
      kind: Exclude<EntryKind, 'fine-tuning'>;
      gpu?: string;
      gpuCount?: number;
      interruptible?: boolean;
      label: string | null;
    }
);

/** The versioned contract of `ftcost catalog list --format json`. */
export interface CatalogListJson {
  /** This output's JSON Schema (schema/catalog-list.schema.json of the package). */
  $schema: typeof CATALOG_LIST_SCHEMA_URL;
  schemaVersion: typeof CATALOG_LIST_SCHEMA_VERSION;
  kind: 'catalog-list';
  version: string;
  asOf: string;
  today: string;
  entries: CatalogEntryJson[];
}

function entryJson(e: CatalogEntry): CatalogEntryJson {
  return {
    id: e.id,
    provider: e.provider,
    providerName: e.providerName,
    ...(e.kind === 'fine-tuning'
      ? { kind: e.kind, model: e.model, modelName: e.modelName ?? null, method: e.method, tier: e.tier ?? null }
      : { kind: e.kind, gpu: e.gpu, gpuCount: e.gpuCount, interruptible: e.interruptible, label: e.label ?? null }),
    prices: Object.fromEntries(Object.entries(e.prices).map(([k, v]) => [k, toDecimalString(v)])),
    notPublished: e.notPublished,
    currency: 'USD',
    source: e.source,
    sourceKind: e.sourceKind,
    original: e.original ?? null,
    asOf: e.asOf,
    effectiveFrom: e.effectiveFrom,
    effectiveFromBasis: e.effectiveFromBasis,
    stale: e.stale,
    priceAgeDays: e.ageDays,
    origin: e.origin,
    production: e.production,
    availability: availabilityJson(e.availability ?? undefined),
  };
}

export function toCatalogListJson(res: CatalogListResult): CatalogListJson {
  return {
    $schema: CATALOG_LIST_SCHEMA_URL,
    schemaVersion: CATALOG_LIST_SCHEMA_VERSION,
    kind: 'catalog-list',
    version: res.version,
    asOf: res.asOf,
    today: res.today,
    entries: res.entries.map(entryJson),
  };
}
