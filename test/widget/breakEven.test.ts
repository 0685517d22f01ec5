// @vitest-environment happy-dom
/**
 * The break-even panel in the widget: its figures and its chart's crossings are the engine's.
 * Hand-computed: the prompted option is gpt-4o at base prices ($2.50 in / $10.00 out per 1M
 * tokens, catalog), 2,000 input + 150 output tokens a query: (2000 × 2.50 + 150 × 10.00) / 1M =
 * $0.0065 a query; 1,000 queries/day × 730/24 days a month = $197.708333… → "$197.71" a month.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toCatalog } from '../../src/catalog/model.js';
import { d, HOURS_PER_MONTH } from '../../src/decimal.js';
import { analyzeBreakEven } from '../../src/engine/breakEvenAnalysis.js';
import { assumedDataset } from '../../src/engine/dataset.js';
import { optionsFromCatalog } from '../../src/engine/options.js';
import { toBreakEvenResult } from '../../src/result/breakEven.js';
import { breakEvenFromCatalog } from '../../src/breakEvenApi.js';
import { computeBreakEven } from '../../widget/src/breakEven.js';
import { DEFAULT_STATE } from '../../widget/src/state.js';
import { slimCatalog } from '../../widget/build/slimCatalog.js';
import { mount, type WidgetHandle } from '../../widget/src/index.js';

const TODAY = '2026-11-23';
const COMPILED = JSON.parse(readFileSync(fileURLToPath(import.meta.url).replace(/test\/widget\/breakEven\.test\.ts$/, 'src/catalog/generated/catalog.json'), 'utf8'));
vi.stubGlobal('fetch', async () => new Response(JSON.stringify(slimCatalog(COMPILED)), { status: 200 }));

let handle: WidgetHandle | undefined;
beforeEach(() => {
  document.body.innerHTML = '<div id="calc"></div>';
});
afterEach(() => {
  handle?.destroy();
  handle = undefined;
});

const OPTIONS = { examples: 500, tokensPerExample: 400, epochs: 3, models: ['gpt-4o-mini'], ftModel: 'gpt-4o-mini', promptedModel: 'gpt-4o', queriesPerDay: 1000, today: TODAY, hash: false };

async function mounted(options = OPTIONS): Promise<ShadowRoot> {
  handle = mount('#calc', options);
  await handle.ready;
  const root = document.querySelector('#calc .ftcost-host')!.shadowRoot!;
  await vi.waitFor(() => expect(root.querySelector('table.monthly')).not.toBeNull(), { timeout: 5000 });
  return root;
}

/** The engine's answer for the same inputs, computed here without the widget. */
function engine(queriesPerDay: number) {
  const catalog = toCatalog(COMPILED);
  const built = optionsFromCatalog(
    {
      baseModel: 'gpt-4o', baseInputTokens: 2000, baseOutputTokens: 150, ftModel: 'gpt-4o-mini', inputTokens: 200, outputTokens: 150,
      dataset: assumedDataset(500, 400), epochs: 3, asOf: TODAY, today: TODAY, hoursPerDayUp: d(24), queriesPerDay: d(queriesPerDay),
    },
    catalog,
  );
  const analysis = analyzeBreakEven({ options: built.options, baseline: built.baseline, queriesPerDay: d(queriesPerDay), horizonMonths: d(12), hoursPerMonth: HOURS_PER_MONTH, amortizationMonths: d(12) });
  return toBreakEvenResult(analysis, { today: TODAY, source: { kind: 'catalog', file: null } });
}

describe('break-even panel', () => {
  it('shows the monthly cost of each option at the volume: the prompted gpt-4o costs $197.71 a month', async () => {
    const root = await mounted();
    const prompted = root.querySelector('table.monthly tr[data-option^="prompted/"]')!;
    expect(prompted.querySelector('td.cost')!.textContent).toBe('$197.71');
    expect(prompted.querySelector('td.cost')!.getAttribute('data-total')).toMatch(/^197\.70833333/);
  });

  it("draws a marker at every one of the engine's break-evens, at the engine's exact volume", async () => {
    const root = await mounted();
    const expected = engine(1000).breakEvens.map((b) => `${b.between.join('|')}@${b.queriesPerDay}`).sort();
    expect(expected.length).toBeGreaterThan(0);
    const drawn = [...root.querySelectorAll('svg.chart circle.crossing')].map((c) => `${c.getAttribute('data-between')}@${c.getAttribute('data-queries-per-day')}`).sort();
    expect(drawn).toEqual(expected);
    // The listed break-evens and regimes are the engine's too.
    const listed = [...root.querySelectorAll('.break-evens li')].map((li) => `${li.getAttribute('data-between')}@${li.getAttribute('data-queries-per-day')}`).sort();
    expect(listed).toEqual(expected);
    const regimes = [...root.querySelectorAll('ol.regimes li')].map((li) => li.getAttribute('data-cheapest'));
    expect(regimes).toEqual(engine(1000).regimes.map((r) => r.cheapest));
  });

  it('moves the current-volume line and the cheapest option when the volume changes', async () => {
    const root = await mounted();
    const line = () => root.querySelector('svg.chart .current-volume')!;
    expect(line().getAttribute('data-queries-per-day')).toBe('1000');
    const cheapestAt1000 = engine(1000).cheapestAtVolume;
    expect(root.querySelector('tr.cheapest')!.getAttribute('data-option')).toBe(cheapestAt1000);
    const input = root.querySelector<HTMLInputElement>('input[name="queriesPerDay"]')!;
    input.value = '1000000';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(line().getAttribute('data-queries-per-day')).toBe('1000000');
    const cheapestAtMillion = engine(1_000_000).cheapestAtVolume;
    expect(cheapestAtMillion).not.toBe(cheapestAt1000);
    expect(root.querySelector('tr.cheapest')!.getAttribute('data-option')).toBe(cheapestAtMillion);
  });

  it('gives the chart a text alternative: a title, a description naming every break-even, and the regimes list', async () => {
    const root = await mounted();
    const svg = root.querySelector('svg.chart')!;
    expect(svg.getAttribute('role')).toBe('img');
    const desc = svg.querySelector('desc')!.textContent!;
    expect(desc).toContain(`${engine(1000).breakEvens.length} break-even points`);
    expect(root.getElementById(svg.getAttribute('aria-describedby')!)!.tagName).toBe('OL');
  });

  it.each([
    { queriesPerDay: '1000', hoursPerDay: '24', ftModel: 'gpt-4o-mini', promptedModel: 'gpt-4o' },
    { queriesPerDay: '250000', hoursPerDay: '12', ftModel: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference', promptedModel: 'gpt-4.1' },
  ])('computes exactly what the library (and so the CLI) returns: $ftModel at $queriesPerDay/day', (over) => {
    const catalog = toCatalog(COMPILED);
    const state = { ...DEFAULT_STATE, examples: '500', tokensPerExample: '400', epochs: '3', ...over };
    const mine = computeBreakEven(state, { catalog, today: TODAY });
    if (!mine.ok) throw new Error(mine.error);
    const library = breakEvenFromCatalog({
      catalog, today: TODAY, baseModel: over.promptedModel, baseInputTokens: 2000, baseOutputTokens: 150, ftModel: over.ftModel, inputTokens: 200, outputTokens: 150,
      examples: 500, tokensPerExample: 400, epochs: 3, queriesPerDay: over.queriesPerDay, hoursPerDayUp: over.hoursPerDay,
    });
    expect(mine.value.result).toEqual(library);
  });
});
