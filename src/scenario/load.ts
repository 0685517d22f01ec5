/** Node-only: read a scenario file and parse it (errors name the file as the user typed it). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readFailure, shownPath } from '../catalog/load.js';
import { UserError } from '../errors.js';
import { parseScenario, type Scenario } from './parse.js';

export function loadScenarioFile(path: string, cwd: string): Scenario {
  if (path.trim() === '') throw new UserError('--scenario needs a file path');
  const full = resolve(cwd, path);
  const shown = shownPath(cwd, path);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (err) {
    throw new UserError(`${shown}: ${readFailure(err)}`);
  }
  return parseScenario(text, shown);
}
