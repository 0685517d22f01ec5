/**
 * The self-hosted options' checks, alone: src/api/estimate.ts runs them on every call, and the widget's first
 * script (which never asks for self-hosted rows) must not bring in the hardware resolution to have them.
 */
import { THROUGHPUT_METHODS } from '../domain/vocabulary.js';
import { UserError } from '../errors.js';
import { suggest } from '../text/suggest.js';

/**
 * The self-hosted options as every door checks them: a boolean, and a method and a job overhead only
 * with it (the overhead's value is read by the planner: src/api/selfHostedOverhead.ts).
 */
export function checkSelfHostedOptions(selfHosted: unknown, method: unknown, jobOverheadMinutes?: unknown): void {
  if (selfHosted !== undefined && typeof selfHosted !== 'boolean')
    throw new UserError((w) => `${w.option('selfHosted')} must be true or false, got ${String(selfHosted)}`, {
      code: 'invalid-input',
      option: 'selfHosted',
    });
  if (jobOverheadMinutes !== undefined && selfHosted !== true)
    throw new UserError(
      (w) => `${w.option('jobOverheadMinutes')} is billed on self-hosted rows: add ${w.option('selfHosted')}`,
      { code: 'conflicting-options', option: 'jobOverheadMinutes' },
    );
  if (method === undefined) return;
  if (!(THROUGHPUT_METHODS as readonly unknown[]).includes(method))
    throw new UserError(
      (w) =>
        `${w.option('selfHostMethod')} must be one of ${THROUGHPUT_METHODS.join(', ')}; got "${String(method)}"` +
        (typeof method === 'string' ? suggest(method, THROUGHPUT_METHODS) : ''),
      { code: 'unknown-method', option: 'selfHostMethod' },
    );
  if (selfHosted !== true)
    throw new UserError((w) => `${w.option('selfHostMethod')} sizes self-hosted rows: add ${w.option('selfHosted')}`, {
      code: 'conflicting-options',
      option: 'selfHostMethod',
    });
}
