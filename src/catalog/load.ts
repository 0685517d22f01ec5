/**
 * Node-only: read a directory of catalog YAML files (the shipped pricing/ or one a user points at)
 * and validate them all, collecting every problem of every file before giving up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { UserError } from '../errors.js';
import type { CompiledCatalog, RawCatalogMeta, RawProviderFile } from './schema.js';
import { formatProblem, validateCatalogMeta, validateProviderFile, type CatalogProblem } from './validate.js';

export const META_FILE = 'catalog.yaml';

export interface DirValidation {
  catalog?: CompiledCatalog;
  problems: CatalogProblem[];
}

function readText(path: string, shown: string, problems: CatalogProblem[]): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    problems.push({ file: shown, line: null, path: '', message: `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    return undefined;
  }
}

/** Validate every YAML file of a catalog directory; `catalog` is set only when nothing is wrong. */
export function validateCatalogDir(dir: string, cwd = process.cwd()): DirValidation {
  const problems: CatalogProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    throw new UserError(`catalog directory ${dir} cannot be read`);
  }
  const show = (name: string) => relative(cwd, join(dir, name)) || name;
  let meta: RawCatalogMeta | undefined;
  const providers: RawProviderFile[] = [];
  if (!names.includes(META_FILE)) problems.push({ file: show(META_FILE), line: null, path: '', message: 'is missing (it holds the catalog version)' });
  for (const name of names) {
    const text = readText(join(dir, name), show(name), problems);
    if (text === undefined) continue;
    if (basename(name) === META_FILE) {
      const result = validateCatalogMeta(text, show(name));
      if (result.ok) meta = result.value;
      else problems.push(...result.problems);
      continue;
    }
    const result = validateProviderFile(text, show(name));
    if (result.ok) providers.push(result.value);
    else problems.push(...result.problems);
  }
  const ids = new Map<string, string>();
  for (const file of providers) {
    const other = ids.get(file.provider.id);
    if (other) problems.push({ file: other, line: null, path: 'provider.id', message: `provider "${file.provider.id}" is defined in two files` });
    ids.set(file.provider.id, file.provider.id);
  }
  if (problems.length > 0 || !meta) return { problems };
  return { catalog: { meta, providers }, problems };
}

/** Load a catalog directory or fail with one UserError listing every problem. */
export function loadCatalogDir(dir: string, cwd = process.cwd()): CompiledCatalog {
  const { catalog, problems } = validateCatalogDir(dir, cwd);
  if (!catalog) {
    const lines = problems.map(formatProblem);
    throw new UserError(`the catalog in ${dir} has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${lines[0]}`, lines.slice(1));
  }
  return catalog;
}
