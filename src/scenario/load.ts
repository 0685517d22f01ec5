/** Node-only: read a scenario file and parse it (errors name the file as the user typed it). */
import { resolve } from 'node:path';
import { readYamlInput } from '../catalog/inputFile.js';
import { shownPath } from '../catalog/load.js';
import { UserError } from '../errors.js';
import { parseScenario, type Scenario } from './parse.js';

export { SCENARIO_EXTRA_KEYS } from './schema.js';

export function loadScenarioFile(path: string, cwd: string): Scenario {
  if (path.trim() === '') throw new UserError('--scenario needs a file path');
  const shown = shownPath(cwd, path);
  // The same check as every YAML input: a FIFO, a device, a directory or an oversized file is refused, not read.
  const read = readYamlInput(resolve(cwd, path));
  if (!('text' in read)) throw new UserError(`${shown}: ${read.problem}`);
  return parseScenario(read.text, shown);
}
