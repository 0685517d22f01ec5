/**
 * Chart sample volumes are 10^(lo + (hi − lo)·i/(n − 1)) cut to 3 significant digits, computed with
 * AxisDecimal's 20 digits (src/decimal.ts) instead of the money Decimal's 60 — 3× faster a break-even.
 * The cut must come out the same: checked here against the 60-digit computation over the axis ranges
 * a break-even can produce (lo ≥ −2, spans of 3 to 16 decades, up to 200 samples).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisLog10, axisSample, axisStep, exactLog10, exactSample } from '../../../src/engine/breakEven/axis.js';
import { AxisDecimal, Decimal } from '../../../src/decimal.js';

function sample(D: typeof Decimal | typeof AxisDecimal, lo: number, hi: number, n: number, i: number): string {
  const exponent = new D(lo).plus(new D(hi - lo).times(i).div(n - 1));
  return new D(10).pow(exponent).toSignificantDigits(3).toFixed();
}

/**
 * Every volume of a chart grid a break-even can produce — lo ≥ −2, spans of 3 to 16 decades, 2 to
 * 200 samples — computed both ways, equal.
 */
function sameOnGrids(a: (lo: number, hi: number, i: number, n: number) => string, b: typeof a, numRuns: number) {
  fc.assert(
    fc.property(
      fc.integer({ min: -2, max: 12 }),
      fc.integer({ min: 3, max: 16 }),
      fc.integer({ min: 2, max: 200 }),
      (lo, span, n) => {
        for (let i = 0; i < n; i++) expect(a(lo, lo + span, i, n)).toBe(b(lo, lo + span, i, n));
      },
    ),
    { numRuns },
  );
}

describe('AxisDecimal', () => {
  it('samples the same 3-significant-digit volumes as 60-digit arithmetic', () => {
    sameOnGrids(
      (lo, hi, i, n) => sample(AxisDecimal, lo, hi, n, i),
      (lo, hi, i, n) => sample(Decimal, lo, hi, n, i),
      60,
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

describe('fast axes (src/engine/breakEven/axis.ts) agree with AxisDecimal', () => {
  it('every chart volume of every grid a break-even asks for (lo −2…12, spans 3…16 decades, 2 and 61 samples)', () => {
    for (let lo = -2; lo <= 12; lo++)
      for (let span = 3; span <= 16; span++)
        for (const n of [2, 61])
          for (let i = 0; i < n; i++)
            expect(axisSample(lo, lo + span, i, n).toFixed(), `lo ${lo} span ${span} n ${n} i ${i}`).toBe(
              exactSample(lo, lo + span, i, n).toFixed(),
            );
  });

  it('the volumes of other sample counts (a library caller may ask for 2 to 200)', () => {
    sameOnGrids(
      (lo, hi, i, n) => axisSample(lo, hi, i, n).toFixed(),
      (lo, hi, i, n) => exactSample(lo, hi, i, n).toFixed(),
      25,
    );
  });

  const decimals = fc
    .tuple(fc.bigInt({ min: 1n, max: 10n ** 25n }), fc.integer({ min: 0, max: 30 }))
    .map(([digits, scale]) => new Decimal(digits.toString()).div(new Decimal(10).pow(scale)));

  it('log10: the same floor and ceil (the axis ends), and the same value to 1e-12', () => {
    fc.assert(
      fc.property(decimals, (x) => {
        const fast = axisLog10(x)!;
        const exact = exactLog10(x)!;
        expect([Math.floor(fast), Math.ceil(fast)]).toEqual([Math.floor(exact), Math.ceil(exact)]);
        expect(Math.abs(fast - exact)).toBeLessThan(1e-12);
      }),
      { numRuns: 2000 },
    );
  });

  it('log10 next to a power of ten takes the exact path: 1000, 1000 ± 1e-19, 999.999…', () => {
    for (const x of ['1000', '1000.0000000000000000001', '999.9999999999999999999', '0.0100000000000000000001', '1e-2'])
      expect(axisLog10(x)).toBe(exactLog10(x));
    expect(axisLog10('1000')).toBe(3);
    expect(axisLog10('0')).toBeNull();
    expect(axisLog10('-5')).toBeNull();
  });

  it('positions round the same as with exact logarithms, next to half steps too', () => {
    fc.assert(
      fc.property(decimals, fc.integer({ min: -3, max: 5 }), fc.integer({ min: 1, max: 8 }), (x, from, span) => {
        const steps = 13;
        const exact = () => ({ y: exactLog10(x)!, from, to: from + span });
        const fast = { y: axisLog10(x)!, from, to: from + span };
        const e = exact();
        expect(axisStep(fast, exact, steps)).toBe(Math.round(((e.y - e.from) / (e.to - e.from)) * steps));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('axisStep', () => {
  it('rounds from the exact figures when the fast ones are next to a half step', () => {
    // 6.5 steps by the fast figure, just under by the exact one: 6, not 7.
    const exact = () => ({ y: 0.5 - 1e-12, from: 0, to: 1 });
    expect(axisStep({ y: 0.5, from: 0, to: 1 }, exact, 13)).toBe(6);
    // Far from a half step the fast figure stands (the exact one is not even asked for).
    expect(
      axisStep(
        { y: 0.3, from: 0, to: 1 },
        () => {
          throw new Error('not asked');
        },
        13,
      ),
    ).toBe(4);
  });
});
