import { describe, expect, it } from 'vitest';
import { d } from '../../src/decimal.js';
import { isHoursPerDay, isHoursPerMonth } from '../../src/domain/hours.js';

describe('the hour rules every way in shares', () => {
  it('a month is 730 or 720 hours, as a number or a string', () => {
    for (const ok of [730, 720, '730', ' 720 ']) expect(isHoursPerMonth(ok)).toBe(true);
    for (const no of [700, '730.0', '7 30', '', undefined, null, [730], {}]) expect(isHoursPerMonth(no)).toBe(false);
  });

  it('a day is more than 0 and at most 24 hours, exactly', () => {
    for (const ok of [d('0.5'), d(24), 1, 24]) expect(isHoursPerDay(ok)).toBe(true);
    for (const no of [d(0), d('24.0000000000000000001'), 0, 25, -1, Number.NaN]) expect(isHoursPerDay(no)).toBe(false);
  });
});
