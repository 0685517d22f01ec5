/**
 * The break-even decision on the shipped catalog and on scenario files: what can be bought for the
 * horizon, cached prompts, retraining, scenarios without a volume. Shipped prices as of 2026-11-29.
 */
import { describe, expect, it } from 'vitest';
import type { BreakEvenResult } from '../../src/result/breakEven.js';
import { BREAKEVEN_SHIPPED, breakevenArgv, runCli } from '../helpers/cli.js';

const TODAY = '2026-11-29';
const COMMON = breakevenArgv(BREAKEVEN_SHIPPED);
const json = async (args: string[]) => {
  const r = await runCli([...args, '--format', 'json'], { today: TODAY });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as BreakEvenResult;
};
const option = (res: BreakEvenResult, id: string) => res.options.find((o) => o.id === id)!;

describe('breakeven: only what can be bought for the whole horizon is named cheapest', () => {
  it('OpenAI shuts gpt-4o-mini down on 2027-01-14, inside a 12-month horizon: shown, never cheapest', async () => {
    // OpenAI closed to new customers on 2026-05-07: this team already fine-tunes there, so the
    // horizon, not the closure, is what leaves it out.
    const existing = [...COMMON, '--existing-customer', 'openai'];
    const res = await json(existing);
    expect(option(res, 'openai').decision).toEqual({
      competes: false,
      excludedBecause:
        'stops serving on 2027-01-14, inside the 12-month horizon (to 2027-11-29); new training ends 2027-01-06',
      servingEndsOn: '2027-01-14',
      // Calendar months: 2026-11-29 → 2026-12-29 is one, then 16 of the 31 days to 2027-01-29: 47/31.
      remainingMonths: expect.stringMatching(/^1\.516129032258/),
      remainingMonthsExact: '47/31',
    });
    // Azure retires fine-tuned gpt-4o-mini deployments on 2027-10-01 (pricing/azure-openai.yaml), also
    // inside the horizon; its Developer tier is not for production either.
    expect(option(res, 'azure-openai/global').decision.excludedBecause).toBe(
      'stops serving on 2027-10-01, inside the 12-month horizon (to 2027-11-29); new training ends 2027-04-01',
    );
    expect(option(res, 'azure-openai/developer').decision.excludedBecause).toBe(
      'stops serving on 2027-10-01, inside the 12-month horizon (to 2027-11-29); new training ends 2027-04-01; ' +
        'not for production (no SLA)',
    );
    // Prompted gpt-4o is priced at Azure (the same price as OpenAI; Azure sorts first), whose gpt-4o record
    // ends on 2027-10-01: it is left out by the same rule (issue 21, item 6), so nothing can be bought for
    // the whole 12 months and nothing is named cheapest.
    expect(option(res, 'prompted/gpt-4o').decision.excludedBecause).toBe(
      'stops serving on 2027-10-01, inside the 12-month horizon (to 2027-11-29)',
    );
    expect(res.cheapestAtVolume).toBeNull();
    expect(res.regimes).toEqual([]);
    const table = await runCli(existing, { today: TODAY });
    expect(table.stdout).toContain('openai ×');
    expect(table.stdout).toContain(
      'No option can be bought for the whole 12-month horizon (each × below says why): ' +
        'none is named cheapest; --include-ending lets them compete.',
    );
    // A 10-month horizon (to 2027-09-29) ends before Azure's retirement: Azure global competes and is
    // cheapest at high volume; OpenAI's shutdown is still inside it. The Developer tier stays out.
    const ten = await json([...existing, '--horizon-months', '10']);
    expect(option(ten, 'openai').decision.excludedBecause).toBe(
      'stops serving on 2027-01-14, inside the 10-month horizon (to 2027-09-29); new training ends 2027-01-06',
    );
    expect(option(ten, 'azure-openai/developer').decision.excludedBecause).toBe('not for production (no SLA)');
    expect(ten.regimes.map((r) => r.cheapest)).toEqual(['prompted/gpt-4o', 'azure-openai/global']);
    // As a new customer (the default) OpenAI is out for the closure, whatever the horizon.
    expect(option(await json(COMMON), 'openai').decision.excludedBecause).toBe(
      'closed to new customers since 2026-05-07',
    );
  });

  it(
    'as of 2026-04-01, before the closure, with a 6-month horizon that ends before the shutdown: ' +
      'OpenAI is cheapest',
    async () => {
      const res = await json([...COMMON, '--as-of', '2026-04-01', '--horizon-months', '6']);
      expect(option(res, 'openai').decision.competes).toBe(true);
      expect(res.cheapestAtVolume).toBe('openai');
    },
  );

  it(
    'an offer already shut down is never an option, ' + 'even with --include-ending (gpt-4.1-nano, 2026-10-23)',
    async () => {
      const args = breakevenArgv(BREAKEVEN_SHIPPED, { '--ft-model': 'gpt-4.1-nano' });
      const res = await json([...args, '--include-ending']);
      expect(res.options.some((o) => o.id === 'openai')).toBe(false);
      expect(res.skipped).toContainEqual({ id: 'openai', reason: 'shut down on 2026-10-23' });
    },
  );

  it('--include-ending and --include-non-production let them compete', async () => {
    const res = await json([...COMMON, '--include-ending', '--include-non-production']);
    expect(res.options.every((o) => o.decision.competes)).toBe(true);
    expect(res.cheapestAtVolume).toBe('azure-openai/developer');
  });

  it(
    'a cached prompt: 1,800 of 2,000 gpt-4o tokens cached cost $0.00425 a query; ' +
      'Azure global breaks even at 9,880.36/day',
    async () => {
      // (200 × 2.50 + 1,800 × 1.25 + 150 × 10.00) / 1M = 0.00425; Azure global retires the deployment on
      // 2027-10-01, inside the horizon, so its $1.80 training is spread over its life: 2026-11-29 →
      // 2027-09-29 is 10 calendar months, then 2 of the 30 days to 2027-10-29: 151/15 months. A day: 0.00012 a
      // query + 1.70 × 24 + 1.80 ÷ 151/15 × 24 ÷ 730 → (40.8 + 1620/551…) / (0.00425 − 0.00012) = 6425760000/650357
      const res = await json([...COMMON, '--base-cached-input-tokens', '1800']);
      expect(option(res, 'prompted/gpt-4o').prices.perQuery).toBe('0.00425');
      const be = res.breakEvens.find((b) => b.between.join() === 'prompted/gpt-4o,azure-openai/global')!;
      expect(be.queriesPerDayExact).toBe('6425760000/650357');
      expect(be.queriesPerDay.startsWith('9880.358018')).toBe(true);
      expect(res.assumptions.join('\n')).toMatch(/prompt caching: 1800 of the prompted model's 2000 input tokens/);
    },
  );

  it(
    'several fine-tuned models in one answer: ' +
      'gpt-4o-mini on Azure beside Llama 3.1 8B on Together and on rented GPUs',
    async () => {
      const res = await json([
        ...breakevenArgv(BREAKEVEN_SHIPPED, { '--ft-model': null }),
        '--ft-model',
        'gpt-4o-mini',
        '--ft-model',
        'llama-3.1-8b',
      ]);
      const ids = res.options.map((o) => o.id);
      expect(ids).toContain('gpt-4o-mini:azure-openai/global');
      expect(ids.some((id) => id.startsWith('llama-3.1-8b:together'))).toBe(true);
      expect(ids.some((id) => id.startsWith('llama-3.1-8b:self-hosted/'))).toBe(true);
    },
  );
});

describe('breakeven --scenario: retraining, no volume, options that swap forever', () => {
  it('retraining every 3 months: a cycle not earned back within the cycle never pays back', async () => {
    const res = await json(['breakeven', '--scenario', 'test/fixtures/scenarios/retraining.yaml']);
    expect(option(res, 'ft').payback).toMatchObject({
      paysBack: false,
      months: null,
      reason: 'not-within-cycle',
      withinHorizon: false,
    });
    expect(option(res, 'ft').payback!.recoveryMonths!.startsWith('7.890410958')).toBe(true); // 576/73
    const table = await runCli(['breakeven', '--scenario', 'test/fixtures/scenarios/retraining.yaml'], {
      today: TODAY,
    });
    expect(table.stdout).toMatch(/ft\s+custom .* never: retrained every 3 months, earned back in 7\.89 months/);
  });

  it(
    'without a volume: break-evens and regimes (small and big alternate up to 18,000, then flat), ' +
      'no costs at a volume',
    async () => {
      const res = await json(['breakeven', '--scenario', 'test/fixtures/scenarios/swapping.yaml']);
      expect(res.settings.queriesPerDay).toBeNull();
      expect(res.cheapestAtVolume).toBeNull();
      expect(res.options.every((o) => o.atVolume === null && o.payback === null)).toBe(true);
      expect(res.regimes.map((r) => `${r.cheapest} ${r.fromQueriesPerDay}..${r.toQueriesPerDay ?? '∞'}`)).toEqual([
        'small 0..2000',
        'big 2000..3000',
        'small 3000..4000',
        'big 4000..6000',
        'small 6000..8000',
        'big 8000..9000',
        'small 9000..10000',
        'big 10000..12000',
        'small 12000..14000',
        'big 14000..15000',
        'small 15000..16000',
        'big 16000..18000',
        'flat 18000..∞',
      ]);
      const table = await runCli(['breakeven', '--scenario', 'test/fixtures/scenarios/swapping.yaml'], {
        today: TODAY,
      });
      expect(table.code).toBe(0);
      expect(table.stdout).toContain('No volume given: break-evens and regimes only');
      expect(table.stdout).toMatch(/^ {2}12,000 – 14,000 +small$/m);
    },
  );
});
