/**
 * Prices in force on a date, field by field, as plain Decimals with the entry each came from: the
 * catalog's rule (src/catalog/query.ts resolveField: a --prices file wins, then the latest entry in
 * force) applied once here, so the engine only reads the result.
 */
import { type Dated, resolveField } from '../catalog/query.js';
import type { Decimal } from '../decimal.js';
import type { PriceEntryOnDate, PricesOnDate } from '../domain/offers.js';

type Entry<F extends string> = Dated & PriceEntryOnDate & { override: boolean } & { [K in F]?: Decimal };

export function pricesOn<F extends string>(
  entries: readonly Entry<F>[],
  fields: readonly F[],
  date: string,
): PricesOnDate<F> {
  const prices: PricesOnDate<F> = {};
  for (const field of fields) {
    const price = resolveField(entries, field, date);
    if (price) prices[field] = price;
  }
  return prices;
}
