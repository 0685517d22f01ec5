/**
 * Issue 24, what was left: unclear messages 1, 3, 11 and the cosmetic list. Each reproducer is one clear line
 * and exit 2 (or a correct answer); each test failed before its fix (noted per test).
 */
import { describe, expect, it } from 'vitest';
import { breakEvenFromCatalog } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';

const CATALOG = ['--catalog', 'test/fixtures/catalogs/golden'];
const ESTIMATE = ['estimate', '--examples', '500', '--epochs', '3', ...CATALOG];
/** gpt-4o prompted vs fine-tuned models on the shipped catalog, at 500 queries a day. */
const BREAKEVEN = [
  'breakeven',
  ...['--base-model', 'gpt-4o', '--base-input-tokens', '2000', '--input-tokens', '200', '--output-tokens', '150'],
  ...['--examples', '400', '--queries-per-day', '500'],
];
const SHIPPED_DAY = { today: '2026-12-07' };

async function refused(args: string[], opts: { today?: string } = {}): Promise<string> {
  const r = await runCli(args, opts);
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
  expect(r.stderr.split('\n')).toHaveLength(2);
  return r.stderr.trimEnd();
}

describe('unclear message 1: a count written as a negative non-number is named as such', () => {
  it.each([
    // before: "Unknown arguments: I, i, y" (yargs read -Infinity as the short flags -I -n -f -i -n -i -t -y)
    ['-Infinity', 'ftcost: --examples must be a whole number, got "-Infinity"'],
    ['-Inf', 'ftcost: --examples must be a whole number, got "-Inf"'],
    ['-NaN', 'ftcost: --examples must be a whole number, got "-NaN"'],
    ['-1e3', 'ftcost: --examples must be a whole number, got "-1e3"'],
    ['Infinity', 'ftcost: --examples must be a whole number, got "Infinity"'],
    ['NaN', 'ftcost: --examples must be a whole number, got "NaN"'],
    ['-1', 'ftcost: --examples must be at least 1, got -1'],
  ])('-n %s', async (value, line) => {
    expect(await refused(['estimate', '-m', 'gpt-4o-mini', '-n', value], SHIPPED_DAY)).toBe(line);
  });

  it('the long flag and a dollar amount too: --examples -Infinity, --max-cost -Infinity', async () => {
    expect(await refused(['estimate', ...CATALOG, '--examples', '-Infinity'])).toBe(
      'ftcost: --examples must be a whole number, got "-Infinity"',
    );
    expect(await refused([...ESTIMATE, '--max-cost', '-Infinity'])).toBe(
      'ftcost: --max-cost must be a positive amount of USD like 10 or 2.50, got "-Infinity"',
    );
  });
});

describe('unclear message 3: a flag that takes a value, given none, is refused on every command', () => {
  it.each([
    // before: each silently used its default (table, auto, cheapest) and exited 0
    [[...ESTIMATE, '--format'], '--format'],
    [['estimate', '--examples', '500', ...CATALOG, '--epochs'], '--epochs'],
    [[...ESTIMATE, '--max-cost-applies-to'], '--max-cost-applies-to'],
    [[...ESTIMATE, '--max-cost', '5', '--max-cost-applies-to', '--range'], '--max-cost-applies-to'],
    [['estimate', '--examples', '500', ...CATALOG, '-e', '--range'], '--epochs'],
    [['estimate', '--examples', '500', '-f', '--epochs', '3', ...CATALOG], '--format'],
    [['budget', ...CATALOG, '--max-cost', '10', '--format'], '--format'],
    [[...BREAKEVEN, '--ft-model', 'gpt-4o-mini', '--format'], '--format'],
    [['catalog', 'list', '--as-of'], '--as-of'],
    // the rule --prices already had, now the same rule
    [[...ESTIMATE, '--prices'], '--prices'],
  ])('%j', async (argv, flag) => {
    expect(await refused(argv, SHIPPED_DAY)).toBe(`ftcost: ${flag} was given without a value`);
  });

  it('a value given with = (--format=json) or after the flag still works', async () => {
    const eq = await runCli([...ESTIMATE, '--format=json']);
    const spaced = await runCli([...ESTIMATE, '--format', 'json']);
    expect(eq.code).toBe(0);
    expect(eq.stdout).toBe(spaced.stdout);
  });
});

describe('cosmetic: a switch given twice, extra positional arguments, "__1" as a count', () => {
  it('--no-progress --progress (before: the last one silently won)', async () => {
    expect(await refused([...ESTIMATE, '--no-progress', '--progress'])).toBe(
      'ftcost: --progress was given more than once (--no-progress, --progress); give it once',
    );
    expect(await refused([...ESTIMATE, '--range', '--range=false'])).toBe(
      'ftcost: --range was given more than once (--range, --range=false); give it once',
    );
  });

  it('extra positional arguments: estimate and inspect (yargs), catalog list and diff (before: ignored)', async () => {
    expect(await refused([...ESTIMATE, 'extra'])).toBe('ftcost: Unknown argument: extra');
    expect(await refused(['inspect', 'test/fixtures/toy_chat_fine_tuning.jsonl', 'extra'])).toBe(
      'ftcost: Unknown argument: extra',
    );
    expect(await refused(['catalog', 'list', ...CATALOG, 'gpt-4o'])).toBe(
      'ftcost: catalog list takes no argument, got "gpt-4o" ' +
        '(filter with --provider or --kind; catalog show ID shows one id)',
    );
    expect(await refused(['catalog', 'diff', ...CATALOG, '--from', '2026-01-01', 'a', 'b'])).toBe(
      'ftcost: catalog diff takes no arguments, got "a", "b"',
    );
  });

  it('-n __1 (before: 1 example) and --queries-per-day __1 are refused; 1_000 is a thousand', async () => {
    expect(await refused(['estimate', '-n', '__1', ...CATALOG])).toBe(
      'ftcost: --examples must be a whole number, got "__1"',
    );
    const noVolume = BREAKEVEN.slice(0, -2);
    expect(await refused([...noVolume, '--ft-model', 'gpt-4o-mini', '--queries-per-day', '__1'], SHIPPED_DAY)).toBe(
      'ftcost: --queries-per-day must be a number like 500 or 12.5, got "__1"',
    );
    const grouped = await runCli(['estimate', '-n', '1_000', '--epochs', '3', ...CATALOG, '--format', 'json']);
    const plain = await runCli(['estimate', '-n', '1000', '--epochs', '3', ...CATALOG, '--format', 'json']);
    expect(grouped.code).toBe(0);
    expect(grouped.stdout.replace(/"command": ".*"/, '')).toBe(plain.stdout.replace(/"command": ".*"/, ''));
  });
});

describe('cosmetic: the guard shows enough digits that the limit and the figure differ', () => {
  // 400 examples × 500 tokens × 3 epochs = 600,000 tokens at $3.00 per 1M on OpenAI: $1.80 exactly.
  const argv = [
    'estimate',
    ...['-n', '400', '--epochs', '3', '-m', 'gpt-4o-mini', '-p', 'openai', '--existing-customer', 'openai'],
  ];
  it('--max-cost 1.7999999999999999999 (before: "exceeds the $1.80 limit: … $1.80 ($0.00 over)")', async () => {
    const r = await runCli([...argv, '--max-cost', '1.7999999999999999999'], SHIPPED_DAY);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "ftcost: over budget: the cheapest row's training cost exceeds the $1.7999999999999999999 limit: " +
        'openai gpt-4o-mini-2024-07-18 sft $1.80 ($0.0000000000000000001 over)\n',
    );
  });
  it('a limit that differs in cents keeps cents: --max-cost 1.5', async () => {
    const r = await runCli([...argv, '--max-cost', '1.5'], SHIPPED_DAY);
    expect(r.stderr).toBe(
      "ftcost: over budget: the cheapest row's training cost exceeds the $1.50 limit: " +
        'openai gpt-4o-mini-2024-07-18 sft $1.80 ($0.30 over)\n',
    );
  });
});

describe('cosmetic: --ft-model twice for the same model after alias resolution is refused', () => {
  it('gpt-4o-mini and gpt-4o-mini-2024-07-18 (before: the model compared with itself, exit 0)', async () => {
    expect(
      await refused([...BREAKEVEN, '--ft-model', 'gpt-4o-mini', '--ft-model', 'gpt-4o-mini-2024-07-18'], SHIPPED_DAY),
    ).toBe(
      'ftcost: --ft-model gpt-4o-mini and --ft-model gpt-4o-mini-2024-07-18 are the same model ' +
        '(gpt-4o-mini-2024-07-18); give it once',
    );
  });
  it('the library refuses the pair too, in its option names (before: accepted, each option listed twice)', () => {
    const run = () =>
      breakEvenFromCatalog({
        baseModel: 'gpt-4o',
        baseInputTokens: 2000,
        ftModel: ['gpt-4o-mini', 'gpt-4o-mini-2024-07-18'],
        inputTokens: 200,
        outputTokens: 150,
        examples: 500,
        queriesPerDay: 100,
        today: '2026-12-08',
      });
    expect(run).toThrow(
      'ftModel gpt-4o-mini and ftModel gpt-4o-mini-2024-07-18 are the same model ' +
        '(gpt-4o-mini-2024-07-18); give it once',
    );
  });
  it('two different models still compare', async () => {
    const r = await runCli([...BREAKEVEN, '--ft-model', 'gpt-4o-mini', '--ft-model', 'gpt-4.1-mini'], SHIPPED_DAY);
    expect(r.code).toBe(0);
  });
});

describe('cosmetic: --hours-per-day-up 25 names the flag', () => {
  it('before: "hours up per day must be more than 0 and at most 24, got 25"', async () => {
    expect(
      await refused([...BREAKEVEN, '--ft-model', 'Qwen/Qwen2.5-7B-Instruct', '--hours-per-day-up', '25'], SHIPPED_DAY),
    ).toBe('ftcost: --hours-per-day-up must be more than 0 and at most 24, got 25');
  });
});

describe('cosmetic: catalog validate on a training file says it is not a catalog file', () => {
  it('one problem, not 180 YAML errors', async () => {
    const r = await runCli(['catalog', 'validate', 'test/fixtures/toy_chat_fine_tuning.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      'test/fixtures/toy_chat_fine_tuning.jsonl: not a catalog file: it holds JSON Lines (a training file?); ' +
        'catalog validate checks YAML catalog files (a provider, GPU hosts, throughput or meta file) and ' +
        '--prices files\n',
    );
    expect(r.stderr).toBe('ftcost: 1 problem found\n');
  });
});

describe('cosmetic: at 1e30 queries a day replicas are whole numbers in every format', () => {
  const argv = [
    ...BREAKEVEN.slice(0, -2),
    ...['--queries-per-day', `1${'0'.repeat(30)}`, '--ft-model', 'Qwen/Qwen2.5-7B-Instruct'],
  ];
  it('JSON: decimal strings, no exponent; table, CSV, Markdown: no "e+"', async () => {
    const json = await runCli([...argv, '--format', 'json'], SHIPPED_DAY);
    expect(json.code).toBe(0);
    const replicas = [...json.stdout.matchAll(/"replicas": ("?[^,\n]*"?)/g)].map((m) => m[1]!);
    expect(replicas.length).toBeGreaterThan(1);
    for (const r of replicas) expect(r).toMatch(/^"\d+"$/);
    expect(replicas).toContain('"1042709376042709376042710"');
    for (const format of ['table', 'csv', 'md'])
      expect((await runCli([...argv, '--format', format], SHIPPED_DAY)).stdout).not.toMatch(/\de[+-]\d/);
    expect((await runCli(argv, { ...SHIPPED_DAY, isTTY: true })).stdout).not.toMatch(/\de[+-]\d/);
  });
});

describe('unclear message 11: --validation-file without --evaluations says it is billed 0 times', () => {
  const TOY = 'test/fixtures/toy_chat_fine_tuning.jsonl';
  const argv = ['estimate', ...CATALOG, '--file', TOY, '--validation-file', TOY, '--epochs', '3'];
  const NOTE =
    'the validation file is counted but billed 0 times (no evaluations given): pass --evaluations N ' +
    'to price the evaluations the job runs, where a provider bills them';

  it('in every format (before: counted, billed 0 times, and nothing said so)', async () => {
    const table = await runCli(argv);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(`Assumed: ${NOTE}\n`);
    const json = JSON.parse((await runCli([...argv, '--format', 'json'])).stdout) as { assumptions: string[] };
    expect(json.assumptions).toContain(NOTE);
    expect((await runCli([...argv, '--format', 'md'])).stdout).toContain(`> Assumed: ${NOTE}\n`);
    expect((await runCli([...argv, '--format', 'csv'])).stdout).toContain(`"${NOTE}"`);
  });

  it('--evaluations 2, or 0 on purpose, says nothing of it; no validation file, nothing either', async () => {
    for (const evaluations of ['2', '0'])
      expect((await runCli([...argv, '--evaluations', evaluations])).stdout).not.toContain('billed 0 times');
    expect((await runCli(['estimate', ...CATALOG, '--file', TOY, '--epochs', '3'])).stdout).not.toContain(
      'billed 0 times',
    );
  });
});
