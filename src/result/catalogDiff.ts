/**
 * The published JSON of `ftcost catalog diff --format json`: its explicit types and the builder
 * from the price changes (src/catalog/listing.ts) to them, every field written by name.
 */
import type { PriceChange } from '../catalog/listing.js';
import { toDecimalString } from '../decimal.js';
import { CATALOG_DIFF_SCHEMA_URL } from './schemaIds.js';

/** What `catalog diff` found: every price field that differs between two dates. */
export interface CatalogDiffResult {
  version: string;
  from: string;
  to: string;
  changes: PriceChange[];
}

/** One changed price field in `ftcost catalog diff --format json`: amounts as unrounded decimal strings. */
export interface CatalogDiffChangeJson {
  id: string;
  provider: string;
  /** The price field, its unit in its name (trainingPer1M, gpuPerHour). */
  field: string;
  change: 'changed' | 'added' | 'removed';
  /** The price on the earlier date; null when it was first recorded after it ("added"). */
  from: string | null;
  /** The price on the later date; null when it ended before it ("removed"). */
  to: string | null;
  /** The day the new price took effect (or the old one ended). */
  effective: string;
  source: string;
  /** "catalog", or the --prices file the change came from. */
  origin: string;
  /** The change comes from a --prices file (named by `origin`). */
  override: boolean;
}

/** The versioned contract of `ftcost catalog diff --format json`. */
export interface CatalogDiffJson {
  /** This output's JSON Schema (schema/catalog-diff.schema.json of the package). */
  $schema: typeof CATALOG_DIFF_SCHEMA_URL;
  schemaVersion: 1;
  kind: 'catalog-diff';
  version: string;
  from: string;
  to: string;
  changes: CatalogDiffChangeJson[];
}

function changeJson(c: PriceChange): CatalogDiffChangeJson {
  return {
    id: c.id,
    provider: c.provider,
    field: c.field,
    change: c.change,
    from: c.from === null ? null : toDecimalString(c.from),
    to: c.to === null ? null : toDecimalString(c.to),
    effective: c.effective,
    source: c.source,
    origin: c.origin,
    override: c.override,
  };
}

export function toCatalogDiffJson(res: CatalogDiffResult): CatalogDiffJson {
  return {
    $schema: CATALOG_DIFF_SCHEMA_URL,
    schemaVersion: 1,
    kind: 'catalog-diff',
    version: res.version,
    from: res.from,
    to: res.to,
    changes: res.changes.map(changeJson),
  };
}
