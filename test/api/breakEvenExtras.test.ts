/**
 * Costs beyond compute and quality-adjusted cost (issue 22): hand-computed worked examples on scenario
 * files and the fixture catalog (test/fixtures/catalogs/golden), every figure an exact decimal or fraction.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakEven, breakEvenFromCatalog } from '../../src/api/breakEven.js';
import { UserError } from '../../src/errors.js';
import { parseScenario } from '../../src/scenario/parse.js';
import { fixtureCatalog } from '../helpers/catalog.js';

const TODAY = '2026-11-23';
const scenario = (name: string) => {
  const file = `test/fixtures/scenarios/${name}.yaml`;
  const { file: scenarioFile, ...s } = parseScenario(readFileSync(file, 'utf8'), file);
  return { ...s, scenarioFile, today: TODAY };
};
const byId = (r: { options: { id: string }[] }, id: string) => r.options.find((o) => o.id === id) as never as Opt;
type Opt = ReturnType<typeof breakEven>['options'][number];

describe('the seed case: prompted 70 % vs fine-tuned 96 %, a $0.50 human fix, 500 queries a day', () => {
  // test/fixtures/scenarios/quality-seed.yaml, a 720-hour month (30 days):
  //   prompted:   $0.02/query, R 0.7 → per usable answer 0.02 + 0.3 × 0.50 = 0.17
  //   fine-tuned: $0.004/query, R 0.96 → 0.004 + 0.04 × 0.50 = 0.024; training $600 and data
  //               preparation $3,000 spread over 12 months (50 + 250 a month), monitoring $100 a month.
  const r = breakEven(scenario('quality-seed'));
  const prompted = byId(r, 'prompted');
  const ft = byId(r, 'fine-tuned');

  it('costs each usable answer and each month with its failures, exactly', () => {
    expect(prompted.quality).toEqual({
      successRate: '0.7',
      failureCost: '0.5',
      perUsableAnswer: '0.17',
      perUsableAnswerExact: '17/100',
    });
    expect(ft.quality?.perUsableAnswer).toBe('0.024');
    // prompted: 500 × 30 = 15,000 answers: tokens 15,000 × 0.02 = 300, failures 15,000 × 0.15 = 2,250.
    expect(prompted.atVolume).toMatchObject({
      tokensPerMonth: '300',
      failuresPerMonth: '2250',
      extrasPerMonth: '0',
      totalPerMonth: '2550',
      costPerUsableAnswer: '0.17',
    });
    // fine-tuned: tokens 60, failures 15,000 × 0.02 = 300, training 50, extras 250 + 100 = 350 → 760 a month;
    // 760 ÷ 15,000 = 19/375 per usable answer.
    expect(ft.atVolume).toMatchObject({
      trainingPerMonth: '50',
      tokensPerMonth: '60',
      failuresPerMonth: '300',
      extrasPerMonth: '350',
      totalPerMonth: '760',
      costPerUsableAnswerExact: '19/375',
      // running 460 × 12 + training 600 + data preparation 3,000
      totalOverHorizon: '9120',
    });
    expect(ft.extraCosts).toMatchObject({ dataPreparation: '3000', monitoringPerMonth: '100', engineering: '0' });
  });

  it('breaks even on the quality-adjusted cost: 0.17 q = 400/30 + 0.024 q → q = 20000/219', () => {
    expect(r.breakEvens).toHaveLength(1);
    expect(r.breakEvens[0]).toMatchObject({ queriesPerDayExact: '20000/219', cheaperAbove: 'fine-tuned' });
    // Without the success rates: 0.02 q = 400/30 + 0.004 q → q = 2500/3.
    const plain = breakEven({
      ...scenario('quality-seed'),
      failureCost: undefined,
      options: scenario('quality-seed').options.map(({ successRate: _, ...o }) => o),
    });
    expect(plain.breakEvens[0]!.queriesPerDayExact).toBe('2500/3');
  });

  it('pays back the training and the data preparation from the running saving: 3600 ÷ 2090 = 360/209 months', () => {
    // running: prompted 2,550; fine-tuned tokens 60 + failures 300 + monitoring 100 = 460 → saving 2,090.
    expect(ft.payback).toMatchObject({ savingPerMonth: '2090', monthsExact: '360/209', paysBack: true });
  });

  it('a retry instead: the per-query price ÷ R', () => {
    const retry = breakEven({ ...scenario('quality-seed'), failureCost: 'retry' });
    // 0.02 ÷ 0.7 = 1/35; 0.004 ÷ 0.96 = 1/240.
    expect(byId(retry, 'prompted').quality?.perUsableAnswerExact).toBe('1/35');
    expect(byId(retry, 'fine-tuned').quality?.perUsableAnswerExact).toBe('1/240');
    // failures a month: 15,000 × (1/35 − 1/50) = 15,000 × 3/350 = 900/7.
    expect(byId(retry, 'prompted').atVolume?.failuresPerMonth).toBe(
      '128.571428571428571428571428571428571428571428571428571428571',
    );
  });
});

describe('per-cycle extras with retraining', () => {
  // test/fixtures/scenarios/extras-retraining.yaml: retrain every 3 months over 12; per cycle training 300
  // + evaluation 120 + review 60 = 480 → 160 a month; engineering 1,200 once over 12 months → 100 a month.
  const r = breakEven(scenario('extras-retraining'));
  const ft = byId(r, 'fine-tuned');
  it('spreads the per-cycle extras over the cycle and the one-time ones over the horizon', () => {
    // 1,000 queries × 30 days × 0.002 = 60 tokens; extras 60 (eval+review per cycle ÷ 3) + 100 = 160.
    expect(ft.atVolume).toMatchObject({
      trainingPerMonth: '100',
      extrasPerMonth: '160',
      tokensPerMonth: '60',
      totalPerMonth: '320',
      // running 60 × 12 + 4 cycles × 480 + engineering 1,200
      totalOverHorizon: '3840',
    });
  });
  it('pays back a cycle within the cycle: (480 + 1200) ÷ (300 − 60) = 7 months, a cycle 2 months', () => {
    expect(ft.payback).toMatchObject({ savingPerMonth: '240', months: '7', paysBack: true, reason: null });
  });
  it('never pays back when a cycle’s training and extras are not earned within it', () => {
    const dear = breakEven({
      ...scenario('extras-retraining'),
      options: scenario('extras-retraining').options.map((o) =>
        o.id === 'fine-tuned' ? { ...o, evaluationPerCycle: '500' } : o,
      ),
    });
    // (300 + 500 + 60) ÷ 240 = 43/12 months > the 3-month cycle.
    expect(byId(dear, 'fine-tuned').payback).toMatchObject({ paysBack: false, reason: 'not-within-cycle' });
  });
});

describe('costs beyond compute from the catalog (fixture catalog)', () => {
  const base = {
    catalog: fixtureCatalog(),
    today: TODAY,
    asOf: TODAY,
    baseModel: 'ol-large',
    baseInputTokens: 2000,
    ftModel: 'ol-mini',
    inputTokens: 200,
    outputTokens: 150,
    queriesPerDay: 500,
    examples: 400,
    existingCustomers: ['openlab'],
  };
  const r = breakEvenFromCatalog({
    ...base,
    costPerLabelledExample: '2.5',
    engineeringHours: 10,
    hourlyRate: '80',
    evalExamples: 1000,
    reviewHours: 2,
    monitoringPerMonth: '50',
  });
  it('every fine-tuned option pays them, the prompted baseline none', () => {
    // nimbus-openai/global: $0.00012/query → 1,000 eval queries $0.12 a cycle; review 2 × 80 = 160.
    expect(byId(r, 'nimbus-openai/global').extraCosts).toEqual({
      dataPreparation: '1000',
      engineering: '800',
      evaluationPerCycle: '0.12',
      reviewPerCycle: '160',
      monitoringPerMonth: '50',
      modelStoragePerMonth: '0',
    });
    expect(byId(r, 'openlab').extraCosts?.evaluationPerCycle).toBe('0.24');
    // (1000 + 800) ÷ 12 + 160.12 ÷ 12 + 50 = 150 + 4003/300 + 50 = 64003/300.
    expect(byId(r, 'nimbus-openai/global').atVolume?.extrasPerMonth).toBe(
      '213.343333333333333333333333333333333333333333333333333333333',
    );
    expect(byId(r, 'prompted/ol-large').extraCosts).toMatchObject({ dataPreparation: '0', monitoringPerMonth: '0' });
    expect(byId(r, 'prompted/ol-large').atVolume?.extrasPerMonth).toBe('0');
    expect(r.facts.assumptions.map((a) => a.kind)).toEqual(
      expect.arrayContaining(['extras-fine-tuned-only', 'extras-once-over-horizon', 'extras-every-cycle']),
    );
  });
  it('gives the same result as today without them, byte for byte (but the schema version)', () => {
    const plain = JSON.stringify(breakEvenFromCatalog(base));
    const ones = JSON.stringify(breakEvenFromCatalog({ ...base, monitoringPerMonth: undefined }));
    expect(ones).toBe(plain);
    expect(plain).not.toMatch(/extraCosts|quality|extrasPerMonth/);
  });
  it('the seed rates on the catalog: the fine-tune is cheaper per usable answer', () => {
    const q = breakEvenFromCatalog({ ...base, promptedSuccessRate: '70%', ftSuccessRate: '0.96', failureCost: '0.50' });
    // per usable answer = perQuery + (1 − R) × 0.50: prompted 0.0065 + 0.15, nimbus 0.00012 + 0.02.
    const p = byId(q, 'prompted/ol-large');
    expect(p.quality?.perUsableAnswer).toBe('0.1565');
    expect(byId(q, 'nimbus-openai/global').quality?.perUsableAnswer).toBe('0.02012');
  });
});

describe('bad inputs: one clear line naming the input', () => {
  const base = {
    catalog: fixtureCatalog(),
    today: TODAY,
    asOf: TODAY,
    baseModel: 'ol-large',
    baseInputTokens: 2000,
    ftModel: 'ol-mini',
    inputTokens: 200,
    outputTokens: 150,
    examples: 400,
  };
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['a rate over 1', { ftSuccessRate: '1.2' }, 'ftSuccessRate', 'ftSuccessRate must be more than 0 and at most 1'],
    ['a rate of 0', { promptedSuccessRate: '0%' }, 'promptedSuccessRate', 'promptedSuccessRate must be more'],
    ['a negative cost', { dataPrepCost: '-5' }, 'dataPrepCost', 'dataPrepCost must not be negative, got -5'],
    ['a negative fix', { ftSuccessRate: '0.9', failureCost: '-1' }, 'failureCost', 'failureCost must not be negative'],
    ['a failure cost without rates', { failureCost: '0.5' }, 'failureCost', 'failureCost needs a success rate'],
    ['hours without a rate', { engineeringHours: '10' }, 'hourlyRate', 'engineeringHours needs hourlyRate'],
    ['two data preparations', { dataPrepCost: '1', costPerLabelledExample: '1' }, 'costPerLabelledExample', 'give'],
  ];
  it.each(cases)('%s', (_, extra, option, message) => {
    let err: unknown;
    try {
      breakEvenFromCatalog({ ...base, ...extra });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).option).toBe(option);
    expect((err as UserError).message).toContain(message);
    expect((err as UserError).message).not.toContain('\n');
  });
  it('a scenario: a failure cost without any success rate, a rate out of range', () => {
    expect(() => breakEven({ options: [{ id: 'a', perQuery: '0.1' }], failureCost: 'retry', today: TODAY })).toThrow(
      'failureCost needs a success rate',
    );
    expect(() => breakEven({ options: [{ id: 'a', perQuery: '0.1', successRate: '150%' }], today: TODAY })).toThrow(
      'option "a": successRate must be more than 0 and at most 1',
    );
  });
});
