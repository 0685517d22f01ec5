/**
 * Exact rationals on bigints, for the break-even engine only.
 *
 * Why not Decimal: a break-even is a quotient (fixed-cost gap ÷ per-query gap), and a monthly fee
 * becomes `monthly × 24 / 730` per day — both usually repeat forever in base ten. Decimal rounds them
 * at 60 digits, and then "the two costs are equal at the break-even" is only nearly true. Here every
 * value stays an exact fraction; it becomes a Decimal only when a result is written out.
 */
import { Decimal, d } from '../../decimal.js';

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export class Rational {
  /** Always reduced, with a positive denominator. */
  readonly num: bigint;
  readonly den: bigint;

  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
  }

  static of(num: bigint, den: bigint = 1n): Rational {
    if (den === 0n) throw new RangeError('Rational: division by zero');
    if (den < 0n) [num, den] = [-num, -den];
    const g = gcd(num, den);
    return g > 1n ? new Rational(num / g, den / g) : new Rational(num, den);
  }

  /** Exactly the value of a finite Decimal (or decimal string / safe integer). */
  static from(value: Decimal | string | number | bigint): Rational {
    if (typeof value === 'bigint') return Rational.of(value);
    const dec = d(value);
    if (!dec.isFinite()) throw new RangeError('Rational.from: not a finite number');
    // From the exact decimal digits (toFixed() never uses an exponent): "-12.345" is -12345 / 10^3.
    // Not dec × 10^places in Decimal arithmetic: a 60-digit pow per conversion was the break-even's
    // hottest spot in the widget (6.5 ms of one recompute).
    const text = dec.toFixed();
    const point = text.indexOf('.');
    if (point < 0) return Rational.of(BigInt(text));
    const fraction = text.slice(point + 1);
    return Rational.of(BigInt(text.slice(0, point) + fraction), 10n ** BigInt(fraction.length));
  }

  plus(o: Rational): Rational {
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  minus(o: Rational): Rational {
    return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  times(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }
  div(o: Rational): Rational {
    if (o.num === 0n) throw new RangeError('Rational: division by zero');
    return Rational.of(this.num * o.den, this.den * o.num);
  }
  neg(): Rational {
    return new Rational(-this.num, this.den);
  }
  sign(): -1 | 0 | 1 {
    return this.num === 0n ? 0 : this.num < 0n ? -1 : 1;
  }
  cmp(o: Rational): -1 | 0 | 1 {
    const diff = this.num * o.den - o.num * this.den;
    return diff === 0n ? 0 : diff < 0n ? -1 : 1;
  }
  eq(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }
  lt(o: Rational): boolean {
    return this.cmp(o) < 0;
  }
  lte(o: Rational): boolean {
    return this.cmp(o) <= 0;
  }
  gt(o: Rational): boolean {
    return this.cmp(o) > 0;
  }
  gte(o: Rational): boolean {
    return this.cmp(o) >= 0;
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  isInteger(): boolean {
    return this.den === 1n;
  }
  floor(): bigint {
    const q = this.num / this.den; // truncates toward zero
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }
  ceil(): bigint {
    const q = this.num / this.den;
    return this.num > 0n && q * this.den !== this.num ? q + 1n : q;
  }

  /** True when the value has a finite decimal expansion (the reduced denominator is 2^a·5^b). */
  terminates(): boolean {
    let den = this.den;
    while (den % 2n === 0n) den /= 2n;
    while (den % 5n === 0n) den /= 5n;
    return den === 1n;
  }

  /** The Decimal nearest the value: exact when it terminates (and fits 60 digits), else rounded at 60 digits. */
  toDecimal(): Decimal {
    return new Decimal(this.num.toString()).div(new Decimal(this.den.toString()));
  }

  /** "1200" or "7/3": the exact value, for JSON consumers that want it. */
  toFractionString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }

  toString(): string {
    return this.toFractionString();
  }

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  static min(a: Rational, b: Rational): Rational {
    return a.lte(b) ? a : b;
  }
  static max(a: Rational, b: Rational): Rational {
    return a.lte(b) ? b : a;
  }
}
