/** `ftcost breakeven` scenarios: real runs in-process, stdout and exit codes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BREAKEVEN_SHIPPED, breakevenArgv, runCli } from '../helpers/cli.js';
import type { BreakEvenResult } from '../../src/result/breakEven.js';

const FX = 'test/fixtures/scenarios';
const COMMON = breakevenArgv(BREAKEVEN_SHIPPED);

async function json(args: string[]): Promise<BreakEvenResult> {
  const r = await runCli([...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as BreakEvenResult;
}

describe('breakeven --scenario', () => {
  it('the worked example breaks even at exactly 1,200 queries/day (JSON contract)', async () => {
    const res = await json(['breakeven', '--scenario', `${FX}/azure-1200.yaml`]);
    expect(res.schemaVersion).toBe(4);
    expect(res.kind).toBe('breakeven');
    expect(res.breakEvens).toEqual([
      {
        between: ['prompted', 'azure-ft'],
        queriesPerDay: '1200',
        queriesPerDayExact: '1200',
        kind: 'equal',
        cheaperBelow: 'prompted',
        cheaperAbove: 'azure-ft',
        monthlyCost: { prompted: '1825', 'azure-ft': '1825' },
      },
    ]);
    expect(res.regimes).toEqual([
      {
        cheapest: 'prompted',
        fromQueriesPerDay: '0',
        toQueriesPerDay: '1200',
        fromQueriesPerDayExact: '0',
        toQueriesPerDayExact: '1200',
      },
      {
        cheapest: 'azure-ft',
        fromQueriesPerDay: '1200',
        toQueriesPerDay: null,
        fromQueriesPerDayExact: '1200',
        toQueriesPerDayExact: null,
      },
    ]);
    // At 500/day: prompted 0.05 × 500 × 730/24 = 760.41666…; azure-ft 2.00 × 730 = 1,460 hosting + 152.08333… tokens.
    const [prompted, azure] = res.options;
    expect(prompted!.atVolume!.totalPerMonth.startsWith('760.416666666666')).toBe(true);
    expect(azure!.atVolume!.hostingPerMonth).toBe('1460');
    expect(azure!.atVolume!.tokensPerMonth.startsWith('152.083333333')).toBe(true);
    expect(res.cheapestAtVolume).toBe('prompted');
  });

  it('the table shows costs, the break-even rounded up, the regimes and the chart', async () => {
    const r = await runCli(['breakeven', '--scenario', `${FX}/azure-1200.yaml`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$760.42');
    expect(r.stdout).toContain('$1,612.08');
    expect(r.stdout).toMatch(/1,200 +prompted \/ azure-ft +azure-ft cheaper above/);
    expect(r.stdout).toMatch(/0 – 1,200 +prompted/);
    expect(r.stdout).toMatch(/above 1,200 +azure-ft/);
    expect(r.stdout).toContain('Monthly cost (USD, log scale) by queries per day (log scale)');
    expect(r.stdout).toContain('Legend: * prompted   o azure-ft   X/^ break-even (1,200/day)');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('a step option crossing a linear one three times: every crossing, exact, with jumps', async () => {
    const res = await json(['breakeven', '--scenario', `${FX}/steps.yaml`]);
    const between = (a: string, b: string) =>
      res.breakEvens
        .filter((x) => x.between[0] === a && x.between[1] === b)
        .map((x) => `${x.queriesPerDayExact} ${x.kind}`);
    // azure-ft: 48 + 600/12 × 24/730 = 48 + 120/73 a day, + 0.01q. gpu: 24 × ceil(q/1000).
    // Jump at 2,000 (gpu 72 above it); equal at 100 × (24 − 120/73) = 163200/73; jump at 3,000.
    expect(between('azure-ft', 'gpu')).toEqual(['2000 jump', '163200/73 equal', '3000 jump']);
    // prompted vs azure-ft: 0.04q = 48 + 120/73 → q = 90600/73 (1,241.09…); prompted vs gpu: 0.05q = 24 → 480.
    expect(between('prompted', 'azure-ft')).toEqual(['90600/73 equal']);
    expect(between('prompted', 'gpu')).toEqual(['480 equal']);
    expect(res.regimes.map((r) => `${r.cheapest} ${r.toQueriesPerDayExact}`)).toEqual([
      'prompted 480',
      'gpu 2000',
      'azure-ft 163200/73',
      'gpu 3000',
      'azure-ft null',
    ]);
    // Payback of azure-ft's 600 against prompting at 2,500/day: saving (0.04 × 2500 − 48) × 730/24 = 52 × 730/24 a
    // month.
    const azure = res.options.find((o) => o.id === 'azure-ft')!;
    expect(azure.payback!.months!.startsWith('0.379346680716')).toBe(true); // 600 × 24 / (52 × 730) = 14400/37960
    expect(azure.atVolume!.replicas).toBe('1');
    expect(res.options.find((o) => o.id === 'gpu')!.atVolume!.replicas).toBe('3');
  });

  it('tables round break-even volumes up to whole queries', async () => {
    const r = await runCli(['breakeven', '--scenario', `${FX}/steps.yaml`]);
    expect(r.stdout).toMatch(/ 2,236 +azure-ft \/ gpu/); // 163200/73 = 2,235.6…
    expect(r.stdout).toMatch(/ 1,242 +prompted \/ azure-ft/); // 90600/73 = 1,241.09…
  });

  it('flags override the file: --queries-per-day, --hours-per-month 720', async () => {
    const res = await json([
      'breakeven',
      '--scenario',
      `${FX}/azure-1200.yaml`,
      '--queries-per-day',
      '2000',
      '--hours-per-month',
      '720',
    ]);
    expect(res.settings.queriesPerDay).toBe('2000');
    expect(res.options[1]!.atVolume!.hostingPerMonth).toBe('1440'); // 2.00 × 720
    expect(res.cheapestAtVolume).toBe('azure-ft');
  });

  it('csv and md carry the same figures', async () => {
    const csv = await runCli(['breakeven', '--scenario', `${FX}/azure-1200.yaml`, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      [
        'record,option,other,queries_per_day,to_queries_per_day,kind',
        'training_per_month,hosting_per_month,tokens_per_month,total_per_month,replicas,payback_months',
        'cheaper_below,cheaper_above,competes,excluded_because,payback_status',
        'name,currency,per_query,hourly,hours_per_day,monthly,one_time,capacity_per_day',
        'option_cost_per_month,other_cost_per_month',
        'settings_queries_per_day,hours_per_month,horizon_months,retrain_every_months',
        'catalog_version,prices_as_of,run_date,sources,assumptions',
      ].join(','),
    );
    // At 1,200 a day both cost 0.05 × 1,200 × 730/24 = 1,825 a month; every row carries the settings.
    const settings =
      ',500,730,12,,,,2026-11-23,,"a month is 730 hours (365 x 24 / 12, the cloud billing convention) and a day 24 | ' +
      'training is paid once and spread over the 12-month horizon"';
    expect(lines).toContain(
      `breakeven,prompted,azure-ft,1200,,equal,,,,,,,prompted,azure-ft,true,,,,USD,,,,,,,1825,1825${settings}`,
    );
    expect(lines).toContain(`regime,azure-ft,,1200,,,,,,,,,,,,,,,USD,,,,,,,,${settings}`);
    // The option rows carry their prices: azure-ft 0.01 a query + 2.00 an hour, 24 hours a day.
    expect(lines.find((l) => l.startsWith('option,azure-ft,'))).toContain(',azure-ft,USD,0.01,2,24,,,,,,500,');
    const md = await runCli(['breakeven', '--scenario', `${FX}/azure-1200.yaml`, '--format', 'md']);
    expect(md.stdout).toContain('### Break-even: fine-tuning vs prompting');
    expect(md.stdout).toContain('| 1,200 | `prompted` / `azure-ft` | `azure-ft` | equal |');
  });

  it('the chart is in colour on a TTY, plain with NO_COLOR', async () => {
    const tty = await runCli(['breakeven', '--scenario', `${FX}/azure-1200.yaml`], { isTTY: true });
    expect(tty.stdout).toContain('\x1b[31m*\x1b[0m');
    const noColor = await runCli(['breakeven', '--scenario', `${FX}/azure-1200.yaml`], {
      isTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).not.toContain('\x1b[');
  });

  const bad: [string, string][] = [
    [
      'bad-unknown-key',
      'ftcost: test/fixtures/scenarios/bad-unknown-key.yaml: ' +
        'options[1].perQuerry: unknown key; did you mean "perQuery"? (line 4)\n',
    ],
    [
      'bad-negative',
      'ftcost: test/fixtures/scenarios/bad-negative.yaml: ' +
        'options[0].perQuery: must not be negative (got "-0.05") (line 4)\n',
    ],
    [
      'bad-no-price',
      'ftcost: test/fixtures/scenarios/bad-no-price.yaml: ' +
        'options[1]: gives no price (give at least one of perQuery, hourly, monthly, oneTime) (line 4)\n',
    ],
    [
      'bad-float',
      'ftcost: test/fixtures/scenarios/bad-float.yaml: options[0].perQuery: ' +
        'must be a quoted decimal string like "0.05" (a bare YAML number is a binary float) (line 2)\n',
    ],
    ['missing', 'ftcost: test/fixtures/scenarios/missing.yaml: cannot be read: no such file\n'],
  ];
  it.each(bad)('%s → file: path: message, exit 2', async (name, stderr) => {
    const r = await runCli(['breakeven', '--scenario', `${FX}/${name}.yaml`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(stderr);
  });

  it('needs a volume, and refuses catalog flags next to a scenario', async () => {
    const r = await runCli([
      'breakeven',
      '--scenario',
      `${FX}/bad-float.yaml`.replace('bad-float', 'azure-1200'),
      '--base-model',
      'gpt-4o',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ftcost: --scenario brings its own options; leave out --base-model\n');
  });
});

describe('breakeven from the catalog (the common case)', () => {
  it('prompted gpt-4o vs fine-tuned gpt-4o-mini on every platform: costs, break-evens, regimes', async () => {
    const res = await json(COMMON);
    const o = Object.fromEntries(res.options.map((x) => [x.id, x]));
    expect(Object.keys(o)).toEqual(expect.arrayContaining(['prompted/gpt-4o', 'openai', 'azure-openai/global']));
    // 2,000 × 2.50/1M + 150 × 10.00/1M
    expect(o['prompted/gpt-4o']!.prices.perQuery).toBe('0.0065');
    // 200 × 0.30/1M + 150 × 1.20/1M; training 400 × 500 × 3 epochs = 600,000 tokens × 3.00/1M = 1.80, over 12 months
    expect(o.openai!.prices.perQuery).toBe('0.00024');
    expect(o.openai!.prices.oneTime).toBe('1.8');
    // OpenAI shuts gpt-4o-mini down on 2027-01-14 (a secondary claim), inside the horizon: training is spread over
    // the 53/31 calendar months left (2026-11-23 → 2026-12-23, then 22 of 31 days): 1.80 ÷ 53/31 = 279/265.
    expect(
      o.openai!.atVolume!.trainingPerMonth.startsWith('1.0528301886792452830188679245283018867924528301886792'),
    ).toBe(true);
    // Azure: 1.70/h × 730 h = 1,241 a month, called or not
    expect(o['azure-openai/global']!.atVolume!.hostingPerMonth).toBe('1241');
    expect(o['azure-openai/global']!.kind).toBe('hosted-hourly');
    expect(res.baseline).toBe('prompted/gpt-4o');
    // Over 12 months nothing can be bought for all of it (OpenAI is closed to a new customer, gpt-4o's snapshot
    // and Azure's fine-tuned deployments end inside it): no regimes. Over one month the regimes tile [0, ∞).
    expect(res.regimes).toEqual([]);
    const month = await json([...COMMON, '--horizon-months', '1']);
    expect(month.regimes[0]!.fromQueriesPerDay).toBe('0');
    expect(month.regimes.at(-1)!.toQueriesPerDay).toBeNull();
    expect(res.skipped.find((s) => s.id === 'self-hosted')?.reason).toMatch(/no published parameter count/);
    expect(res.catalog?.version).toMatch(/^\d{4}\.\d{2}\.\d{2}/);
    // prompted vs Azure global: 0.0065q = 0.00012q + 40.8 + 0.15 × 24/730  →  exact, and equal costs.
    const be = res.breakEvens.find(
      (b) => b.between[0] === 'prompted/gpt-4o' && b.between[1] === 'azure-openai/global',
    )!;
    expect(be.kind).toBe('equal');
    expect(be.monthlyCost['prompted/gpt-4o']).toBe(be.monthlyCost['azure-openai/global']);
  });

  it('the table ends with the chart', async () => {
    const r = await runCli(COMMON);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$1,241.00');
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .some((l) => l.startsWith('Legend: * prompted/gpt-4o')),
    ).toBe(true);
  });

  it('missing flags, a bad month, an unknown model → exit 2 with one line', async () => {
    const missing = await runCli(['breakeven', '--base-model', 'gpt-4o']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      new RegExp(
        /^ftcost: breakeven needs --base-input-tokens, --ft-model, --input-tokens, --output-tokens, /.source +
          /--examples \(or --scenario FILE\)/.source,
      ),
    );
    const month = await runCli([...COMMON, '--hours-per-month', '700']);
    expect(month.code).toBe(2);
    expect(month.stderr).toBe('ftcost: --hours-per-month must be 730 (the cloud convention) or 720, got 700\n');
    const unknown = await runCli(breakevenArgv(BREAKEVEN_SHIPPED, { '--ft-model': 'gpt-4o-minii' }));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^ftcost: --ft-model: unknown model "gpt-4o-minii"; did you mean "gpt-4o-mini"/);
    const volume = await runCli(breakevenArgv(BREAKEVEN_SHIPPED, { '--queries-per-day': '-5' }));
    expect(volume.code).toBe(2);
  });

  it(
    "an offer's own caveats reach the option " + "(Azure's Developer tier is spot capacity, removed after 24 h)",
    async () => {
      const res = await json(breakevenArgv(BREAKEVEN_SHIPPED, { '--ft-model': 'gpt-4.1-mini' }));
      const dev = res.options.find((o) => o.id === 'azure-openai/developer')!;
      expect(dev.kind).toBe('hosted-per-token');
      expect(dev.notes.join(' ')).toMatch(/deployment removed after 24 h/);
    },
  );

  it('an open-weight model gets a self-hosted option on rented GPUs', async () => {
    const res = await json(
      breakevenArgv(BREAKEVEN_SHIPPED, { '--ft-model': 'llama-3.1-8b', '--queries-per-day': '50000' }),
    );
    const self = res.options.find((o) => o.kind === 'self-hosted');
    expect(self).toBeDefined();
    expect(self!.prices.capacityPerDay).not.toBeNull();
    expect(self!.sources.length).toBeGreaterThanOrEqual(4);
  });

  it(
    '--file counts the training set exactly; ' + 'the training cost is the one estimate --file gives for the same file',
    async () => {
      // OpenAI closed to new customers on 2026-05-07: this team already fine-tunes there (estimate hides
      // what a team cannot buy).
      const args = breakevenArgv(
        BREAKEVEN_SHIPPED,
        { '--examples': null },
        '--file',
        'test/fixtures/toy_chat_fine_tuning.jsonl',
        '--no-progress',
        '--existing-customer',
        'openai',
      );
      const res = await json(args);
      const openai = res.options.find((o) => o.id === 'openai')!;
      // o200k_base, 65,536-token cap, 20 auto epochs: 164,660 training tokens × $3/1M = $0.49398, spread over 12
      // months.
      expect(openai.prices.oneTime).toBe('0.49398');
      // Over the 53/31 months OpenAI's gpt-4o-mini has left: 0.49398 ÷ 53/31 = 765669/2650000.
      expect(openai.atVolume!.trainingPerMonth.startsWith('0.288931698113207547169811320754716981')).toBe(true);
      expect(res.notes.join('\n')).toMatch(
        /training set: 5 valid examples counted in test\/fixtures\/toy_chat_fine_tuning\.jsonl/,
      );
      const est = await runCli([
        'estimate',
        '--file',
        'test/fixtures/toy_chat_fine_tuning.jsonl',
        '-m',
        'gpt-4o-mini',
        '-p',
        'openai',
        '--existing-customer',
        'openai',
        '-f',
        'json',
        '--no-progress',
      ]);
      expect(JSON.parse(est.stdout).rows[0].trainingCost).toBe(openai.prices.oneTime);
    },
  );

  it('--file with a mistyped model is refused before counting, and --file with --examples is refused', async () => {
    const typo = await runCli(
      breakevenArgv(
        BREAKEVEN_SHIPPED,
        { '--ft-model': 'gpt-4o-mnii', '--examples': null },
        '--file',
        'does-not-exist.jsonl',
      ),
    );
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^ftcost: unknown model "gpt-4o-mnii"; did you mean "gpt-4o"/);
    const both = await runCli([...COMMON, '--file', 'test/fixtures/toy_chat_fine_tuning.jsonl']);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('ftcost: give either --file or --examples, not both\n');
  });

  it(
    '--prices and --as-of work as in estimate: ' +
      'the negotiated $2.40 applies from its date (600,000 tokens: $1.80 → $1.44)',
    async () => {
      const args = (asOf: string) => [
        ...breakevenArgv(BREAKEVEN_SHIPPED),
        '--tokens-per-example',
        '500',
        '--epochs',
        '3',
        '-p',
        'openai',
        '--prices',
        'test/fixtures/catalog/negotiated.yaml',
        '--as-of',
        asOf,
      ];
      const before = (await json(args('2026-05-31'))).options.find((o) => o.id === 'openai')!;
      const after = (await json(args('2026-06-01'))).options.find((o) => o.id === 'openai')!;
      expect(before.prices.oneTime).toBe('1.8');
      expect(after.prices.oneTime).toBe('1.44');
      expect(after.prices.perQuery).toBe(before.prices.perQuery); // only the training price was negotiated
      expect(JSON.stringify(after.sources)).toContain('https://example.com/our-openai-contract');
    },
  );

  it('an unknown --gpu is refused with the closest ids instead of silently dropping the GPU options', async () => {
    const r = await runCli(breakevenArgv(BREAKEVEN_SHIPPED, { '--ft-model': 'llama-3.1-8b' }, '--gpu', 'h100'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ftcost: unknown GPU "h100"; did you mean "h100-nvl", "h100-sxm", "h100-pcie"\?/);
  });

  it(
    'the cheapest option at the volume is read off the curves, ' +
      'also beyond the first period of a pair that keeps swapping',
    async () => {
      // a: 0.024/query + 365/month (= 12/day); b: 24/day per 1,000 queries/day. At 1,700/day: a = 52.8/day, b = 48/day.
      const dir = mkdtempSync(join(tmpdir(), 'ftcost-be-'));
      const file = join(dir, 's.yaml');
      writeFileSync(
        file,
        'queriesPerDay: 1700\noptions:\n' +
          '  - { id: a, perQuery: "0.024", monthly: "365" }\n  - { id: b, hourly: "1", capacityPerDay: 1000 }\n',
      );
      const res = await json(['breakeven', '--scenario', file]);
      expect(res.cheapestAtVolume).toBe('b');
    },
  );

  it('the total over the horizon pays a training run inside it even when retraining is every 24 months', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ftcost-be-'));
    const file = join(dir, 'r.yaml');
    writeFileSync(
      file,
      'queriesPerDay: 100\nhorizonMonths: 12\nretrainEveryMonths: 24\noptions:\n' +
        '  - { id: a, perQuery: "0.01" }\n  - { id: ft, perQuery: "0.001", oneTime: "2400" }\n',
    );
    const res = await json(['breakeven', '--scenario', file]);
    // 100 × 0.001 × 365 days = 36.5 running + the 2,400 training paid within the 12 months.
    expect(res.options.find((o) => o.id === 'ft')!.atVolume!.totalOverHorizon).toBe('2436.5');
    expect(res.options.find((o) => o.id === 'a')!.atVolume!.totalOverHorizon).toBe('365');
  });

  it(
    "a fine-tune's storage per month is part of its running cost " +
      '(Bedrock Llama 3.1 8B: $24.00/h × 730 + $1.95 = $17,521.95)',
    async () => {
      // Titan Text Lite's storage price is no longer published in the shipped catalog (its copy had no
      // Titan row): Llama 3.1 8B on Bedrock has both a storage and a Provisioned Throughput price
      // (pricing/aws-bedrock.yaml: $1.95 per model-month, $24.00 per model-unit-hour).
      const res = await json(
        breakevenArgv(BREAKEVEN_SHIPPED, {
          '--base-model': 'amazon.nova-pro-v1:0',
          '--ft-model': 'meta.llama3-1-8b-instruct-v1:0',
        }),
      );
      const bedrock = res.options.find((o) => o.id === 'aws-bedrock')!;
      expect(bedrock.prices.hourly).toBe('24');
      expect(bedrock.prices.monthly).toBe('1.95');
      expect(bedrock.atVolume!.hostingPerMonth).toBe('17521.95');
    },
  );
});
