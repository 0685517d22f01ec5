/**
 * Each imported price against the shipped catalog's price for the same model, offer (method and
 * tier) and field, in force on one day (query.ts resolveField, the look-up every estimate uses):
 * same, different (catalog X vs feed Y), or missing in catalog (and why: no such model, offer, or
 * price on that day, or the catalog records it as not published).
 */
import type { Catalog, Offer } from '../../src/catalog/model.js';
import { modelMatches, resolveField, unpublishedOn } from '../../src/catalog/query.js';
import type { Decimal } from '../../src/decimal.js';
import type { FeedPrice } from './aggregate.js';
import { targetLabel } from './feed.js';
import { catalogDecimal } from './units.js';

export type DiffStatus = 'same' | 'different' | 'missing';

export interface DiffRow {
  price: FeedPrice;
  status: DiffStatus;
  /** The catalog's figure, when it has one. */
  catalog?: Decimal;
  /** Why the catalog has none (status missing). */
  why?: string;
}

function findOffer(catalog: Catalog, providerId: string, price: FeedPrice): Offer | string {
  const { modelId, method, tier } = price.target;
  const provider = catalog.providers.find((p) => p.id === providerId);
  if (!provider) return `no provider ${providerId}`;
  const model = provider.models.find((m) => modelMatches(m, modelId));
  if (!model) return `no model ${modelId}`;
  const offer = model.offers.find((o) => o.method === method && (o.tier ?? '') === (tier ?? ''));
  return offer ?? `no ${method}${tier ? ` ${tier}` : ''} offer`;
}

export function diffAgainstCatalog(
  catalog: Catalog,
  providerId: string,
  prices: readonly FeedPrice[],
  on: string,
): DiffRow[] {
  return prices.map((price) => {
    const offer = findOffer(catalog, providerId, price);
    if (typeof offer === 'string') return { price, status: 'missing', why: offer };
    const field = price.target.field;
    const resolved = resolveField(offer.prices, field, on);
    if (!resolved) {
      const unpublished = unpublishedOn(offer.prices, on).some((e) => e.notPublished?.includes(field));
      return {
        price,
        status: 'missing',
        why: unpublished ? `recorded as not published on ${on}` : `no price in force on ${on}`,
      };
    }
    const catalogAmount = resolved.amount;
    return { price, status: catalogAmount.eq(price.amount) ? 'same' : 'different', catalog: catalogAmount };
  });
}

/** How the feed's figure spreads over regions, when it does: "lowest of 2 regions; up to 3.96". */
function spread(price: FeedPrice): string {
  if (price.highest.eq(price.amount)) return '';
  return (
    ` [lowest in ${price.regionsAtLowest.length} of ${price.regions.length} regions; ` +
    `up to ${catalogDecimal(price.highest)}]`
  );
}

/** One line per row: "same: …", "different: … (catalog X vs feed Y)", "missing in catalog: …". */
export function diffLines(rows: readonly DiffRow[]): string[] {
  return rows.map(({ price, status, catalog, why }) => {
    const label = targetLabel(price.target);
    const feed = catalogDecimal(price.amount);
    if (status === 'same') return `same: ${label} ${feed}${spread(price)}`;
    if (status === 'different')
      return `different: ${label} (catalog ${catalogDecimal(catalog!)} vs feed ${feed})${spread(price)}`;
    return `missing in catalog: ${label} (feed ${feed}; ${why})${spread(price)}`;
  });
}

export function diffCounts(rows: readonly DiffRow[]): Record<DiffStatus, number> {
  const counts: Record<DiffStatus, number> = { same: 0, different: 0, missing: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}
