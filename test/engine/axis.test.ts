/**
 * Chart sample volumes are 10^(lo + (hi − lo)·i/(n − 1)) cut to 3 significant digits, computed with
 * AxisDecimal's 20 digits (src/decimal.ts) instead of the money Decimal's 60 — 3× faster a break-even.
 * The cut must come out the same: checked here against the 60-digit computation over the axis ranges
 * a break-even can produce (lo ≥ −2, spans of 3 to 16 decades, up to 200 samples).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AxisDecimal, Decimal } from '../../src/decimal.js';

function sample(D: typeof Decimal | typeof AxisDecimal, lo: number, hi: number, n: number, i: number): string {
  const exponent = new D(lo).plus(new D(hi - lo).times(i).div(n - 1));
  return new D(10).pow(exponent).toSignificantDigits(3).toFixed();
}

describe('AxisDecimal', () => {
  it('samples the same 3-significant-digit volumes as 60-digit arithmetic', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2, max: 12 }),
        fc.integer({ min: 3, max: 16 }),
        fc.integer({ min: 2, max: 200 }),
        (lo, span, n) => {
          for (let i = 0; i < n; i++)
            expect(sample(AxisDecimal, lo, lo + span, n, i)).toBe(sample(Decimal, lo, lo + span, n, i));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives exact logarithms of powers of ten (the axis ends are floor/ceil of them)', () => {
    for (const [x, exp] of [
      ['0.01', -2],
      ['1', 0],
      ['1000', 3],
      ['100000000000', 11],
    ] as const)
      expect(new AxisDecimal(x).log(10).toNumber()).toBe(exp);
  });
});
