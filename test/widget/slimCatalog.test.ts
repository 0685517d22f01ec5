/**
 * The widget ships the catalog without prose it never shows; the engine's answers must not change.
 * For a spread of datasets, epochs and filters, estimate() on the slim catalog equals estimate() on
 * the full one, field for field (sources, dates, availability notes and assumptions included).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/api.js';
import { breakEvenFromCatalog } from '../../src/breakEvenApi.js';
import { toCatalog } from '../../src/catalog/model.js';
import type { CompiledCatalog } from '../../src/catalog/schema.js';
import { slimCatalog } from '../../widget/build/slimCatalog.js';

const raw = JSON.parse(
  readFileSync(new URL('../../src/catalog/generated/catalog.json', import.meta.url), 'utf8'),
) as CompiledCatalog;
const full = toCatalog(raw);
const slim = toCatalog(slimCatalog(raw));

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
});
