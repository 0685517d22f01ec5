import { describe, expect, it } from 'vitest';
import { budget } from '../../../src/api/budget.js';
import { UserError } from '../../../src/errors.js';
import { catalogOf, fixtureCatalog, providerFile, simpleCatalog, SRC } from '../../helpers/catalog.js';

const TODAY = '2026-11-23';

describe('budget solver: worked examples (by hand)', () => {
  it('$10 at 400 tokens × 3 epochs and $3/M buys 2,777 examples', () => {
    // One example: 400 × 3 = 1,200 tokens × $3 / 1M = $0.0036; floor(10 / 0.0036) = floor(2,777.7…) = 2,777;
    // 2,777 × 0.0036 = $9.9972 (2,778 would be $10.0008).
    const r = budget({ maxCost: '10', tokensPerExample: 400, epochs: 3, today: TODAY, catalog: simpleCatalog('3.00') });
    expect(r.solveFor).toBe('examples');
    const row = r.rows[0]!;
    expect(row).toMatchObject({ fits: true, maxExamples: 2777, examples: 2777, epochs: 3, trainingTokens: '3332400' });
    expect(row.unitCost).toBe('0.0036');
    expect(row.trainingCost).toBe('9.9972');
    expect('maxEpochs' in row).toBe(false);
  });

  it('the most epochs of a dataset, capped at the platform maximum (OpenAI: 50)', () => {
    // 100 × 500 = 50,000 tokens an epoch × $3/M = $0.15; floor(10 / 0.15) = 66 > 50 → 50 epochs, $7.50.
    const catalog = catalogOf(
      providerFile('openai', [
        {
          id: 'm1',
          offers: [
            {
              method: 'sft',
              prices: [{ effectiveFrom: '2025-01-01', source: SRC, asOf: '2026-01-01', trainingPer1M: '3.00' }],
            },
          ],
        },
      ]),
    );
    const r = budget({ maxCost: '10', examples: 100, tokensPerExample: 500, today: TODAY, catalog });
    expect(r.rows[0]).toMatchObject({ maxEpochs: 50, trainingCost: '7.5', limitedBy: 'epoch-limit', unitCost: '0.15' });
    expect(r.rows[0]!.epochLimit).toMatchObject({ min: 1, max: 50, verified: true });
    // $5: floor(5 / 0.15) = 33 epochs, $4.95, stopped by the budget.
    const five = budget({ maxCost: '5', examples: 100, tokensPerExample: 500, today: TODAY, catalog });
    expect(five.rows[0]).toMatchObject({ maxEpochs: 33, trainingCost: '4.95', limitedBy: 'budget' });
  });

  it('a minimum charge over the budget makes an offer unaffordable; under it, the minimum is billed', () => {
    const catalog = fixtureCatalog();
    // Confluence llama-70b LoRA: $2.90/M with a $12 minimum per job. $10 < $12: nothing fits.
    const r = budget({
      maxCost: '10',
      examples: 400,
      tokensPerExample: 400,
      providers: ['confluence'],
      today: TODAY,
      asOf: TODAY,
      catalog,
    });
    const big = r.rows.find((x) => x.model === 'acme/llama-70b-instruct')!;
    expect(big).toMatchObject({ fits: false, maxEpochs: null, trainingCost: null, minimumCharge: '12' });
    expect(big.reason).toMatch(/12 USD minimum charge per job is over the budget/);
    expect(r.rows.at(-1)).toBe(big); // what cannot fit ranks last
    // llama-8b LoRA: 400 × 400 = 160,000 tokens × $0.48/M = $0.0768 an epoch; floor(10 / 0.0768) = 130 → 50
    // (unverified cap), $3.84.
    const small = r.rows.find((x) => x.model === 'acme/llama-8b-instruct' && x.method === 'sft-lora')!;
    expect(small).toMatchObject({ fits: true, maxEpochs: 50, trainingCost: '3.84', limitedBy: 'epoch-limit' });
    expect(small.epochLimit.verified).toBe(false);
    // $20 on a tiny set: 10 × 100 = 1,000 tokens × $2.90/M = $0.0029 an epoch; 50 epochs = $0.145 < $12 → billed $12.
    const tiny = budget({
      maxCost: '20',
      examples: 10,
      tokensPerExample: 100,
      models: ['acme/llama-70b-instruct'],
      methods: ['sft-lora'],
      today: TODAY,
      asOf: TODAY,
      catalog,
    });
    expect(tiny.rows[0]).toMatchObject({ fits: true, maxEpochs: 50, trainingCost: '12' });
  });

  it('an offer whose first example is over the budget fits nothing', () => {
    // 1,000,000 tokens × 1 epoch × $3/M = $3 an example > $1.
    const r = budget({
      maxCost: '1',
      tokensPerExample: 1_000_000,
      epochs: 1,
      today: TODAY,
      catalog: simpleCatalog('3.00'),
    });
    expect(r.rows[0]).toMatchObject({ fits: false, maxExamples: null, unitCost: '3' });
    expect(r.rows[0]!.reason).toMatch(/one example costs 3 USD/);
  });

  it('refuses an unanswerable question', () => {
    const catalog = simpleCatalog('3.00');
    expect(() => budget({ maxCost: '10', examples: 10, epochs: 3, catalog })).toThrow(UserError);
    expect(() => budget({ maxCost: '10', tokensPerExample: 400, catalog })).toThrow(UserError);
    expect(() => budget({ maxCost: '0', tokensPerExample: 400, epochs: 1, catalog })).toThrow(UserError);
    expect(() => budget({ maxCost: '1e3', tokensPerExample: 400, epochs: 1, catalog })).toThrow(UserError);
  });
});
