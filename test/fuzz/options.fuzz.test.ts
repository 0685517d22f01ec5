/**
 * Fuzzing the library's option objects (issue 24: "758 hostile inputs" found nine TypeErrors by hand). A valid
 * options object of each public entry is mutated — a key set to a wrong type, null, NaN, ±Infinity, a fractional
 * or negative number, a list, an object; an unknown key added; a key removed — and the entry must either return a
 * result or throw a UserError: never a TypeError, a RangeError or any other error. Fixed seed, bounded runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEven, breakEvenFromCatalog } from '../../src/api/breakEven.js';
import { budget } from '../../src/api/budget.js';
import { estimate } from '../../src/api/estimate.js';
import { UserError } from '../../src/errors.js';
import { fixtureCatalog } from '../helpers/catalog.js';

const SEED = 20261207;
const catalog = fixtureCatalog();
const TODAY = '2026-11-23';

/** Values a careless or hostile caller passes where the types say otherwise. */
const hostile = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    0,
    -1,
    2.5,
    0.1,
    1e21,
    2 ** 53,
    '',
    ' ',
    'auto',
    'true',
    '1,5',
    '-3',
    '1e3',
    'NaN',
    true,
    false,
    [],
    [null],
    [1, 2],
    {},
    { low: 1 },
    () => 1,
    Symbol('x'),
    new Date(0),
  ),
  fc.integer({ min: -5, max: 5000 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 8 }),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
);

type Options = Record<string, unknown>;

/** A mutation: each listed key replaced by a hostile value, removed, or an unknown key added. */
function mutations(base: Options, keys: readonly string[]) {
  return fc.array(
    fc.oneof(
      fc.tuple(fc.constant('set' as const), fc.constantFrom(...keys), hostile),
      fc.tuple(fc.constant('drop' as const), fc.constantFrom(...Object.keys(base)), fc.constant(undefined)),
      fc.tuple(fc.constant('add' as const), fc.string({ minLength: 1, maxLength: 10 }), hostile),
    ),
    { minLength: 1, maxLength: 3 },
  );
}

function apply(base: Options, changes: readonly (readonly ['set' | 'drop' | 'add', string, unknown])[]): Options {
  const out: Options = { ...base };
  for (const [op, key, value] of changes) {
    if (op === 'drop') delete out[key];
    else out[key] = value;
  }
  return out;
}

/** Run `fn`: a result, or a UserError; anything else is reported with the options that caused it. */
function userErrorOrResult(fn: () => unknown, options: Options): void {
  try {
    const result = fn();
    expect(result).toBeTypeOf('object');
  } catch (err) {
    if (err instanceof UserError) {
      // One line, never a stack trace or an "undefined" where a name belongs.
      expect(err.message).not.toMatch(/\n/);
      return;
    }
    throw new Error(`${(err as Error)?.constructor?.name}: ${(err as Error)?.message} for ${show(options)}`);
  }
}

function showValue(value: unknown): string {
  if (typeof value === 'symbol' || typeof value === 'function') return String(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
function show(options: Options): string {
  return `{ ${Object.entries(options)
    .filter(([k]) => k !== 'catalog')
    .map(([k, v]) => `${k}: ${showValue(v)}`)
    .join(', ')} }`;
}

const ESTIMATE: Options = { examples: 500, tokensPerExample: 400, epochs: 3, catalog, today: TODAY };
const ESTIMATE_KEYS = [
  'examples',
  'tokensPerExample',
  'dataset',
  'epochs',
  'models',
  'providers',
  'methods',
  'asOf',
  'today',
  'evaluations',
  'trainingHours',
  'includeUnavailable',
  'existingCustomers',
  'lapsedCustomers',
  'catalog',
  'assumptions',
  'range',
];
const BUDGET: Options = { maxCost: '10', tokensPerExample: 400, epochs: 3, catalog, today: TODAY };
const BUDGET_KEYS = [
  'maxCost',
  'examples',
  'dataset',
  'tokensPerExample',
  'epochs',
  'models',
  'providers',
  'methods',
  'asOf',
  'today',
  'includeUnavailable',
  'existingCustomers',
  'lapsedCustomers',
  'catalog',
  'assumptions',
];
const SETTINGS_KEYS = [
  'queriesPerDay',
  'hoursPerMonth',
  'horizonMonths',
  'retrainEveryMonths',
  'baseline',
  'today',
  'failureCost',
  'chartSamples',
  'range',
  'sensitivity',
];
const CUSTOM: Options = {
  options: [
    { id: 'prompted', perQuery: '0.004' },
    { id: 'tuned', perQuery: '0.001', oneTime: '300', monthly: '20', successRate: '0.9' },
    { id: 'gpu', hourly: '2.5', capacityPerDay: '50000' },
  ],
  queriesPerDay: 800,
  horizonMonths: '12',
  today: TODAY,
};
const CATALOG_BREAKEVEN: Options = {
  baseModel: 'ol-large',
  ftModel: 'ol-mini',
  baseInputTokens: 2000,
  inputTokens: 200,
  outputTokens: 150,
  queriesPerDay: 500,
  examples: 400,
  existingCustomers: ['openlab'],
  catalog,
  today: TODAY,
};
const CATALOG_KEYS = [
  ...SETTINGS_KEYS,
  'baseModel',
  'baseProvider',
  'baseInputTokens',
  'baseCachedInputTokens',
  'baseOutputTokens',
  'ftModel',
  'inputTokens',
  'cachedInputTokens',
  'outputTokens',
  'batchShare',
  'includeEnding',
  'includeNonProduction',
  'peakFactor',
  'precision',
  'examples',
  'tokensPerExample',
  'epochs',
  'providers',
  'hoursPerDayUp',
  'selfHosted',
  'kinds',
  'selfHostMethod',
  'gpu',
  'asOf',
  'dataPrepCost',
  'evalExamples',
  'promptedSuccessRate',
  'ftSuccessRate',
];

describe('library options fuzzed: a UserError or a valid result, never another error', () => {
  it('estimate()', () => {
    fc.assert(
      fc.property(mutations(ESTIMATE, ESTIMATE_KEYS), (changes) => {
        const options = apply(ESTIMATE, changes);
        userErrorOrResult(() => estimate(options as never), options);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('budget()', () => {
    fc.assert(
      fc.property(mutations(BUDGET, BUDGET_KEYS), (changes) => {
        const options = apply(BUDGET, changes);
        userErrorOrResult(() => budget(options as never), options);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('breakEven() with custom options, the options list itself mutated too', () => {
    const optionKeys = ['id', 'perQuery', 'hourly', 'hoursPerDay', 'monthly', 'oneTime', 'capacityPerDay'];
    fc.assert(
      fc.property(
        mutations(CUSTOM, SETTINGS_KEYS),
        fc.nat({ max: 2 }),
        mutations({ id: 'x' }, [...optionKeys, 'successRate', 'engineering']),
        (changes, which, optionChanges) => {
          const options = apply(CUSTOM, changes);
          if (Array.isArray(options.options)) {
            const list = [...(options.options as Options[])];
            list[which] = apply(list[which] ?? {}, optionChanges);
            options.options = list;
          }
          userErrorOrResult(() => breakEven(options as never), options);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('breakEvenFromCatalog()', () => {
    fc.assert(
      fc.property(mutations(CATALOG_BREAKEVEN, CATALOG_KEYS), (changes) => {
        const options = apply(CATALOG_BREAKEVEN, changes);
        userErrorOrResult(() => breakEvenFromCatalog(options as never), options);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
