import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/domain/dates.js';
import { availabilityOn } from '../../src/domain/lifecycle.js';
import type { LifecycleEvent } from '../../src/catalog/schema.js';

const src = { source: 'https://example.com/deprecations', asOf: '2026-11-01' };
// OpenAI's shape: provider-wide closure and training end, a model shutdown a week after.
const provider: LifecycleEvent[] = [
  { event: 'closed-to-new-users', on: '2026-05-07', ...src },
  { event: 'training-ends', on: '2027-01-06', ...src },
];
const model: LifecycleEvent[] = [{ event: 'serving-ends', on: '2027-01-14', ...src }];

describe('availability on a date, from dated lifecycle events', () => {
  // A team is a new customer unless told otherwise: a closure to new users (audience new customers by
  // default) closes the offer to it from that day, though it still serves.
  it.each([
    ['2026-05-06', 'available', true, true],
    ['2026-05-07', 'closed-to-new-users', false, true],
    ['2027-01-05', 'closed-to-new-users', false, true],
    ['2027-01-06', 'training-ended', false, true],
    ['2027-01-13', 'training-ended', false, true],
    ['2027-01-14', 'retired', false, false],
  ])('new customer, on %s: %s (trainable %s, serving %s)', (date, status, trainable, serving) => {
    const a = availabilityOn([provider, model], date)!;
    expect(a).toEqual(availabilityOn([provider, model], date, 'new'));
    expect(a.customer).toBe('new');
    expect(a.status).toBe(status);
    expect(a.trainable).toBe(trainable);
    expect(a.serving).toBe(serving);
    expect(a.closedToNewUsersOn).toBe('2026-05-07');
    expect(a.closedToTeamOn).toBe('2026-05-07');
    expect(a.trainingEndsOn).toBe('2027-01-06');
    expect(a.servingEndsOn).toBe('2027-01-14');
  });

  // An existing customer is not in the closure's audience: it trains until training ends for everyone,
  // and still sees the date new customers were turned away.
  it.each([
    ['2026-05-06', 'available', true, true],
    ['2026-05-07', 'available', true, true],
    ['2027-01-05', 'available', true, true],
    ['2027-01-06', 'training-ended', false, true],
    ['2027-01-13', 'training-ended', false, true],
    ['2027-01-14', 'retired', false, false],
  ])('existing customer, on %s: %s (trainable %s, serving %s)', (date, status, trainable, serving) => {
    const a = availabilityOn([provider, model], date, 'existing')!;
    expect(a.customer).toBe('existing');
    expect(a.status).toBe(status);
    expect(a.trainable).toBe(trainable);
    expect(a.serving).toBe(serving);
    expect(a.closedToNewUsersOn).toBe('2026-05-07');
    expect(a.closedToTeamOn).toBeUndefined();
    expect(a.trainingEndsOn).toBe('2027-01-06');
    expect(a.servingEndsOn).toBe('2027-01-14');
  });

  it('a shutdown ends training even when no training end was published', () => {
    const a = availabilityOn([[{ event: 'serving-ends', on: '2026-10-23', ...src }]], '2026-10-23')!;
    expect(a).toMatchObject({ status: 'retired', trainable: false, serving: false });
    expect(availabilityOn([[{ event: 'serving-ends', on: '2026-10-23', ...src }]], '2026-10-22')).toMatchObject({
      status: 'available',
      trainable: true,
    });
  });

  it('the earliest date of a kind wins across levels, and no events means nothing known', () => {
    const a = availabilityOn(
      [[{ event: 'serving-ends', on: '2027-03-01', ...src }], [{ event: 'serving-ends', on: '2027-02-01', ...src }]],
      '2026-12-01',
    )!;
    expect(a.servingEndsOn).toBe('2027-02-01');
    expect(availabilityOn([undefined, []], '2026-12-01')).toBeUndefined();
  });

  it('adds calendar months, clamped to the month end', () => {
    expect(addMonths('2026-11-29', 12)).toBe('2027-11-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-29', 2)).toBe('2027-01-29');
  });
});
