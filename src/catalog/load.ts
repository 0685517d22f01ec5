/**
 * Node-only: read a directory of catalog YAML files (the shipped pricing/ or one a user points at)
 * and validate them all, collecting every problem of every file before giving up.
 */
import { readdirSync } from 'node:fs';
import { readFailure, readYamlInput } from './inputFile.js';
import { basename, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../errors.js';
import type { CompiledCatalog, RawCatalogMeta, RawHost, RawProviderFile, RawThroughputFile } from './schema.js';
import type { Catalog } from './model.js';
import { mergeOverrides } from './override.js';
import { formatProblem, validateAnyFile, validateCatalogMeta, type CatalogProblem } from './validate.js';

const META_FILE = 'catalog.yaml';

/** The meta file's data, aliases capped (its problems are reported by validateCatalogMeta). */
function parseYamlLoose(text: string): unknown {
  return parse(text, { maxAliasCount: 100 });
}

/** The machine's date: a catalog cannot have been reviewed after it, whatever day a run is pinned to. */
function latestPossibleDay(): string {
  return new Date().toISOString().slice(0, 10);
}

export interface DirValidation {
  catalog?: CompiledCatalog;
  problems: CatalogProblem[];
}

/** A path as the user should see it: relative to where they are when it is below it, else as given. */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  return rel && !rel.startsWith('..') ? rel : path;
}

export { readFailure };

/** A YAML file's text, or undefined with the reason in `problems` (pipes, devices, huge files refused unopened). */
function readText(path: string, shown: string, problems: CatalogProblem[]): string | undefined {
  const read = readYamlInput(path);
  if ('text' in read) return read.text;
  problems.push({ file: shown, line: null, path: '', message: read.problem });
  return undefined;
}

/** Validate every YAML file of a catalog directory; `catalog` is set only when nothing is wrong. */
export function validateCatalogDir(dir: string, cwd = process.cwd(), today?: string): DirValidation {
  const problems: CatalogProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOTDIR'
        ? `${dir} is a file, not a catalog directory (a directory holding catalog.yaml and one YAML file per provider)`
        : `catalog directory ${dir} ${readFailure(err)}`,
    );
  }
  const show = (name: string) => relative(cwd, join(dir, name)) || name;
  let meta: RawCatalogMeta | undefined;
  const providers: RawProviderFile[] = [];
  const providerFiles = new Map<string, string>();
  const hosts: RawHost[] = [];
  const hostFiles = new Map<string, string>();
  let throughput: RawThroughputFile | undefined;
  if (!names.includes(META_FILE))
    problems.push({
      file: show(META_FILE),
      line: null,
      path: '',
      message: 'is missing (it holds the catalog version)',
    });
  // A figure cannot be read after the later of today and the catalog's own review date (its
  // version): a run pinned to an earlier day (FTCOST_TODAY) still reads a catalog reviewed since.
  let readBy = today;
  if (today !== undefined && names.includes(META_FILE)) {
    try {
      const read = readYamlInput(join(dir, META_FILE));
      const metaText = 'text' in read ? read.text : '';
      const version = /^(\d{4})\.(\d{2})\.(\d{2})/.exec(
        String((parseYamlLoose(metaText) as { version?: unknown } | null)?.version ?? ''),
      );
      const reviewed = version ? `${version[1]}-${version[2]}-${version[3]}` : undefined;
      if (reviewed && reviewed > today && reviewed <= latestPossibleDay()) readBy = reviewed;
    } catch {
      // The meta file's own problems are reported below.
    }
  }
  for (const name of names) {
    const shown = show(name);
    const text = readText(join(dir, name), shown, problems);
    if (text === undefined) continue;
    if (basename(name) === META_FILE) {
      const result = validateCatalogMeta(text, shown, readBy);
      if (result.ok) meta = result.value;
      else problems.push(...result.problems);
      continue;
    }
    const result = validateAnyFile(text, shown, readBy);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const file = result.value;
    if (file.kind === 'provider') {
      const other = providerFiles.get(file.value.provider.id);
      if (other)
        problems.push({
          file: shown,
          line: null,
          path: 'provider.id',
          message: `provider "${file.value.provider.id}" is already defined in ${other}`,
        });
      providerFiles.set(file.value.provider.id, shown);
      providers.push(file.value);
    } else if (file.kind === 'hosts') {
      for (const host of file.value.hosts) {
        const other = hostFiles.get(host.id);
        if (other)
          problems.push({
            file: shown,
            line: null,
            path: 'hosts',
            message: `host "${host.id}" is already defined in ${other}`,
          });
        hostFiles.set(host.id, shown);
        hosts.push(host);
      }
    } else if (file.kind === 'throughput') {
      if (throughput)
        problems.push({ file: shown, line: null, path: '', message: 'a second throughput file; a catalog has one' });
      throughput = file.value;
    } else {
      problems.push({
        file: shown,
        line: null,
        path: '',
        message: `looks like the catalog meta file; it must be named ${META_FILE}`,
      });
    }
  }
  if (problems.length > 0 || !meta) return { problems };
  return { catalog: { meta, providers, hosts, ...(throughput ? { throughput } : {}) }, problems };
}

/** Load a catalog directory or fail with one UserError listing every problem. */
export function loadCatalogDir(dir: string, cwd = process.cwd(), today?: string): CompiledCatalog {
  const { catalog, problems } = validateCatalogDir(dir, cwd, today);
  if (!catalog) {
    const lines = problems.map(formatProblem);
    throw new UserError(
      `the catalog in ${dir} has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${lines[0]}`,
      lines.slice(1),
    );
  }
  return catalog;
}

/**
 * Read --prices override files and merge them over `catalog`, in order. Every problem of every file
 * is reported in one UserError (exit 2); a file that cannot be read is one of them. `today` refuses
 * an asOf after it; warnings (a price far from the shipped one) go to `onWarning`, one line each
 * (file:line path: message). A mistake names the files as the `prices` option (the CLI: --prices).
 */
export function loadOverrides(
  paths: readonly string[],
  catalog: Catalog,
  cwd = process.cwd(),
  options: { today?: string; onWarning?: (line: string) => void } = {},
): Catalog {
  // A string is a list of its characters to a for-of loop ("17 problems: h: cannot be read"): refused as it is.
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string'))
    throw new UserError(
      (w) =>
        `${w.option('prices')} must be a list of file paths (["prices.yaml"]), got ` +
        `${typeof paths === 'string' ? `"${paths}"` : String(paths)}`,
      { code: 'invalid-input', option: 'prices' },
    );
  const problems: CatalogProblem[] = [];
  const files: { file: string; text: string }[] = [];
  for (const path of paths) {
    if (path.trim() === '')
      throw new UserError((w) => `${w.option('prices')} needs a file path; got an empty one`, { option: 'prices' });
    const abs = resolve(cwd, path);
    const shown = shownPath(cwd, path);
    const text = readText(abs, shown, problems);
    if (text !== undefined) files.push({ file: shown, text });
  }
  const merged = mergeOverrides(catalog, files, options.today);
  problems.push(...merged.problems);
  if (problems.length > 0 || !merged.catalog) {
    const lines = problems.map(formatProblem);
    throw new UserError(
      (w) => `${w.option('prices')}: ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${lines[0]}`,
      { details: lines.slice(1), option: 'prices' },
    );
  }
  // file:line path: message — the caller names where the files came from (the CLI: "--prices: ").
  for (const w of merged.warnings) options.onWarning?.(formatProblem(w));
  return merged.catalog;
}
