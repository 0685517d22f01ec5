/**
 * Look-ups on the in-memory catalog that every consumer shares (engine, CLI, widget): which models
 * an id or alias names, which prices were in force on a date, what a model's availability was on a
 * date, and how many days lie between two dates. One home, so an estimate, a break-even and
 * `catalog list` can never disagree about them.
 *
 * Free of the schema library and the YAML parser (type imports only), so the run-time path of an
 * `--examples` estimate never loads zod or yaml.
 */
import type { Decimal } from '../decimal.js';
import { UserError } from '../errors.js';
import { suggest } from '../text/suggest.js';
import { type Availability, availabilityOn as lifecycleOn } from '../domain/lifecycle.js';
import type { Catalog, Model, Offer, Provider } from './model.js';
import type { CustomerStatus } from '../domain/vocabulary.js';

export type { Availability };

// ---------------------------------------------------------------------------------------------
// Models by id or alias

export function modelMatches(model: Pick<Model, 'id' | 'aliases'>, idOrAlias: string): boolean {
  return model.id === idOrAlias || (model.aliases ?? []).includes(idOrAlias);
}

/** Every model id and alias of the catalog, each once, sorted. */
export function allModelIds(catalog: Pick<Catalog, 'providers'>): string[] {
  const ids = new Set<string>();
  for (const provider of catalog.providers)
    for (const model of provider.models) {
      ids.add(model.id);
      for (const alias of model.aliases ?? []) ids.add(alias);
    }
  return [...ids].sort();
}

export interface ModelFilters {
  /** Model ids or aliases; empty or absent: every model. */
  models?: readonly string[];
  /** Provider ids; empty or absent: every provider. */
  providers?: readonly string[];
}

/** The catalog's models (with their provider) that the filters select, in catalog order. */
export function selectModels(catalog: Catalog, filters: ModelFilters): { provider: Provider; model: Model }[] {
  const out: { provider: Provider; model: Model }[] = [];
  for (const provider of catalog.providers) {
    if (filters.providers?.length && !filters.providers.includes(provider.id)) continue;
    for (const model of provider.models) {
      if (filters.models?.length && !filters.models.some((id) => modelMatches(model, id))) continue;
      out.push({ provider, model });
    }
  }
  return out;
}

/** Every provider's model that an id or alias names. */
export function findModels(catalog: Catalog, idOrAlias: string): { provider: Provider; model: Model }[] {
  return selectModels(catalog, { models: [idOrAlias] });
}

/**
 * An unknown model id, with the closest known ids and aliases; `option` (the input's option key,
 * "baseModel") prefixes the message, named in the reader's words ("--base-model" on the CLI).
 */
export function unknownModel(catalog: Catalog, id: string, option?: string): UserError {
  const near = suggest(id, allModelIds(catalog));
  return new UserError((w) => `${option ? `${w.option(option)}: ` : ''}unknown model "${id}"${near}${w.everyModel}`, {
    code: 'unknown-model',
    option,
  });
}

/** Refuse the first id or alias the catalog does not know (a UserError with did-you-mean). */
export function checkModels(catalog: Catalog, ids: readonly string[], option?: string): void {
  if (ids.length === 0) return;
  const known = new Set(allModelIds(catalog));
  for (const id of ids) if (!known.has(id)) throw unknownModel(catalog, id, option);
}

/** Refuse unknown provider ids and model ids/aliases (UserErrors with did-you-mean). */
export function checkNames(catalog: Catalog, filters: ModelFilters): void {
  const providerIds = catalog.providers.map((p) => p.id);
  for (const id of filters.providers ?? []) {
    if (!providerIds.includes(id)) {
      throw new UserError(
        `unknown provider "${id}"${suggest(id, providerIds)}; known providers: ${providerIds.join(', ')}`,
        { code: 'unknown-provider' },
      );
    }
  }
  checkModels(catalog, filters.models ?? []);
}

// ---------------------------------------------------------------------------------------------
// Prices in force on a date

export interface Dated {
  effectiveFrom: string;
  effectiveTo?: string;
}

/** Is the entry in force on `date` (from its first day, up to but not including its end)? */
export function inForce(entry: Dated, date: string): boolean {
  return entry.effectiveFrom <= date && (entry.effectiveTo === undefined || date < entry.effectiveTo);
}

/** The entries in force on `date` that record price fields the provider does not publish. */
export function unpublishedOn<E extends Dated & { notPublished?: readonly string[] }>(
  entries: readonly E[],
  date: string,
): E[] {
  return entries.filter((e) => e.notPublished !== undefined && inForce(e, date));
}

/**
 * The value of one price field on `date`: from the latest entry in force that gives the field.
 * Entries from a user's override file (`override: true`) win over the shipped catalog's, whatever
 * their dates, so a negotiated rate applies from the day it names. Field by field, so an entry that
 * changes only the training price leaves the inference prices as they were.
 */
export function resolveField<E extends Dated & { override: boolean }, F extends keyof E>(
  entries: readonly E[],
  field: F,
  date: string,
): { amount: Decimal; entry: E } | undefined {
  let best: E | undefined;
  for (const entry of entries) {
    // An override that says the field is not published (`notPublished`) hides the shipped figure.
    const hides = entry.override && (entry as { notPublished?: readonly unknown[] }).notPublished?.includes(field);
    if ((entry[field] === undefined && !hides) || !inForce(entry, date)) continue;
    if (!best) {
      best = entry;
      continue;
    }
    if (entry.override !== best.override) {
      if (entry.override) best = entry;
    } else if (entry.effectiveFrom >= best.effectiveFrom) {
      // Same class, same day: the later entry wins, so of two --prices files the later one does
      // (two shipped entries on one day are refused by validation).
      best = entry;
    }
  }
  return best && best[field] !== undefined ? { amount: best[field] as unknown as Decimal, entry: best } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Availability on a date

/**
 * An offer's availability on `date`: its provider's, its model's and its own dated lifecycle events
 * together (see src/domain/lifecycle.ts), or undefined where none of them records any.
 */
export function availabilityOn(
  provider: Provider,
  model: Model | undefined,
  offer: Offer | undefined,
  date: string,
  customers?: Customers,
): Availability | undefined {
  return lifecycleOn(
    [provider.lifecycle, model?.lifecycle, offer?.lifecycle],
    date,
    customerOf(customers, provider.id),
  );
}

/**
 * What the team is to each provider (provider id → status); a provider it does not name sees a new
 * customer, so by default nothing closed to new customers is offered.
 */
export type Customers = Readonly<Partial<Record<string, CustomerStatus>>>;

export function customerOf(customers: Customers | undefined, providerId: string): CustomerStatus {
  return customers?.[providerId] ?? 'new';
}

/**
 * The team's customer status per provider from the provider ids it is an existing customer of, and
 * those where it is one without recent use; each id checked (did-you-mean), none in both lists.
 */
export function customersOf(
  catalog: Pick<Catalog, 'providers'>,
  existing: readonly string[] | undefined,
  lapsed: readonly string[] | undefined,
): Customers | undefined {
  if (!existing?.length && !lapsed?.length) return undefined;
  const ids = catalog.providers.map((p) => p.id);
  const out: Record<string, CustomerStatus> = {};
  for (const [option, list, status] of [
    ['existingCustomers', existing, 'existing'],
    ['lapsedCustomers', lapsed, 'lapsed'],
  ] as const) {
    if (list !== undefined && !Array.isArray(list))
      throw new UserError((w) => `${w.option(option)} must be a list of provider ids`, { option });
    for (const id of list ?? []) {
      if (typeof id !== 'string' || !ids.includes(id))
        throw new UserError(
          (w) =>
            `${w.option(option)}: unknown provider "${String(id)}"${suggest(String(id), ids)}; ` +
            `known providers: ${ids.join(', ')}`,
          { code: 'unknown-provider', option },
        );
      if (out[id] !== undefined && out[id] !== status)
        throw new UserError(
          (w) => `${id} is given as both ${w.option('existingCustomers')} and ${w.option('lapsedCustomers')}: pick one`,
          { code: 'conflicting-options', option },
        );
      out[id] = status;
    }
  }
  return out;
}
