/** The shared catalog look-ups (src/catalog/query.ts). */
import { describe, expect, it } from 'vitest';
import { d } from '../../src/decimal.js';
import { daysBetween } from '../../src/domain/dates.js';
import { availabilityOn, inForce, resolveField } from '../../src/catalog/query.js';
import type { Model, Offer, Provider } from '../../src/catalog/model.js';

const entry = (from: string, amount: string, origin: string, override: boolean, to?: string) => ({
  effectiveFrom: from,
  effectiveTo: to,
  trainingPer1M: d(amount),
  source: 'https://example.com',
  asOf: from,
  origin,
  override,
});

describe('resolveField', () => {
  it('an override wins over a later shipped entry, even from a --prices file called "catalog"', () => {
    const entries = [
      entry('2026-01-01', '3', 'catalog', false),
      entry('2025-06-01', '2', 'catalog', true),
      entry('2026-03-01', '4', 'catalog', false),
    ];
    expect(resolveField(entries, 'trainingPer1M', '2026-04-01')!.amount.toFixed()).toBe('2');
  });
  it('among shipped entries the latest in force wins; an ended one does not apply', () => {
    const entries = [
      entry('2025-01-01', '3', 'catalog', false, '2026-01-01'),
      entry('2026-01-01', '4', 'catalog', false),
    ];
    expect(resolveField(entries, 'trainingPer1M', '2025-12-31')!.amount.toFixed()).toBe('3');
    expect(resolveField(entries, 'trainingPer1M', '2026-01-01')!.amount.toFixed()).toBe('4');
    expect(resolveField(entries, 'trainingPer1M', '2024-12-31')).toBeUndefined();
    expect(inForce(entries[0]!, '2026-01-01')).toBe(false);
  });
});

describe('availabilityOn', () => {
  const source = 'https://example.com';
  // Provider: no new training from 2027-01-06; model: shut down 2027-01-14; the offer itself: closed to new users
  // 2026-06-01.
  const provider = {
    id: 'p',
    name: 'P',
    lifecycle: [{ event: 'training-ends', on: '2027-01-06', source, asOf: '2026-01-01' }],
    models: [],
  } as unknown as Provider;
  const model = {
    id: 'm',
    offers: [],
    basePrices: [],
    lifecycle: [{ event: 'serving-ends', on: '2027-01-14', source, asOf: '2026-01-01', note: 'n' }],
  } as unknown as Model;
  const offer = {
    method: 'sft',
    production: true,
    prices: [],
    notes: [],
    lifecycle: [{ event: 'closed-to-new-users', on: '2026-06-01', source, asOf: '2026-01-01' }],
  } as unknown as Offer;
  it("the provider's, the model's and the offer's events together; the status on each date", () => {
    expect(availabilityOn(provider, model, offer, '2026-05-31')).toMatchObject({
      status: 'available',
      trainable: true,
      trainingEndsOn: '2027-01-06',
      servingEndsOn: '2027-01-14',
      notes: ['n'],
    });
    expect(availabilityOn(provider, model, offer, '2026-06-01')!.status).toBe('closed-to-new-users');
    expect(availabilityOn(provider, model, offer, '2027-01-06')).toMatchObject({
      status: 'training-ended',
      trainable: false,
      serving: true,
    });
    expect(availabilityOn(provider, model, offer, '2027-01-14')).toMatchObject({
      status: 'retired',
      trainable: false,
      serving: false,
    });
    expect(availabilityOn({ ...provider, lifecycle: undefined }, undefined, undefined, '2026-06-01')).toBeUndefined();
  });
});

it('daysBetween counts whole UTC days', () => {
  expect(daysBetween('2026-01-01', '2026-07-01')).toBe(181);
  expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
});
