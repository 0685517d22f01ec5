/**
 * The library refuses what the CLI refuses: each bad input gives a UserError with a stable `code`
 * from estimate() / budget() / breakEven…(), and exit 2 from the matching CLI command. Prices from the
 * fixture catalog (test/fixtures/catalogs/golden), never the shipped one.
 */
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/api/estimate.js';
import { breakEven, breakEvenFromCatalog } from '../../src/api/breakEven.js';
import { budget } from '../../src/api/budget.js';
import { embeddedCatalog } from '../../src/catalog/embedded.js';
import { UserError, type UserErrorCode } from '../../src/errors.js';
import { fixtureCatalog } from '../helpers/catalog.js';
import { runCli } from '../helpers/cli.js';

const catalog = fixtureCatalog();
const TODAY = '2026-11-23';
const CLI_CATALOG = ['--catalog', 'test/fixtures/catalogs/golden'];

/** The UserError `fn` throws (failing the test when it throws nothing or something else). */
function refusal(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  expect.fail('expected a UserError, got a result');
}

function expectRefused(fn: () => unknown, code: UserErrorCode, message: string | RegExp): void {
  const err = refusal(fn);
  expect(err.code).toBe(code);
  expect(err.message).toMatch(message);
}

const base = { examples: 500, tokensPerExample: 400, catalog, today: TODAY } as const;

describe('estimate(): as strict as ftcost estimate', () => {
  it(
    'accepts good input: ol-mini at OpenLab, 500 × 400 tokens × 3 ' + 'auto epochs = 600,000 tokens × $2.50/1M = $1.5',
    () => {
      // OpenLab closed to new customers on 2026-06-01: this team already fine-tunes there.
      const res = estimate({
        ...base,
        asOf: TODAY,
        models: ['ol-mini'],
        providers: ['openlab'],
        methods: ['sft'],
        existingCustomers: ['openlab'],
      });
      expect(res.rows.map((r) => [r.provider, r.trainingTokens, r.trainingPer1M, r.trainingCost])).toEqual([
        ['openlab', '600000', '2.5', '1.5'],
      ]);
    },
  );

  const cases: [string, Record<string, unknown>, UserErrorCode, RegExp, string[]][] = [
    [
      'asOf "yesterday"',
      { asOf: 'yesterday' },
      'invalid-date',
      /^asOf must be a date written YYYY-MM-DD, got "yesterday"$/,
      ['--as-of', 'yesterday'],
    ],
    [
      'asOf 2026-02-30 (no such day)',
      { asOf: '2026-02-30' },
      'invalid-date',
      /asOf must be a date/,
      ['--as-of', '2026-02-30'],
    ],
    ['today "now"', { today: 'now' }, 'invalid-date', /^today must be a date/, []],
    [
      'methods ["rlhf"]',
      { methods: ['rlhf'] },
      'unknown-method',
      /^unknown method "rlhf".*use one of sft, sft-lora/,
      ['--method', 'rlhf'],
    ],
    [
      'an unknown model',
      { models: ['ol-mnii'] },
      'unknown-model',
      /unknown model "ol-mnii"; did you mean "ol-mini"/,
      ['--model', 'ol-mnii'],
    ],
    [
      'an unknown provider',
      { providers: ['openlabs'] },
      'unknown-provider',
      /unknown provider "openlabs"; did you mean "openlab"/,
      ['--provider', 'openlabs'],
    ],
    [
      'examples 2.5',
      { examples: 2.5 },
      'invalid-number',
      /^examples must be a whole number of at least 1, got 2.5$/,
      [],
    ],
    ['examples 0', { examples: 0 }, 'invalid-number', /examples must be a whole number of at least 1, got 0/, []],
    ['tokensPerExample -1', { tokensPerExample: -1 }, 'invalid-number', /^tokensPerExample must be a whole number/, []],
    ['epochs 1.5', { epochs: 1.5 }, 'invalid-number', /^epochs must be a whole number of at least 1, got 1.5$/, []],
    [
      'evaluations 0.5',
      { evaluations: 0.5 },
      'invalid-number',
      /^evaluations must be a whole number of at least 0/,
      [],
    ],
    [
      'a misspelt key',
      { tokensPerExamples: 600 },
      'unknown-option',
      /^estimate\(\): unknown option "tokensPerExamples"; did you mean "tokensPerExample"/,
      [],
    ],
  ];
  for (const [what, extra, code, message] of cases)
    it(`refuses ${what} (${code})`, () => expectRefused(() => estimate({ ...base, ...extra }), code, message));

  for (const [what, , , , flags] of cases.filter((c) => c[4].length > 0))
    it(`ftcost estimate refuses ${what} too (exit 2)`, async () => {
      const { code, stdout, stderr } = await runCli(['estimate', '--examples', '500', ...CLI_CATALOG, ...flags], {
        today: TODAY,
      });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
    });
});

describe('budget(): as strict as ftcost budget', () => {
  const b = { maxCost: '10', tokensPerExample: 400, epochs: 3, catalog, today: TODAY } as const;
  it('refuses a bad date, method, key and count with codes', () => {
    expectRefused(() => budget({ ...b, asOf: '2026-13-01' }), 'invalid-date', /^asOf must be a date/);
    expectRefused(() => budget({ ...b, methods: ['rlhf' as 'sft'] }), 'unknown-method', /unknown method "rlhf"/);
    expectRefused(() => budget({ ...b, maxcost: '5' } as never), 'unknown-option', /did you mean "maxCost"/);
    expectRefused(() => budget({ ...b, epochs: 0 }), 'invalid-number', /^epochs must be a whole number of at least 1/);
  });
});

describe('breakEven(): as strict as ftcost breakeven', () => {
  const options = [
    { id: 'prompted', perQuery: '0.05' },
    { id: 'tuned', perQuery: '0.01', oneTime: '300' },
  ];
  it(
    'accepts good input: $300 once over 12 months vs $0.04 saved a query → ' +
      'break-even at 300 / 12 / 30.41666… / 0.04 ≈ 20.5 queries/day',
    () => {
      // A month of 730 hours is 730 / 24 = 30.416… days; the one-time cost per month is 300 / 12 = 25 USD;
      // equal cost when q × 30.416… × 0.04 = 25 → q = 25 / (0.04 × 730/24) = 25 × 24 / (0.04 × 730) = 600 / 29.2 =
      // 20.547…
      const res = breakEven({ options, today: TODAY });
      expect(res.breakEvens[0]!.queriesPerDayExact).toBe('1500/73');
    },
  );
  it('refuses hoursPerMonth other than 730 or 720, a bad date, an unknown option key (did-you-mean)', () => {
    expectRefused(() => breakEven({ options, hoursPerMonth: 700 }), 'invalid-choice', /^hoursPerMonth must be 730/);
    expectRefused(() => breakEven({ options, today: 'yesterday' }), 'invalid-date', /^today must be a date/);
    expectRefused(
      () => breakEven({ options: [{ id: 'a', perquery: '0.05' } as never], today: TODAY }),
      'unknown-option',
      /^breakEven\(\) options\[0\]: unknown option "perquery"; did you mean "perQuery"\?$/,
    );
    expectRefused(() => breakEven({ options, horizon: 6 } as never), 'unknown-option', /did you mean "horizonMonths"/);
  });
  it('breakEvenFromCatalog refuses a bad asOf, hoursPerMonth and token count', () => {
    const q = {
      catalog,
      today: TODAY,
      baseModel: 'ol-large',
      baseInputTokens: 2000,
      ftModel: 'ol-mini',
      inputTokens: 200,
      outputTokens: 150,
      examples: 400,
    };
    expectRefused(() => breakEvenFromCatalog({ ...q, asOf: '2026-02-30' }), 'invalid-date', /^asOf must be a date/);
    expectRefused(() => breakEvenFromCatalog({ ...q, hoursPerMonth: 700 }), 'invalid-choice', /hoursPerMonth/);
    expectRefused(() => breakEvenFromCatalog({ ...q, inputTokens: 1.5 }), 'invalid-number', /^inputTokens must be/);
    expectRefused(() => breakEvenFromCatalog({ ...q, ftModel: 'ol-mnii' }), 'unknown-model', /unknown model "ol-mnii"/);
  });
});

describe('embeddedCatalog()', () => {
  it('is frozen: editing it throws instead of changing later results', () => {
    const shipped = embeddedCatalog();
    expect(Object.isFrozen(shipped)).toBe(true);
    expect(Object.isFrozen(shipped.providers[0]!.models[0])).toBe(true);
    expect(() => {
      (shipped.providers as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(embeddedCatalog().providers.length).toBeGreaterThan(0);
  });

  it('freezes the lazily derived throughput tables when they are first read', () => {
    const { trainingThroughput, servingThroughput } = embeddedCatalog();
    for (const table of [trainingThroughput, servingThroughput]) {
      expect(table.length).toBeGreaterThan(0);
      expect(Object.isFrozen(table)).toBe(true);
      expect(Object.isFrozen(table.at(-1))).toBe(true);
    }
    // The same arrays on every read (computed once), still frozen.
    expect(embeddedCatalog().trainingThroughput).toBe(trainingThroughput);
  });
});
