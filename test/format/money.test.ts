import { describe, expect, it } from 'vitest';
import { d } from '../../src/decimal.js';
import { formatCount, formatRate, formatUsd } from '../../src/format/money.js';

describe('money formatting (the only place amounts are rounded)', () => {
  it.each([
    ['1.8', '$1.80'],
    ['15', '$15.00'],
    ['1241', '$1,241.00'],
    ['1234567.891', '$1,234,567.89'],
    ['0.005', '$0.005'], // below a cent: two significant digits, never "$0.01" or "$0.00"
    ['0.0036', '$0.0036'],
    ['0.00123456', '$0.0012'],
    ['0', '$0.00'],
    ['-4.2', '-$4.20'],
    ['2.675', '$2.68'], // half-up for people, computed in decimal (a float would print 2.67)
  ])('formatUsd(%s) = %s', (input, out) => {
    expect(formatUsd(d(input))).toBe(out);
  });

  it('shows a rate with all its quoted decimals', () => {
    expect(formatRate(d('3.00'))).toBe('$3.00');
    expect(formatRate(d('0.075'))).toBe('$0.075');
    expect(formatRate(d('1.875'))).toBe('$1.875');
  });

  it('groups counts, including beyond 2^53', () => {
    expect(formatCount(600000n)).toBe('600,000');
    expect(formatCount(12345678901234567890n)).toBe('12,345,678,901,234,567,890');
  });
});
