/**
 * The only place money is rounded: for people. JSON carries unrounded decimal strings; tables,
 * Markdown and the widget show amounts through these functions.
 */
import { Decimal } from '../decimal.js';

const CENT = new Decimal('0.01');

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * "$1,234.57". Amounts below a cent but above zero keep two significant digits ("$0.0036") so a
 * tiny job never reads as free.
 */
export function formatUsd(amount: Decimal | string): string {
  const value = amount instanceof Decimal ? amount : new Decimal(amount);
  const sign = value.isNeg() ? '-' : '';
  const abs = value.abs();
  if (!abs.isZero() && abs.lt(CENT)) return `${sign}$${abs.toSignificantDigits(2, Decimal.ROUND_HALF_UP).toFixed()}`;
  const [int, frac] = abs.toFixed(2, Decimal.ROUND_HALF_UP).split('.');
  return `${sign}$${group(int!)}.${frac}`;
}

/** A per-unit price as quoted: "$3.00", "$0.075" (never fewer than two decimals, never rounded away). */
export function formatRate(amount: Decimal | string): string {
  const value = amount instanceof Decimal ? amount : new Decimal(amount);
  const places = Math.max(2, value.decimalPlaces());
  const [int, frac] = value.toFixed(places).split('.');
  return `$${group(int!)}.${frac}`;
}

/** "600,000" for integer counts (bigint-safe). */
export function formatCount(value: bigint | number | string): string {
  return group(value.toString());
}

/**
 * A volume for people: rounded UP to whole queries ("1,200", "13" for 12.04), because a break-even
 * of 12.04 queries a day is only passed at the 13th query. JSON keeps the unrounded value.
 */
export function formatQueriesPerDay(value: Decimal | string): string {
  const v = value instanceof Decimal ? value : new Decimal(value);
  return group(v.ceil().toFixed(0));
}

/** A duration in months for people: "0.99 months", "14.2 months" (3 significant digits, at most 2 decimals). */
export function formatMonths(value: Decimal | string): string {
  const v = value instanceof Decimal ? value : new Decimal(value);
  if (v.gt(0) && v.lt('0.01')) return 'under 0.01 months';
  const shown = v.gte(100)
    ? v.toFixed(0, Decimal.ROUND_HALF_UP)
    : v.toSignificantDigits(3, Decimal.ROUND_HALF_UP).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
  const fraction = shown.includes('.') ? `.${shown.split('.')[1]}` : '';
  return `${group(shown.split('.')[0]!)}${fraction} month${v.eq(1) ? '' : 's'}`;
}
