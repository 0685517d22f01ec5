/**
 * Success rates as sensitivity inputs (issue 22): with rates given, --sensitivity varies each rate by
 * ±10 points (at most 100%) as an input of its own; without them, the analysis is as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEven, breakEvenFromCatalog } from '../../../src/api/breakEven.js';
import { d } from '../../../src/decimal.js';
import { fixtureCatalog } from '../../helpers/catalog.js';

/** A decimal string equal to num/den (60 significant digits for a repeating one). */
const isFraction = (s: string | null, num: number, den = 1) =>
  expect(d(s!).times(den).minus(num).abs().lt('1e-50'), `${s} = ${num}/${den}`).toBe(true);

// test/fixtures/scenarios/quality-seed.yaml: prompted $0.02/query usable 70% of the time, the fine-tune $0.004/query
// usable 96%, $600 training + $3,000 data preparation (both spread over 12 months: $300/month) + $100/month
// monitoring; a failure costs a person $0.50 to fix; 500 queries/day in a 720-hour (30-day) month: 15,000 a month.
const SEED = {
  hoursPerMonth: 720,
  queriesPerDay: 500,
  horizonMonths: 12,
  failureCost: '0.50',
  options: [
    { id: 'prompted', perQuery: '0.02', successRate: '70%' },
    {
      id: 'fine-tuned',
      perQuery: '0.004',
      oneTime: '600',
      successRate: 0.96,
      dataPreparation: '3000',
      monitoringPerMonth: '100',
    },
  ],
  today: '2026-11-23',
};

describe('the seed scenario with --sensitivity: the success rates are varied inputs', () => {
  const s = breakEven({ ...SEED, sensitivity: true }).sensitivity!;
  const row = (input: string) => s.inputs.find((i) => i.input === input)!;

  it('the expected saving, by hand', () => {
    // Prompted: (0.02 + 0.3 × 0.50) × 15,000 = 0.17 × 15,000 = 2,550. Fine-tuned: (0.004 + 0.04 × 0.50) × 15,000
    // + 300 + 100 = 360 + 400 = 760. Saving 1,790. Break-even: 400/30 a day ÷ (0.17 − 0.024) = 20000/219.
    expect(s.expected.savingPerMonth).toBe('1790');
    expect(s.expected.breakEvenQueriesPerDayExact).toBe('20000/219');
  });

  it('the prompted rate 60% – 80%, by hand', () => {
    const r = row('prompted-success-rate');
    expect([r.label, r.range, r.low.value, r.high.value]).toEqual([
      'success rate of prompted',
      '±10 pts (≤100%)',
      '60%',
      '80%',
    ]);
    // 60%: (0.02 + 0.4 × 0.5) × 15,000 = 3,300 → saving 3,300 − 760 = 2,540;
    // break-even (40/3)/(0.22 − 0.024) = 10000/147.
    expect(r.low.savingPerMonth).toBe('2540');
    expect(r.low.breakEvenQueriesPerDayExact).toBe('10000/147');
    // 80%: (0.02 + 0.2 × 0.5) × 15,000 = 1,800 → saving 1,040; break-even (40/3)/(0.12 − 0.024) = 1250/9.
    expect(r.high.savingPerMonth).toBe('1040');
    expect(r.high.breakEvenQueriesPerDayExact).toBe('1250/9');
    expect(r.swing).toBe('1500');
  });

  it('the fine-tuned rate 86% – 100% (clamped at 100%), by hand', () => {
    const r = row('ft-success-rate');
    expect([r.label, r.low.value, r.high.value]).toEqual(['success rate of fine-tuned', '86%', '100%']);
    // 86%: (0.004 + 0.14 × 0.5) × 15,000 = 1,110, + 400 = 1,510 → saving 2,550 − 1,510 = 1,040.
    expect(r.low.savingPerMonth).toBe('1040');
    // 100%: 0.004 × 15,000 = 60, + 400 = 460 → saving 2,090; break-even (40/3)/(0.17 − 0.004) = 20000/249.
    expect(r.high.savingPerMonth).toBe('2090');
    expect(r.high.breakEvenQueriesPerDayExact).toBe('20000/249');
    expect(r.swing).toBe('1050');
  });

  it('sorted by swing among the other inputs (volume 2,190, the $0.50 fix 1,950, the prompted rate 1,500)', () => {
    // The fix of a failed answer is a cost beyond compute, varied ×0.5 – ×1.5 since it is given (issue 22):
    // failures 2,250 (prompted) − 300 (fine-tuned) = 1,950 of the saving, so its swing is 1,950.
    expect(s.inputs.slice(0, 4).map((i) => i.input)).toEqual([
      'queries-per-day',
      'failure-cost',
      'prompted-success-rate',
      'ft-success-rate',
    ]);
  });

  it('a rate of 10% or less halves at the low end', () => {
    const low = breakEven({
      ...SEED,
      options: [{ ...SEED.options[0]!, successRate: '8%' }, SEED.options[1]!],
      sensitivity: true,
    }).sensitivity!;
    const r = low.inputs.find((i) => i.input === 'prompted-success-rate')!;
    expect([r.low.value, r.high.value]).toEqual(['4%', '18%']);
  });
});

describe('a rate given for neither option compared', () => {
  it('is listed as not varied, with its reason', () => {
    const s = breakEven({
      queriesPerDay: 500,
      options: [
        { id: 'a', perQuery: '0.02' },
        { id: 'b', perQuery: '0.01', oneTime: '100' },
        { id: 'c', perQuery: '0.03', oneTime: '100', successRate: '0.9' },
      ],
      sensitivity: { option: 'b' },
    }).sensitivity!;
    expect(s.inputs.map((i) => i.input)).not.toContain('ft-success-rate');
    expect(s.notApplicable).toContainEqual({
      input: 'ft-success-rate',
      label: 'fine-tuned success rate',
      reason: 'neither option compared has this success rate',
    });
  });
});

describe('the catalog: --prompted-success-rate and --ft-success-rate rows (a failure retried)', () => {
  const s = breakEvenFromCatalog({
    catalog: fixtureCatalog(),
    today: '2026-11-23',
    baseModel: 'ol-large',
    baseInputTokens: 2000,
    ftModel: 'ol-mini',
    providers: ['openlab'],
    inputTokens: 200,
    outputTokens: 150,
    queriesPerDay: 500,
    examples: 400,
    selfHosted: false,
    sensitivity: true,
    promptedSuccessRate: '0.7',
    ftSuccessRate: '96%',
  }).sensitivity!;

  it('the prompted rate 60% – 80% moves the prompted cost per usable answer, by hand', () => {
    const r = s.inputs.find((i) => i.input === 'prompted-success-rate')!;
    expect([r.label, r.low.value, r.high.value]).toEqual(['prompted success rate', '60%', '80%']);
    // Prompted ol-large costs $0.0065 a query (its prices.perQuery), retried until usable: 0.0065/rate per usable
    // answer, 500 × 730/24 = 182500/12 answers a month. Only the prompted side moves, so the swing is
    // 0.0065 × 182500/12 × (1/0.6 − 1/0.8) = 0.0065 × 182500/12 × 5/12 = 5931.25/144 = 23725/576.
    isFraction(r.swing, 23725, 576);
  });

  it('the fine-tuned rate 86% – 100%', () => {
    const r = s.inputs.find((i) => i.input === 'ft-success-rate')!;
    expect([r.label, r.low.value, r.high.value]).toEqual(['fine-tuned success rate', '86%', '100%']);
    // openlab ol-mini: $0.00024 a query; the swing 0.00024 × 182500/12 × (1/0.86 − 1) = 3.65 × 14/86 = 25.55/43.
    isFraction(r.swing, 25.55, 43);
  });
});

describe('property: without success rates, sensitivity is as it was', () => {
  const price = fc.integer({ min: 1, max: 5000 }).map((n) => d(n).div(10000).toFixed());
  const scenario = fc.record({
    prompted: price,
    tuned: price,
    oneTime: fc.integer({ min: 0, max: 5000 }).map(String),
    monthly: fc.integer({ min: 0, max: 500 }).map(String),
    queriesPerDay: fc.integer({ min: 1, max: 20000 }),
  });
  const optionsOf = (x: { prompted: string; tuned: string; oneTime: string; monthly: string }, rate?: string) => [
    { id: 'prompted', perQuery: x.prompted, ...(rate ? { successRate: rate } : {}) },
    { id: 'tuned', perQuery: x.tuned, oneTime: x.oneTime, monthly: x.monthly, ...(rate ? { successRate: rate } : {}) },
  ];

  it('no rates: no success-rate row and no "not varied" line for one', () => {
    fc.assert(
      fc.property(scenario, (x) => {
        const s = breakEven({ options: optionsOf(x), queriesPerDay: x.queriesPerDay, sensitivity: true }).sensitivity!;
        const inputs = [...s.inputs, ...s.notApplicable].map((i) => i.input);
        expect(inputs.filter((i) => i.includes('success-rate'))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('rates of 100% add the two rate rows and change no other row', () => {
    fc.assert(
      fc.property(scenario, (x) => {
        const plain = breakEven({ options: optionsOf(x), queriesPerDay: x.queriesPerDay, sensitivity: true })
          .sensitivity!;
        const rated = breakEven({ options: optionsOf(x, '1'), queriesPerDay: x.queriesPerDay, sensitivity: true })
          .sensitivity!;
        const others = rated.inputs.filter((i) => !i.input.includes('success-rate'));
        expect(others).toEqual(plain.inputs);
        expect(rated.notApplicable).toEqual(plain.notApplicable);
        expect(rated.expected).toEqual(plain.expected);
        // At 100% the low end is 90%: the rows exist; the high end stays at 100%.
        const rows = rated.inputs.filter((i) => i.input.includes('success-rate'));
        expect(rows.map((r) => [r.low.value, r.high.value])).toEqual([
          ['90%', '100%'],
          ['90%', '100%'],
        ]);
      }),
      { numRuns: 40 },
    );
  });
});
