/** `breakeven … --max-monthly-cost USD`: the CI guard on the cheapest option's monthly cost (in-process). */
import { describe, expect, it } from 'vitest';
import { BREAKEVEN_FIXTURE, breakevenArgv, runCli } from '../helpers/cli.js';

const SCENARIO = ['breakeven', '--scenario', 'test/fixtures/scenarios/azure-1200.yaml'];
const HOSTED = breakevenArgv(BREAKEVEN_FIXTURE);

describe('breakeven --max-monthly-cost', () => {
  it('scenario: prompted is cheapest at 500/day for 0.05 × 500 × 730/24 = 760.41666…/month', async () => {
    // azure-ft: 0.01 × 500 × 730/24 + 2.00 × 730 = 152.083… + 1,460 = 1,612.08…, so prompted is checked.
    const over = await runCli([...SCENARIO, '--max-monthly-cost', '700']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(
      "ftcost: over budget: the cheapest option's monthly cost at 500 queries/day exceeds the $700.00 limit: " +
        'prompted $760.42 ($60.42 over)\n',
    );
    expect(over.stdout).toContain('$760.42'); // the report is still printed
    const under = await runCli([...SCENARIO, '--max-monthly-cost', '761']);
    expect(under.code).toBe(0);
    expect(under.stderr).toBe('');
    // At 2,000/day azure-ft is cheapest: 0.01 × 2000 × 730/24 + 1,460 = 608.333… + 1,460 = 2,068.33…
    // (prompted: 0.05 × 2000 × 730/24 = 3,041.67).
    const busy = await runCli([...SCENARIO, '-q', '2000', '--max-monthly-cost', '2000', '--format', 'json']);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain('at 2,000 queries/day exceeds the $2,000.00 limit: azure-ft $2,068.33 ($68.33 over)');
    expect(JSON.parse(busy.stdout).cheapestAtVolume).toBe('azure-ft');
  });

  it('fixture catalog: the prompted ol-large at 500/day is 98.854166…/month', async () => {
    // ol-large base: 2000 × $2.50/M + 150 × $10/M = 0.005 + 0.0015 = 0.0065 a query;
    // × 500 = 3.25 a day × 730/24 = 98.8541666… a month.
    const over = await runCli([...HOSTED, '-q', '500', '--max-monthly-cost', '98.85']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(
      "ftcost: over budget: the cheapest option's monthly cost at 500 queries/day exceeds the $98.85 limit: " +
        // 98.8541666…: shown to the first place where it differs from the $98.85 limit (issue 24, cosmetic).
        'prompted/ol-large $98.854 ($0.0042 over)\n',
    );
    const under = await runCli([...HOSTED, '-q', '500', '--max-monthly-cost', '98.86']);
    expect(under.code).toBe(0);
  });

  it('with --range the high end of the monthly cost is checked', async () => {
    // At 100,000/day openlab's ol-mini is cheapest (with --include-ending): 0.00024 × 100,000 × 730/24 = 730 of
    // tokens + training 400 × 500 assumed tokens × 3 epochs × $2.50/M = 1.50, spread over the 26/7 calendar
    // months ol-mini has left (2026-11-23 → 2027-03-15) = 21/52 → 730.4038…. At 750 tokens (the assumed
    // count's high bound) training is 2.25 → 63/104 a month → 730.6057….
    const args = [...HOSTED, '-q', '100000', '--include-ending', '--max-monthly-cost', '730.50'];
    expect((await runCli(args)).code).toBe(0);
    const ranged = await runCli([...args, '--range']);
    expect(ranged.code).toBe(1);
    expect(ranged.stderr).toBe(
      "ftcost: over budget: the cheapest option's high end of the monthly cost at 100,000 queries/day " +
        'exceeds the $730.50 limit: openlab $730.61 ($0.11 over)\n',
    );
  });

  it('exit 2 without a volume, or with a bad limit', async () => {
    const noVolume = await runCli([...HOSTED, '--max-monthly-cost', '100']);
    expect(noVolume.code).toBe(2);
    expect(noVolume.stdout).toBe('');
    expect(noVolume.stderr).toBe(
      'ftcost: --max-monthly-cost needs --queries-per-day N (the monthly cost is checked at a volume)\n',
    );
    // A scenario file's own queriesPerDay is a volume; one without it is refused the same way.
    const bad = await runCli([...SCENARIO, '--max-monthly-cost', 'ten']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('ftcost: --max-monthly-cost must be a positive amount of USD like 10 or 2.50, got "ten"\n');
  });
});
