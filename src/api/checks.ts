/**
 * The library's input checks, so `estimate()`, `budget()` and `breakEven…()` refuse what the CLI
 * refuses (a date that is not a calendar day, a method that does not exist, a misspelt option key,
 * a count that is not a whole positive number), with messages in the option names a library caller
 * wrote and a stable `UserError.code`. The CLI parses its flags first and then calls the same
 * functions, so both go through these checks: each message names its input through a Wording
 * (src/errors.ts), so the CLI shows the flag ("--base-output-tokens") where a library caller reads
 * the option key ("baseOutputTokens"), and `option` says which input it is.
 */
import { isHoursPerMonth } from '../domain/hours.js';
import { checkNames } from '../catalog/query.js';
import type { Catalog } from '../catalog/model.js';
import { isIsoDate, METHODS } from '../domain/vocabulary.js';
import { suggest } from '../text/suggest.js';
import { UserError } from '../errors.js';
import { d, Decimal } from '../decimal.js';
import type { FailureCost } from '../engine/breakEven/costCurve.js';

/** Every key a function takes, as a record so TypeScript refuses a list that misses or invents one. */
export type KeySet<T> = Record<keyof T, true>;

/** Refuse a key the function does not take, naming the nearest one it does ("perquery" → "perQuery"). */
export function checkKeys<T>(what: string, given: unknown, known: KeySet<T>): void {
  if (given === null || typeof given !== 'object' || Array.isArray(given))
    throw new UserError(`${what} must be an object of options`, { code: 'invalid-input' });
  const names = Object.keys(known);
  for (const [key, value] of Object.entries(given)) {
    // A key left undefined (a spread of optional settings) says nothing; a misspelt key with a value would be ignored.
    if (Object.hasOwn(known, key) || value === undefined) continue;
    throw new UserError(`${what}: unknown option "${key}"${suggest(key, names)}`, { code: 'unknown-option' });
  }
}

/** A real calendar day written YYYY-MM-DD ("yesterday", "2026-02-30" and 2026-11-29 as a Date are refused). */
export function checkDate(name: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !isIsoDate(value))
    throw new UserError((w) => `${w.option(name)} must be a date written YYYY-MM-DD, got ${describe(value)}`, {
      code: 'invalid-date',
      option: name,
    });
}

/** A whole number of at least `min` (counts of examples, tokens, epochs). */
export function checkCount(name: string, value: unknown, min = 1, max?: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min)
    throw new UserError((w) => `${w.option(name)} must be a whole number of at least ${min}, got ${describe(value)}`, {
      code: 'invalid-number',
      option: name,
    });
  if (max !== undefined && value > max)
    throw new UserError((w) => `${w.option(name)} must be at most ${max.toLocaleString('en-US')}, got ${value}`, {
      code: 'invalid-number',
      option: name,
    });
}

/**
 * The largest counts an estimate takes, at every door (the CLI's flags, the library's options): beyond them an input
 * is a typo, not a job (issue 24: a value one door refuses, no door accepts).
 */
export const ESTIMATE_COUNT_MAX = {
  examples: 1_000_000_000,
  tokensPerExample: 10_000_000,
  epochs: 1000,
  evaluations: 1_000_000,
} as const;

/** Fine-tuning methods ftcost knows (a misspelt one would silently match nothing). */
export function checkMethods(methods: unknown): void {
  if (methods === undefined) return;
  if (!Array.isArray(methods)) throw new UserError('methods must be a list of method ids', { code: 'invalid-input' });
  for (const m of methods)
    if (!(METHODS as readonly unknown[]).includes(m))
      throw new UserError(
        `unknown method ${describe(m)}${typeof m === 'string' ? suggest(m, METHODS) : ''}; ` +
          `use one of ${METHODS.join(', ')}`,
        { code: 'unknown-method' },
      );
}

/** Model ids / aliases and provider ids the catalog knows (did-you-mean otherwise). */
export function checkModelFilters(
  catalog: Catalog,
  filters: { models?: readonly string[] | undefined; providers?: readonly string[] | undefined },
): void {
  for (const [name, list] of [
    ['models', filters.models],
    ['providers', filters.providers],
  ] as const)
    if (list !== undefined && (!Array.isArray(list) || list.some((id) => typeof id !== 'string')))
      throw new UserError(`${name} must be a list of ids`, { code: 'invalid-input' });
  checkNames(catalog, { models: filters.models, providers: filters.providers });
}

/** Hours in a month: 730 (8,760 hours / 12, the cloud convention) or 720 (30 days), as --hours-per-month. */
export function checkHoursPerMonth(value: unknown): void {
  if (value === undefined) return;
  if (!isHoursPerMonth(value))
    throw new UserError(
      (w) => `${w.option('hoursPerMonth')} must be 730 (the cloud convention) or 720, got ${describe(value)}`,
      { code: 'invalid-choice', option: 'hoursPerMonth' },
    );
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return `a Date (${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/**
 * What the team is to the providers, an option of every entry that prices offers (estimate, budget,
 * breakEvenFromCatalog): by default a new customer everywhere, so closures to new customers apply.
 */
export interface CustomerOptions {
  /** Provider ids the team already fine-tunes on: closures to new customers do not apply there. */
  existingCustomers?: readonly string[];
  /**
   * Provider ids the team is an existing customer of without recent use (OpenAI: no fine-tuned
   * inference in 60 days).
   */
  lapsedCustomers?: readonly string[];
}

/** A non-negative amount (USD, hours, examples): a decimal string or a plain number. Undefined stays undefined. */
export function parseAmount(name: string, value: unknown): Decimal | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim().replace(/_/g, '') : '';
  if (/^-\d+(\.\d+)?$/.test(text))
    throw new UserError((w) => `${w.option(name)} must not be negative, got ${text}`, { option: name });
  checkNoComma(name, text);
  if (!/^\d+(\.\d+)?$/.test(text))
    throw new UserError((w) => `${w.option(name)} must be a non-negative number like 3000, got ${describe(value)}`, {
      option: name,
    });
  return d(text);
}

/**
 * A comma in a number is never dropped: "1,79" is refused with the decimal-point spelling, not read as
 * 179 (the CLI takes "3,000" for thousands before the value gets here).
 */
export function checkNoComma(name: string, text: string): void {
  if (!text.includes(',')) return;
  const decimal = /^\d+,\d+$/.test(text) ? ` write "${text.replace(',', '.')}" for a decimal;` : '';
  throw new UserError(
    (w) =>
      `${w.option(name)} must be written with a decimal point, got "${text}":${decimal} ` +
      'a comma is not read as a decimal separator',
    { code: 'invalid-number', option: name },
  );
}

/**
 * An exact decimal from a decimal string, a Decimal or a plain JS number (2.5 is "2.5", never rounded);
 * undefined for anything else (NaN, Infinity, 1e21, objects).
 */
export function decimalText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (Decimal.isDecimal(value)) return (value as Decimal).toFixed();
  return undefined;
}

/** true or false, nothing else: "false", 0 and "no" would otherwise be read by their truthiness. */
export function checkBoolean(name: string, value: unknown): void {
  if (value === undefined || typeof value === 'boolean') return;
  throw new UserError((w) => `${w.option(name)} must be true or false, got ${describe(value)}`, {
    code: 'invalid-input',
    option: name,
  });
}

/** A success rate: a share in (0, 1] ("0.96") or a percent ("96%"). */
export function parseSuccessRate(name: string, value: unknown): Decimal | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  const m = /^(-?\d+(?:\.\d+)?)\s*(%?)$/.exec(text);
  const rate = m ? d(m[1]!).div(m[2] ? 100 : 1) : undefined;
  if (!rate?.gt(0) || rate.gt(1))
    throw new UserError(
      (w) =>
        `${w.option(name)} must be more than 0 and at most 1 (a share like 0.96, or a percent like 96%), ` +
        `got ${describe(value)}`,
      { option: name },
    );
  return rate;
}

/** What a failure costs: "retry" (asked again at the option's own price) or USD for a person's fix. */
export function parseFailureCost(value: unknown): FailureCost | undefined {
  if (value === undefined) return undefined;
  if (value === 'retry') return { kind: 'retry' };
  return { kind: 'fix', usd: parseAmount('failureCost', value)! };
}

/**
 * A `catalog` option must be a catalog (loadCatalog, loadOverrides, embeddedCatalog): a hand-made
 * object missing its lists made the engine throw a TypeError deep inside a look-up.
 */
export function checkCatalogOption(value: unknown): void {
  if (value === undefined) return;
  const c = value as Partial<Record<string, unknown>> | null;
  // The GPU lists are only looked for, not read: the bundled CLI's catalog loads them on first use, which an
  // estimate never makes.
  const lazy = ['gpuOffers', 'trainingThroughput', 'servingThroughput'];
  if (
    c === null ||
    typeof c !== 'object' ||
    typeof c.meta !== 'object' ||
    c.meta === null ||
    !Array.isArray(c.providers) ||
    lazy.some((key) => !(key in c))
  )
    throw new UserError(
      (w) =>
        `${w.option('catalog')} must be a catalog (from loadCatalog, loadOverrides or embeddedCatalog), ` +
        `got ${describe(value)}`,
      { code: 'invalid-input', option: 'catalog' },
    );
}

/**
 * A `dataset` option must be a training set (ftcost/tokens countFile, assumedDataset): an object with a
 * whole number of examples and an epochTokens function.
 */
export function checkDatasetOption(value: unknown): void {
  if (value === undefined) return;
  const ds = value as Partial<Record<string, unknown>> | null;
  if (
    ds === null ||
    typeof ds !== 'object' ||
    (ds.kind !== 'assumed' && ds.kind !== 'counted') ||
    typeof ds.examples !== 'number' ||
    !Number.isSafeInteger(ds.examples) ||
    ds.examples < 1 ||
    typeof ds.epochTokens !== 'function'
  )
    throw new UserError(
      (w) =>
        `${w.option('dataset')} must be a training set (from ftcost/tokens, or assumedDataset(examples, ` +
        `tokensPerExample)), got ${describe(value)}`,
      { code: 'invalid-input', option: 'dataset' },
    );
}

/** A model id: a non-empty string (a number or null would reach the look-ups as something else). */
export function checkModelId(name: string, value: unknown, optional = false): void {
  if (value === undefined && optional) return;
  if (typeof value !== 'string' || value.trim() === '')
    throw new UserError((w) => `${w.option(name)} must be a model id like "gpt-4o-mini", got ${describe(value)}`, {
      code: 'invalid-input',
      option: name,
    });
}

/**
 * One of a closed set of ids, written exactly as the vocabulary writes it (lowercase): the CLI refuses
 * "QLoRA" and "fp16", and so does the library, instead of quietly leaving out what they would select.
 */
export function checkChoice(name: string, value: unknown, choices: readonly string[]): void {
  if (value === undefined) return;
  if (typeof value === 'string' && choices.includes(value)) return;
  const near = typeof value === 'string' ? suggest(value, choices) : '';
  throw new UserError((w) => `${w.option(name)} must be one of ${choices.join(', ')}, got ${describe(value)}${near}`, {
    code: 'invalid-choice',
    option: name,
  });
}

/** A list of strings (the extra assumptions a caller reports), or undefined. */
export function checkStringList(name: string, value: unknown): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw new UserError((w) => `${w.option(name)} must be a list of strings, got ${describe(value)}`, {
      code: 'invalid-input',
      option: name,
    });
}
