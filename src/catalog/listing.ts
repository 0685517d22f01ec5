/**
 * The catalog as rows a person can read: what `ftcost catalog list / show / diff` print. One row
 * per offer (a model's fine-tuning offer, or a GPU offer), with the prices in force on a date, where
 * each came from, whether it is stale, and whether the offer is still open. Pure: (catalog, dates)
 * → rows; amounts stay Decimals until the renderer or the JSON result turns them into strings.
 */
import type { Decimal } from '../decimal.js';
import {
  BASE_PRICE_FIELDS,
  PRICE_FIELDS,
  type Catalog,
  type GpuOffer,
  type Model,
  type Offer,
  type PriceEntry,
  type Provider,
} from './model.js';
import type { Availability } from '../domain/lifecycle.js';
import type { SourceKind } from '../domain/vocabulary.js';
import { availabilityOn, type Customers, resolveField, unpublishedOn } from './query.js';
import { daysBetween } from '../domain/dates.js';

export type EntryKind = 'fine-tuning' | 'gpu-rental' | 'dedicated-endpoint' | 'hosted-hardware';
export const ENTRY_KINDS: readonly EntryKind[] = ['fine-tuning', 'gpu-rental', 'dedicated-endpoint', 'hosted-hardware'];

export interface CatalogEntry {
  /** Stable id for `catalog show`: provider/model/method[/tier] or provider/kind/unit. */
  id: string;
  provider: string;
  providerName: string;
  kind: EntryKind;
  model?: string;
  modelName?: string;
  method?: string;
  tier?: string;
  gpu?: string;
  gpuCount?: number;
  interruptible?: boolean;
  label?: string;
  /** Every price field in force on the date, by name (units in the names). */
  prices: Record<string, Decimal>;
  /** Price fields the provider does not publish (recorded instead of guessed). */
  notPublished: string[];
  source: string;
  asOf: string;
  /** Price older than the catalog's staleness limit on `today`. */
  stale: boolean;
  ageDays: number;
  /** "catalog", or the --prices file a price came from. */
  origin: string;
  /** The price came from a --prices file (named by `origin`), not the shipped catalog. */
  override: boolean;
  /** `official` (the provider's own page) or `copy` (a third party's copy of it). */
  sourceKind: SourceKind;
  /** For a copy: the provider page it copies. */
  original?: string;
  /** `first-seen`: the price was in force from `effectiveFrom`, but since when is not known. */
  effectiveFromBasis: 'published' | 'first-seen';
  effectiveFrom: string;
  /** The offer's life on the date (null where no lifecycle event is recorded). */
  availability: Availability | null;
  /** false: not for production (no SLA), per the provider. */
  production: boolean;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function offerId(provider: Provider, model: Model, offer: Offer): string {
  return [provider.id, model.id, offer.method, ...(offer.tier ? [offer.tier] : [])].join('/');
}

export function gpuOfferId(offer: GpuOffer): string {
  const unit = offer.label ? slug(offer.label) : `${offer.gpuCount}x-${offer.gpu}${offer.interruptible ? '-spot' : ''}`;
  return `${offer.provider}/${offer.kind}/${unit}`;
}

function modelEntry(
  provider: Provider,
  model: Model,
  offer: Offer,
  date: string,
  today: string,
  staleAfterDays: number,
  customers?: Customers,
): CatalogEntry | undefined {
  const prices: Record<string, Decimal> = {};
  // The row's source and date are those of its training price, else of its first price in force.
  let primary: PriceEntry | undefined;
  let first: typeof primary;
  for (const field of PRICE_FIELDS) {
    const hit = resolveField(offer.prices, field, date);
    if (!hit) continue;
    prices[field] = hit.amount;
    if (field === 'trainingPer1M' || field === 'trainingPerHour') primary ??= hit.entry;
    first ??= hit.entry;
  }
  primary ??= first;
  for (const field of BASE_PRICE_FIELDS) {
    const hit = resolveField(model.basePrices, field, date);
    if (hit) prices[field] = hit.amount;
  }
  // An entry in force that says which prices are not published.
  const unpublished = unpublishedOn(offer.prices, date);
  const notPublished = [...new Set(unpublished.flatMap((e) => e.notPublished ?? []))].filter((f) => !(f in prices));
  if (!primary && unpublished.length > 0) primary = unpublished[unpublished.length - 1];
  if (!primary) return undefined; // nothing in force on the date: the offer did not exist yet
  const ageDays = daysBetween(primary.asOf, today);
  return {
    id: offerId(provider, model, offer),
    provider: provider.id,
    providerName: provider.name,
    kind: 'fine-tuning',
    model: model.id,
    modelName: model.name,
    method: offer.method,
    tier: offer.tier,
    prices,
    notPublished,
    source: primary.source,
    asOf: primary.asOf,
    stale: ageDays > staleAfterDays,
    ageDays,
    origin: primary.origin,
    override: primary.override,
    sourceKind: primary.sourceKind ?? 'official',
    original: primary.original,
    effectiveFromBasis: primary.effectiveFromBasis ?? 'published',
    effectiveFrom: primary.effectiveFrom,
    availability: availabilityOn(provider, model, offer, date, customers) ?? null,
    production: offer.production,
  };
}

function gpuEntry(offer: GpuOffer, date: string, today: string, staleAfterDays: number): CatalogEntry | undefined {
  const hit = resolveField(offer.prices, 'gpuPerHour', date);
  if (!hit) return undefined;
  const ageDays = daysBetween(hit.entry.asOf, today);
  const prices: Record<string, Decimal> = { gpuPerHour: hit.amount };
  if (hit.entry.instancePerHour) prices.instancePerHour = hit.entry.instancePerHour;
  return {
    id: gpuOfferId(offer),
    provider: offer.provider,
    providerName: offer.providerName,
    kind: offer.kind,
    gpu: offer.gpu,
    gpuCount: offer.gpuCount,
    interruptible: offer.interruptible,
    label: offer.label,
    prices,
    notPublished: [],
    source: hit.entry.source,
    asOf: hit.entry.asOf,
    stale: ageDays > staleAfterDays,
    ageDays,
    origin: hit.entry.origin,
    override: hit.entry.override,
    sourceKind: hit.entry.sourceKind ?? 'official',
    original: hit.entry.original,
    effectiveFromBasis: hit.entry.effectiveFromBasis ?? 'published',
    effectiveFrom: hit.entry.effectiveFrom,
    availability: null,
    production: true,
  };
}

export interface ListFilters {
  providers?: readonly string[];
  kinds?: readonly EntryKind[];
  /** What the team is to each provider: availability is read for it (default: a new customer). */
  customers?: Customers;
}

/** Every offer with a price in force on `date`, in catalog order (fine-tuning first, then hardware). */
export function listEntries(catalog: Catalog, date: string, today: string, filters: ListFilters = {}): CatalogEntry[] {
  const wantProvider = (id: string) => !filters.providers?.length || filters.providers.includes(id);
  const wantKind = (k: EntryKind) => !filters.kinds?.length || filters.kinds.includes(k);
  const stale = catalog.meta.staleAfterDays;
  const out: CatalogEntry[] = [];
  if (wantKind('fine-tuning')) {
    for (const provider of catalog.providers) {
      if (!wantProvider(provider.id)) continue;
      for (const model of provider.models)
        for (const offer of model.offers) {
          const entry = modelEntry(provider, model, offer, date, today, stale, filters.customers);
          if (entry) out.push(entry);
        }
    }
  }
  for (const offer of catalog.gpuOffers) {
    if (!wantProvider(offer.provider) || !wantKind(offer.kind)) continue;
    const entry = gpuEntry(offer, date, today, stale);
    if (entry) out.push(entry);
  }
  return out;
}

/** Provider ids of the catalog: fine-tuning providers and GPU hosts. */
export function knownProviders(catalog: Catalog): string[] {
  return [...new Set([...catalog.providers.map((p) => p.id), ...catalog.gpuOffers.map((o) => o.provider)])];
}

export interface PriceChange {
  id: string;
  provider: string;
  field: string;
  change: 'changed' | 'added' | 'removed';
  from: Decimal | null;
  to: Decimal | null;
  /** The day the new price took effect (or the old one ended). */
  effective: string;
  source: string;
  origin: string;
  /** The change comes from a --prices file (named by `origin`). */
  override: boolean;
}

type Dated = { effectiveFrom: string; effectiveTo?: string; source: string; origin: string; override: boolean };

function diffField<E extends Dated>(
  id: string,
  provider: string,
  entries: readonly E[],
  field: keyof E & string,
  from: string,
  to: string,
): PriceChange | undefined {
  const before = resolveField(entries, field, from);
  const after = resolveField(entries, field, to);
  const a = before?.amount as Decimal | undefined;
  const b = after?.amount as Decimal | undefined;
  if (!a && !b) return undefined;
  if (a && b && a.eq(b)) return undefined;
  const change = !a ? 'added' : !b ? 'removed' : 'changed';
  const entry = (after?.entry ?? before!.entry) as E;
  const effective = after ? after.entry.effectiveFrom : (before!.entry.effectiveTo ?? to);
  return {
    id,
    provider,
    field,
    change,
    from: a ?? null,
    to: b ?? null,
    effective,
    source: entry.source,
    origin: entry.origin,
    override: entry.override,
  };
}

/** Every price that differs between two dates, field by field. */
export function diffCatalog(catalog: Catalog, from: string, to: string, filters: ListFilters = {}): PriceChange[] {
  const wantProvider = (id: string) => !filters.providers?.length || filters.providers.includes(id);
  const out: PriceChange[] = [];
  const push = (c: PriceChange | undefined) => c && out.push(c);
  for (const provider of catalog.providers) {
    if (!wantProvider(provider.id)) continue;
    for (const model of provider.models) {
      for (const offer of model.offers) {
        const id = offerId(provider, model, offer);
        for (const field of PRICE_FIELDS) push(diffField(id, provider.id, offer.prices, field, from, to));
      }
      for (const field of BASE_PRICE_FIELDS)
        push(diffField(`${provider.id}/${model.id}/base`, provider.id, model.basePrices, field, from, to));
    }
  }
  for (const offer of catalog.gpuOffers) {
    if (!wantProvider(offer.provider)) continue;
    push(diffField(gpuOfferId(offer), offer.provider, offer.prices, 'gpuPerHour', from, to));
  }
  return out.sort((a, b) => a.effective.localeCompare(b.effective) || a.id.localeCompare(b.id));
}
