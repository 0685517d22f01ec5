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
