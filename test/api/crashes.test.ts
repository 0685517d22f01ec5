/**
 * Issue 24, crashes 3 and 4 and silent item 10: the library threw TypeError for options a caller gets wrong
 * (no options, null, a hand-made catalog, a number for a model id), ran out of memory on chartSamples: 1e7, and
 * quietly accepted GPU, precision and self-host method spellings the CLI refuses. Each is now one UserError.
 */
import { describe, expect, it } from 'vitest';
import { breakEven, breakEvenFromCatalog } from '../../src/api/breakEven.js';
import { budget } from '../../src/api/budget.js';
import { estimate } from '../../src/api/estimate.js';
import { validateAnyFile, validateProviderFile } from '../../src/catalog/validate.js';
import { UserError } from '../../src/errors.js';
import { fixtureCatalog } from '../helpers/catalog.js';

const catalog = fixtureCatalog();
const TODAY = '2026-11-23';

/** The UserError `fn` throws (a TypeError, or no error at all, fails the test). */
function refusal(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  expect.fail('expected a UserError, got a result');
}

// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
type Any = any;
const BREAKEVEN = {
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

describe('crash 3: a UserError, never a TypeError', () => {
  it.each([
    ['estimate()', () => (estimate as Any)(), 'estimate() must be an object of options'],
    ['estimate(null)', () => (estimate as Any)(null), 'estimate() must be an object of options'],
    ['budget()', () => (budget as Any)(), 'budget() must be an object of options'],
    [
      'breakEvenFromCatalog()',
      () => (breakEvenFromCatalog as Any)(),
      'breakEvenFromCatalog() must be an object of options',
    ],
    [
      'trainingHours: null',
      () => estimate({ examples: 500, trainingHours: null as Any, catalog, today: TODAY }),
      'trainingHours must be a positive number of hours, got "null"',
    ],
    [
      'catalog: {}',
      () => estimate({ examples: 500, catalog: {} as Any, today: TODAY }),
      'catalog must be a catalog (from loadCatalog, loadOverrides or embeddedCatalog), got {}',
    ],
    [
      'dataset: {}',
      () => estimate({ dataset: {} as Any, catalog, today: TODAY }),
      'dataset must be a training set (from ftcost/tokens, or assumedDataset(examples, tokensPerExample)), got {}',
    ],
    [
      'budget({ dataset: {} })',
      () => budget({ maxCost: '10', dataset: {} as Any, catalog, today: TODAY }),
      'dataset must be a training set (from ftcost/tokens, or assumedDataset(examples, tokensPerExample)), got {}',
    ],
    [
      'budget({ maxCost: null })',
      () => budget({ maxCost: null as Any, epochs: 3, catalog, today: TODAY }),
      'maxCost must be a positive amount of USD like "10" or "2.50", got "null"',
    ],
    [
      'ftModel: 123',
      () => breakEvenFromCatalog({ ...BREAKEVEN, ftModel: 123 as Any }),
      'ftModel must be a model id like "gpt-4o-mini", got 123',
    ],
    [
      'baseModel: null',
      () => breakEvenFromCatalog({ ...BREAKEVEN, baseModel: null as Any }),
      'baseModel must be a model id like "gpt-4o-mini", got null',
    ],
    [
      'breakEvenFromCatalog({ catalog: [] })',
      () => breakEvenFromCatalog({ ...BREAKEVEN, catalog: [] as Any }),
      'catalog must be a catalog (from loadCatalog, loadOverrides or embeddedCatalog), got []',
    ],
  ])('%s', (_name, fn, message) => {
    expect(refusal(fn).message).toBe(message);
  });

  it('validateProviderFile(123) and validateAnyFile(null) are problems, not a TypeError', () => {
    expect((validateProviderFile as Any)(123, 'x.yaml')).toEqual({
      ok: false,
      problems: [
        { file: 'x.yaml', line: null, path: '', message: "is not YAML text (got a number); pass the file's text" },
      ],
    });
    expect((validateAnyFile as Any)(null, 'y.yaml').problems[0].message).toBe(
      "is not YAML text (got null); pass the file's text",
    );
  });
});

describe('crash 4: chartSamples has a documented bound', () => {
  const options = [
    { id: 'a', perQuery: '0.01' },
    { id: 'b', monthly: '100' },
  ];
  it('1e7 is refused at once (before: out of memory after 238 s); 1,000 is the most', () => {
    const err = refusal(() => breakEven({ options, queriesPerDay: 10, chartSamples: 1e7, today: TODAY }));
    expect(err.message).toBe('chartSamples must be at most 1000, got 10000000');
    expect(err.code).toBe('invalid-number');
    expect(
      breakEven({ options, queriesPerDay: 10, chartSamples: 1000, today: TODAY }).chart.queriesPerDay,
    ).toHaveLength(1000);
  });
});

describe('silent item 10: gpu, precision and selfHostMethod are refused as the CLI refuses them', () => {
  it.each([
    ['gpu', 'h100', /^gpu must be one of .*h100-sxm.*, got "h100"; did you mean "h100-sxm"/],
    ['precision', 'fp16', /^precision must be one of bf16, fp8, got "fp16"; did you mean "fp8", "bf16"\?$/],
    ['selfHostMethod', 'QLoRA', /^selfHostMethod must be one of lora, qlora, full, got "QLoRA"; did you mean "qlora"/],
  ])('%s: %s', (key, value, message) => {
    const err = refusal(() => breakEvenFromCatalog({ ...BREAKEVEN, [key]: value }));
    expect(err.message).toMatch(message);
    expect(err.code).toBe('invalid-choice');
  });

  it('the spellings the vocabulary uses are accepted', () => {
    const gpu = catalog.gpuOffers[0]!.gpu;
    const result = breakEvenFromCatalog({ ...BREAKEVEN, gpu, precision: 'fp8', selfHostMethod: 'qlora' });
    expect(result.options.length).toBeGreaterThan(0);
  });
});
