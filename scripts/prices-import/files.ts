/** Reading a saved feed file, with the catalog loader's words for a file that cannot be read. */
import { readFileSync } from 'node:fs';
import { readFailure } from '../../src/catalog/load.js';

/** The file's text, or an Error "FILE cannot be read: no such file" (shown = the path as given). */
export function readSaved(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`${shown} ${readFailure(err)}`);
  }
}
