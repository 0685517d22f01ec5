/**
 * Goldens of the terminal view (issue 26): estimate, budget and breakeven as they print when stdout
 * is a terminal, at 80, 100, 120 and 160 columns, on the fixture catalog with the day fixed, compared
 * byte for byte with test/golden/terminal/<case>.<width>.golden. Colour is off (NO_COLOR) so the
 * files read as text; the width comes from COLUMNS, as in a real terminal. The non-terminal goldens
 * beside this file (golden.test.ts) pin that a pipe gets the full output unchanged. Each file's first
 * line is the command that made it (`$ COLUMNS=80 NO_COLOR=1 ftcost … # in a terminal; today: …`),
 * checked to be exactly the command run; the output follows it.
 *
 * Refresh: UPDATE_GOLDENS=1 npx vitest run test/golden   (then read the diff: README.md here)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { commandLine, goldenText, readGolden } from '../helpers/golden.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = fileURLToPath(new URL('./terminal', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDENS === '1';
const TODAY = '2026-11-23';
const PRICED = ['--catalog', 'test/fixtures/catalogs/golden', '--as-of', TODAY];
const WIDTHS = [80, 100, 120, 160] as const;

const BREAKEVEN_HOSTED = [
  'breakeven',
  ...['--base-model', 'ol-large', '--base-input-tokens', '2000', '--ft-model', 'ol-mini'],
  ...['--input-tokens', '200', '--output-tokens', '150', '--queries-per-day', '500', '--examples', '400'],
  ...['--existing-customer', 'openlab'],
];
const BREAKEVEN_SELF_HOSTED = [
  'breakeven',
  ...['--base-model', 'llama-70b', '--base-input-tokens', '1500', '--ft-model', 'llama-8b'],
  ...['--input-tokens', '200', '--output-tokens', '300', '--queries-per-day', '20000'],
  ...['--examples', '2000', '--tokens-per-example', '600'],
];

interface Case {
  name: string;
  args: readonly string[];
  widths: readonly number[];
}

const CASES: readonly Case[] = [
  // Every offer of the fixture catalog: auto and default epochs, a minimum charge, a copy, a closed provider.
  {
    name: 'estimate-all',
    args: ['estimate', '--examples', '500', '--tokens-per-example', '400', ...PRICED],
    widths: WIDTHS,
  },
  // The first thing every user runs: tokens assumed, the epochs given once.
  { name: 'estimate-epochs', args: ['estimate', '--examples', '500', '--epochs', '3', ...PRICED], widths: WIDTHS },
  // --range, --include-unavailable and --sources at the narrowest width: the range column, the u marker, whole
  // addresses.
  {
    name: 'estimate-range-sources',
    args: ['estimate', '--examples', '500', '--range', '--include-unavailable', '--sources', ...PRICED],
    widths: [80],
  },
  {
    name: 'budget-examples',
    args: ['budget', '--max-cost', '10', '--tokens-per-example', '400', '--epochs', '3', ...PRICED],
    widths: WIDTHS,
  },
  {
    name: 'budget-epochs',
    args: ['budget', '--max-cost', '10', '--examples', '400', '--tokens-per-example', '400', ...PRICED],
    widths: [80, 120],
  },
  // Prompting is cheapest at the volume; an option left out of the decision (x).
  { name: 'breakeven-hosted', args: [...BREAKEVEN_HOSTED, ...PRICED], widths: WIDTHS },
  // A fine-tune is cheapest; hosted vs rented GPU.
  { name: 'breakeven-self-hosted', args: [...BREAKEVEN_SELF_HOSTED, ...PRICED], widths: WIDTHS },
  // --all: every break-even and regime, fitted; the tornado of --sensitivity fitted too.
  {
    name: 'breakeven-all-sensitivity',
    args: [...BREAKEVEN_SELF_HOSTED, '--all', '--sensitivity', ...PRICED],
    widths: [100],
  },
  // No volume: the regimes are the answer.
  { name: 'breakeven-scenario', args: ['breakeven', '--scenario', 'test/fixtures/scenarios/steps.yaml'], widths: [80] },
  // Issue 22's seed case: extras and failures as columns (dropped in their order when narrow), the success rates
  // as sensitivity rows, the verdict saying what it counts.
  {
    name: 'breakeven-quality-seed',
    args: ['breakeven', '--scenario', 'test/fixtures/scenarios/quality-seed.yaml', '--sensitivity'],
    widths: [80, 120],
  },
];

const fileOf = (name: string, width: number) => join(DIR, `${name}.${width}.golden`);
/** The environment of the terminal view at `width` columns, without colour. */
const envOf = (width: number) => ({ COLUMNS: String(width), NO_COLOR: '1' });

async function terminal(args: readonly string[], width: number, extra: Record<string, string> = {}) {
  return runCli([...args], { today: TODAY, cwd: ROOT, isTTY: true, env: { ...envOf(width), ...extra } });
}

describe('the terminal view (goldens at 80, 100, 120 and 160 columns)', () => {
  if (UPDATE) mkdirSync(DIR, { recursive: true });
  for (const c of CASES) {
    for (const width of c.widths) {
      it(`${c.name} at ${width} columns`, async () => {
        const { code, stdout, stderr } = await terminal(c.args, width);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        const file = fileOf(c.name, width);
        const command = commandLine(c.args, { today: TODAY, env: envOf(width), terminal: true });
        if (UPDATE) writeFileSync(file, goldenText(command, stdout));
        else {
          expect(existsSync(file), `missing golden ${file.slice(ROOT.length)} (UPDATE_GOLDENS=1 creates it)`).toBe(
            true,
          );
          const golden = readGolden(readFileSync(file, 'utf8'));
          expect(golden.command, `${file.slice(ROOT.length)}: the first line is not the command run`).toBe(command);
          expect(stdout, `${file.slice(ROOT.length)} differs`).toBe(golden.output);
        }
      });
    }
  }

  it('every terminal golden belongs to a case', () => {
    const expected = new Set(CASES.flatMap((c) => c.widths.map((w) => fileOf(c.name, w))));
    const orphans = readdirSync(DIR)
      .map((n) => join(DIR, n))
      .filter((f) => !expected.has(f));
    if (UPDATE) for (const f of orphans) rmSync(f);
    else expect(orphans).toEqual([]);
  });
});

describe('what stays as it was', () => {
  const commands = [
    ['estimate', '--examples', '500', '--tokens-per-example', '400', ...PRICED],
    ['budget', '--max-cost', '10', '--examples', '400', '--tokens-per-example', '400', ...PRICED],
    [...BREAKEVEN_SELF_HOSTED, ...PRICED],
  ];

  it.each(commands)('%s --wide in a terminal prints what a pipe gets, byte for byte', async (...args) => {
    const piped = await runCli(args, { today: TODAY, cwd: ROOT });
    const wide = await terminal([...args, '--wide'], 80);
    expect(wide.stdout).toBe(piped.stdout);
    // --all and --sources change nothing outside a terminal.
    const flags = await runCli([...args, '--all', '--sources'], { today: TODAY, cwd: ROOT });
    expect(flags.stdout).toBe(piped.stdout);
  });

  it.each(commands)('%s --format json in a terminal is the JSON a pipe gets', async (...args) => {
    const piped = await runCli([...args, '--format', 'json'], { today: TODAY, cwd: ROOT });
    const tty = await terminal([...args, '--format', 'json'], 80);
    expect(tty.stdout).toBe(piped.stdout);
  });

  it('COLUMNS overrides the width the terminal reports; no COLUMNS: the terminal width, else 80', async () => {
    const args = ['estimate', '--examples', '500', ...PRICED];
    const width = (out: string) =>
      Math.max(
        ...out
          .trimEnd()
          .split('\n')
          .map((l) => [...l].length),
      );
    const at60 = await terminal(args, 60);
    expect(width(at60.stdout)).toBeLessThanOrEqual(60);
    let reported = '';
    const { run } = await import('../../cli/run.js');
    await run(args, {
      stdout: { write: (s: string) => (reported += s), isTTY: true, columns: 70 },
      stderr: { write: () => true },
      env: { NO_COLOR: '1' },
      cwd: ROOT,
      today: TODAY,
    });
    expect(width(reported)).toBeLessThanOrEqual(70);
    expect(width(reported)).toBeGreaterThan(60);
  });

  it('the chart keeps its colour in the terminal view, and NO_COLOR takes it away', async () => {
    const args = [...BREAKEVEN_SELF_HOSTED, ...PRICED];
    const coloured = await runCli(args, { today: TODAY, cwd: ROOT, isTTY: true, env: { COLUMNS: '100' } });
    expect(coloured.stdout).toContain('\x1b[');
    expect((await terminal(args, 100)).stdout).not.toContain('\x1b[');
  });
});
