/**
 * `ftcost breakeven` with costs beyond compute and success rates (issue 22): the flags reach the result,
 * the table, Markdown and CSV show them only when given (CSV columns after every other one), and a bad
 * value is one line naming its flag, exit 2.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const TODAY = '2026-11-23';
const CATALOG = ['--catalog', 'test/fixtures/catalogs/golden', '--as-of', TODAY];
const BASE = [
  'breakeven',
  ...['--base-model', 'ol-large', '--base-input-tokens', '2000', '--ft-model', 'ol-mini'],
  ...['--input-tokens', '200', '--output-tokens', '150', '--queries-per-day', '500', '--examples', '400'],
  ...CATALOG,
];
const SEED = ['breakeven', '--scenario', 'test/fixtures/scenarios/quality-seed.yaml'];
const run = (args: string[]) => runCli(args, { today: TODAY, cwd: process.cwd() });

describe('breakeven: costs beyond compute and quality', () => {
  it('the flags reach every fine-tuned option (the prompted baseline pays none)', async () => {
    const { code, stdout } = await run([
      ...BASE,
      ...['--data-prep-cost', '$3,000', '--monitoring-per-month', '40', '--eval-cost', '25'],
      ...['--prompted-success-rate', '70%', '--ft-success-rate', '0.96', '--failure-cost', '0.50'],
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    const ft = r.options.find((o: { id: string }) => o.id === 'nimbus-openai/global');
    expect(ft.extraCosts).toMatchObject({
      dataPreparation: '3000',
      monitoringPerMonth: '40',
      evaluationPerCycle: '25',
    });
    expect(ft.quality).toMatchObject({ successRate: '0.96', failureCost: '0.5', perUsableAnswer: '0.02012' });
    const prompted = r.options.find((o: { id: string }) => o.id === 'prompted/ol-large');
    expect(prompted.extraCosts.dataPreparation).toBe('0');
    expect(prompted.quality).toMatchObject({ successRate: '0.7', perUsableAnswer: '0.1565' });
  });

  it('the table and Markdown show Extras/mo and Failures/mo only when given', async () => {
    const plain = await run([...SEED.slice(0, 1), '--scenario', 'test/fixtures/scenarios/steps.yaml']);
    expect(plain.stdout).not.toMatch(/Extras\/mo|Failures\/mo/);
    const table = await run(SEED);
    expect(table.stdout).toMatch(/Tokens\/mo\s+Extras\/mo\s+Failures\/mo\s+Total\/mo/);
    expect(table.stdout).toMatch(/\$2,250\.00/);
    const md = await run([...SEED, '--format', 'md']);
    expect(md.stdout).toContain('| Extras/mo | Failures/mo | Total/mo |');
  });

  it('the CSV appends its columns after every other one', async () => {
    const plain = (
      await run([...SEED.slice(0, 1), '--scenario', 'test/fixtures/scenarios/steps.yaml', '--format', 'csv'])
    ).stdout.split('\n')[0]!;
    const { stdout } = await run([...SEED, '--format', 'csv']);
    const header = stdout.split('\n')[0]!;
    expect(header.startsWith(`${plain},`)).toBe(true);
    expect(header.slice(plain.length + 1).split(',')).toEqual([
      'extras_per_month',
      'data_preparation',
      'engineering',
      'evaluation_per_cycle',
      'review_per_cycle',
      'monitoring_per_month',
      'model_storage_per_month',
      'failures_per_month',
      'cost_per_usable_answer',
      'success_rate',
      'failure_cost',
      'per_usable_answer',
    ]);
  });

  it('--failure-cost overrides the scenario’s: a retry', async () => {
    const { stdout } = await run([...SEED, '--failure-cost', 'retry', '--format', 'json']);
    const r = JSON.parse(stdout);
    expect(r.options[0].quality).toMatchObject({ failureCost: 'retry', perUsableAnswerExact: '1/35' });
  });

  const bad: [string, string[], string][] = [
    ['a rate over 1', ['--ft-success-rate', '1.5'], 'ftcost: --ft-success-rate must be more than 0 and at most 1'],
    ['a rate of 0 %', ['--prompted-success-rate', '0%'], 'ftcost: --prompted-success-rate must be more than 0'],
    ['a negative cost', ['--data-prep-cost', '-5'], 'ftcost: --data-prep-cost must not be negative, got -5'],
    ['a failure cost alone', ['--failure-cost', '0.5'], 'ftcost: --failure-cost needs a success rate'],
    ['hours without a rate', ['--review-hours', '2'], 'ftcost: --review-hours needs --hourly-rate USD'],
    ['a rate without hours', ['--hourly-rate', '80'], 'ftcost: --hourly-rate prices --engineering-hours'],
    ['both evaluations', ['--eval-examples', '10', '--eval-cost', '5'], 'ftcost: give --eval-examples or --eval-cost'],
  ];
  it.each(bad)('%s: one line, exit 2', async (_, extra, message) => {
    const { code, stdout, stderr } = await run([...BASE, ...extra]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(message)).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a scenario takes the flags on its options marked fineTuned; a flag wins over the file', async () => {
    const MARKED = ['breakeven', '--scenario', 'test/fixtures/scenarios/quality-seed-marked.yaml', '--format', 'json'];
    const fromFile = JSON.parse((await run(MARKED)).stdout);
    const ft = (r: { options: { id: string; extraCosts: Record<string, string> }[] }) =>
      r.options.find((o) => o.id === 'fine-tuned')!.extraCosts;
    expect(ft(fromFile)).toMatchObject({ dataPreparation: '3000', monitoringPerMonth: '100' });
    // --cost-per-labelled-example 2 × 1,000 examples = 2,000, in place of the file's $3 each.
    const { code, stdout } = await run([
      ...MARKED,
      '--cost-per-labelled-example',
      '2',
      '--review-hours',
      '3',
      '--hourly-rate',
      '$1,000',
    ]);
    expect(code).toBe(0);
    expect(ft(JSON.parse(stdout))).toMatchObject({ dataPreparation: '2000', reviewPerCycle: '3000' });
    const unmarked = await run([...SEED, '--data-prep-cost', '1']);
    expect(unmarked).toMatchObject({ code: 2, stdout: '' });
    expect(unmarked.stderr).toBe(
      'ftcost: --data-prep-cost applies to the fine-tuned options, and none is marked: ' +
        'add fineTuned: true to the options it applies to\n',
    );
  });
});
