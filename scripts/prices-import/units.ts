/**
 * Billing units of the price feeds and the catalog's units, and the exact conversion between them.
 *
 * A feed quotes a price per its own unit ("1K" tokens, "1 Hour", "1K tokens", "hour"); the catalog
 * stores per 1M tokens, per hour, per model-month, the unit in the field's name. The conversion is
 * decimal multiplication by a power of ten (0.003 per 1K × 1,000 = 3 per 1M): exact, never a float.
 */
import { d, type Decimal } from '../../src/decimal.js';
import type { PriceField } from '../../src/domain/priceKinds.js';

export type UnitKind = 'tokens' | 'hours' | 'months';

/** What one quoted price pays for: `count` tokens, hours or months. */
export interface BillingUnit {
  kind: UnitKind;
  count: Decimal;
}

/** The unit each importable catalog field is in (per-job charges are not per-unit meters). */
const FIELD_UNIT_KIND: Partial<Record<PriceField, UnitKind>> = {
  trainingPer1M: 'tokens',
  inputPer1M: 'tokens',
  cachedInputPer1M: 'tokens',
  batchInputPer1M: 'tokens',
  batchOutputPer1M: 'tokens',
  outputPer1M: 'tokens',
  trainingPerHour: 'hours',
  hostingPerHour: 'hours',
  storagePerMonth: 'months',
};

const TOKENS_PER_FIELD_UNIT = d(1_000_000);
const SUFFIX_MULTIPLIER: Record<string, number> = { '': 1, K: 1_000, M: 1_000_000 };

/**
 * Azure's unitOfMeasure: "1K" / "1M" (tokens, for token meters), "1 Hour" / "1/Hour" / "100 Hours",
 * "1/Month". Undefined for anything else ("1", "1/Day", "10K Transactions"...), which the importer
 * reports instead of guessing.
 */
export function parseAzureUnit(unitOfMeasure: string): BillingUnit | undefined {
  const text = unitOfMeasure.trim();
  const tokens = /^(\d+)\s*([KM])(?:\s+tokens?)?$/i.exec(text);
  if (tokens) return { kind: 'tokens', count: d(Number(tokens[1]) * SUFFIX_MULTIPLIER[tokens[2]!.toUpperCase()]!) };
  const time = /^(\d+)\s*(?:\/\s*)?(hours?|months?)$/i.exec(text);
  if (time) return { kind: /^hour/i.test(time[2]!) ? 'hours' : 'months', count: d(Number(time[1])) };
  return undefined;
}

/**
 * The AWS Price List's unit: "1K tokens", "1M tokens", "Tokens" (one token), "hour" / "Hrs",
 * "Model-Month" style month units. Undefined for anything else ("image", "second", "Requests").
 */
export function parseAwsUnit(unit: string): BillingUnit | undefined {
  const text = unit.trim();
  const tokens = /^(\d+)?\s*([KM])?\s*tokens?$/i.exec(text);
  if (tokens) {
    const count = Number(tokens[1] ?? '1') * SUFFIX_MULTIPLIER[(tokens[2] ?? '').toUpperCase()]!;
    return { kind: 'tokens', count: d(count) };
  }
  if (/^(?:1\s*)?(?:hours?|hrs?)$/i.test(text)) return { kind: 'hours', count: d(1) };
  if (/^(?:1\s*)?(?:model[-\s/]*)?(?:months?|mo)$/i.test(text)) return { kind: 'months', count: d(1) };
  return undefined;
}

export function fieldUnitKind(field: PriceField): UnitKind | undefined {
  return FIELD_UNIT_KIND[field];
}

/**
 * A price per `unit` in the field's unit: per 1M tokens, per one hour, per one month. Undefined
 * when the unit does not fit the field (an hourly meter mapped to a per-token field is a mapping
 * mistake, reported, never converted).
 */
export function inFieldUnit(pricePerUnit: Decimal, unit: BillingUnit, field: PriceField): Decimal | undefined {
  if (fieldUnitKind(field) !== unit.kind) return undefined;
  if (unit.kind === 'tokens') return pricePerUnit.mul(TOKENS_PER_FIELD_UNIT.div(unit.count));
  return pricePerUnit.div(unit.count);
}

/** "per 1K", "per 1 Hour": the feed's unit in words, for notes. */
function unitWords(unit: BillingUnit): string {
  if (unit.kind === 'tokens') {
    const n = unit.count;
    if (n.eq(1_000_000)) return 'per 1M tokens';
    if (n.eq(1_000)) return 'per 1K tokens';
    return `per ${n.toFixed()} tokens`;
  }
  const one = unit.kind === 'hours' ? 'hour' : 'month';
  return unit.count.eq(1) ? `per ${one}` : `per ${unit.count.toFixed()} ${one}s`;
}

/** "1000000" → "1,000,000" (a multiplier in a note). */
function grouped(n: Decimal): string {
  return n.toFixed().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The feed's own figure and how it became the field's, for an entry's note:
 * "0.003 per 1K tokens (x 1,000 = per 1M, derived)", "1.7 per hour".
 */
export function quotedFigure(priceText: string, unit: BillingUnit): string {
  let how = '';
  if (unit.kind === 'tokens' && !unit.count.eq(TOKENS_PER_FIELD_UNIT))
    how = ` (x ${grouped(TOKENS_PER_FIELD_UNIT.div(unit.count))} = per 1M, derived)`;
  else if (unit.kind !== 'tokens' && !unit.count.eq(1))
    how = ` (/ ${unit.count.toFixed()} = per ${unit.kind === 'hours' ? 'hour' : 'month'}, derived)`;
  return `${priceText} ${unitWords(unit)}${how}`;
}

/**
 * A JSON number's text ("7e-05", "0.0033", "1.7") as a plain decimal string ("0.00007"), by moving
 * the decimal point in the digits: the provider's figure, never a float. Undefined if it is not a
 * number written in decimal.
 */
export function plainDecimalText(numberText: string): string | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d{1,3}))?$/.exec(numberText.trim());
  if (!m) return undefined;
  const [, sign, whole, fraction = '', exponent = '0'] = m;
  const digits = whole! + fraction;
  // The exponent is a small integer (at most 3 digits), not an amount: Number() is exact for it.
  const point = whole!.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A feed's price text as a Decimal (undefined if it is not a decimal number). */
export function priceOf(numberText: string): Decimal | undefined {
  const plain = plainDecimalText(numberText);
  return plain === undefined ? undefined : d(plain);
}

/**
 * A price as the catalog writes it: every digit kept, at least two decimals ("3.00", "0.075",
 * "1.70"), so an imported figure reads like the shipped one it is compared with.
 */
export function catalogDecimal(amount: Decimal): string {
  return amount.decimalPlaces() < 2 ? amount.toFixed(2) : amount.toFixed();
}
