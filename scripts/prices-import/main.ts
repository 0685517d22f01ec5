/** Entry point of `npm run prices:import` (see cli.ts for what it does). */
import { runImport } from './cli.js';

process.exitCode = runImport(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
