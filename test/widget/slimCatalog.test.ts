/**
 * The widget ships the catalog without prose it never shows; the engine's answers must not change.
 * For a spread of datasets, epochs and filters, estimate() on the slim catalog equals estimate() on
 * the full one, field for field (sources, dates, availability notes and assumptions included).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/api/estimate.js';
import { breakEvenFromCatalog } from '../../src/api/breakEven.js';
import { toCatalog } from '../../src/catalog/model.js';
import type { CompiledCatalog } from '../../src/catalog/schema.js';
import { epochsLabel, estimateRowNotes, methodLabel } from '../../src/render/labels.js';
import type { EstimateResult } from '../../src/result/estimate.js';
import { firstViewCatalog, slimCatalog, startViewCatalog } from '../../widget/build/slimCatalog.js';
import { startViewCovers } from '../../widget/src/catalogSource.js';
import { DEFAULT_STATE } from '../../widget/src/state.js';

const raw = JSON.parse(
  readFileSync(new URL('../../src/catalog/generated/catalog.json', import.meta.url), 'utf8'),
) as CompiledCatalog;
const full = toCatalog(raw);
const slim = toCatalog(slimCatalog(raw));
const firstView = toCatalog(firstViewCatalog(raw));
const startView = toCatalog(startViewCatalog(raw, DEFAULT_STATE.models));

/** What the widget's training table (widget/src/components/TrainingTable.tsx) and its header show. */
function tableView(res: EstimateResult) {
  return {
    assumptions: res.assumptions,
    rows: res.rows.map((r) => [
      r.providerName,
      r.modelName ?? r.model,
      r.source,
      r.asOf,
      methodLabel(r),
      epochsLabel(r),
      r.trainingTokens,
      r.trainingPer1M,
      r.trainingCost,
      r.trainingCostRange,
      estimateRowNotes(r),
    ]),
  };
}

describe('slimCatalog', () => {
  it('is smaller and drops only prose', () => {
    const slimText = JSON.stringify(slimCatalog(raw));
    expect(slimText.length).toBeLessThan(JSON.stringify(raw).length);
    expect(slimText).not.toContain('"rejected"');
    expect(slimText).not.toContain('"pricingUrls"');
    // Every price string of the full catalog is still there.
    const prices = JSON.stringify(raw).match(/"[a-zA-Z]+Per(?:1M|Hour|Month|Job)":"[\d.]+"/g) ?? [];
    expect(prices.length).toBeGreaterThan(50);
    for (const p of prices) expect(slimText).toContain(p);
  });

  it.each([
    { examples: 500, tokensPerExample: 400, epochs: 3 as const },
    { examples: 20, tokensPerExample: 1000, epochs: 'auto' as const },
    { examples: 40_000, tokensPerExample: 900, epochs: 'auto' as const },
    { examples: 3, tokensPerExample: 100_000, epochs: 'auto' as const },
  ])('gives the same estimate for $examples × $tokensPerExample, epochs $epochs', (input) => {
    const today = '2026-11-23';
    for (const extra of [{}, { includeUnavailable: true }, { asOf: '2025-01-01' }]) {
      expect(estimate({ ...input, ...extra, today, catalog: slim })).toEqual(
        estimate({ ...input, ...extra, today, catalog: full }),
      );
    }
  });

  it.each([
    { ftModel: 'gpt-4o-mini', baseModel: 'gpt-4o', queriesPerDay: 1000 },
    { ftModel: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference', baseModel: 'gpt-4o', queriesPerDay: 50_000 },
    { ftModel: 'gpt-4.1-nano', baseModel: 'gpt-4.1', queriesPerDay: 20 },
  ])(
    'gives the same break-even for $ftModel vs prompted $baseModel at $queriesPerDay/day',
    ({ ftModel, baseModel, queriesPerDay }) => {
      const today = '2026-11-23';
      // The library entry the widget's break-even panel and `ftcost breakeven` both call.
      const run = (catalog: typeof full) =>
        breakEvenFromCatalog({
          catalog,
          today,
          baseModel,
          baseInputTokens: 2000,
          baseOutputTokens: 150,
          ftModel,
          inputTokens: 200,
          outputTokens: 150,
          examples: 1000,
          tokensPerExample: 500,
          epochs: 'auto',
          queriesPerDay,
        });
      expect(run(slim)).toEqual(run(full));
    },
  );

  describe('the first view (ftcost-catalog-first.json)', () => {
    it('is a fraction of the whole and keeps every price', () => {
      const text = JSON.stringify(firstViewCatalog(raw));
      // Measured 2026-11-29: 5.9 KB gzipped (6,007 bytes) against 21.5 KB for the widget's whole catalog;
      // without the running and base-model prices, 4,797 bytes.
      const gz = (t: string) => gzipSync(t, { level: 9 }).length;
      expect(gz(text) * 3).toBeLessThan(gz(JSON.stringify(slimCatalog(raw))));
      for (const key of ['"notes"', '"hardware"', '"hosts"', '"throughput"']) expect(text).not.toContain(key);
      // A note is left only where the assumptions quote it: a provider's default epochs.
      const epochsNotes = JSON.stringify(raw).match(/"defaultEpochs":\{[^}]*"note":/g)?.length ?? 0;
      expect(epochsNotes).toBeGreaterThan(0);
      expect(text.match(/"note":/g)?.length).toBe(epochsNotes);
      // Every training price is there; the running and base-model prices (the break-even's) are not.
      const all = JSON.stringify(raw.providers);
      const training = all.match(/"(?:trainingPer(?:1M|Hour)|m(?:in|ax)imumChargePerJob)":"[\d.]+"/g) ?? [];
      expect(training.length).toBeGreaterThan(50);
      for (const p of training) expect(text).toContain(p);
      for (const key of ['"inputPer1M"', '"outputPer1M"', '"hostingPerHour"', '"basePrices"']) {
        expect(all).toContain(key);
        expect(text).not.toContain(key);
      }
    });

    it.each([
      { examples: 1000, tokensPerExample: 500, epochs: 'auto' as const, models: ['gpt-4o-mini', 'gpt-4.1-mini'] },
      { examples: 500, tokensPerExample: 400, epochs: 3 as const },
      { examples: 20, tokensPerExample: 1000, epochs: 'auto' as const, methods: ['dpo' as const] },
      { examples: 3, tokensPerExample: 100_000, epochs: 'auto' as const, range: true },
    ])('shows the same training table as the whole catalog ($examples × $tokensPerExample)', (input) => {
      const today = '2026-11-23';
      for (const extra of [{}, { includeUnavailable: true }, { asOf: '2025-01-01' }, { asOf: '2026-06-01' }]) {
        const shown = tableView(estimate({ ...input, ...extra, today, catalog: firstView }));
        if (!('asOf' in extra)) expect(shown.rows.length).toBeGreaterThan(0);
        expect(shown).toEqual(tableView(estimate({ ...input, ...extra, today, catalog: full })));
      }
    });
  });

  describe('the start view (ftcost-catalog-start.json)', () => {
    const gz = (t: string) => gzipSync(t, { level: 9 }).length;

    it("holds the default models' entries and every provider by name, a quarter of the first view", () => {
      const text = JSON.stringify(startViewCatalog(raw, DEFAULT_STATE.models));
      // Measured 2026-12-08: 1,941 bytes gzipped against 8,509 for the first view.
      expect(gz(text) * 4).toBeLessThan(gz(JSON.stringify(firstViewCatalog(raw))));
      expect(startView.providers.map((p) => p.id)).toEqual(firstView.providers.map((p) => p.id));
      const models = startView.providers.flatMap((p) => p.models.map((m) => `${p.id}/${m.id}`));
      expect(models).toEqual([
        'azure-openai/gpt-4o-mini-2024-07-18',
        'azure-openai/gpt-4.1-mini-2025-04-14',
        'openai/gpt-4o-mini-2024-07-18',
        'openai/gpt-4.1-mini-2025-04-14',
      ]);
      expect(text).not.toContain('"withoutFineTuning"');
    });

    it.each([
      { examples: 1000, tokensPerExample: 500, epochs: 'auto' as const },
      { examples: 500, tokensPerExample: 400, epochs: 3 as const },
      { examples: 3, tokensPerExample: 100_000, epochs: 'auto' as const, range: true },
    ])(
      'shows the same training table as the whole catalog for the default models ($examples × $tokensPerExample)',
      (input) => {
        const today = '2026-11-23';
        const models = [...DEFAULT_STATE.models];
        for (const extra of [
          {},
          { includeUnavailable: true },
          { asOf: '2025-01-01' },
          { existingCustomers: ['openai'] },
        ]) {
          const shown = tableView(estimate({ ...input, ...extra, models, today, catalog: startView }));
          if (!('asOf' in extra)) expect(shown.rows.length).toBeGreaterThan(0);
          expect(shown).toEqual(tableView(estimate({ ...input, ...extra, models, today, catalog: full })));
        }
      },
    );

    it('covers the default models and no other pick; the first view and the whole catalog cover every pick', () => {
      expect(startViewCovers(startView, ['gpt-4o-mini', 'gpt-4.1-mini'])).toBe(true);
      expect(startViewCovers(startView, ['gpt-4o-mini'])).toBe(true);
      // Another model, a dated id of a default one (another provider might list it), or every model (none picked).
      for (const pick of [['gpt-4o-mini', 'llama-3.1-8b'], ['gpt-4o-mini-2024-07-18'], []])
        expect(startViewCovers(startView, pick)).toBe(false);
      for (const catalog of [firstView, full]) expect(startViewCovers(catalog, ['llama-3.1-8b'])).toBe(true);
    });
  });
});
