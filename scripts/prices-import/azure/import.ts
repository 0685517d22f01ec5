/**
 * Azure Retail Prices items → catalog prices. Each item is a meter's price in one region; the meter
 * table (meters.ts) says which catalog price it is. Every item ends up in exactly one place of the
 * result: an observation, a known skip with its reason, an unmapped fine-tuning meter (listed by
 * name), or the count of items that are no fine-tuning price at all.
 */
import { Tally, type ImportResult, type KnownSkip, type Observation, type Unmapped } from '../feed.js';
import { inFieldUnit, parseAzureUnit, priceOf, quotedFigure } from '../units.js';
import type { RetailItem } from './items.js';
import { azureKnownSkip, azureMeterTarget, looksLikeFineTuning } from './meters.js';

const AZURE_PROVIDER_ID = 'azure-openai';
/** The API the items come from; a query's $filter is appended when it is known. */
const RETAIL_PRICES_API = 'https://prices.azure.com/api/retail/prices';

const NOT_FINE_TUNING = 'not a fine-tuning meter (no FT, RFT or fine-tuned in its name)';

export function importAzureItems(items: readonly RetailItem[]): ImportResult {
  const observations: Observation[] = [];
  const known = new Tally<KnownSkip>();
  const unmapped = new Tally<Unmapped>();
  const ignored = new Tally<{ reason: string; items: number }>();
  const problems: string[] = [];
  const skip = (item: RetailItem, reason: string) =>
    known.add(`${item.meterName}\u0000${reason}`, () => ({ name: item.meterName, reason }));
  const cannot = (item: RetailItem, why: string) =>
    unmapped.add(`${item.meterName}\u0000${why}`, () => ({
      name: item.meterName,
      detail: `product ${item.productName}, unit ${item.unitOfMeasure}`,
      why,
    }));

  for (const item of items) {
    const target = azureMeterTarget(item.meterName);
    if (!target) {
      const reason = azureKnownSkip(item.meterName);
      if (reason) skip(item, reason);
      else if (looksLikeFineTuning(item.meterName)) cannot(item, 'no row in scripts/prices-import/azure/meters.ts');
      else ignored.add(NOT_FINE_TUNING, () => ({ reason: NOT_FINE_TUNING }));
      continue;
    }
    // Reservations and dev/test rates are other price lists; the catalog records pay-as-you-go.
    if (item.type !== 'Consumption') {
      skip(item, `type ${item.type}: only Consumption (pay-as-you-go) prices are imported`);
      continue;
    }
    if (item.currencyCode !== 'USD') {
      cannot(item, `priced in ${item.currencyCode}; the catalog is in USD (query the API with currencyCode='USD')`);
      continue;
    }
    const tierStart = priceOf(item.tierMinimumUnits);
    if (tierStart && !tierStart.isZero()) {
      skip(item, `a volume tier from ${item.tierMinimumUnits} units: only the first tier is a list price`);
      continue;
    }
    const unit = parseAzureUnit(item.unitOfMeasure);
    if (!unit) {
      cannot(item, `unit "${item.unitOfMeasure}" is not one the importer converts`);
      continue;
    }
    const price = priceOf(item.retailPrice);
    if (!price) {
      problems.push(`${item.where}: retailPrice ${item.retailPrice} is not a decimal number`);
      continue;
    }
    const amount = inFieldUnit(price, unit, target.field);
    if (!amount) {
      cannot(item, `unit "${item.unitOfMeasure}" does not fit ${target.field}: fix its row in azure/meters.ts`);
      continue;
    }
    observations.push({
      target,
      meter: item.meterName,
      region: item.armRegionName,
      effectiveFrom: item.effectiveFrom,
      amount,
      quoted: quotedFigure(price.toFixed(), unit),
    });
  }
  return {
    providerId: AZURE_PROVIDER_ID,
    observations,
    known: known.list(),
    unmapped: unmapped.list(),
    ignored: ignored.list(),
    problems,
  };
}

/**
 * The URL the figures were read from: the API, with the query's $filter when known (spaces and
 * quotes percent-encoded, so the catalog's URL check, "no whitespace", holds).
 */
export function retailPricesSource(filter: string | undefined): string {
  if (!filter) return RETAIL_PRICES_API;
  return `${RETAIL_PRICES_API}?$filter=${encodeURIComponent(filter).replace(/'/g, '%27')}`;
}
