/** Process entry: wires the real streams, environment and clock into run(). */
import { run } from './run.js';
import { todayOf } from './context.js';

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  today: process.env.FTCOST_TODAY ?? todayOf(new Date()),
});
process.exitCode = code;
