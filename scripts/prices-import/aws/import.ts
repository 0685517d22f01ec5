/**
 * AWS Price List rows (Amazon Bedrock offer file) → catalog prices of customized models. Like the
 * Azure importer, every row is accounted for: an observation, a known skip, an unmapped
 * customization row (by usage type), or counted as no customization price.
 */
import { Tally, type ImportResult, type KnownSkip, type Observation, type Unmapped } from '../feed.js';
import { inFieldUnit, parseAwsUnit, priceOf, quotedFigure } from '../units.js';
import type { OfferFile, OfferRow } from './offer.js';
import { awsSkuMapping } from './skus.js';

const AWS_PROVIDER_ID = 'aws-bedrock';

const NOT_CUSTOMIZATION = 'not a model-customization SKU (base-model inference, batch, images...)';

export function importAwsRows(rows: readonly OfferRow[]): ImportResult {
  const observations: Observation[] = [];
  const known = new Tally<KnownSkip>();
  const unmapped = new Tally<Unmapped>();
  const ignored = new Tally<{ reason: string; items: number }>();
  const problems: string[] = [];
  const cannot = (row: OfferRow, why: string) =>
    unmapped.add(`${row.usagetype}\u0000${why}`, () => ({
      name: row.usagetype,
      detail: `feature ${row.feature || '(none)'}, unit ${row.unit}`,
      why,
    }));

  for (const row of rows) {
    const mapping = awsSkuMapping(row.usagetype, row.feature);
    if (mapping.kind === 'not-customization') {
      ignored.add(NOT_CUSTOMIZATION, () => ({ reason: NOT_CUSTOMIZATION }));
      continue;
    }
    if (mapping.kind === 'skip') {
      known.add(`${row.usagetype}\u0000${mapping.reason}`, () => ({ name: row.usagetype, reason: mapping.reason }));
      continue;
    }
    if (mapping.kind === 'unmapped') {
      cannot(row, mapping.why);
      continue;
    }
    const { target } = mapping;
    if (row.usd === undefined) {
      cannot(row, 'no USD price in its OnDemand term');
      continue;
    }
    const tierStart = priceOf(row.beginRange);
    if (tierStart && !tierStart.isZero()) {
      known.add(`${row.usagetype}\u0000tier`, () => ({
        name: row.usagetype,
        reason: `a volume tier from ${row.beginRange} units: only the first tier is a list price`,
      }));
      continue;
    }
    const unit = parseAwsUnit(row.unit);
    const price = priceOf(row.usd);
    if (!price) {
      problems.push(`${row.where}: price ${row.usd} is not a decimal number`);
      continue;
    }
    const amount = unit && inFieldUnit(price, unit, target.field);
    if (!unit || !amount) {
      cannot(row, `unit "${row.unit}" does not fit ${target.field}`);
      continue;
    }
    observations.push({
      target,
      meter: row.usagetype,
      region: row.regionCode,
      effectiveFrom: row.effectiveFrom,
      amount,
      quoted: quotedFigure(price.toFixed(), unit),
    });
  }
  return {
    providerId: AWS_PROVIDER_ID,
    observations,
    known: known.list(),
    unmapped: unmapped.list(),
    ignored: ignored.list(),
    problems,
  };
}

/**
 * The bulk-API URL of the offer file: per region when all its rows are in one region (the file a
 * region_index.json's currentVersionUrl names), else the all-region file of that version.
 */
export function awsOfferSource(offer: OfferFile): string {
  const base = 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonBedrock';
  const regions = [...new Set(offer.rows.map((r) => r.regionCode).filter((r) => /^[a-z]{2}(-[a-z]+)+-\d$/.test(r)))];
  const version = offer.version ?? 'current';
  return regions.length === 1 ? `${base}/${version}/${regions[0]}/index.json` : `${base}/${version}/index.json`;
}
