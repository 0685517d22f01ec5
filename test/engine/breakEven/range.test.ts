/** breakEvenFromCatalog({ range: true }): break-even bands from the training set's spread (hand-computed). */
import { describe, expect, it } from 'vitest';
import { breakEven, breakEvenFromCatalog, type CatalogBreakEvenOptions } from '../../../src/api/breakEven.js';
import { d } from '../../../src/decimal.js';
import { breakEvenTable } from '../../../src/render/breakeven.js';
import { CLI_WORDING } from '../../../cli/wording.js';
import { fixtureCatalog } from '../../helpers/catalog.js';

const OPENLAB: CatalogBreakEvenOptions = {
  catalog: fixtureCatalog(),
  today: '2026-11-23',
  baseModel: 'ol-large',
  baseInputTokens: 2000,
  ftModel: 'ol-mini',
  providers: ['openlab'],
  selfHosted: false,
  inputTokens: 200,
  outputTokens: 150,
  examples: 400,
  range: true,
};

/** A decimal string equal to num/den (60 significant digits for a repeating one). */
const isFraction = (s: string, num: number, den: number) =>
  expect(d(s).times(den).minus(num).abs().lt('1e-50'), `${s} = ${num}/${den}`).toBe(true);

describe('breakeven range', () => {
  it('an assumed 500 tokens per example (250–750) moves the break-even in proportion to training', () => {
    const r = breakEvenFromCatalog(OPENLAB);
    // prompted ol-large: 2000 × $2.50/M + 150 × $10/M = 0.0065 a query; openlab ol-mini: 200 × 0.30/M + 150 × 1.20/M
    // = 0.00024. Training: 400 × 500 × 3 epochs × $2.50/M = 1.5. OL mini shuts down on 2027-03-15, inside
    // the 12-month horizon, so training is spread over its remaining life: 2026-11-23 → 2027-02-23 is 3
    // calendar months, then 20 of the 28 days to 2027-03-23: 26/7 months. 1.5 ÷ 26/7 × 24/730 = 63/4745 a day.
    // Break-even 63/4745 ÷ 0.00626 = 630000/297037; at 250 tokens (0.75) half of it, at 750 (2.25) one and a half
    // times.
    const b = r.breakEvens[0]!;
    expect(b.between).toEqual(['prompted/ol-large', 'openlab']);
    expect(b.queriesPerDayExact).toBe('630000/297037');
    const band = b.queriesPerDayRange!;
    isFraction(band.low, 315000, 297037);
    expect(band.expected).toBe(b.queriesPerDay);
    isFraction(band.high, 945000, 297037);
    expect(band.atEveryBound).toBe(true);
    // The bounds are a fact; the library's words name the option, the CLI's its flag.
    expect(r.facts.range).toEqual({
      sources: [
        {
          source: 'tokens-per-example',
          bounds: { kind: 'tokens-per-example-bounds', low: 250, high: 750, why: 'not-given' },
        },
      ],
    });
    expect(r.range).toEqual({
      sources: [{ source: 'tokens-per-example', bounds: '250–750 tokens per example (assumed: no tokensPerExample)' }],
    });
    expect(breakEvenFromCatalog({ ...OPENLAB, wording: CLI_WORDING }).range!.sources[0]!.bounds).toBe(
      '250–750 tokens per example (assumed: no --tokens-per-example)',
    );
    expect(breakEvenTable(r)).toContain('Range: the training set at 250–750 tokens per example');
  });

  it('exact inputs give zero-width bands; without range nothing is added', () => {
    const r = breakEvenFromCatalog({ ...OPENLAB, tokensPerExample: 500 });
    const band = r.breakEvens[0]!.queriesPerDayRange!;
    expect([band.low, band.high]).toEqual([band.expected, band.expected]);
    expect(r.range).toEqual({ sources: [] });
    const plain = breakEvenFromCatalog({ ...OPENLAB, range: false });
    expect(plain).not.toHaveProperty('range');
    expect(plain.breakEvens[0]).not.toHaveProperty('queriesPerDayRange');
    // A scenario's prices are exact: 48 / 0.04 = 1,200 at every bound.
    const s = breakEven({
      options: [
        { id: 'prompted', perQuery: '0.05' },
        { id: 'azure-ft', perQuery: '0.01', hourly: '2.00' },
      ],
      range: true,
    });
    expect(s.breakEvens[0]!.queriesPerDayRange).toEqual({
      low: '1200',
      expected: '1200',
      high: '1200',
      atEveryBound: true,
    });
  });

  it('low ≤ expected ≤ high on every break-even of the whole fixture comparison', () => {
    const r = breakEvenFromCatalog({ ...OPENLAB, providers: undefined, selfHosted: true, queriesPerDay: 500 });
    expect(r.breakEvens.length).toBeGreaterThan(1);
    for (const b of r.breakEvens) {
      const { low, expected, high } = b.queriesPerDayRange!;
      expect(d(low).lte(expected) && d(expected).lte(high), `${low} ≤ ${expected} ≤ ${high}`).toBe(true);
    }
  });
});
