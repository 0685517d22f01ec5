/**
 * What the verdict rests on when success rates were given (issue 22): the rates and the failure cost
 * (a retry assumed when none was given), in `restsOn` and in the verdict's words.
 */
import { describe, expect, it } from 'vitest';
import { breakEven, breakEvenFromCatalog } from '../../src/api/breakEven.js';
import { fixtureCatalog } from '../helpers/catalog.js';

const SEED = {
  hoursPerMonth: 720,
  queriesPerDay: 500,
  horizonMonths: 12,
  options: [
    { id: 'prompted', perQuery: '0.02', successRate: '70%' },
    { id: 'fine-tuned', perQuery: '0.004', oneTime: '600', successRate: 0.96, dataPreparation: '3000' },
  ],
  today: '2026-11-23',
};

describe('the verdict rests on the success rates and the failure cost', () => {
  it("a scenario: each option's rate and the fix's price, in its words", () => {
    const v = breakEven({ ...SEED, failureCost: '0.50' }).verdict;
    expect(v.restsOn).toEqual([
      { kind: 'given', input: 'success-rate', option: 'prompted', value: '0.7' },
      { kind: 'given', input: 'success-rate', option: 'fine-tuned', value: '0.96' },
      { kind: 'given', input: 'failure-cost', value: '0.5' },
    ]);
    expect(v.text).toContain(
      'It counts failed answers (success rates: prompted 70%, fine-tuned 96%; a failure costs $0.50 to fix).',
    );
  });

  it('no failure cost: a retry is assumed, and said', () => {
    const v = breakEven(SEED).verdict;
    expect(v.restsOn).toContainEqual({ kind: 'assumed', input: 'failure-cost', value: 'retry' });
    expect(v.text).toContain("it assumes a failed answer is asked again at its option's own price.");
  });

  it('the catalog: the prompted and fine-tuned rates', () => {
    const v = breakEvenFromCatalog({
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
      tokensPerExample: 300,
      selfHosted: false,
      ftSuccessRate: '0.96',
      failureCost: '2',
    }).verdict;
    expect(v.restsOn).toEqual([
      { kind: 'given', input: 'ft-success-rate', value: '0.96' },
      { kind: 'given', input: 'failure-cost', value: '2' },
    ]);
    expect(v.text).toContain('(success rates: fine-tuned 96%; a failure costs $2.00 to fix)');
  });

  it('without rates, nothing about them', () => {
    const v = breakEven({ ...SEED, options: SEED.options.map(({ successRate: _, ...o }) => o) }).verdict;
    expect(v.restsOn).toEqual([]);
    expect(v.text).not.toContain('failed answers');
  });
});
