/** Rational.from reads a Decimal's exact digits: the fraction it makes is the decimal, reduced. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { d } from '../../../src/decimal.js';
import { Rational } from '../../../src/engine/breakEven/rational.js';

describe('Rational.from', () => {
  it.each([
    ['1.25', '5/4'],
    ['-0.5', '-1/2'],
    ['0.000125', '1/8000'],
    ['1.70', '17/10'],
    ['3', '3'],
    ['-12.345', '-2469/200'],
    ['0', '0'],
  ])('%s is %s', (decimal, fraction) => {
    expect(Rational.from(decimal).toFractionString()).toBe(fraction);
    expect(Rational.from(d(decimal)).toFractionString()).toBe(fraction);
  });

  it('is exact for any decimal string (its Decimal value back, digit for digit)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 25 }), (n, places) => {
        const text = d(n.toString())
          .div(d((10n ** BigInt(places)).toString()))
          .toFixed();
        expect(Rational.from(text).toDecimal().eq(d(text))).toBe(true);
        expect(Rational.from(text).cmp(Rational.of(n, 10n ** BigInt(places)))).toBe(0);
      }),
    );
  });
});
