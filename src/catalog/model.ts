/**
 * The catalog in memory: the validated YAML with every price turned into a Decimal (from its
 * string, never through a float), plus look-ups that every consumer shares: find a model by id or
 * alias, and resolve which prices were in force on a date.
 */
import { d, type Decimal } from '../decimal.js';
import type {
  Availability,
  CompiledCatalog,
  DefaultEpochs,
  Limits,
  Method,
  RawBasePriceEntry,
  RawCatalogMeta,
  RawModel,
  RawPriceEntry,
  RawProvider,
} from './schema.js';

type Decimalized<T, K extends keyof T> = Omit<T, K> & { [P in K]?: Decimal };

export const PRICE_FIELDS = [
  'trainingPer1M',
  'trainingPerHour',
  'minimumChargePerJob',
  'inputPer1M',
  'cachedInputPer1M',
  'outputPer1M',
  'hostingPerHour',
  'storagePerMonth',
] as const;
export type PriceField = (typeof PRICE_FIELDS)[number];

export const BASE_PRICE_FIELDS = ['baseInputPer1M', 'baseCachedInputPer1M', 'baseOutputPer1M'] as const;
export type BasePriceField = (typeof BASE_PRICE_FIELDS)[number];

export type PriceEntry = Decimalized<RawPriceEntry, PriceField> & {
  /** Where the entry came from: the shipped catalog, or a user's --prices file (which wins). */
  origin: string;
};
export type BasePriceEntry = Decimalized<RawBasePriceEntry, BasePriceField> & { origin: string };

export interface Offer {
  method: Method;
  tier?: string;
  prices: PriceEntry[];
  notes: string[];
}

export interface Model extends Omit<RawModel, 'offers' | 'basePrices' | 'parametersBillions'> {
  parametersBillions?: Decimal;
  offers: Offer[];
  basePrices: BasePriceEntry[];
}

export interface Provider extends RawProvider {
  models: Model[];
}

export interface Catalog {
  meta: RawCatalogMeta;
  providers: Provider[];
}

function decimalize<T extends object, K extends keyof T & string>(raw: T, fields: readonly K[]): Decimalized<T, K> {
  const out: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const field of fields) {
    const value = raw[field];
    if (typeof value === 'string') out[field] = d(value);
  }
  return out as Decimalized<T, K>;
}

export const SHIPPED = 'catalog';

export function toCatalog(compiled: CompiledCatalog, origin = SHIPPED): Catalog {
  return {
    meta: compiled.meta,
    providers: compiled.providers.map(({ provider, models }) => ({
      ...provider,
      models: models.map((model) => ({
        ...model,
        parametersBillions: model.parametersBillions === undefined ? undefined : d(model.parametersBillions),
        offers: model.offers.map((offer) => ({
          method: offer.method,
          tier: offer.tier,
          notes: offer.notes ?? [],
          prices: offer.prices.map((entry) => ({ ...decimalize(entry, PRICE_FIELDS), origin })),
        })),
        basePrices: (model.basePrices ?? []).map((entry) => ({ ...decimalize(entry, BASE_PRICE_FIELDS), origin })),
      })),
    })),
  };
}

/** A price in force on a date, with the entry it came from (for its source and asOf). */
export interface ResolvedPrice {
  amount: Decimal;
  entry: PriceEntry | BasePriceEntry;
}

function inForce(entry: { effectiveFrom: string; effectiveTo?: string }, date: string): boolean {
  return entry.effectiveFrom <= date && (entry.effectiveTo === undefined || date < entry.effectiveTo);
}

/**
 * The value of one price field on `date`: from the latest entry in force that gives the field.
 * Entries from a user's override file win over the shipped catalog's, whatever their dates, so a
 * negotiated rate applies from the day it names. Field by field, so an entry that changes only the
 * training price leaves the inference prices as they were.
 */
export function resolveField<E extends { effectiveFrom: string; effectiveTo?: string; origin: string }, F extends keyof E>(
  entries: readonly E[],
  field: F,
  date: string,
): { amount: Decimal; entry: E } | undefined {
  let best: E | undefined;
  for (const entry of entries) {
    if (entry[field] === undefined || !inForce(entry, date)) continue;
    if (!best) {
      best = entry;
      continue;
    }
    const bestIsOverride = best.origin !== SHIPPED;
    const entryIsOverride = entry.origin !== SHIPPED;
    if (entryIsOverride !== bestIsOverride) {
      if (entryIsOverride) best = entry;
    } else if (entry.effectiveFrom > best.effectiveFrom) {
      best = entry;
    }
  }
  return best ? { amount: best[field] as unknown as Decimal, entry: best } : undefined;
}

export function allModelIds(catalog: Catalog): string[] {
  const ids = new Set<string>();
  for (const provider of catalog.providers) for (const model of provider.models) {
    ids.add(model.id);
    for (const alias of model.aliases ?? []) ids.add(alias);
  }
  return [...ids].sort();
}

export function modelMatches(model: Model, idOrAlias: string): boolean {
  return model.id === idOrAlias || (model.aliases ?? []).includes(idOrAlias);
}

export type { Availability, DefaultEpochs, Limits, Method };
