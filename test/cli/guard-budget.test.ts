import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// The fixture catalog's OpenLab closed to new customers on 2026-06-01: these guard tests are about
// prices and limits, so this team already fine-tunes there.
const FIXTURE = [
  '--catalog',
  'test/fixtures/catalogs/golden',
  '--as-of',
  '2026-11-23',
  '--existing-customer',
  'openlab',
];

describe('estimate --max-cost: the CI guard (in-process)', () => {
  const JOB = [
    'estimate',
    '--examples',
    '500',
    '--tokens-per-example',
    '400',
    '--epochs',
    '3',
    '-m',
    'gpt-4o-mini',
    '-p',
    'openai',
    // OpenAI closed to new customers on 2026-05-07: this team already fine-tunes there.
    '--existing-customer',
    'openai',
  ];

  it('done-when: $1.80 on gpt-4o-mini at OpenAI exits 1 over a $1 limit and 0 under $2', async () => {
    // 500 × 400 × 3 = 600,000 tokens × $3/M = $1.80 (shipped catalog).
    const over = await runCli([...JOB, '--max-cost', '1']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(
      "ftcost: over budget: the cheapest row's training cost exceeds the $1.00 limit: " +
        'openai gpt-4o-mini-2024-07-18 sft $1.80 ($0.80 over)\n',
    );
    expect(over.stdout).toContain('$1.80'); // the report is still printed
    const under = await runCli([...JOB, '--max-cost', '2']);
    expect(under.code).toBe(0);
    expect(under.stderr).toBe('');
    // With --range the band is zero-width (exact inputs; a copy adds no width): the high end is $1.80 too.
    const json = await runCli([...JOB, '--range', '--format', 'json', '--max-cost', '2']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).rows[0].trainingCostRange).toEqual({ low: '1.8', expected: '1.8', high: '1.8' });
  });

  it('with --range the high end is checked', async () => {
    // OpenLab ol-mini $2.50/M, 500 examples × 500 assumed tokens × 3 epochs = $1.875; high end 750 tokens = $2.8125.
    const args = [
      'estimate',
      '--examples',
      '500',
      '--epochs',
      '3',
      '-m',
      'ol-mini',
      '-p',
      'openlab',
      ...FIXTURE,
      '--max-cost',
      '2',
    ];
    expect((await runCli(args)).code).toBe(0);
    const ranged = await runCli([...args, '--range']);
    expect(ranged.code).toBe(1);
    expect(ranged.stderr).toContain('high end of the training cost exceeds the $2.00 limit');
    expect(ranged.stderr).toContain('$2.81 ($0.81 over)');
  });

  it('--max-cost-applies-to all checks every priced row and names each one over', async () => {
    // 500 × 400 × 3 = 600,000 tokens: OpenLab ol-mini $1.50, ol-large $15.00; limit $2.
    const args = [
      'estimate',
      '--examples',
      '500',
      '--tokens-per-example',
      '400',
      '--epochs',
      '3',
      '-p',
      'openlab',
      ...FIXTURE,
      '--max-cost',
      '2',
    ];
    expect((await runCli(args)).code).toBe(0);
    const all = await runCli([...args, '--max-cost-applies-to', 'all']);
    expect(all.code).toBe(1);
    expect(all.stderr).toBe(
      "ftcost: over budget: 1 of 2 rows' training cost exceeds the $2.00 limit: " +
        'openlab ol-large-2025-03-01 sft $15.00 ($13.00 over)\n',
    );
  });

  it('bad input stays exit 2', async () => {
    for (const bad of [
      ['--max-cost', 'ten'],
      ['--max-cost', '-1'],
      ['--max-cost', '1', '--max-cost-applies-to', 'most'],
    ]) {
      const r = await runCli([...JOB, ...bad]);
      expect(r.code, bad.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('ftcost budget (in-process)', () => {
  it('$10 at 400 tokens × 3 epochs on gpt-4o-mini buys 2,777 examples', async () => {
    const r = await runCli([
      'budget',
      '--max-cost',
      '10',
      '-t',
      '400',
      '--epochs',
      '3',
      '-m',
      'gpt-4o-mini',
      '-p',
      'openai',
      // OpenAI closed to new customers on 2026-05-07: this team already fine-tunes there.
      '--existing-customer',
      'openai',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const row = JSON.parse(r.stdout).rows[0];
    expect(row).toMatchObject({ maxExamples: 2777, trainingCost: '9.9972' });
  });

  it("marks Azure's Developer tier not for production, as estimate does (table and JSON)", async () => {
    // Azure closed gpt-4.1-nano fine-tuning to new customers on 2026-10-14 (pricing/azure-openai.yaml):
    // this team already fine-tunes it there.
    const args = [
      'budget',
      '--max-cost',
      '10',
      '--examples',
      '500',
      '-p',
      'azure-openai',
      '-m',
      'gpt-4.1-nano',
      '--existing-customer',
      'azure-openai',
    ];
    const table = await runCli(args);
    expect(table.code).toBe(0);
    const line = (tier: string) => table.stdout.split('\n').find((l) => l.includes(`sft (${tier})`))!;
    expect(line('developer')).toMatch(/not for production/);
    expect(line('global')).not.toMatch(/not for production/);
    const rows = JSON.parse((await runCli([...args, '--format', 'json'])).stdout).rows as {
      tier: string;
      production: boolean;
    }[];
    expect(rows.map((r) => [r.tier, r.production]).sort()).toContainEqual(['developer', false]);
    expect(rows.find((r) => r.tier === 'global')!.production).toBe(true);
  });

  it('refuses an incomplete or contradictory question with exit 2', async () => {
    for (const args of [
      ['budget', '-t', '400', '--epochs', '3'],
      ['budget', '--max-cost', '10', '-t', '400'],
      ['budget', '--max-cost', '10', '-n', '100', '--epochs', '3'],
      ['budget', '--max-cost', 'lots', '-t', '400', '--epochs', '3'],
      ['budget', '--max-cost', '10', '-t', '400', '--epochs', '3', '-m', 'nope-model'],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
