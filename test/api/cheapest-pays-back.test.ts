/**
 * Issue 24, silent item 4: with retraining every 24 months and a 1-month horizon, an option was named cheapest
 * while its own payback column said "never". The decision rule (src/engine/breakEven/options/decision.ts) and the
 * payback (analysis.ts) must agree: the option named cheapest at the volume never has a payback that says never.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEven, breakEvenFromCatalog } from '../../src/api/breakEven.js';
import { fixtureCatalog } from '../helpers/catalog.js';

const TODAY = '2026-11-23';
const money = fc.integer({ min: 0, max: 20000 }).map((cents) => (cents / 100).toFixed(2));
const perQuery = fc.integer({ min: 1, max: 5000 }).map((x) => (x / 100000).toFixed(5));

describe('the option named cheapest pays back its one-time cost (or has none)', () => {
  it('the issue: retrain every 24 months, 1-month horizon, at volumes from 1 to 100,000 a day', () => {
    const options = [
      { id: 'prompted', perQuery: '0.0065' },
      { id: 'ft', perQuery: '0.00024', oneTime: '1.80' },
      { id: 'hourly', perQuery: '0.00012', hourly: '1.70', oneTime: '1.80' },
    ];
    for (const queriesPerDay of [1, 5, 9, 10, 11, 50, 1000, 100000]) {
      const r = breakEven({ options, queriesPerDay, retrainEveryMonths: 24, horizonMonths: 1, today: TODAY });
      const cheapest = r.options.find((o) => o.id === r.cheapestAtVolume)!;
      expect(cheapest.payback?.paysBack ?? true, `${queriesPerDay}/day: ${cheapest.id}`).toBe(true);
    }
    // Hand check at 10/day: ft saves (0.0065 − 0.00024) × 10 × 730/24 = $1.9041…/month, more than $1.80 a month.
    const at10 = breakEven({ options, queriesPerDay: 10, retrainEveryMonths: 24, horizonMonths: 1, today: TODAY });
    expect(at10.cheapestAtVolume).toBe('ft');
    // 1.80 / (0.00626 × 10 × 730/24) = 43.2 / 45.698 months, exactly.
    expect(at10.options.find((o) => o.id === 'ft')!.payback!.monthsExact).toBe('21600/22849');
  });

  it('property: any prices, horizon and retraining cycle', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ perQuery, monthly: money, oneTime: money }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 36 }),
        fc.option(fc.integer({ min: 1, max: 36 }), { nil: undefined }),
        fc.integer({ min: 1, max: 200000 }),
        (rows, horizonMonths, retrainEveryMonths, queriesPerDay) => {
          const options = [{ id: 'prompted', perQuery: '0.05' }, ...rows.map((row, i) => ({ id: `o${i}`, ...row }))];
          const r = breakEven({ options, queriesPerDay, horizonMonths, retrainEveryMonths, today: TODAY });
          const cheapest = r.options.find((o) => o.id === r.cheapestAtVolume)!;
          expect(cheapest.payback?.paysBack ?? true).toBe(true);
        },
      ),
      { seed: 20261207, numRuns: 150 },
    );
  });

  it('from the catalog: ol-mini against ol-large, retrain every 24 months, 1-month horizon', () => {
    for (const queriesPerDay of [1, 10, 100, 10000]) {
      const r = breakEvenFromCatalog({
        baseModel: 'ol-large',
        ftModel: 'ol-mini',
        baseInputTokens: 2000,
        inputTokens: 200,
        outputTokens: 150,
        examples: 400,
        queriesPerDay,
        retrainEveryMonths: 24,
        horizonMonths: 1,
        existingCustomers: ['openlab'],
        catalog: fixtureCatalog(),
        today: TODAY,
      });
      const cheapest = r.options.find((o) => o.id === r.cheapestAtVolume);
      expect(cheapest?.payback?.paysBack ?? true, `${queriesPerDay}/day`).toBe(true);
    }
  });
});
