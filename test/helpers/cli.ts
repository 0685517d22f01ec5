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
