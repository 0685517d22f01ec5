/**
 * Feed prices → dated catalog price entries, written as a provider override file (the shape
 * `--prices FILE` reads and pricing/*.yaml uses): a maintainer can try it with `ftcost ... --prices`
 * and copy its entries into the shipped file. One entry per offer and effectiveFrom date, because an
 * entry has one date and the feed's fields start on different days; resolveField reads the catalog
 * field by field, so split entries price exactly like one.
 */
import { Document, Scalar, visit } from 'yaml';
import { PRICE_FIELDS } from '../../src/domain/priceKinds.js';
import type { FeedPrice } from './aggregate.js';
import { catalogDecimal } from './units.js';

/** Where the figures come from: the catalog's provenance fields (src/catalog/schema.ts). */
export interface Provenance {
  source: string;
  asOf: string;
  sourceKind: 'official' | 'copy';
  /** For a copy: the provider's own URL it copies. */
  original?: string;
  /** A sentence prefixed to every note ("Azure Retail Prices API meters"). */
  noteLead: string;
}

function regionWords(price: FeedPrice): string {
  const n = price.regions.length;
  if (price.highest.eq(price.amount)) return `${n} region${n === 1 ? '' : 's'}`;
  return (
    `the lowest of ${n} regions ` +
    `(${price.regionsAtLowest.length} at it, up to ${catalogDecimal(price.highest)} elsewhere)`
  );
}

/**
 * "trainingPer1M: 'gpt-4o-mini-0718-FT-Trng-glbl Tokens' 0.003 per 1K tokens (x 1,000 = per 1M, derived), 3
 * regions".
 */
function fieldNote(price: FeedPrice): string {
  const figures = price.sources.map((s) => `'${s.meter}' ${s.quoted}`).join(', ');
  return `${price.target.field}: ${figures}, ${regionWords(price)}`;
}

type Entry = Record<string, string>;

function entryOf(prices: FeedPrice[], provenance: Provenance): Entry {
  const entry: Entry = { effectiveFrom: prices[0]!.effectiveFrom, source: provenance.source, asOf: provenance.asOf };
  entry.sourceKind = provenance.sourceKind;
  if (provenance.original) entry.original = provenance.original;
  const ordered = [...prices].sort(
    (a, b) => PRICE_FIELDS.indexOf(a.target.field) - PRICE_FIELDS.indexOf(b.target.field),
  );
  for (const p of ordered) entry[p.target.field] = catalogDecimal(p.amount);
  entry.note = `${provenance.noteLead}: ${ordered.map(fieldNote).join('; ')}.`;
  return entry;
}

interface OfferOut {
  method: string;
  tier?: string;
  prices: Entry[];
}

/** The override file's data: provider id, then each model's offers with their dated entries. */
function overrideFileData(providerId: string, prices: readonly FeedPrice[], provenance: Provenance) {
  const models = new Map<string, Map<string, { offer: OfferOut; byDate: Map<string, FeedPrice[]> }>>();
  for (const price of prices) {
    const { modelId, method, tier } = price.target;
    let offers = models.get(modelId);
    if (!offers) models.set(modelId, (offers = new Map()));
    const offerKey = `${method}|${tier ?? ''}`;
    let slot = offers.get(offerKey);
    if (!slot)
      offers.set(offerKey, (slot = { offer: { method, ...(tier ? { tier } : {}), prices: [] }, byDate: new Map() }));
    const group = slot.byDate.get(price.effectiveFrom);
    if (group) group.push(price);
    else slot.byDate.set(price.effectiveFrom, [price]);
  }
  return {
    schemaVersion: 1,
    provider: { id: providerId },
    models: [...models.entries()].map(([id, offers]) => ({
      id,
      offers: [...offers.values()].map(({ offer, byDate }) => ({
        ...offer,
        prices: [...byDate.keys()].sort().map((date) => entryOf(byDate.get(date)!, provenance)),
      })),
    })),
  };
}

/** Dates and decimals double-quoted, as pricing/*.yaml writes them (a bare 3.00 would be a float). */
const QUOTED = /^(\d{4}-\d{2}-\d{2}|\d+(\.\d+)?)$/;

export function overrideFileYaml(
  providerId: string,
  prices: readonly FeedPrice[],
  provenance: Provenance,
  header: readonly string[],
): string {
  const doc = new Document(overrideFileData(providerId, prices, provenance));
  visit(doc, {
    Scalar(key, node) {
      if (key === 'value' && typeof node.value === 'string' && QUOTED.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return header.map((line) => `# ${line}\n`).join('') + doc.toString({ lineWidth: 0 });
}
