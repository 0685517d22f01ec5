/**
 * Nothing silently wrong (issue 24): flags the CLI used to read as something else — a decimal comma
 * dropped ($179 for "1,79"), a switch given a value read as false, `--prices` with nothing after it
 * ignored, an over-budget guard turned into exit 0 by a reader that closes the pipe — are one clear line
 * and exit 2, or keep their exit code.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BREAKEVEN_FIXTURE, breakevenArgv, runCli } from '../helpers/cli.js';

const CATALOG = ['--catalog', 'test/fixtures/catalogs/golden'];
const ESTIMATE = ['estimate', '--examples', '500', '--epochs', '3', ...CATALOG];
const BREAKEVEN = breakevenArgv(BREAKEVEN_FIXTURE);

async function refused(args: string[]): Promise<string> {
  const r = await runCli(args);
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
  expect(r.stderr.split('\n')).toHaveLength(2);
  return r.stderr.trimEnd();
}

describe('1. a comma in a dollar amount is refused, never dropped', () => {
  it('estimate --max-cost 1,79 (was $179, exit 0)', async () => {
    expect(await refused([...ESTIMATE, '--max-cost', '1,79'])).toBe(
      'ftcost: --max-cost must be an amount of USD written with a decimal point, got "1,79": ' +
        'write "1.79" for a decimal, a comma only separates thousands (1,000)',
    );
  });

  it('budget --max-cost 1,50 and breakeven --max-monthly-cost 760,41', async () => {
    expect(await refused(['budget', '--max-cost', '1,50', '--epochs', '3', ...CATALOG])).toContain(
      '--max-cost must be an amount of USD written with a decimal point, got "1,50": write "1.50"',
    );
    expect(await refused([...BREAKEVEN, '--max-monthly-cost', '760,41'])).toContain(
      '--max-monthly-cost must be an amount of USD written with a decimal point, got "760,41": write "760.41"',
    );
  });

  it('breakeven --data-prep-cost 3,5 names the flag; "$3,000" is still three thousand', async () => {
    expect(await refused([...BREAKEVEN, '--data-prep-cost', '3,5'])).toBe(
      'ftcost: --data-prep-cost must be written with a decimal point, got "3,5": write "3.5" for a decimal; ' +
        'a comma is not read as a decimal separator',
    );
    const thousands = await runCli([...BREAKEVEN, '--data-prep-cost', '$3,000', '--format', 'json']);
    const plain = await runCli([...BREAKEVEN, '--data-prep-cost', '3000', '--format', 'json']);
    expect(thousands.code).toBe(0);
    expect(thousands.stdout.replace(/"command": ".*"/, '')).toBe(plain.stdout.replace(/"command": ".*"/, ''));
  });

  it('--max-cost 1,7 and 12,34,567 are refused; 1,000.50 is a thousand', async () => {
    await refused([...ESTIMATE, '--max-cost', '1,7']);
    await refused([...ESTIMATE, '--max-cost', '12,34,567']);
    expect((await runCli([...ESTIMATE, '--max-cost', '1,000.50'])).code).toBe(0);
  });

  it('counts and hours: --examples 1,5 and --training-hours 7,5', async () => {
    expect(await refused(['estimate', '--examples', '1,5', ...CATALOG])).toBe(
      'ftcost: --examples must be a whole number written without commas, got "1,5"',
    );
    expect(await refused([...ESTIMATE, '--training-hours', '7,5'])).toContain('write "7.5" for a decimal');
  });
});

describe('8. --prices with no value is refused, as --prices "" is', () => {
  it('at the end of the line, and before another flag', async () => {
    expect(await refused([...ESTIMATE, '--prices'])).toBe('ftcost: --prices was given without a value');
    expect(await refused(['estimate', '--prices', '--examples', '500', '--epochs', '3'])).toBe(
      'ftcost: --prices was given without a value',
    );
  });
});

describe('11. a switch takes no value, or true / false', () => {
  it('--include-ending=1 and --range=yes (both read as false) are refused', async () => {
    expect(await refused([...BREAKEVEN, '--include-ending=1'])).toBe(
      'ftcost: --include-ending is a switch: give it alone, or as --include-ending=true / =false, ' +
        'got "--include-ending=1"',
    );
    expect(await refused([...ESTIMATE, '--range=yes'])).toContain('--range is a switch');
  });

  it('--range=true and --range=false still work', async () => {
    expect((await runCli([...ESTIMATE, '--range=true'])).stdout).toBe((await runCli([...ESTIMATE, '--range'])).stdout);
    expect((await runCli([...ESTIMATE, '--range=false'])).stdout).toBe((await runCli(ESTIMATE)).stdout);
  });
});

describe('2. the guard keeps its exit code when the reader closes stdout early', () => {
  // cli/main.ts as the process entry (the bundle's main() is the same code), its stdout a pipe whose
  // reader has already gone (`| true`): every write fails with EPIPE.
  const sh = (args: string[]) =>
    spawnSync(
      'bash',
      [
        '-c',
        `"$NODE" --import tsx -e 'import("./cli/main.ts").then((m) => m.main())' -- _ ${args.join(' ')} ` +
          `| true; echo "\${PIPESTATUS[0]}"`,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', FTCOST_TODAY: '2026-11-23', LANG: 'C', NODE: process.execPath },
      },
    );

  it('estimate --max-cost over budget: exit 1, its one line, no crash', () => {
    const r = sh([...ESTIMATE, '--format', 'json', '--max-cost', '0.01']);
    expect(r.stdout).toBe('1\n');
    expect(r.stderr).toMatch(/^ftcost: over budget: [^\n]*\n$/);
  });

  it('within budget: exit 0, nothing on stderr', () => {
    const r = sh([...ESTIMATE, '--format', 'json', '--max-cost', '1000']);
    expect({ code: r.stdout, stderr: r.stderr }).toEqual({ code: '0\n', stderr: '' });
  });
}, 30_000);

describe('5. --max-cost with --include-unavailable judges only offers the team can train', () => {
  // OpenLab ol-mini ($1.88, closed to new customers since 2026-06-01) is shown first; the only buyable row is
  // Confluence's 70B LoRA at its $12.00 minimum charge.
  const argv = [
    ...ESTIMATE,
    '--include-unavailable',
    ...['-p', 'openlab', '-p', 'confluence', '-m', 'ol-mini', '-m', 'acme/llama-70b-instruct'],
  ];
  it('$5 is over budget (before: exit 0, judged on the closed $1.88 offer)', async () => {
    const r = await runCli([...argv, '--max-cost', '5']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "ftcost: over budget: the cheapest row's training cost exceeds the $5.00 limit: " +
        'confluence acme/llama-70b-instruct sft-lora $12.00 ($7.00 over)\n',
    );
  });
  it('$12 passes; with nothing buyable and priced there is nothing to judge: exit 2 with the reason', async () => {
    expect((await runCli([...argv, '--max-cost', '12'])).code).toBe(0);
    const closed = await runCli([...ESTIMATE, '--include-unavailable', '-p', 'openlab', '--max-cost', '100']);
    expect(closed.code).toBe(2);
    expect(closed.stderr).toBe(
      'ftcost: --max-cost $100.00 cannot be checked: no offer you can train on the date is priced for these filters\n',
    );
  });
});

describe('unclear message 6: a missing price is exit 2 with the reason, not "over budget"', () => {
  it('rft billed per training hour without --training-hours (before: exit 1, "over budget")', async () => {
    const r = await runCli(
      [
        'estimate',
        '-n',
        '500',
        '-m',
        'o4-mini',
        '-p',
        'azure-openai',
        '--existing-customer',
        'azure-openai',
        '--method',
        'rft',
        '--max-cost',
        '100',
      ],
      { today: '2026-12-07', env: {} },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'ftcost: --max-cost $100.00 cannot be checked: azure-openai o4-mini-2025-04-16 rft (datazone): ' +
        'billed per training hour; give the hours (--training-hours) to price it\n',
    );
  });
});

describe('15. a file literally named "(stdin)" is a file, not standard input', () => {
  it('inspect "(stdin)" reads the file in the working directory', async () => {
    const { mkdtempSync, copyFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'ftcost-stdin-'));
    copyFileSync('test/fixtures/toy_chat_fine_tuning.jsonl', join(dir, '(stdin)'));
    const r = await runCli(['inspect', '(stdin)', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.stdout) as { training: { file: string; examples: number } };
    expect(shown.training.file).toBe('./(stdin)');
    expect(shown.training.examples).toBeGreaterThan(0);
  });
});

describe('16. budget refuses a budget that buys more examples than can be counted exactly', () => {
  it('--max-cost 1e15 for 1-token examples: one line, exit 2 (before: 2^53 − 1 examples, exit 0)', async () => {
    const msg = await refused([
      'budget',
      ...CATALOG,
      '--max-cost',
      '1000000000000000',
      '--tokens-per-example',
      '1',
      '--epochs',
      '1',
    ]);
    expect(msg).toMatch(
      /^ftcost: --max-cost 1000000000000000 buys more than 9,007,199,254,740,991 examples on \S+ \S+ \(more than/,
    );
  });
});

describe('17. --encoding and --max-tokens-per-example need --file in every command', () => {
  it.each([
    ['breakeven', [...BREAKEVEN, '--encoding', 'cl100k_base'], '--encoding'],
    [
      'budget',
      ['budget', ...CATALOG, '--max-cost', '10', '--examples', '500', '--encoding', 'cl100k_base'],
      '--encoding',
    ],
    ['estimate', [...ESTIMATE, '--max-tokens-per-example', '100'], '--max-tokens-per-example'],
  ])('%s (before: breakeven and budget ignored it)', async (_name, argv, flag) => {
    expect(await refused(argv)).toBe(`ftcost: ${flag} needs --file`);
  });
});

describe('unclear messages 2, 5, 10, 13: each names what is wrong', () => {
  it('2. --validation-file with no value names the validation file (before: "the training file path…")', async () => {
    const file = 'test/fixtures/toy_chat_fine_tuning.jsonl';
    expect(await refused(['estimate', ...CATALOG, '--file', file, '--validation-file', ''])).toBe(
      'ftcost: the validation file path is empty',
    );
  });

  it('5. catalog audit FILE says it is a file, not a catalog directory (before: "cannot be read")', async () => {
    const r = await runCli(['catalog', 'audit', 'pricing/openai.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ftcost: \S*pricing\/openai\.yaml is a file, not a catalog directory \(/);
  });

  it('10. loadOverrides("file.yaml") with a string, not a list (before: "17 problems: h: …")', async () => {
    const { loadOverrides } = await import('../../src/catalog/load.js');
    const { fixtureCatalog } = await import('../helpers/catalog.js');
    expect(() => loadOverrides('prices.yaml' as unknown as string[], fixtureCatalog())).toThrow(
      /^prices must be a list of file paths \(\["prices\.yaml"\]\), got "prices\.yaml"$/,
    );
  });

  it('7. an unknown flag is named as typed: --as-of, not asOf', async () => {
    expect(await refused(['inspect', 'test/fixtures/toy_chat_fine_tuning.jsonl', '--as-of', '2026-01-01'])).toBe(
      'ftcost: Unknown argument: --as-of',
    );
  });

  it("13. catalog list --kind '' is refused like an empty --model (before: listed everything)", async () => {
    expect(await refused(['catalog', 'list', ...CATALOG, '--kind', ''])).toBe(
      'ftcost: --kind was given without a value',
    );
  });
});

describe('unclear message 9: a pinned early day is not called --as-of', () => {
  it('FTCOST_TODAY=1999-01-01 without --as-of names today (before: "--as-of 1999-01-01 is before…")', async () => {
    const r = await runCli(['estimate', '-n', '500'], { today: '1999-01-01' });
    expect(r.stderr).toMatch(/^ftcost: warning: today \(1999-01-01\) is before every price in the catalog \(/);
    const given = await runCli(['estimate', '-n', '500', '--as-of', '1998-01-01'], { today: '1999-01-01' });
    expect(given.stderr).toMatch(/^ftcost: warning: --as-of 1998-01-01 is before every price in the catalog \(/);
  });
});
