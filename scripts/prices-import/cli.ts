/**
 * `npm run prices:import -- azure FILE… | aws FILE…`: a maintainers' importer. Reads saved price
 * feeds (never the network), maps their fine-tuning rows to catalog prices, writes dated price
 * entries as a `--prices` override file (stdout, or --out FILE), and reports the diff against the
 * shipped catalog plus every row it did not import. The report goes to stderr when the YAML is on
 * stdout (so stdout stays a valid file), and to stdout when the YAML goes to --out.
 */
import { statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalogDir, shownPath } from '../../src/catalog/load.js';
import { toCatalog } from '../../src/catalog/model.js';
import { isIsoDate } from '../../src/domain/vocabulary.js';
import { aggregate } from './aggregate.js';
import { awsOfferSource, importAwsRows } from './aws/import.js';
import { type OfferFile, readAwsOffer } from './aws/offer.js';
import { importAzureItems, retailPricesSource } from './azure/import.js';
import { type RetailItem, readRetailFile } from './azure/items.js';
import { diffAgainstCatalog } from './diff.js';
import { overrideFileYaml, type Provenance } from './entries.js';
import type { ImportResult } from './feed.js';
import { filesWords, reportLines } from './report.js';

export interface ImportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const USAGE = [
  'usage: npm run prices:import -- azure FILE... [options]   saved Azure Retail Prices API responses',
  '       npm run prices:import -- aws FILE... [options]     saved AWS Price List offer files (AmazonBedrock)',
  'options:',
  '  --as-of YYYY-MM-DD   the day the feed was read (default: azure, the files\u2019 modification date;',
  '                       aws, the offer file\u2019s publicationDate)',
  '  --on YYYY-MM-DD      compare with the catalog\u2019s prices in force on this day (default: --as-of)',
  "  --filter ODATA       azure: the query's $filter, for the source URL (default: read off a page's NextPageLink)",
  '  --copied-from URL    the files are a third party\u2019s copy at URL: ' +
    'entries say sourceKind copy, original = the API',
  '  --out FILE           write the YAML there (default: stdout; the report then goes to stderr)',
  '  --catalog DIR        the catalog to compare with (default: pricing)',
].join('\n');

class UsageError extends Error {}

interface Options {
  feed: 'azure' | 'aws';
  files: string[];
  asOf?: string;
  on?: string;
  filter?: string;
  copiedFrom?: string;
  out?: string;
  catalogDir: string;
}

function dateOption(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !isIsoDate(value))
    throw new UsageError(`${flag} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}

function parseOptions(argv: readonly string[]): Options | 'help' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      'as-of': { type: 'string' },
      on: { type: 'string' },
      filter: { type: 'string' },
      'copied-from': { type: 'string' },
      out: { type: 'string' },
      catalog: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const [feed, ...files] = positionals;
  if (feed !== 'azure' && feed !== 'aws')
    throw new UsageError(`the first argument must be azure or aws, got "${feed ?? ''}"`);
  if (files.length === 0) throw new UsageError(`${feed} needs at least one saved file`);
  const copiedFrom = values['copied-from'];
  if (copiedFrom !== undefined && !/^https?:\/\/\S+$/.test(copiedFrom))
    throw new UsageError(`--copied-from must be the http(s) URL of the copy, got "${copiedFrom}"`);
  return {
    feed,
    files,
    asOf: dateOption(values['as-of'], '--as-of'),
    on: dateOption(values.on, '--on'),
    filter: values.filter,
    copiedFrom,
    out: values.out,
    catalogDir: values.catalog ?? 'pricing',
  };
}

/** The latest modification day of the files (UTC): when a freshly saved response was read. */
function modifiedOn(paths: readonly string[]): string {
  return paths
    .map((p) => statSync(p).mtime.toISOString().slice(0, 10))
    .sort()
    .at(-1)!;
}

interface Loaded {
  result: ImportResult;
  rowsRead: number;
  asOf: string;
  asOfFrom: string;
  apiSource: string;
  noteLead: string;
  providerFile: string;
}

function loadAzure(options: Options, paths: string[], shown: string[]): Loaded {
  const items: RetailItem[] = [];
  const problems: string[] = [];
  const filters = new Set<string>();
  paths.forEach((path, i) => {
    const file = readRetailFile(path, shown[i]!);
    items.push(...file.items);
    problems.push(...file.problems);
    if (file.filter) filters.add(file.filter);
  });
  const result = importAzureItems(items);
  result.problems.unshift(...problems);
  // Pages of different queries have no one filter: the source is then the bare API URL.
  const filter = options.filter ?? (filters.size === 1 ? [...filters][0] : undefined);
  return {
    result,
    rowsRead: items.length + problems.length,
    asOf: options.asOf ?? modifiedOn(paths),
    asOfFrom: options.asOf ? '--as-of' : "the files' modification date; pass --as-of if they were copied",
    apiSource: retailPricesSource(filter),
    noteLead: 'Azure Retail Prices API meters (scripts/prices-import)',
    providerFile: 'pricing/azure-openai.yaml',
  };
}

function loadAws(options: Options, paths: string[], shown: string[]): Loaded {
  const offers: OfferFile[] = paths.map((path, i) => readAwsOffer(path, shown[i]!));
  const rows = offers.flatMap((o) => o.rows);
  const result = importAwsRows(rows);
  result.problems.unshift(...offers.flatMap((o) => o.problems));
  const published = offers
    .map((o) => o.publicationDate?.slice(0, 10))
    .filter((day): day is string => day !== undefined && isIsoDate(day))
    .sort()
    .at(-1);
  const merged: OfferFile = { rows, version: offers[0]?.version, problems: [] };
  return {
    result,
    rowsRead: rows.length,
    asOf: options.asOf ?? published ?? modifiedOn(paths),
    asOfFrom: options.asOf
      ? '--as-of'
      : published
        ? "the offer file's publicationDate"
        : "the files' modification date",
    apiSource: awsOfferSource(merged),
    noteLead:
      `AWS Price List SKUs (AmazonBedrock offer${merged.version ? ` version ${merged.version}` : ''}; ` +
      'scripts/prices-import)',
    providerFile: 'pricing/aws-bedrock.yaml',
  };
}

/** Run the importer; the exit code: 0 done (unmapped rows are reported, not an error), 2 bad usage or input. */
export function runImport(argv: readonly string[], io: ImportIo): number {
  let options: Options | 'help';
  try {
    options = parseOptions(argv);
  } catch (err) {
    io.stderr(`prices:import: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const paths = options.files.map((f) => resolve(io.cwd, f));
  const shown = options.files.map((f) => shownPath(io.cwd, f));
  let loaded: Loaded;
  let catalog: ReturnType<typeof toCatalog>;
  let catalogVersion: string;
  try {
    loaded = options.feed === 'azure' ? loadAzure(options, paths, shown) : loadAws(options, paths, shown);
    const compiled = loadCatalogDir(resolve(io.cwd, options.catalogDir), io.cwd);
    catalog = toCatalog(compiled);
    catalogVersion = compiled.meta.version;
  } catch (err) {
    io.stderr(`prices:import: ${(err as Error).message}\n`);
    return 2;
  }
  const { result } = loaded;
  const modelOrder = catalog.providers.find((p) => p.id === result.providerId)?.models.map((m) => m.id) ?? [];
  const prices = aggregate(result.observations, modelOrder);
  const provenance: Provenance = options.copiedFrom
    ? {
        source: options.copiedFrom,
        asOf: loaded.asOf,
        sourceKind: 'copy',
        original: loaded.apiSource,
        noteLead: loaded.noteLead,
      }
    : { source: loaded.apiSource, asOf: loaded.asOf, sourceKind: 'official', noteLead: loaded.noteLead };
  const yaml = overrideFileYaml(result.providerId, prices, provenance, [
    `Imported by \`npm run prices:import -- ${options.feed}\` from ${filesWords(shown)} (asOf ${loaded.asOf}).`,
    `A --prices override file for ${result.providerId}: ` +
      `check the diff printed with it before copying entries into ${loaded.providerFile}.`,
  ]);
  const on = options.on ?? loaded.asOf;
  const rows = diffAgainstCatalog(catalog, result.providerId, prices, on);
  const report = reportLines({
    feed: options.feed,
    files: shown,
    rowsRead: loaded.rowsRead,
    asOf: loaded.asOf,
    asOfFrom: loaded.asOfFrom,
    source: provenance.source,
    original: provenance.original,
    on,
    catalogDir: shownPath(io.cwd, options.catalogDir),
    catalogVersion,
    result,
    rows,
  });
  if (options.feed === 'aws' && result.observations.length === 0 && result.unmapped.length === 0)
    report.splice(3, 0, '  no model-customization SKU in the offer file: nothing to import');
  if (options.out) {
    writeFileSync(resolve(io.cwd, options.out), yaml);
    io.stdout(`${report.join('\n')}\nwrote ${shownPath(io.cwd, options.out)}\n`);
  } else {
    io.stdout(yaml);
    io.stderr(`${report.join('\n')}\n`);
  }
  return 0;
}
