/**
 * Reading a saved AWS Price List offer file for Amazon Bedrock (the bulk API's index.json:
 * `products` by SKU, `terms.OnDemand` by SKU, each term's `priceDimensions` with `unit` and
 * `pricePerUnit`). AWS writes prices as strings ("0.0000600000"); the lossless parser keeps any
 * number as text all the same. No network: only the saved file is read.
 */
import { isIsoDate } from '../../../src/domain/vocabulary.js';
import { readSaved } from '../files.js';
import { isNumberText, parseJsonKeepingNumbers } from '../jsonText.js';

/** One price dimension of one SKU's OnDemand term. */
export interface OfferRow {
  /** "file sku QRGWJ3P8FT28EYX2": where to find the row. */
  where: string;
  usagetype: string;
  regionCode: string;
  feature: string;
  /** YYYY-MM-DD: the term's effectiveDate. */
  effectiveFrom: string;
  unit: string;
  /** USD per unit as written, or undefined when the dimension has no USD price. */
  usd?: string;
  /** Volume tiers: the row applies from this many units (0 for the first tier). */
  beginRange: string;
}

export interface OfferFile {
  rows: OfferRow[];
  offerCode?: string;
  version?: string;
  publicationDate?: string;
  problems: string[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function awsOfferFromText(source: string, shown: string): OfferFile {
  let whole: unknown;
  try {
    whole = parseJsonKeepingNumbers(source);
  } catch {
    throw new Error(`${shown}: not JSON (expected an AWS Price List offer file, index.json)`);
  }
  if (!isObject(whole) || !isObject(whole.products) || !isObject(whole.terms))
    throw new Error(`${shown}: not an AWS Price List offer file (no "products" and "terms")`);
  const onDemand = isObject(whole.terms.OnDemand) ? whole.terms.OnDemand : {};
  const rows: OfferRow[] = [];
  const problems: string[] = [];
  for (const [sku, product] of Object.entries(whole.products)) {
    const where = `${shown} sku ${sku}`;
    const attributes = isObject(product) && isObject(product.attributes) ? product.attributes : undefined;
    if (!attributes || text(attributes.usagetype) === '') {
      problems.push(`${where}: product has no attributes.usagetype`);
      continue;
    }
    const terms = onDemand[sku];
    if (!isObject(terms)) {
      problems.push(`${where}: no OnDemand term for ${text(attributes.usagetype)}`);
      continue;
    }
    for (const term of Object.values(terms)) {
      if (!isObject(term) || !isObject(term.priceDimensions)) continue;
      const effectiveFrom = text(term.effectiveDate).slice(0, 10);
      if (!isIsoDate(effectiveFrom)) {
        problems.push(`${where}: OnDemand term without an effectiveDate`);
        continue;
      }
      for (const dimension of Object.values(term.priceDimensions)) {
        if (!isObject(dimension)) continue;
        const usd = isObject(dimension.pricePerUnit) ? dimension.pricePerUnit.USD : undefined;
        rows.push({
          where,
          usagetype: text(attributes.usagetype),
          regionCode: text(attributes.regionCode) || text(attributes.location),
          feature: text(attributes.feature),
          effectiveFrom,
          unit: text(dimension.unit),
          ...(isNumberText(usd) ? { usd } : {}),
          beginRange: isNumberText(dimension.beginRange) ? dimension.beginRange : '0',
        });
      }
    }
  }
  return {
    rows,
    ...(typeof whole.offerCode === 'string' ? { offerCode: whole.offerCode } : {}),
    ...(typeof whole.version === 'string' ? { version: whole.version } : {}),
    ...(typeof whole.publicationDate === 'string' ? { publicationDate: whole.publicationDate } : {}),
    problems,
  };
}

export function readAwsOffer(path: string, shown: string): OfferFile {
  return awsOfferFromText(readSaved(path, shown), shown);
}
