/** The shared catalog look-ups (src/catalog/query.ts). */
import { describe, expect, it } from 'vitest';
import { d } from '../../src/decimal.js';
import { availabilityOn, daysBetween, inForce, resolveField } from '../../src/catalog/query.js';
import type { Model, Provider } from '../../src/catalog/model.js';

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
    const entries = [entry('2026-01-01', '3', 'catalog', false), entry('2025-06-01', '2', 'catalog', true), entry('2026-03-01', '4', 'catalog', false)];
    expect(resolveField(entries, 'trainingPer1M', '2026-04-01')!.amount.toFixed()).toBe('2');
  });
  it('among shipped entries the latest in force wins; an ended one does not apply', () => {
    const entries = [entry('2025-01-01', '3', 'catalog', false, '2026-01-01'), entry('2026-01-01', '4', 'catalog', false)];
    expect(resolveField(entries, 'trainingPer1M', '2025-12-31')!.amount.toFixed()).toBe('3');
    expect(resolveField(entries, 'trainingPer1M', '2026-01-01')!.amount.toFixed()).toBe('4');
    expect(resolveField(entries, 'trainingPer1M', '2024-12-31')).toBeUndefined();
    expect(inForce(entries[0]!, '2026-01-01')).toBe(false);
  });
});

describe('availabilityOn', () => {
  const source = 'https://example.com';
  const provider = { id: 'p', name: 'P', availability: { status: 'deprecated', shutdownOn: '2027-01-06', source, asOf: '2026-01-01' }, models: [] } as unknown as Provider;
  const model = { id: 'm', offers: [], basePrices: [], availability: { status: 'available', shutdownOn: '2027-01-14', source, asOf: '2026-01-01', note: 'n' } } as unknown as Model;
  it('the stricter status and the earlier shutdown; retired once it has passed', () => {
    expect(availabilityOn(provider, model, '2026-06-01')).toEqual({ status: 'deprecated', shutdownOn: '2027-01-06', notes: ['n'], source });
    expect(availabilityOn(provider, model, '2027-01-06')!.status).toBe('retired');
    expect(availabilityOn({ ...provider, availability: undefined }, undefined, '2026-06-01')).toBeUndefined();
  });
});

it('daysBetween counts whole UTC days', () => {
  expect(daysBetween('2026-01-01', '2026-07-01')).toBe(181);
  expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
});
