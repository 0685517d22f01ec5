/** Run the CLI in-process and capture what it writes, with a fixed day so staleness is stable. */
import { run } from '../../cli/run.js';

const TEST_TODAY = '2026-11-23';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  args: string[],
  opts: { today?: string; cwd?: string; env?: Record<string, string>; isTTY?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.isTTY ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.isTTY ?? false },
    env: opts.env ?? {},
    cwd: opts.cwd ?? process.cwd(),
    today: opts.today ?? TEST_TODAY,
  });
  return { code, stdout, stderr };
}

/**
 * The break-even cases the CLI tests share, flag → value. SHIPPED: gpt-4o prompted with 2,000 input
 * tokens against gpt-4o-mini fine-tuned on 400 examples, 500 queries a day, on the shipped catalog.
 * FIXTURE: ol-large against ol-mini on the fixture catalog as of 2026-11-23, no volume.
 */
export const BREAKEVEN_SHIPPED: Readonly<Record<string, string>> = {
  '--base-model': 'gpt-4o',
  '--base-input-tokens': '2000',
  '--ft-model': 'gpt-4o-mini',
  '--input-tokens': '200',
  '--output-tokens': '150',
  '--queries-per-day': '500',
  '--examples': '400',
};
export const BREAKEVEN_FIXTURE: Readonly<Record<string, string>> = {
  '--base-model': 'ol-large',
  '--base-input-tokens': '2000',
  '--ft-model': 'ol-mini',
  '--input-tokens': '200',
  '--output-tokens': '150',
  '--examples': '400',
  '--catalog': 'test/fixtures/catalogs/golden',
  '--as-of': '2026-11-23',
};

/**
 * `breakeven` argv from one of those cases: a flag in `over` replaces its value (null leaves it out); `extra`
 * follows.
 */
export function breakevenArgv(
  flags: Readonly<Record<string, string>>,
  over: Record<string, string | null> = {},
  ...extra: string[]
): string[] {
  const merged: Record<string, string | null> = { ...flags, ...over };
  return [
    'breakeven',
    ...Object.entries(merged).flatMap(([flag, value]) => (value === null ? [] : [flag, value])),
    ...extra,
  ];
}
