import { describe, expect, it } from 'vitest';
import { d } from '../../../src/decimal.js';
import {
  costPerDayAt,
  monthlySplitAt,
  replicasAt,
  toCurve,
  type CostOption,
} from '../../../src/engine/breakEven/costCurve.js';
import { Rational } from '../../../src/engine/breakEven/rational.js';
import { UserError } from '../../../src/errors.js';

const S730 = { hoursPerMonth: d(730), amortizationMonths: d(12) };
const q = (v: string | number) => Rational.from(typeof v === 'number' ? d(v) : v);
const opt = (o: Partial<CostOption> & { id: string }): CostOption => ({ kind: 'custom', ...o });

describe('cost curves (USD per day, exact)', () => {
  it('per query: 0.05 × 500 = 25.00 a day', () => {
    expect(costPerDayAt(toCurve(opt({ id: 'a', perQuery: d('0.05') }), S730), q(500)).toFractionString()).toBe('25');
  });

  it('an hourly deployment without a capacity is one replica at any volume: 2.00 × 24 = 48 a day, + tokens', () => {
    const c = toCurve(opt({ id: 'b', perQuery: d('0.01'), hourly: d('2.00') }), S730);
    expect(costPerDayAt(c, q(0)).toFractionString()).toBe('48');
    expect(costPerDayAt(c, q(1_000_000)).toFractionString()).toBe('10048');
    expect(replicasAt(c, q(1_000_000))).toBe(1n);
  });

  it('monthly fees become monthly × 24 / hoursPerMonth a day (730 h, and 720 h)', () => {
    const o = opt({ id: 'm', monthly: d('730') });
    expect(costPerDayAt(toCurve(o, S730), q(0)).toFractionString()).toBe('24');
    // 730 × 24 / 720 = 73/3 = 24.333...
    expect(costPerDayAt(toCurve(o, { ...S730, hoursPerMonth: d(720) }), q(0)).toFractionString()).toBe('73/3');
  });

  it('a one-time cost is spread over the amortization months: 1,200 over 12 months = 100 a month', () => {
    const c = toCurve(opt({ id: 't', oneTime: d('1200') }), S730);
    const split = monthlySplitAt(c, q(0), S730);
    expect(split.training.toFractionString()).toBe('100');
    // per day: 100 × 24 / 730 = 240/73
    expect(costPerDayAt(c, q(0)).toFractionString()).toBe('240/73');
  });

  it('replicas step up after every full capacity: max(1, ceil(q / capacity))', () => {
    const c = toCurve(opt({ id: 'g', hourly: d('1.50'), capacityPerDay: d('1000') }), S730);
    expect(replicasAt(c, q(0))).toBe(1n);
    expect(replicasAt(c, q(1000))).toBe(1n);
    expect(replicasAt(c, q('1000.01'))).toBe(2n);
    expect(replicasAt(c, q(3000))).toBe(3n);
    // 3 replicas × 1.50 × 24 = 108
    expect(costPerDayAt(c, q(3000)).toFractionString()).toBe('108');
    expect(costPerDayAt(c, q(3001)).toFractionString()).toBe('144');
  });

  it('hours up per day scale the replica cost: 2.00/h for 8 h = 16 a day', () => {
    expect(
      costPerDayAt(toCurve(opt({ id: 'h', hourly: d('2.00'), hoursPerDay: d(8) }), S730), q(10)).toFractionString(),
    ).toBe('16');
  });

  it('splits a month into training, hosting and tokens (at 500/day, 730 h)', () => {
    const c = toCurve(opt({ id: 'x', perQuery: d('0.01'), hourly: d('1.70'), oneTime: d('120') }), S730);
    const s = monthlySplitAt(c, q(500), S730);
    expect(s.training.toFractionString()).toBe('10'); // 120 / 12
    expect(s.hosting.toDecimal().toFixed()).toBe('1241'); // 1.70 × 730
    // 0.01 × 500 × 730 / 24 = 3650/24 = 1825/12
    expect(s.tokens.toFractionString()).toBe('1825/12');
    expect(s.total.eq(s.training.plus(s.hosting).plus(s.tokens))).toBe(true);
  });

  it('refuses an option with no price, a negative price, a zero capacity', () => {
    expect(() => toCurve(opt({ id: 'none' }), S730)).toThrow(UserError);
    expect(() => toCurve(opt({ id: 'neg', perQuery: d('-0.01') }), S730)).toThrow(/must not be negative/);
    expect(() => toCurve(opt({ id: 'cap', hourly: d('1'), capacityPerDay: d('0') }), S730)).toThrow(/capacityPerDay/);
  });
});

describe('Rational', () => {
  it('is exact where Decimal is not: 1/3 × 3 = 1', () => {
    const third = Rational.of(1n, 3n);
    expect(third.times(Rational.of(3n)).toFractionString()).toBe('1');
    expect(Rational.from('0.1').plus(Rational.from('0.2')).eq(Rational.from('0.3'))).toBe(true);
  });
  it('floors and ceils negatives correctly, and knows which fractions terminate', () => {
    expect(Rational.of(-7n, 2n).floor()).toBe(-4n);
    expect(Rational.of(-7n, 2n).ceil()).toBe(-3n);
    expect(Rational.of(7n, 2n).ceil()).toBe(4n);
    expect(Rational.of(1n, 8n).terminates()).toBe(true);
    expect(Rational.of(1n, 3n).terminates()).toBe(false);
  });
});
