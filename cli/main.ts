/** Process entry: wires the real streams, environment and clock into run(). */
import { isatty } from 'node:tty';
import { run } from './run.js';
import { todayOf } from './context.js';
import { isIsoDate } from '../src/catalog/vocabulary.js';

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

const code = await run(process.argv.slice(2), {
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
    isTTY: isatty(0),
  },
});
process.exitCode = code;
