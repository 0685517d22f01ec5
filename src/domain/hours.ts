/**
 * The two hour rules every way in shares (the library's options, the CLI's flags, scenario files and
 * the widget's boxes): a billing month is 730 hours (8,760 / 12, the cloud convention) or 720 (30
 * days), and a deployment or rented GPU is up more than 0 and at most 24 hours a day. Each rule is
 * here once; each caller words the refusal for its own audience.
 */
import { Decimal, HOURS_PER_DAY } from '../decimal.js';

/** The hours in a month ftcost accepts, as they are written. */
const HOURS_PER_MONTH_CHOICES: readonly string[] = ['730', '720'];

/** 730 or 720, given as a number or a string (spaces around it allowed); anything else is not. */
export function isHoursPerMonth(value: unknown): boolean {
  const text = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
  return HOURS_PER_MONTH_CHOICES.includes(text);
}

/** More than 0 and at most 24 hours a day (NaN is neither). */
export function isHoursPerDay(hours: Decimal | number): boolean {
  const h = new Decimal(hours);
  return h.gt(0) && h.lte(HOURS_PER_DAY);
}
