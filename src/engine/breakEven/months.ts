/**
 * The one month convention for spans of time (the horizon, an offer's remaining life, a retraining
 * date): calendar months. A span of whole months ends on the same day of a later month (clamped to
 * its last day, as addMonths does); a part of a month is the share of that next month's days. So an
 * offer serving the whole one-month horizon from 2026-02-01 (to 2026-03-01) has exactly 1 month of
 * life, not 28 ÷ (365 ÷ 12) = 0.92. (Money per month is another convention: `hoursPerMonth`, 730 by
 * cloud billing — a rate, not a span.) Exact: every span is a Rational.
 */
import { addDays, addMonths, daysBetween } from '../../domain/dates.js';
import { Rational } from './rational.js';

/** Calendar months from one date to a later one, exactly (0 when `to` is not after `from`). */
export function monthsBetween(from: string, to: string): Rational {
  if (to <= from) return Rational.ZERO;
  // Whole months: the largest w with from + w months ≤ to (an estimate from the days, then corrected).
  let whole = Math.max(0, Math.floor(daysBetween(from, to) / 31));
  while (addMonths(from, whole + 1) <= to) whole++;
  const start = addMonths(from, whole);
  const days = daysBetween(start, to);
  if (days === 0) return Rational.of(BigInt(whole));
  const monthDays = daysBetween(start, addMonths(from, whole + 1));
  return Rational.of(BigInt(whole)).plus(Rational.of(BigInt(days), BigInt(monthDays)));
}

/**
 * The first day after a span of `months` that starts on `from`: whole calendar months, then the
 * part of a month as that share of the next month's days, rounded up to a whole day.
 */
export function dateAfterMonths(from: string, months: Rational): string {
  const whole = Number(months.floor());
  const start = addMonths(from, whole);
  const rest = months.minus(Rational.of(BigInt(whole)));
  if (rest.isZero()) return start;
  const monthDays = daysBetween(start, addMonths(from, whole + 1));
  return addDays(start, Number(rest.times(Rational.of(BigInt(monthDays))).ceil()));
}
