/**
 * Renderers of `ftcost catalog list / show / diff`: pure (result) => string, one per format. Money
 * is only formatted here (formatRate keeps every quoted digit); JSON carries unrounded strings.
 */
import type { Availability } from '../domain/lifecycle.js';
import type { LifecycleEvent } from '../catalog/schema.js';
import { availabilityJson, type AvailabilityJson } from '../result/availability.js';
import { CATALOG_DIFF_SCHEMA_URL, CATALOG_LIST_SCHEMA_URL, CATALOG_SHOW_SCHEMA_URL } from '../result/schemaIds.js';
import {
  type AnyPriceField,
  BASE_PRICE_FIELDS,
  HARDWARE_PRICE_FIELDS,
  PRICE_FIELDS,
  PRICE_KINDS,
  type BasePriceField,
  type PriceField,
  withUnitLabel,
} from '../domain/priceKinds.js';
import { toDecimalString, type Decimal } from '../decimal.js';
import type { CatalogEntry, EntryKind, PriceChange } from '../catalog/listing.js';
import type {
  GpuOffer,
  HardwareOfferKind,
  Model,
  Offer,
  Provider,
  ServingThroughput,
  TrainingThroughput,
} from '../catalog/model.js';
import { formatRate } from '../format/money.js';
import type { Audience, LifecycleEventKind, Method, Precision, SourceKind } from '../domain/vocabulary.js';
import type { Format } from './formats.js';
import { availabilityLabel, methodLabel, staleLabel } from './labels.js';
import { csvLines, mdTable, textTable } from './layout.js';

/** 2: availability as dated lifecycle facts; sourceKind, original, effectiveFrom(Basis) and production per entry. */
const CATALOG_LIST_SCHEMA_VERSION = 2;

export interface CatalogListResult {
  version: string;
  asOf: string;
  today: string;
  staleAfterDays: number;
  entries: CatalogEntry[];
}

function priceText(field: string, amount: Decimal): string {
  const kind = PRICE_KINDS[field as AnyPriceField];
  return kind ? withUnitLabel(field as AnyPriceField, formatRate(amount)) : `${formatRate(amount)} ${field}`;
}

/** The price columns of the catalog CSV: every offer price kind, then the GPU-hour price, from the price-kind table. */
const CSV_PRICE_FIELDS: readonly AnyPriceField[] = [...PRICE_FIELDS, 'gpuPerHour'];

function itemLabel(e: CatalogEntry): string {
  if (e.kind === 'fine-tuning') return e.model ?? '';
  return e.label ?? `${e.gpuCount}x ${e.gpu}`;
}

function kindLabel(e: CatalogEntry): string {
  if (e.kind !== 'fine-tuning')
    return `${e.kind} ${e.gpuCount && e.gpuCount > 1 ? `${e.gpuCount}x ` : ''}${e.gpu}${e.interruptible ? ' (spot)' : ''}`;
  return e.method ? methodLabel({ method: e.method, tier: e.tier }) : '';
}

function mainPrice(e: CatalogEntry): string {
  if (e.kind !== 'fine-tuning') return priceText('gpuPerHour', e.prices.gpuPerHour!);
  if (e.prices.trainingPer1M) return priceText('trainingPer1M', e.prices.trainingPer1M);
  if (e.prices.trainingPerHour) return priceText('trainingPerHour', e.prices.trainingPerHour);
  return e.notPublished.includes('trainingPer1M') ? 'not published' : 'n/a';
}

function runningText(e: CatalogEntry): string {
  const parts: string[] = [];
  if (e.prices.inputPer1M && e.prices.outputPer1M)
    parts.push(`${formatRate(e.prices.inputPer1M)} / ${formatRate(e.prices.outputPer1M)} per 1M`);
  if (e.prices.hostingPerHour) parts.push(priceText('hostingPerHour', e.prices.hostingPerHour));
  if (e.prices.storagePerMonth) parts.push(priceText('storagePerMonth', e.prices.storagePerMonth));
  if (e.prices.minimumChargePerJob) parts.push(priceText('minimumChargePerJob', e.prices.minimumChargePerJob));
  if (e.prices.instancePerHour) parts.push(`${priceText('instancePerHour', e.prices.instancePerHour)} ÷ ${e.gpuCount}`);
  return parts.join('; ');
}

function flags(e: CatalogEntry): string[] {
  const out: string[] = [];
  if (e.stale) out.push(staleLabel(e.ageDays));
  const availability = availabilityLabel(e.availability);
  if (availability) out.push(availability);
  const unpublished = e.notPublished.filter((f) => f !== 'trainingPer1M' || mainPrice(e) !== 'not published');
  if (unpublished.length) out.push(`not published: ${unpublished.join(', ')}`);
  if (e.override) out.push(`override: ${e.origin}`);
  if (!e.production) out.push('not for production');
  if (e.sourceKind === 'copy') out.push('copy');
  return out;
}

function catalogListTable(res: CatalogListResult): string {
  const header = `ftcost catalog · version ${res.version} · prices in force on ${res.asOf} · USD`;
  if (res.entries.length === 0) return `${header}\n\nNo entry matches these filters.\n`;
  const table = textTable(
    [
      { header: 'Provider' },
      { header: 'Model / unit' },
      { header: 'Method / kind' },
      { header: 'Price', align: 'right' },
      { header: 'Running' },
      { header: 'As of' },
      { header: 'Notes' },
      { header: 'Source' },
    ],
    res.entries.map((e) => [
      e.providerName,
      itemLabel(e),
      kindLabel(e),
      mainPrice(e),
      runningText(e),
      e.asOf,
      flags(e).join('; '),
      e.source,
    ]),
  );
  const providers = new Set(res.entries.map((e) => e.provider));
  const lines = [header, '', table, '', `${res.entries.length} entries from ${providers.size} providers.`];
  if (res.entries.some((e) => e.stale))
    lines.push(
      `stale: the price was last checked more than ${res.staleAfterDays} days before ${res.today}; verify it before budgeting.`,
    );
  if (res.entries.some((e) => e.sourceKind === 'copy')) {
    lines.push(
      "copy: the price was read from a third party's copy of the provider's page (the Source column); `catalog show ID` names the page it copies.",
    );
  }
  if (res.entries.some((e) => e.notPublished.length))
    lines.push(
      'not published: the provider charges this but no source ftcost could read gives the figure; ftcost records that instead of guessing.',
    );
  return lines.join('\n') + '\n';
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

function catalogListJson(res: CatalogListResult): string {
  return (
    JSON.stringify(
      {
        $schema: CATALOG_LIST_SCHEMA_URL,
        schemaVersion: CATALOG_LIST_SCHEMA_VERSION,
        kind: 'catalog-list',
        version: res.version,
        asOf: res.asOf,
        today: res.today,
        entries: res.entries.map(entryJson),
      } satisfies CatalogListJson,
      null,
      2,
    ) + '\n'
  );
}

const CATALOG_CSV_HEADER = [
  'id',
  'provider',
  'kind',
  'model',
  'method',
  'tier',
  'gpu',
  'gpu_count',
  'interruptible',
  'label',
  ...CSV_PRICE_FIELDS.map((f) => PRICE_KINDS[f].csv),
  'not_published',
  'stale',
  'availability',
  'trainable',
  'closed_to_new_users_on',
  'training_ends_on',
  'serving_ends_on',
  'production',
  'source',
  'source_kind',
  'original',
  'as_of',
  'effective_from',
  'effective_from_basis',
  'origin',
  'catalog_version',
] as const;

function catalogListCsv(res: CatalogListResult): string {
  const p = (e: CatalogEntry, f: string) => (e.prices[f] ? toDecimalString(e.prices[f]!) : null);
  return csvLines(
    CATALOG_CSV_HEADER,
    res.entries.map((e) => [
      e.id,
      e.provider,
      e.kind,
      e.model ?? null,
      e.method ?? null,
      e.tier ?? null,
      e.gpu ?? null,
      e.gpuCount ?? null,
      e.interruptible ?? null,
      e.label ?? null,
      ...CSV_PRICE_FIELDS.map((f) => p(e, f)),
      e.notPublished.join(' '),
      e.stale,
      e.availability?.status ?? 'available',
      e.availability?.trainable ?? true,
      e.availability?.closedToNewUsersOn ?? null,
      e.availability?.trainingEndsOn ?? null,
      e.availability?.servingEndsOn ?? null,
      e.production,
      e.source,
      e.sourceKind,
      e.original ?? null,
      e.asOf,
      e.effectiveFrom,
      e.effectiveFromBasis,
      e.origin,
      res.version,
    ]),
  );
}

function catalogListMarkdown(res: CatalogListResult): string {
  const table = mdTable(
    ['Provider', 'Model / unit', 'Method / kind', 'Price', 'Running', 'As of', 'Notes', 'Source'],
    res.entries.map((e) => [
      e.providerName,
      `\`${itemLabel(e)}\``,
      kindLabel(e),
      mainPrice(e),
      runningText(e),
      e.asOf,
      flags(e).join('; '),
      e.source,
    ]),
    ['left', 'left', 'left', 'right', 'left', 'left', 'left', 'left'],
  );
  return (
    [`### ftcost catalog ${res.version}`, '', `Prices in force on ${res.asOf} (USD).`, '', table].join('\n') + '\n'
  );
}

export const catalogListRenderers: Record<Format, (res: CatalogListResult) => string> = {
  table: catalogListTable,
  json: catalogListJson,
  csv: catalogListCsv,
  md: catalogListMarkdown,
};

export interface CatalogDiffResult {
  version: string;
  from: string;
  to: string;
  changes: PriceChange[];
}

function amountText(field: string, amount: Decimal | null): string {
  return amount === null ? '—' : priceText(field, amount);
}

function catalogDiffTable(res: CatalogDiffResult): string {
  const header = `ftcost catalog diff · version ${res.version} · ${res.from} → ${res.to} · USD`;
  if (res.changes.length === 0) return `${header}\n\nNo price changed between ${res.from} and ${res.to}.\n`;
  const table = textTable(
    [
      { header: 'Effective' },
      { header: 'Entry' },
      { header: 'Field' },
      { header: 'Change' },
      { header: 'From', align: 'right' },
      { header: 'To', align: 'right' },
      { header: 'Source' },
    ],
    res.changes.map((c) => [
      c.effective,
      c.id,
      c.field,
      c.change,
      amountText(c.field, c.from),
      amountText(c.field, c.to),
      !c.override ? c.source : `${c.source} (override: ${c.origin})`,
    ]),
  );
  const counts = (['changed', 'added', 'removed'] as const)
    .map((k) => `${res.changes.filter((c) => c.change === k).length} ${k}`)
    .join(', ');
  return (
    [
      header,
      '',
      table,
      '',
      `${res.changes.length} price fields differ (${counts}). "added" is a price first recorded after ${res.from}.`,
    ].join('\n') + '\n'
  );
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
    ...c,
    from: c.from === null ? null : toDecimalString(c.from),
    to: c.to === null ? null : toDecimalString(c.to),
  };
}

export const catalogDiffRenderers: Record<Format, (res: CatalogDiffResult) => string> = {
  table: catalogDiffTable,
  json: (res) =>
    JSON.stringify(
      {
        $schema: CATALOG_DIFF_SCHEMA_URL,
        schemaVersion: 1,
        kind: 'catalog-diff',
        version: res.version,
        from: res.from,
        to: res.to,
        changes: res.changes.map(changeJson),
      } satisfies CatalogDiffJson,
      null,
      2,
    ) + '\n',
  csv: (res) =>
    csvLines(
      ['effective', 'id', 'provider', 'field', 'change', 'from', 'to', 'source', 'origin'],
      res.changes.map((c) => [
        c.effective,
        c.id,
        c.provider,
        c.field,
        c.change,
        c.from === null ? null : toDecimalString(c.from),
        c.to === null ? null : toDecimalString(c.to),
        c.source,
        c.origin,
      ]),
    ),
  md: (res) =>
    [
      `### Price changes ${res.from} → ${res.to}`,
      '',
      mdTable(
        ['Effective', 'Entry', 'Field', 'Change', 'From', 'To'],
        res.changes.map((c) => [
          c.effective,
          `\`${c.id}\``,
          c.field,
          c.change,
          amountText(c.field, c.from),
          amountText(c.field, c.to),
        ]),
      ),
    ].join('\n') + '\n',
};

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

interface Provenance {
  source: string;
  asOf: string;
  sourceKind?: 'official' | 'copy';
  original?: string;
}

/** "source URL (official, read 2026-11-01)" or "source URL (copy of PAGE, read 2026-07-31)". */
function provenanceText(p: Provenance): string {
  return `source ${p.source} (${p.sourceKind === 'copy' ? `copy${p.original ? ` of ${p.original}` : ''}` : 'official'}, read ${p.asOf})`;
}

/** Each dated lifecycle event with its own source, earliest first. */
function lifecycleLines(events: readonly LifecycleEvent[] | undefined): string[] {
  return [...(events ?? [])]
    .sort((a, b) => a.on.localeCompare(b.on))
    .map((e) => `  ${e.event} ${e.on} — ${provenanceText(e)}${e.note ? `: ${e.note}` : ''}`);
}

function historyLines(
  entries: readonly (Provenance & {
    effectiveFrom: string;
    effectiveFromBasis?: string;
    effectiveTo?: string;
    note?: string;
    origin: string;
    override: boolean;
  })[],
  fields: readonly string[],
): string[] {
  const lines: string[] = [];
  for (const e of [...entries].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))) {
    const rec = e as unknown as Record<string, unknown>;
    const prices = fields.filter((f) => rec[f] !== undefined).map((f) => priceText(f, rec[f] as Decimal));
    const unpublished = Array.isArray(rec.notPublished)
      ? [`not published: ${(rec.notPublished as string[]).join(', ')}`]
      : [];
    const from = e.effectiveFromBasis === 'first-seen' ? `${e.effectiveFrom} (first seen)` : e.effectiveFrom;
    const span = e.effectiveTo ? `${from} → ${e.effectiveTo}` : `from ${from}`;
    lines.push(`    ${span}: ${[...prices, ...unpublished].join(', ')}`);
    lines.push(`      ${provenanceText(e)}${e.override ? ` · override ${e.origin}` : ''}`);
    if (e.note) lines.push(`      ${e.note}`);
  }
  return lines;
}

export function catalogShowText(res: CatalogShowResult): string {
  const out: string[] = [`ftcost catalog ${res.version} · ${res.query}`];
  for (const p of res.providers) {
    out.push('', `${p.name} (${p.id})`, `  pricing: ${p.pricingUrls.join(', ')}`);
    out.push(...lifecycleLines(p.lifecycle));
    for (const n of p.notes ?? []) out.push(`  - ${n}`);
    out.push(`  models: ${p.models.map((m) => m.id).join(', ') || 'none'}`);
  }
  for (const { provider, model, offer, id, availability } of res.offers) {
    out.push('', `${id}  ·  ${provider.name} ${model.name ?? model.id}`);
    if (model.limits)
      out.push(`  max tokens per example: ${model.limits.maxTokensPerExample} (${model.limits.source})`);
    if (availability)
      out.push(
        `  on ${res.asOf}: ${availabilityLabel(availability) ?? 'available'}${offer.production ? '' : '; not for production (no SLA)'}`,
      );
    else if (!offer.production) out.push('  not for production (no SLA)');
    out.push(...lifecycleLines([...(model.lifecycle ?? []), ...(offer.lifecycle ?? [])]));
    out.push('  prices:', ...historyLines(offer.prices, PRICE_FIELDS));
    if (model.basePrices.length) out.push('  base model:', ...historyLines(model.basePrices, BASE_PRICE_FIELDS));
    for (const n of offer.notes) out.push(`  - ${n}`);
    for (const r of model.rejected ?? []) out.push(`  rejected: ${r.figure} — ${r.source}; ${r.reason}`);
  }
  for (const { offer, id } of res.gpuOffers) {
    out.push(
      '',
      `${id}  ·  ${offer.providerName} ${offer.label ?? offer.gpu} (${offer.gpuCount}x ${offer.gpu}${offer.interruptible ? ', interruptible' : ''})`,
    );
    out.push('  prices:', ...historyLines(offer.prices, HARDWARE_PRICE_FIELDS));
    for (const n of offer.notes) out.push(`  - ${n}`);
  }
  if (res.training.length) {
    out.push('', 'Training throughput (tokens/s per GPU):');
    for (const t of res.training)
      out.push(
        `  ${t.parametersBillions.toFixed()}B ${t.method}: ${t.tokensPerSecond.toFixed()} (${t.basis}${t.minGpus ? `, ≥${t.minGpus} GPU` : ''}) — ${t.note ?? t.source}`,
      );
  }
  if (res.serving.length) {
    out.push('', 'Serving throughput (output tokens/s per GPU, batched):');
    for (const t of res.serving)
      out.push(
        `  ${t.parametersBillions.toFixed()}B: ${t.outputTokensPerSecond.toFixed()} (${t.basis}) — ${t.note ?? t.source}`,
      );
  }
  return out.join('\n') + '\n';
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

/** A value as JSON.stringify writes it with the Decimal replacer below (type-level only). */
type AsJson<T> = T extends Decimal
  ? string
  : T extends readonly (infer U)[]
    ? AsJson<U>[]
    : T extends object
      ? { [K in keyof T]: AsJson<T[K]> }
      : T;

/** JSON: Decimals become strings through toDecimalString (never a float). */
export function catalogShowJson(res: CatalogShowResult): string {
  const replacer = (_key: string, value: unknown) =>
    value && typeof value === 'object' && 'toFixed' in value && 'd' in value
      ? toDecimalString(value as Decimal)
      : value;
  const doc = {
    $schema: CATALOG_SHOW_SCHEMA_URL as typeof CATALOG_SHOW_SCHEMA_URL,
    schemaVersion: 2 as const,
    kind: 'catalog-show' as const,
    version: res.version,
    query: res.query,
    providers: res.providers.map(({ models, ...p }) => ({ ...p, models: models.map((m) => m.id) })),
    offers: res.offers.map(({ provider, model, offer, id }) => ({
      id,
      provider: provider.id,
      model: model.id,
      method: offer.method,
      tier: offer.tier ?? null,
      prices: offer.prices,
      basePrices: model.basePrices,
      limits: model.limits ?? null,
      availability: availabilityJson(res.offers.find((o) => o.id === id)?.availability ?? undefined),
      lifecycle: [...(provider.lifecycle ?? []), ...(model.lifecycle ?? []), ...(offer.lifecycle ?? [])],
      production: offer.production,
      notes: offer.notes,
      rejected: model.rejected ?? [],
    })),
    gpuOffers: res.gpuOffers.map(({ offer, id }) => ({ id, ...offer })),
    trainingThroughput: res.training,
    servingThroughput: res.serving,
  };
  // The object written, once the replacer has turned its Decimals into strings, is the published type.
  doc as unknown as AsJson<typeof doc> satisfies CatalogShowJson;
  return JSON.stringify(doc, replacer, 2) + '\n';
}
