// @vitest-environment happy-dom
/**
 * "Costs beyond compute and quality" in the widget (issue 22): the boxes reach the library's options as the CLI's
 * flags do, so the guide's case typed into the widget gives the break-evens `ftcost breakeven` prints; a box that
 * holds what the library refuses is marked (aria-invalid, its message beside it) with the library's own checks.
 * The seed case (docs/breakeven.md): prompted 70 % usable, fine-tuned 96 %, a failure fixed by hand for $0.50,
 * 500 queries a day, $3,000 of data preparation; here gpt-4o prompted with 2,000 tokens against gpt-4o-mini
 * fine-tuned with 200, on the shipped catalog.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { breakEvenFromCatalog } from '../../src/api/breakEven.js';
import { toCatalog } from '../../src/catalog/model.js';
import { breakEvenJson } from '../../src/render/breakeven.js';
import { rewordBreakEven } from '../../src/render/words/results.js';
import type { BreakEvenResult } from '../../src/result/breakEven.js';
import { CLI_WORDING } from '../../cli/wording.js';
import { computeBreakEven, extrasErrors } from '../../widget/src/breakEven.js';
import { WIDGET_WORDING } from '../../widget/src/compute.js';
import { DEFAULT_STATE, hashFromState, stateFromHash, type WidgetState } from '../../widget/src/state.js';
import { slimCatalog } from '../../widget/build/slimCatalog.js';
import { mount, type WidgetHandle } from '../../widget/src/index.js';
import { runCli } from '../helpers/cli.js';

const TODAY = '2026-11-23';
const COMPILED = JSON.parse(
  readFileSync(
    fileURLToPath(import.meta.url).replace(/test\/widget\/extras\.test\.ts$/, 'src/catalog/generated/catalog.json'),
    'utf8',
  ),
);
vi.stubGlobal('fetch', async () => new Response(JSON.stringify(slimCatalog(COMPILED)), { status: 200 }));
const catalog = toCatalog(COMPILED);

/** The comparison without the extras: the box values of the widget and the CLI's flags for them. */
const PLAIN: WidgetState = {
  ...DEFAULT_STATE,
  examples: '500',
  tokensPerExample: '400',
  epochs: '3',
  models: ['gpt-4o-mini'],
  ftModel: 'gpt-4o-mini',
  promptedModel: 'gpt-4o',
  promptedInputTokens: '2000',
  fineTunedInputTokens: '200',
  outputTokens: '150',
  queriesPerDay: '500',
};
const PLAIN_FLAGS = [
  ...['breakeven', '--format', 'json', '--as-of', TODAY, '--base-model', 'gpt-4o', '--base-input-tokens', '2000'],
  ...['--base-output-tokens', '150', '--ft-model', 'gpt-4o-mini', '--input-tokens', '200', '--output-tokens', '150'],
  ...['--examples', '500', '--tokens-per-example', '400', '--epochs', '3', '--queries-per-day', '500'],
];

interface Case {
  name: string;
  /** What is typed into the group's boxes. */
  boxes: Partial<WidgetState>;
  /** The same inputs as the CLI's flags and as the library's options. */
  flags: string[];
  options: Record<string, string>;
}

const SEED: Case = {
  name: 'the seed case: $3,000 data preparation, 70 % → 96 %, a $0.50 human fix',
  boxes: { dataPrepCost: '$3,000', promptedSuccessRate: '70', ftSuccessRate: '96%', failureCost: '0.50' },
  flags: [
    ...['--data-prep-cost', '$3,000', '--prompted-success-rate', '70%', '--ft-success-rate', '96%'],
    ...['--failure-cost', '0.50'],
  ],
  options: { dataPrepCost: '3000', promptedSuccessRate: '0.7', ftSuccessRate: '0.96', failureCost: '0.50' },
};
const EVERY_BOX: Case = {
  name: 'every box: engineering 40 h × $80, evaluation $25 a training, monitoring $100 a month, a retry',
  boxes: {
    dataPrepCost: '1500',
    engineeringHours: '40',
    hourlyRate: '80',
    evalCost: '25',
    monitoringPerMonth: '100',
    promptedSuccessRate: '85',
    ftSuccessRate: '97.5',
    failureCost: 'Retry',
  },
  flags: [
    ...['--data-prep-cost', '1500', '--engineering-hours', '40', '--hourly-rate', '80', '--eval-cost', '25'],
    ...['--monitoring-per-month', '100', '--prompted-success-rate', '85%', '--ft-success-rate', '0.975'],
    ...['--failure-cost', 'retry'],
  ],
  options: {
    dataPrepCost: '1500',
    engineeringHours: '40',
    hourlyRate: '80',
    evalCost: '25',
    monitoringPerMonth: '100',
    promptedSuccessRate: '85%',
    ftSuccessRate: '0.975',
    failureCost: 'retry',
  },
};

async function cli(flags: string[]): Promise<string> {
  const { code, stdout, stderr } = await runCli([...PLAIN_FLAGS, ...flags], { today: TODAY });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout;
}

const widgetResult = (state: WidgetState) => {
  const r = computeBreakEven(state, { catalog, today: TODAY });
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

const PER_UNIT: Case = {
  name: 'per unit: $6 a labelled example, 300 evaluation queries and 4 review hours × $90 at every training',
  boxes: {
    costPerLabelledExample: '$6',
    evalExamples: '300',
    reviewHours: '4',
    hourlyRate: '90',
    ftSuccessRate: '96%',
    promptedSuccessRate: '70',
    failureCost: '0.50',
  },
  flags: [
    ...['--cost-per-labelled-example', '6', '--eval-examples', '300', '--review-hours', '4', '--hourly-rate', '90'],
    ...['--prompted-success-rate', '70%', '--ft-success-rate', '96%', '--failure-cost', '0.50'],
  ],
  options: {
    costPerLabelledExample: '6',
    evalExamples: '300',
    reviewHours: '4',
    hourlyRate: '90',
    promptedSuccessRate: '70%',
    ftSuccessRate: '96%',
    failureCost: '0.50',
  },
};

describe('the group gives the library what the CLI gives it', () => {
  it.each([SEED, EVERY_BOX, PER_UNIT])('$name', async (c) => {
    const mine = widgetResult({ ...PLAIN, ...c.boxes });
    // The library called directly with the same inputs, in the widget's words: the same result, byte for byte.
    const direct = breakEvenFromCatalog({
      catalog,
      today: TODAY,
      asOf: TODAY,
      baseModel: 'gpt-4o',
      baseInputTokens: 2000,
      baseOutputTokens: 150,
      ftModel: 'gpt-4o-mini',
      inputTokens: 200,
      outputTokens: 150,
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      queriesPerDay: 500,
      hoursPerDayUp: 24,
      horizonMonths: 12,
      selfHosted: true,
      providers: [],
      existingCustomers: [],
      baseCachedInputTokens: 0,
      batchShare: '0',
      peakFactor: '1',
      includeEnding: false,
      includeNonProduction: false,
      range: false,
      sensitivity: false,
      ...c.options,
      wording: WIDGET_WORDING,
    });
    expect(breakEvenJson(mine)).toBe(breakEvenJson(direct));
    // And the CLI's JSON on the same flags: every break-even volume, regime and figure, worded as the CLI words it.
    const fromCli = await cli(c.flags);
    const parsed = JSON.parse(fromCli) as BreakEvenResult;
    const mineJson = JSON.parse(breakEvenJson(mine)) as BreakEvenResult;
    expect(mineJson.breakEvens).toEqual(parsed.breakEvens);
    expect(mineJson.breakEvens.length).toBeGreaterThan(0);
    expect(mineJson.regimes).toEqual(parsed.regimes);
    expect(breakEvenJson(rewordBreakEven(mine, CLI_WORDING))).toBe(fromCli);
  });

  it('the extras move the break-evens: with 30 % of prompted answers fixed by hand, fine-tuning pays sooner', () => {
    const plain = widgetResult(PLAIN);
    const seed = widgetResult({ ...PLAIN, ...SEED.boxes });
    const first = (r: typeof plain) => r.breakEvens.find((b) => b.between[1] === 'azure-openai/global')!;
    expect(Number(first(seed).queriesPerDay)).toBeLessThan(Number(first(plain).queriesPerDay));
    expect(seed.assumptions.join('\n')).toContain('fine-tuned 0.96; a failed answer costs $0.5 to fix by hand');
  });

  it('empty boxes are not given: the result is the one without the group', () => {
    const blank = { ...PLAIN, dataPrepCost: ' ', promptedSuccessRate: '', failureCost: '' };
    expect(breakEvenJson(widgetResult(blank))).toBe(breakEvenJson(widgetResult(PLAIN)));
    expect(extrasErrors(blank)).toEqual({});
  });
});

describe('bad input marks its box', () => {
  it.each<[string, Partial<WidgetState>, keyof WidgetState, string]>([
    [
      'a negative cost',
      { dataPrepCost: '-5' },
      'dataPrepCost',
      'Data preparation (USD, once) must not be negative, got -5',
    ],
    [
      'a word for a cost',
      { monitoringPerMonth: 'lots' },
      'monitoringPerMonth',
      'Monitoring (USD per month) must be a non-negative number like 3000, got "lots"',
    ],
    [
      'a success rate over 100 %',
      { ftSuccessRate: '150' },
      'ftSuccessRate',
      'Fine-tuned success rate (%) must be more than 0 and at most 100, got "150"',
    ],
    [
      'a success rate of 0',
      { promptedSuccessRate: '0' },
      'promptedSuccessRate',
      'Prompted success rate (%) must be more than 0 and at most 100, got "0"',
    ],
    [
      'a failure cost without a success rate',
      { failureCost: '0.50' },
      'failureCost',
      'Cost of a failure (USD, or retry) needs a success rate (Prompted success rate (%) or ' +
        'Fine-tuned success rate (%)): without one no answer fails',
    ],
    [
      'hours without a rate',
      { engineeringHours: '40' },
      'hourlyRate',
      "Engineering hours (once) needs Hourly rate (USD) (the hours' price)",
    ],
    [
      'a rate without hours',
      { hourlyRate: '80' },
      'hourlyRate',
      'Hourly rate (USD) prices Engineering hours (once) and Review hours per training: give one',
    ],
    [
      'a decimal comma is refused, never read as thousands',
      { dataPrepCost: '1,5' },
      'dataPrepCost',
      'Data preparation (USD, once) must be written with a decimal point, got "1,5": write "1.5" for a decimal; ' +
        'a comma is not read as a decimal separator',
    ],
    [
      'data preparation given twice',
      { dataPrepCost: '100', costPerLabelledExample: '2' },
      'costPerLabelledExample',
      'give Data preparation (USD, once) or Data preparation (USD per labelled example), not both',
    ],
  ])('%s', (_name, boxes, field, message) => {
    const state = { ...PLAIN, ...boxes };
    expect(extrasErrors(state)).toEqual({ [field]: message });
    // The break-even is refused with the same words.
    expect(computeBreakEven(state, { catalog, today: TODAY })).toEqual({ ok: false, error: message });
  });
});

describe('URL hash', () => {
  it('keeps each box under its own key, and a link gives them back', () => {
    const boxes = {
      ...SEED.boxes,
      engineeringHours: '40',
      hourlyRate: '80',
      evalCost: '25',
      monitoringPerMonth: '100',
    };
    const hash = hashFromState({ ...DEFAULT_STATE, ...boxes });
    expect(hash).toBe(
      '#ft.prep=%243,000&ft.eng-hours=40&ft.hourly-rate=80&ft.eval=25&ft.monitoring=100' +
        '&ft.base-success=70&ft.ft-success=96%25&ft.failure=0.50',
    );
    expect(stateFromHash(hash)).toEqual(boxes);
  });
});

describe('in the page', () => {
  let handle: WidgetHandle | undefined;
  beforeEach(() => {
    document.body.innerHTML = '<div id="calc"></div>';
  });
  afterEach(() => {
    handle?.destroy();
    handle = undefined;
  });

  const OPTIONS = {
    examples: 500,
    tokensPerExample: 400,
    epochs: 3,
    models: ['gpt-4o-mini'],
    ftModel: 'gpt-4o-mini',
    promptedModel: 'gpt-4o',
    queriesPerDay: 500,
    today: TODAY,
    hash: false,
  };

  async function mounted(options: object = OPTIONS): Promise<ShadowRoot> {
    handle = mount('#calc', options);
    await handle.ready;
    const root = document.querySelector('#calc .ftcost-host')!.shadowRoot!;
    await vi.waitFor(() => expect(root.querySelector('details.extras')).not.toBeNull(), { timeout: 5000 });
    await vi.waitFor(() => expect(root.querySelector('.break-evens li')).not.toBeNull(), { timeout: 5000 });
    return root;
  }
  const type = (root: ShadowRoot, name: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(`details.extras input[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const listed = (root: ShadowRoot) =>
    [...root.querySelectorAll('.break-evens li')]
      .map((li) => `${li.getAttribute('data-between')}@${li.getAttribute('data-queries-per-day')}`)
      .sort();

  it('is collapsed at first; the seed case typed into it lists the CLI’s break-evens', async () => {
    const root = await mounted();
    const details = root.querySelector<HTMLDetailsElement>('details.extras')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Costs beyond compute and quality');
    const labels = [...details.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toEqual([
      'Data preparation (USD, once)',
      'Data preparation (USD per labelled example)',
      'Engineering hours (once)',
      'Hourly rate (USD)',
      'Evaluation (USD per training)',
      'Evaluation queries per training',
      'Review hours per training',
      'Monitoring (USD per month)',
      'Prompted success rate (%)',
      'Fine-tuned success rate (%)',
      'Cost of a failure (USD, or retry)',
    ]);
    details.open = true;
    for (const [name, value] of Object.entries(SEED.boxes)) type(root, name, value as string);
    const fromCli = JSON.parse(await cli(SEED.flags)) as BreakEvenResult;
    const want = fromCli.breakEvens.map((b) => `${b.between.join('|')}@${b.queriesPerDay}`).sort();
    await vi.waitFor(() => expect(listed(root)).toEqual(want), { timeout: 5000 });
    // The verdict opens the widget, above the inputs, with the training answer: the CLI's kind and option.
    const verdict = root.querySelector<HTMLElement>('.answer .verdict')!;
    expect(verdict.dataset.verdict).toBe(fromCli.verdict.kind);
    if (fromCli.verdict.option) expect(verdict.textContent).toContain(fromCli.verdict.option);
    expect(root.querySelector('.answer')!.compareDocumentPosition(root.querySelector('form.inputs')!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(handle!.state).toMatchObject(SEED.boxes);
    // The monthly table shows the extras and the failures as columns of their own, as the CLI's does.
    const headers = [...root.querySelectorAll('table.monthly thead th')].map((h) => h.textContent?.trim());
    expect(headers).toContain('Extras / mo');
    expect(headers).toContain('Failures / mo');
  });

  it('marks a box the library refuses, and clears it when corrected', async () => {
    const root = await mounted();
    type(root, 'dataPrepCost', '-5');
    const input = root.querySelector<HTMLInputElement>('input[name="dataPrepCost"]')!;
    await vi.waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const errorId = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((x) => x.endsWith('-error'))!;
    expect(root.getElementById(errorId)?.textContent).toBe('Data preparation (USD, once) must not be negative, got -5');
    type(root, 'dataPrepCost', '3000');
    await vi.waitFor(() => expect(input.getAttribute('aria-invalid')).toBeNull());
  });

  it('opens at once when the page or a link gives one of its boxes', async () => {
    const root = await mounted({ ...OPTIONS, ftSuccessRate: 96, promptedSuccessRate: '70' });
    expect(root.querySelector<HTMLDetailsElement>('details.extras')!.open).toBe(true);
    expect(root.querySelector<HTMLInputElement>('input[name="ftSuccessRate"]')!.value).toBe('96');
  });
});
