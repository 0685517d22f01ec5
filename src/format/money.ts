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
