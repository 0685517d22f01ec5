/**
 * Messages in the caller's words: a library caller reads the option keys it wrote ("baseModel") and
 * no `ftcost` command; the CLI shows the same message with its flags ("--base-model"), as before.
 * One phrase per message (src/errors.ts Wording): `message` is the library's, `messageIn` another
 * audience's. Fixture catalog (test/fixtures/catalogs/golden): ol-large and ol-mini at OpenLab.
 */
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/api/estimate.js';
import { breakEvenFromCatalog } from '../../src/api/breakEven.js';
import { budget } from '../../src/api/budget.js';
import { d } from '../../src/decimal.js';
import { assumedDataset } from '../../src/engine/training/dataset.js';
import { optionsFromCatalog } from '../helpers/options.js';
import { UserError, type UserErrorCode } from '../../src/errors.js';
import { CLI_WORDING } from '../../cli/wording.js';
import { fixtureCatalog } from '../helpers/catalog.js';
import { runCli } from '../helpers/cli.js';

const catalog = fixtureCatalog();
const TODAY = '2026-11-23';

function refusal(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  expect.fail('expected a UserError, got a result');
}

/** The exact library message, code and option; and no CLI flag or command in it. */
function expectLibrary(fn: () => unknown, message: string, code: UserErrorCode, option: string | undefined): UserError {
  const err = refusal(fn);
  expect(err.message).toBe(message);
  expect(err.code).toBe(code);
  expect(err.option).toBe(option);
  expect(err.message).not.toMatch(/--[a-z]|ftcost/);
  return err;
}

const q = {
  catalog,
  today: TODAY,
  baseModel: 'ol-large',
  baseInputTokens: 2000,
  ftModel: 'ol-mini',
  inputTokens: 200,
  outputTokens: 150,
  examples: 400,
  queriesPerDay: 500,
} as const;

const CLI = [
  'breakeven',
  '--catalog',
  'test/fixtures/catalogs/golden',
  '--as-of',
  TODAY,
  '--base-model',
  'ol-large',
  '--base-input-tokens',
  '2000',
  '--ft-model',
  'ol-mini',
  '--input-tokens',
  '200',
  '--output-tokens',
  '150',
  '--examples',
  '400',
  '--queries-per-day',
  '500',
];

/** The CLI's breakeven with some flags replaced or added: exit 2 and exactly `stderr`. */
async function expectCli(flags: Record<string, string>, stderr: string): Promise<void> {
  const args = [...CLI];
  for (const [flag, value] of Object.entries(flags)) {
    const at = args.indexOf(flag);
    if (at >= 0) args[at + 1] = value;
    else args.push(flag, value);
  }
  const r = await runCli(args);
  expect(r.stderr).toBe(`ftcost: ${stderr}\n`);
  expect(r.code).toBe(2);
}

describe('breakEvenFromCatalog(): engine messages name option keys; the CLI names its flags', () => {
  const cases: [string, Record<string, unknown>, string, UserErrorCode, string, Record<string, string>, string][] = [
    [
      'an unknown base model',
      { baseModel: 'ol-largee' },
      'baseModel: unknown model "ol-largee"; did you mean "ol-large"?',
      'unknown-model',
      'baseModel',
      { '--base-model': 'ol-largee' },
      '--base-model: unknown model "ol-largee"; did you mean "ol-large"? (ftcost catalog list shows every model)',
    ],
    [
      'an unknown model to fine-tune',
      { ftModel: 'ol-mnii' },
      'ftModel: unknown model "ol-mnii"; did you mean "ol-mini"?',
      'unknown-model',
      'ftModel',
      { '--ft-model': 'ol-mnii' },
      '--ft-model: unknown model "ol-mnii"; did you mean "ol-mini"? (ftcost catalog list shows every model)',
    ],
    [
      'a base model with no base prices at the provider asked for',
      { baseProvider: 'confluence' },
      'baseModel: the catalog has no base (un-tuned) prices for "ol-large" at ' +
        'confluence as of 2026-11-23; providers listing the model: openlab',
      'invalid-input',
      'baseModel',
      { '--base-provider': 'confluence' },
      '--base-model: the catalog has no base (un-tuned) prices for "ol-large" at ' +
        'confluence as of 2026-11-23; providers listing the model: openlab',
    ],
    [
      'more cached base prompt tokens than prompt tokens',
      { baseCachedInputTokens: 3000 },
      'baseCachedInputTokens (3000) cannot exceed baseInputTokens (2000)',
      'invalid-input',
      'baseCachedInputTokens',
      { '--base-cached-input-tokens': '3000' },
      '--base-cached-input-tokens (3000) cannot exceed --base-input-tokens (2000)',
    ],
    [
      'more cached fine-tuned prompt tokens than prompt tokens',
      { cachedInputTokens: 300 },
      'cachedInputTokens (300) cannot exceed inputTokens (200)',
      'invalid-input',
      'cachedInputTokens',
      { '--cached-input-tokens': '300' },
      '--cached-input-tokens (300) cannot exceed --input-tokens (200)',
    ],
    [
      'a peak factor under 1',
      { peakFactor: '0.5' },
      'peakFactor must be at least 1 (the peak over the average load), got 0.5',
      'invalid-input',
      'peakFactor',
      { '--peak-factor': '0.5' },
      '--peak-factor must be at least 1 (the peak over the average load), got 0.5',
    ],
    [
      // Today's CLI named the library key here ("baseOutputTokens must be …"): now its flag.
      'no base output tokens',
      { baseOutputTokens: 0 },
      'baseOutputTokens must be a whole number of at least 1, got 0',
      'invalid-number',
      'baseOutputTokens',
      { '--base-output-tokens': '0' },
      '--base-output-tokens must be a whole number of at least 1, got 0',
    ],
  ];
  for (const [what, input, message, code, option, flags, stderr] of cases) {
    it(`${what}: library and CLI`, async () => {
      expectLibrary(() => breakEvenFromCatalog({ ...q, ...input } as never), message, code, option);
      await expectCli(flags, stderr);
    });
  }

  it('a batch share over 1 (the CLI refuses it in its own words before the engine)', async () => {
    const err = expectLibrary(
      () => breakEvenFromCatalog({ ...q, batchShare: '2' }),
      'batchShare must be between 0 and 1, got 2',
      'invalid-input',
      'batchShare',
    );
    expect(err.messageIn(CLI_WORDING)).toBe('--batch-share must be between 0 and 1, got 2');
    await expectCli({ '--batch-share': '2' }, '--batch-share must be a share between 0 and 1 (0.3 = 30%), got 2');
  });

  it('no model to fine-tune', () => {
    const err = expectLibrary(
      () => breakEvenFromCatalog({ ...q, ftModel: [] }),
      'give the model to fine-tune (ftModel)',
      'invalid-input',
      'ftModel',
    );
    // The CLI demands --ft-model before it gets here; its words for the same message:
    expect(err.messageIn(CLI_WORDING)).toBe('give the model to fine-tune (--ft-model)');
  });

  it('sensitivity with no volume', async () => {
    const err = expectLibrary(
      () => breakEvenFromCatalog({ ...q, queriesPerDay: undefined, sensitivity: true }),
      'sensitivity needs a volume (queriesPerDay): the saving is read at it',
      'invalid-input',
      'queriesPerDay',
    );
    expect(err.messageIn(CLI_WORDING)).toBe(
      'sensitivity needs a volume (--queries-per-day N): the saving is read at it',
    );
    const args = CLI.slice(0, -2);
    const r = await runCli([...args, '--sensitivity']);
    expect(r.stderr).toBe('ftcost: sensitivity needs a volume (--queries-per-day N): the saving is read at it\n');
    expect(r.code).toBe(2);
  });

  it('no training examples', () => {
    const err = expectLibrary(
      () => breakEvenFromCatalog({ ...q, examples: undefined }),
      'give the number of training examples (examples)',
      'invalid-input',
      'examples',
    );
    expect(err.messageIn(CLI_WORDING)).toBe('give the number of training examples (--examples N)');
  });
});

describe('token counts refused by the engine itself (the library entry refuses them first, in the same words)', () => {
  const inputs = {
    baseModel: 'ol-large',
    baseInputTokens: 2000,
    baseOutputTokens: 150,
    ftModels: ['ol-mini'],
    inputTokens: 200,
    outputTokens: 150,
    horizonMonths: d(12),
    dataset: assumedDataset(400, 500),
    epochs: 'auto' as const,
    asOf: TODAY,
    today: TODAY,
    queriesPerDay: d(500),
  };
  it('a token count that is not whole, and no output tokens', () => {
    const half = expectLibrary(
      () => optionsFromCatalog({ ...inputs, inputTokens: 1.5 }, catalog),
      'inputTokens must be a whole number of tokens, got 1.5',
      'invalid-input',
      'inputTokens',
    );
    expect(half.messageIn(CLI_WORDING)).toBe('--input-tokens must be a whole number of tokens, got 1.5');
    const none = expectLibrary(
      () => optionsFromCatalog({ ...inputs, outputTokens: 0 }, catalog),
      'outputTokens must be at least 1 (serving capacity is counted in output tokens)',
      'invalid-input',
      'outputTokens',
    );
    expect(none.messageIn(CLI_WORDING)).toBe(
      '--output-tokens must be at least 1 (serving capacity is counted in output tokens)',
    );
  });
});

describe('estimate() and budget(): model ids and missing examples', () => {
  it('an unknown model: no ftcost command in the library message, the CLI hint as before', async () => {
    expectLibrary(
      () => estimate({ catalog, today: TODAY, examples: 500, models: ['ol-mnii'] }),
      'unknown model "ol-mnii"; did you mean "ol-mini"?',
      'unknown-model',
      undefined,
    );
    expectLibrary(
      () => budget({ catalog, today: TODAY, maxCost: '10', models: ['ol-mnii'] }),
      'unknown model "ol-mnii"; did you mean "ol-mini"?',
      'unknown-model',
      undefined,
    );
    const r = await runCli([
      'estimate',
      '--catalog',
      'test/fixtures/catalogs/golden',
      '--examples',
      '500',
      '--model',
      'ol-mnii',
    ]);
    expect(r.stderr).toBe(
      'ftcost: unknown model "ol-mnii"; did you mean "ol-mini"? (ftcost catalog list shows every model)\n',
    );
    expect(r.code).toBe(2);
  });

  it('no examples and no training set', () => {
    const err = expectLibrary(
      () => estimate({ catalog, today: TODAY }),
      'give the number of training examples (examples) or a training file (dataset)',
      'invalid-input',
      'examples',
    );
    expect(err.messageIn(CLI_WORDING)).toBe(
      'give the number of training examples (--examples N) or a training file (--file)',
    );
  });

  it('a bad date names asOf for the library and --as-of on the CLI', async () => {
    const err = expectLibrary(
      () => estimate({ catalog, today: TODAY, examples: 500, asOf: 'yesterday' }),
      'asOf must be a date written YYYY-MM-DD, got "yesterday"',
      'invalid-date',
      'asOf',
    );
    expect(err.messageIn(CLI_WORDING)).toBe('--as-of must be a date written YYYY-MM-DD, got "yesterday"');
  });
});
