/**
 * Process entry: wires the real streams, environment and clock into run(). bin/ftcost.js calls
 * main() through dist/cli/boot.cjs (scripts/cli-bundle.ts), which is CommonJS: no top-level await.
 */
import { createRequire } from 'node:module';
import { run } from './run.js';
import { todayOf } from './context.js';
import { isIsoDate } from '../src/domain/vocabulary.js';

export function main(): void {
  // A reader that stops early (`| head`) is not an error; a full disk is one line, not a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(`ftcost: cannot write the output: ${err.message}\n`);
    process.exit(2);
  });

  // FTCOST_TODAY pins the day of the run (staleness, the default --as-of) for reproducible output.
  const pinned = process.env.FTCOST_TODAY;
  if (pinned !== undefined && !isIsoDate(pinned)) {
    process.stderr.write(`ftcost: FTCOST_TODAY must be a date written YYYY-MM-DD, got "${pinned}"\n`);
    process.exit(2);
  }

  void run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    today: pinned ?? todayOf(new Date()),
    // process.stdin is created only when a command reads it (`-`), so other runs never touch it.
    stdin: {
      get stream() {
        return process.stdin;
      },
      // node:tty (and net, stream, which it loads: ~3 ms) only for a command that reads stdin.
      get isTTY() {
        const { isatty } = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
        return isatty(0);
      },
    },
  }).then((code) => {
    process.exitCode = code;
  });
}
