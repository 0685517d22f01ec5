import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESTIMATE_CSV_HEADER } from '../../src/render/estimate.js';
import { runCli } from '../helpers/cli.js';

// OpenAI closed to new customers on 2026-05-07: these tests are about output formats, and this team
// already fine-tunes there.
const EXISTING = ['--existing-customer', 'openai'];
const MAIN = ['estimate', '--examples', '500', '--tokens-per-example', '400', '--epochs', '3', ...EXISTING];

describe('ftcost estimate — formats', () => {
  it('table: ranked by cost, with catalog version, as-of date and $1.80 for gpt-4o-mini', async () => {
    const { code, stdout, stderr } = await runCli([...MAIN, '--model', 'gpt-4o-mini', '--model', 'gpt-4o']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^ftcost estimate · catalog \d{4}\.\d{2}\.\d{2} · prices as of 2026-11-23 · USD$/m);
    expect(stdout).toContain('Dataset: 500 examples × 400 tokens');
    const lines = stdout.split('\n').filter((l) => /^\s*\d+\s{2}/.test(l));
    expect(lines[0]).toMatch(
      // Azure's retirement schedule (pricing/azure-openai.yaml): fine-tuned gpt-4o-mini trains to 2027-04-01, serves
      // to 2027-10-01.
      new RegExp(
        /gpt-4o-mini-2024-07-18\s+sft \(developer\)\s+3\s+600,000\s+\$1\.50\s+\$0\.90\s+/.source +
          /training ends 2027-04-01; shuts down 2027-10-01; not for production; copy/.source,
      ),
    );
    expect(lines[1]).toMatch(/gpt-4o-mini-2024-07-18\s+sft \(global\)\s+3\s+600,000\s+\$3\.00\s+\$1\.80/);
    expect(stdout).toMatch(/OpenAI\s+gpt-4o-mini-2024-07-18\s+sft\s+3\s+600,000\s+\$3\.00\s+\$1\.80\s+stale/);
    expect(stdout).toMatch(/OpenAI\s+gpt-4o-2024-08-06\s+sft\s+3\s+600,000\s+\$25\.00\s+\$15\.00/);
    expect(stdout).toContain('Sources:');
  });

  it('says when tokens per example were assumed', async () => {
    const { stdout } = await runCli(['estimate', '--examples', '500', '--epochs', '3', '-m', 'gpt-4o-mini']);
    expect(stdout).toContain('Dataset: 500 examples × 500 tokens (assumed)');
    expect(stdout).toContain('Assumed: 500 tokens per example assumed');
  });

  it('json: versioned schema with unrounded decimal strings', async () => {
    const { code, stdout } = await runCli([...MAIN, '-m', 'gpt-4o-mini', '-p', 'openai', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      schemaVersion: 2,
      kind: 'estimate',
      catalog: { version: expect.any(String) },
      asOf: '2026-11-23',
    });
    expect(json.rows).toHaveLength(1);
    expect(json.rows[0]).toMatchObject({
      provider: 'openai',
      model: 'gpt-4o-mini-2024-07-18',
      method: 'sft',
      epochs: 3,
      trainingTokens: '600000',
      trainingCost: '1.8',
      currency: 'USD',
      source:
        'https://github.com/dakota-jamie-sims/OpenAI-Learning-Center-Agent/blob/' +
        '225d78b788350bb6f924efadd7e1e5b6ab9e2815/docs/openai_documentation/03_Models/02_Pricing.md',
      sourceKind: 'copy',
      original: 'https://platform.openai.com/docs/pricing',
      asOf: '2025-08-10',
      billing: 'per-token',
      production: true,
      running: { inputPer1M: '0.3', cachedInputPer1M: '0.15', outputPer1M: '1.2', hostingPerHour: null },
    });
  });

  it('json keeps sub-cent precision that the table rounds', async () => {
    const { stdout } = await runCli([
      'estimate',
      '-n',
      '7',
      '-t',
      '13',
      '-e',
      '1',
      '-m',
      'gpt-4o-mini',
      '-p',
      'openai',
      ...EXISTING,
      '-f',
      'json',
    ]);
    expect(JSON.parse(stdout).rows[0].trainingCost).toBe('0.000273'); // 91 tokens × $3 / 1M
    const table = await runCli([
      'estimate',
      '-n',
      '7',
      '-t',
      '13',
      '-e',
      '1',
      '-m',
      'gpt-4o-mini',
      '-p',
      'openai',
      ...EXISTING,
    ]);
    expect(table.stdout).toContain('$0.00027');
  });

  it('csv: a header row and one line per row', async () => {
    const { code, stdout } = await runCli([...MAIN, '-m', 'gpt-4o-mini', '--format', 'csv']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(ESTIMATE_CSV_HEADER.join(','));
    expect(lines).toHaveLength(6); // header + OpenAI + Azure developer, global, regional, Data Zone
    expect(lines[2]).toMatch(
      new RegExp(
        /^2,azure-openai,gpt-4o-mini-2024-07-18,sft,global,3,requested,200000,600000,3,1\.8,USD,/.source +
          /0\.15,0\.075,,,0\.6,1\.7,,false,available,true,/.source,
      ),
    );
  });

  it('md: a Markdown table', async () => {
    const { code, stdout } = await runCli([...MAIN, '-m', 'gpt-4o', '-p', 'openai', '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '| # | Provider | Model | Method | Epochs | Training tokens | Per 1M | Training cost | Notes |',
    );
    expect(stdout).toMatch(/\| 1 \| OpenAI \| `gpt-4o-2024-08-06` \| sft \| 3 \| 600,000 \| \$25\.00 \| \$15\.00 \|/);
  });

  it('--help is complete', async () => {
    const root = await runCli(['--help']);
    expect(root.code).toBe(0);
    expect(root.stdout).toContain('estimate');
    const sub = await runCli(['estimate', '--help']);
    expect(sub.code).toBe(0);
    for (const flag of [
      '--examples',
      '--tokens-per-example',
      '--epochs',
      '--model',
      '--provider',
      '--format',
      '--as-of',
      '--method',
    ]) {
      expect(sub.stdout).toContain(flag);
    }
  });
});

describe('ftcost estimate — bad input: one line on stderr, exit 2, no stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['negative examples', ['estimate', '--examples', '-5'], /--examples must be at least 1, got -5/],
    ['non-numeric examples', ['estimate', '--examples', 'abc'], /--examples must be a whole number, got "abc"/],
    ['fractional examples', ['estimate', '--examples', '2.5'], /--examples must be a whole number/],
    ['missing examples', ['estimate'], /needs --examples/],
    ['zero epochs', ['estimate', '--examples', '5', '--epochs', '0'], /--epochs must be at least 1, got 0/],
    ['non-numeric epochs', ['estimate', '--examples', '5', '--epochs', 'many'], /--epochs must be a whole number/],
    [
      'negative tokens',
      ['estimate', '--examples', '5', '--tokens-per-example', '-1'],
      /--tokens-per-example must be at least 1/,
    ],
    [
      'unknown model',
      ['estimate', '--examples', '5', '--model', 'gpt-4o-mni'],
      /unknown model "gpt-4o-mni"; did you mean "gpt-4o-mini"/,
    ],
    [
      'unknown provider',
      ['estimate', '--examples', '5', '--provider', 'azur'],
      /unknown provider "azur"; did you mean "azure-openai"/,
    ],
    [
      'unknown format',
      ['estimate', '--examples', '5', '--format', 'xml'],
      /unknown format "xml"; use one of table, json, csv, md/,
    ],
    ['unknown method', ['estimate', '--examples', '5', '--method', 'magic'], /unknown method "magic"/],
    ['bad date', ['estimate', '--examples', '5', '--as-of', '2026-13-01'], /--as-of must be a date written YYYY-MM-DD/],
    ['unknown flag', ['estimate', '--examples', '5', '--epoch', '3'], /Unknown argument/i],
    ['unknown command', ['estmate'], /Unknown argument|Did you mean/i],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a mistyped model is refused before a file is counted (the file does not even exist)', async () => {
    const { code, stderr } = await runCli(['estimate', '--file', 'does-not-exist.jsonl', '--model', 'gpt-4o-mni']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^ftcost: unknown model "gpt-4o-mni"; did you mean "gpt-4o-mini"/);
  });

  it.each([
    ['an empty --model', ['estimate', '-n', '5', '--model', ''], /^ftcost: --model was given without a value$/],
    [
      '--tokens-per-example with --file',
      ['estimate', '--file', 'test/fixtures/toy_chat_fine_tuning.jsonl', '-t', '5'],
      /--tokens-per-example goes with --examples/,
    ],
    ['an empty file path', ['estimate', '--file', ''], /^ftcost: the training file path is empty$/],
    ['a directory as the file', ['estimate', '--file', 'test'], /cannot read "test": it is a directory/],
    [
      'a single-value flag given twice',
      ['estimate', '-n', '5', '-e', '3', '--epochs', '2'],
      /^ftcost: --epochs was given more than once \(3, 2\); give it once$/,
    ],
    [
      'a bad subcommand value (yargs, kept on one line)',
      ['catalog', 'frob'],
      /^ftcost: Invalid values: Argument: action, Given: "frob", Choices: "list"/,
    ],
  ])('%s: one line, exit 2', async (_name, args, message) => {
    const { code, stdout, stderr } = await runCli(args as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd()).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a pipe is refused in words, not read as an empty file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ftcost-fifo-'));
    const fifo = join(dir, 'train.jsonl');
    execFileSync('mkfifo', [fifo]);
    const { code, stderr } = await runCli(['inspect', fifo]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/it is not a regular file \(a pipe or device\); save it to a file first/);
  });

  it('--format csv of a file with broken lines: clean CSV on stdout, the rejection on stderr', async () => {
    const { code, stdout, stderr } = await runCli([
      'estimate',
      '--file',
      'test/fixtures/broken.jsonl',
      '-m',
      'gpt-4o-mini',
      '-p',
      'openai',
      '-f',
      'csv',
      '--no-progress',
    ]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(ESTIMATE_CSV_HEADER.join(','));
    expect(stderr).toBe(
      'ftcost: warning: the platform would reject test/fixtures/broken.jsonl as it is: ' +
        '7 invalid line(s), excluded from these counts (--format json lists every one)\n',
    );
  });

  it('--verbose adds the stack trace', async () => {
    const { code, stderr } = await runCli(['estimate', '--examples', 'abc', '--verbose']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/\n\s+at /);
  });

  it('a broken catalog file: file:line path: message, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ftcost-cat-'));
    copyFileSync('pricing/catalog.yaml', join(dir, 'catalog.yaml'));
    writeFileSync(join(dir, 'acme.yaml'), 'schemaVersion: 1\nprovider:\n  id: acme\n  name: [unclosed\n');
    const { code, stdout, stderr } = await runCli(['estimate', '--examples', '5', '--catalog', dir], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^ftcost: the catalog in .* has 1 problem: acme\.yaml:\d+: YAML syntax/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
