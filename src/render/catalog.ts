/**
 * Renderers of `ftcost catalog list / show / diff`: pure (result) => string, one per format. Money
 * is only formatted here (formatRate keeps every quoted digit); the JSON contracts are built in
 * src/result/catalogList.ts, catalogDiff.ts and catalogShow.ts (unrounded strings) and only written here.
 */
import type { LifecycleEvent } from '../catalog/schema.js';
import { type CatalogListResult, toCatalogListJson } from '../result/catalogList.js';
import { type CatalogDiffResult, toCatalogDiffJson } from '../result/catalogDiff.js';
import { type CatalogShowResult, toCatalogShowJson } from '../result/catalogShow.js';
import {
  type AnyPriceField,
  BASE_PRICE_FIELDS,
  HARDWARE_PRICE_FIELDS,
  PRICE_FIELDS,
  PRICE_KINDS,
  withUnitLabel,
} from '../domain/priceKinds.js';
import { toDecimalString, type Decimal } from '../decimal.js';
import type { CatalogEntry } from '../catalog/listing.js';
import { formatRate } from '../format/money.js';
import type { Format } from './formats.js';
import { availabilityLabel, methodLabel, staleLabel } from './labels.js';
import { baseName, CSV_POINT, type CsvDialect, csvText, type SheetTable } from './csv.js';
import { mdTable, textTable } from './layout.js';

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
    return (
      `${e.kind} ${e.gpuCount && e.gpuCount > 1 ? `${e.gpuCount}x ` : ''}${e.gpu}` + (e.interruptible ? ' (spot)' : '')
    );
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
      `stale: the price was last checked more than ${res.staleAfterDays} days before ${res.today}; ` +
        'verify it before budgeting.',
    );
  if (res.entries.some((e) => e.sourceKind === 'copy')) {
    lines.push(
      "copy: the price was read from a third party's copy of the provider's page (the Source column); " +
        '`catalog show ID` names the page it copies.',
    );
  }
  if (res.entries.some((e) => e.notPublished.length))
    lines.push(
      'not published: the provider charges this but no source ftcost could read gives the figure; ' +
        'ftcost records that instead of guessing.',
    );
  return lines.join('\n') + '\n';
}

function catalogListJson(res: CatalogListResult): string {
  return JSON.stringify(toCatalogListJson(res), null, 2) + '\n';
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
  'prices_as_of',
  'run_date',
] as const;

/** The catalog listing as one table: the rows of its CSV and of the workbook's "Catalog" sheet. */
export function catalogListSheet(res: CatalogListResult): SheetTable {
  const p = (e: CatalogEntry, f: string) => (e.prices[f] ? toDecimalString(e.prices[f]!) : null);
  return {
    name: 'Catalog',
    header: CATALOG_CSV_HEADER,
    rows: res.entries.map((e) => [
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
      originCell(e.origin),
      res.version,
      res.asOf,
      res.today,
    ]),
  };
}

/** Where an entry came from: "catalog", or an override file by its name (never the local path). */
function originCell(origin: string): string {
  return origin === 'catalog' ? origin : (baseName(origin) ?? origin);
}

export function catalogListCsv(res: CatalogListResult, dialect: CsvDialect = CSV_POINT): string {
  return csvText(catalogListSheet(res), dialect);
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
  csv: (res) => catalogListCsv(res),
  md: catalogListMarkdown,
};

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

export const catalogDiffRenderers: Record<Format, (res: CatalogDiffResult) => string> = {
  table: catalogDiffTable,
  json: (res) => JSON.stringify(toCatalogDiffJson(res), null, 2) + '\n',
  csv: (res) =>
    csvText({
      header: ['effective', 'id', 'provider', 'field', 'change', 'from', 'to', 'source', 'origin'],
      rows: res.changes.map((c) => [
        c.effective,
        c.id,
        c.provider,
        c.field,
        c.change,
        c.from === null ? null : toDecimalString(c.from),
        c.to === null ? null : toDecimalString(c.to),
        c.source,
        originCell(c.origin),
      ]),
    }),
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

interface Provenance {
  source: string;
  asOf: string;
  sourceKind?: 'official' | 'copy';
  original?: string;
}

/** "source URL (official, read 2026-11-01)" or "source URL (copy of PAGE, read 2026-07-31)". */
function provenanceText(p: Provenance): string {
  const kind = p.sourceKind === 'copy' ? `copy${p.original ? ` of ${p.original}` : ''}` : 'official';
  return `source ${p.source} (${kind}, read ${p.asOf})`;
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
        `  on ${res.asOf}: ${availabilityLabel(availability) ?? 'available'}` +
          (offer.production ? '' : '; not for production (no SLA)'),
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
      `${id}  ·  ${offer.providerName} ${offer.label ?? offer.gpu} ` +
        `(${offer.gpuCount}x ${offer.gpu}${offer.interruptible ? ', interruptible' : ''})`,
    );
    out.push('  prices:', ...historyLines(offer.prices, HARDWARE_PRICE_FIELDS));
    for (const n of offer.notes) out.push(`  - ${n}`);
  }
  if (res.training.length) {
    out.push('', 'Training throughput (tokens/s per GPU):');
    for (const t of res.training)
      out.push(
        `  ${t.parametersBillions.toFixed()}B ${t.method}: ${t.tokensPerSecond.toFixed()} ` +
          `(${t.basis}${t.minGpus ? `, ≥${t.minGpus} GPU` : ''}) — ${t.note ?? t.source}`,
      );
  }
  if (res.serving.length) {
    out.push('', 'Serving throughput (output tokens/s per GPU, batched):');
    for (const t of res.serving)
      out.push(
        `  ${t.parametersBillions.toFixed()}B: ${t.outputTokensPerSecond.toFixed()} ` +
          `(${t.basis}) — ${t.note ?? t.source}`,
      );
  }
  return out.join('\n') + '\n';
}

/** JSON: built field by field in src/result/catalogShow.ts (Decimals as strings, never a float). */
export function catalogShowJson(res: CatalogShowResult): string {
  return JSON.stringify(toCatalogShowJson(res), null, 2) + '\n';
}
