/**
 * The job overhead's value, read only by the self-hosted planner (src/api/selfHosted.ts): apart from
 * src/api/selfHostedChecks.ts so that the widget's first script, which never plans self-hosted rows,
 * does not carry it.
 */
import { d, type Decimal } from '../decimal.js';
import { UserError } from '../errors.js';
import { checkNoComma, decimalText } from './checks.js';

/** Minutes in a day: a job overhead longer than that is a unit mistake (hours or seconds typed as minutes). */
const MAX_JOB_OVERHEAD_MINUTES = 1440;

/**
 * `jobOverheadMinutes` (--job-overhead-minutes) as every door reads it: minutes of GPU time billed per
 * job while not training, a decimal from 0 to a day (a number, a decimal string or a Decimal); that it
 * comes only with self-hosted rows is src/api/selfHostedChecks.ts's. undefined: not given (the default).
 */
export function jobOverheadMinutesOf(value: unknown): Decimal | undefined {
  if (value === undefined) return undefined;
  const text = decimalText(value);
  if (text !== undefined) checkNoComma('jobOverheadMinutes', text);
  if (text === undefined || !/^\d+(\.\d+)?$/.test(text) || d(text).gt(MAX_JOB_OVERHEAD_MINUTES))
    throw new UserError(
      (w) =>
        `${w.option('jobOverheadMinutes')} must be minutes from 0 to ${MAX_JOB_OVERHEAD_MINUTES} (a day), ` +
        `got ${typeof value === 'string' ? `"${value}"` : String(value)}`,
      { code: 'invalid-number', option: 'jobOverheadMinutes' },
    );
  return d(text);
}
