// @vitest-environment happy-dom
/**
 * The break-even panel in the widget shows the library's result, the one `ftcost breakeven` prints:
 * for the same inputs, the widget's result serialised with the JSON renderer (src/render/) is the
 * CLI's `breakeven --format json` in every figure and fact, and the panel's figures, markers and
 * regimes are that JSON's. Only the words of its notes differ by audience: the CLI's name flags
 * ("--peak-factor 2"), the widget's name its boxes; worded again in the CLI's words, the widget's
 * result is the CLI's byte for byte.
 * Hand-computed: the prompted option is gpt-4o at base prices ($2.50 in / $10.00 out per 1M
 * tokens, catalog), 2,000 input + 150 output tokens a query: (2000 × 2.50 + 150 × 10.00) / 1M =
 * $0.0065 a query; 1,000 queries/day × 730/24 days a month = $197.708333… → "$197.71" a month.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toCatalog } from '../../src/catalog/model.js';
import { breakEvenJson } from '../../src/render/breakeven.js';
import { rewordBreakEven } from '../../src/render/words/results.js';
import type { BreakEvenResult } from '../../src/result/breakEven.js';
import { CLI_WORDING } from '../../cli/wording.js';
import { computeBreakEven } from '../../widget/src/breakEven.js';
import { DEFAULT_STATE, type WidgetState } from '../../widget/src/state.js';
import { slimCatalog } from '../../widget/build/slimCatalog.js';
import { mount, type WidgetHandle } from '../../widget/src/index.js';
import { quickBreakEven } from '../../widget/src/components/App.js';
import { runCli } from '../helpers/cli.js';

const TODAY = '2026-11-23';
const COMPILED = JSON.parse(
  readFileSync(
    fileURLToPath(import.meta.url).replace(/test\/widget\/breakEven\.test\.ts$/, 'src/catalog/generated/catalog.json'),
    'utf8',
  ),
);
vi.stubGlobal('fetch', async () => new Response(JSON.stringify(slimCatalog(COMPILED)), { status: 200 }));

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
  queriesPerDay: 1000,
  today: TODAY,
  hash: false,
};

async function mounted(options = OPTIONS): Promise<ShadowRoot> {
  handle = mount('#calc', options);
  await handle.ready;
  const root = document.querySelector('#calc .ftcost-host')!.shadowRoot!;
  await vi.waitFor(() => expect(root.querySelector('table.monthly')).not.toBeNull(), { timeout: 5000 });
  return root;
}

interface Case {
  promptedModel: string;
  ftModel: string;
  queriesPerDay: string;
  hoursPerDay: string;
  horizonMonths: string;
  selfHosted: boolean;
  /** Prompt-cache, batch and decision inputs (issue 10): absent = the defaults on both sides. */
  promptedCachedTokens?: string;
  batchShare?: string;
  peakFactor?: string;
  includeEnding?: boolean;
  /** "How sure is this?": ranges and sensitivity (issue 11). */
  howSure?: boolean;
  /** Provider ids the team already fine-tunes on ("Already fine-tuning on:"). */
  existingCustomers?: string[];
}

/** `ftcost breakeven --format json` for the widget's inputs, run in-process on the same day. */
async function cli(c: Case): Promise<string> {
  const { code, stdout, stderr } = await runCli(
    [
      'breakeven',
      '--format',
      'json',
      '--as-of',
      TODAY,
      '--base-model',
      c.promptedModel,
      '--base-input-tokens',
      '2000',
      '--base-output-tokens',
      '150',
      '--ft-model',
      c.ftModel,
      '--input-tokens',
      '200',
      '--output-tokens',
      '150',
      '--examples',
      '500',
      '--tokens-per-example',
      '400',
      '--epochs',
      '3',
      '--queries-per-day',
      c.queriesPerDay,
      '--hours-per-day-up',
      c.hoursPerDay,
      '--horizon-months',
      c.horizonMonths,
      ...(c.selfHosted ? [] : ['--no-self-hosted']),
      ...(c.promptedCachedTokens ? ['--base-cached-input-tokens', c.promptedCachedTokens] : []),
      ...(c.batchShare ? ['--batch-share', c.batchShare] : []),
      ...(c.peakFactor ? ['--peak-factor', c.peakFactor] : []),
      ...(c.includeEnding ? ['--include-ending', '--include-non-production'] : []),
      ...(c.howSure ? ['--range', '--sensitivity'] : []),
      ...(c.existingCustomers ?? []).flatMap((id) => ['--existing-customer', id]),
    ],
    { today: TODAY },
  );
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout;
}

function widgetState(c: Case): WidgetState {
  return {
    ...DEFAULT_STATE,
    examples: '500',
    tokensPerExample: '400',
    epochs: '3',
    promptedInputTokens: '2000',
    fineTunedInputTokens: '200',
    outputTokens: '150',
    ...c,
  };
}

const GPT_4O: Case = {
  promptedModel: 'gpt-4o',
  ftModel: 'gpt-4o-mini',
  queriesPerDay: '1000',
  hoursPerDay: '24',
  horizonMonths: '12',
  selfHosted: true,
};

/** The tokens per example are assumed here (not typed), so the bands have width: 250–750 around 500. */
const GPT_4O_SURE: Case = { ...GPT_4O, queriesPerDay: '20000', howSure: true };

/** The CLI's answer, parsed: what the panel must show. */
async function expected(c: Case = GPT_4O): Promise<BreakEvenResult> {
  return JSON.parse(await cli(c)) as BreakEvenResult;
}

/** Every field of a result worded for its audience (made from its facts; src/result/breakEven.ts wordBreakEven). */
function worded(r: BreakEvenResult): string[] {
  return [
    ...r.assumptions,
    ...r.notes,
    ...r.skipped.map((s) => s.reason),
    ...r.options.flatMap((o) => [...o.notes, o.decision.excludedBecause ?? '']),
    ...(r.range?.sources.map((s) => s.bounds) ?? []),
    ...(r.sensitivity?.inputs.map((i) => i.label) ?? []),
    ...(r.sensitivity?.notApplicable.flatMap((n) => [n.label, n.reason]) ?? []),
  ];
}

/** A result's JSON with its worded fields blanked: the structured part, the same for every audience. */
function unworded(json: string): BreakEvenResult {
  const r = JSON.parse(json) as BreakEvenResult;
  r.assumptions = r.assumptions.map(() => '…');
  r.notes = r.notes.map(() => '…');
  for (const s of r.skipped) s.reason = '…';
  for (const o of r.options) {
    o.notes = o.notes.map(() => '…');
    if (o.decision.excludedBecause !== null) o.decision.excludedBecause = '…';
  }
  for (const s of r.range?.sources ?? []) s.bounds = '…';
  for (const i of r.sensitivity?.inputs ?? []) i.label = '…';
  for (const n of r.sensitivity?.notApplicable ?? []) Object.assign(n, { label: '…', reason: '…' });
  return r;
}

describe('break-even: the widget and the CLI give one result', () => {
  it.each<Case>([
    GPT_4O,
    {
      promptedModel: 'gpt-4.1',
      ftModel: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference',
      queriesPerDay: '250000',
      hoursPerDay: '12',
      horizonMonths: '12',
      selfHosted: true,
    },
    {
      promptedModel: 'gpt-4.1',
      ftModel: 'gpt-4.1-nano',
      queriesPerDay: '20',
      hoursPerDay: '24',
      horizonMonths: '24',
      selfHosted: false,
    },
    // A cached prompt, a batch share, a peak factor, and ending / non-production offers let in.
    {
      promptedModel: 'gpt-4o',
      ftModel: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference',
      queriesPerDay: '50000',
      hoursPerDay: '24',
      horizonMonths: '12',
      selfHosted: true,
      promptedCachedTokens: '1800',
      batchShare: '0.25',
      peakFactor: '2',
      includeEnding: true,
    },
    // How sure: the break-even bands and the sensitivity tornado, as --range --sensitivity give them.
    { ...GPT_4O_SURE },
  ])(
    "the widget's result is `ftcost breakeven --format json` in every figure " +
      'and fact: $ftModel vs $promptedModel at $queriesPerDay/day',
    async (c) => {
      const fromCli = await cli(c);
      // On the full catalog, and on the slim one the widget actually ships (ftcost-catalog.json).
      const facts = [];
      for (const catalog of [toCatalog(COMPILED), toCatalog(slimCatalog(COMPILED))]) {
        const mine = computeBreakEven(widgetState(c), { catalog, today: TODAY });
        if (!mine.ok) throw new Error(mine.error);
        // The structured part is the CLI's: every figure, id, decision and date.
        expect(unworded(breakEvenJson(mine.value))).toEqual(unworded(fromCli));
        // Its facts are the CLI's too: worded in the CLI's words they are the CLI's output, byte for byte.
        expect(breakEvenJson(rewordBreakEven(mine.value, CLI_WORDING))).toBe(fromCli);
        facts.push(mine.value.facts);
      }
      expect(facts[1]).toEqual(facts[0]);
    },
  );

  it(
    "the widget's notes name its boxes where the CLI's name flags: " + '--peak-factor 2 is the Peak ÷ average load box',
    async () => {
      // Self-hosted Llama 3.1 8B at a flat load (peak factor 1): the CLI's assumption names the flag to change it.
      const c: Case = {
        promptedModel: 'gpt-4.1',
        ftModel: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference',
        queriesPerDay: '250000',
        hoursPerDay: '12',
        horizonMonths: '12',
        selfHosted: true,
      };
      const fromCli = worded(await expected(c));
      const mine = computeBreakEven(widgetState(c), { catalog: toCatalog(COMPILED), today: TODAY });
      if (!mine.ok) throw new Error(mine.error);
      const inWidget = worded(mine.value);
      expect(fromCli.filter((w) => /--[a-z]/.test(w))).not.toEqual([]);
      expect(inWidget.filter((w) => /--[a-z]/.test(w))).toEqual([]);
      expect(fromCli.join('\n')).toContain('; --peak-factor 2 sizes replicas for a busiest hour at twice the average');
      expect(inWidget.join('\n')).toContain(
        '; Peak ÷ average load = 2 sizes replicas for a busiest hour at twice the average',
      );
      // The same fact under both.
      expect(mine.value.facts.assumptions).toContainEqual({ kind: 'serving-capacity-even' });
    },
  );

  // Here no note names an input (no flag in the CLI's words), so the two JSONs are byte-identical.
  it('the "Copy break-even JSON" button copies exactly what the CLI prints', async () => {
    let copied = '';
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: async (text: string) => void (copied = text) },
    });
    try {
      const root = await mounted({ ...OPTIONS, models: ['gpt-4o-mini'] });
      const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy break-even JSON')!;
      expect(button).toBeDefined();
      button.click();
      await vi.waitFor(() => expect(copied).not.toBe(''));
      expect(copied).toBe(await cli(GPT_4O));
    } finally {
      vi.stubGlobal('navigator', navigator);
    }
  });

  it('"hourly deployments" off leaves out exactly the hosted-hourly options', () => {
    const catalog = toCatalog(COMPILED);
    const all = computeBreakEven(widgetState(GPT_4O), { catalog, today: TODAY });
    const perToken = computeBreakEven({ ...widgetState(GPT_4O), hourlyHosting: false }, { catalog, today: TODAY });
    if (!all.ok || !perToken.ok) throw new Error('no result');
    expect(all.value.options.some((o) => o.kind === 'hosted-hourly')).toBe(true);
    expect(perToken.value.options.map((o) => o.id)).toEqual(
      all.value.options.filter((o) => o.kind !== 'hosted-hourly').map((o) => o.id),
    );
    expect(perToken.value.baseline).toBe(all.value.baseline);
  });
});

describe('break-even panel', () => {
  it('shows the monthly cost of each option at the volume: the prompted gpt-4o costs $197.71 a month', async () => {
    const root = await mounted();
    const prompted = root.querySelector('table.monthly tr[data-option^="prompted/"]')!;
    expect(prompted.querySelector('td.cost')!.textContent).toBe('$197.71');
    expect(prompted.querySelector('td.cost')!.getAttribute('data-total')).toMatch(/^197\.70833333/);
  });

  it("draws a marker at every one of the result's break-evens, at its exact volume and cost", async () => {
    const root = await mounted();
    const res = await expected();
    const want = res.breakEvens.map((b) => `${b.between.join('|')}@${b.queriesPerDay}`).sort();
    expect(want.length).toBeGreaterThan(0);
    const drawn = [...root.querySelectorAll('svg.chart circle.crossing')]
      .map((c) => `${c.getAttribute('data-between')}@${c.getAttribute('data-queries-per-day')}`)
      .sort();
    expect(drawn).toEqual(want);
    // The listed break-evens and regimes are the CLI's too.
    const listed = [...root.querySelectorAll('.break-evens li')]
      .map((li) => `${li.getAttribute('data-between')}@${li.getAttribute('data-queries-per-day')}`)
      .sort();
    expect(listed).toEqual(want);
    const regimes = [...root.querySelectorAll('ol.regimes li')].map((li) => li.getAttribute('data-cheapest'));
    expect(regimes).toEqual(res.regimes.map((r) => r.cheapest));
  });

  /**
   * The widget times each break-even (App.tsx, SAME_FRAME_BREAK_EVEN_MS): while one of the last two
   * took at most 8 ms it is recomputed with the training table, in the same render; otherwise after
   * the table has painted.
   * performance.now is stepped by a fixed amount per reading so each path is taken on purpose.
   */
  const clockStepping = (ms: number) => {
    let t = 0;
    return vi.spyOn(performance, 'now').mockImplementation(() => (t += ms));
  };
  const typeVolume = (root: ShadowRoot, value: string) => {
    const input = root.querySelector<HTMLInputElement>('input[name="queriesPerDay"]')!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const current = (root: ShadowRoot) => root.querySelector('[data-current]')!.getAttribute('data-current');

  it(
    'moves the current-volume line and the cheapest option when the volume ' +
      'changes, in the same render when the last break-even was quick',
    async () => {
      const clock = clockStepping(1);
      try {
        // A customer of OpenAI and Azure OpenAI (fine-tuned gpt-4o-mini is trainable there), over one month
        // (OpenAI's fine-tuned models stop serving on 2027-01-14: within 12 months they are never named cheapest).
        const customer = { horizonMonths: '1', existingCustomers: ['openai', 'azure-openai'] };
        const root = await mounted({ ...OPTIONS, ...customer } as typeof OPTIONS);
        const line = () => root.querySelector('svg.chart .current-volume')!;
        await vi.waitFor(() => expect(line().getAttribute('data-queries-per-day')).toBe('1000'));
        const cheapestAt1000 = (await expected({ ...GPT_4O, ...customer })).cheapestAtVolume;
        expect(root.querySelector('tr.cheapest')!.getAttribute('data-option')).toBe(cheapestAt1000);
        typeVolume(root, '1000000');
        // No wait: the render that shows the new training cost shows the new break-even.
        expect(current(root)).toBe('true');
        expect(line().getAttribute('data-queries-per-day')).toBe('1000000');
        const cheapestAtMillion = (await expected({ ...GPT_4O, ...customer, queriesPerDay: '1000000' }))
          .cheapestAtVolume;
        expect(cheapestAtMillion).not.toBe(cheapestAt1000);
        expect(root.querySelector('tr.cheapest')!.getAttribute('data-option')).toBe(cheapestAtMillion);
      } finally {
        clock.mockRestore();
      }
    },
  );

  it('the same-frame rule: a quick last run, or one pause up to 3× the 8 ms budget after a quick one', () => {
    const inf = Number.POSITIVE_INFINITY;
    expect(quickBreakEven([inf, inf])).toBe(false); // nothing timed yet: the first run is deferred
    expect(quickBreakEven([inf, 5])).toBe(true);
    expect(quickBreakEven([3, 8])).toBe(true);
    expect(quickBreakEven([3, 20])).toBe(true); // a garbage-collection pause is forgiven once
    expect(quickBreakEven([20, 20])).toBe(false);
    expect(quickBreakEven([3, 40])).toBe(false); // "How sure is this?" switched on: deferred at once
  });

  it(
    'a slow break-even is recomputed after the training table, ' + 'marked out of date (aria-busy) until then',
    async () => {
      const clock = clockStepping(50);
      try {
        const root = await mounted();
        const line = () => root.querySelector('svg.chart .current-volume')!;
        await vi.waitFor(() => expect(line().getAttribute('data-queries-per-day')).toBe('1000'));
        typeVolume(root, '1000000');
        expect(current(root)).toBe('false');
        expect(root.querySelector('[data-current]')!.getAttribute('aria-busy')).toBe('true');
        await vi.waitFor(() => expect(line().getAttribute('data-queries-per-day')).toBe('1000000'));
        expect(current(root)).toBe('true');
      } finally {
        clock.mockRestore();
      }
    },
  );

  it(
    'gives the chart a text alternative: a title, a description ' + 'naming every break-even, and the regimes list',
    async () => {
      const root = await mounted();
      const svg = root.querySelector('svg.chart')!;
      expect(svg.getAttribute('role')).toBe('img');
      const desc = svg.querySelector('desc')!.textContent!;
      expect(desc).toContain(`${(await expected()).breakEvens.length} break-even points`);
      expect(root.getElementById(svg.getAttribute('aria-describedby')!)!.tagName).toBe('OL');
    },
  );

  it(
    '"How sure is this?" shows the sensitivity tornado (the library\'s ' +
      'SVG) and cost ranges where inputs are estimates',
    async () => {
      // Auto epochs are an estimate: OpenAI's rule ±1 epoch gives the training costs a band.
      const root = await mounted({ ...OPTIONS, epochs: 'auto' as unknown as number, howSure: true } as typeof OPTIONS);
      await vi.waitFor(() => expect(root.querySelector('section.sensitivity .tornado svg')).not.toBeNull(), {
        timeout: 5000,
      });
      const inputs = [...root.querySelectorAll('ol.sensitivity-list li')].map((li) => li.getAttribute('data-input'));
      expect(inputs.length).toBeGreaterThan(2);
      expect(root.querySelector('table.training .range')?.textContent).toMatch(/\(\$[\d.,]+ – \$[\d.,]+\)/);
    },
  );
});
