/** Node-only: read a scenario file and parse it (errors name the file as the user typed it). */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { parseScenario, type Scenario } from './parse.js';

export function loadScenarioFile(path: string, cwd: string): Scenario {
  const full = resolve(cwd, path);
  const shown = relative(cwd, full) || path;
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (err) {
    throw new UserError(`${shown}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseScenario(text, shown);
}
