/**
 * `ftcost catalog list | show ID | validate FILE… | diff --from DATE [--to DATE] | audit [DIR]`:
 * inspect the prices ftcost uses, where each came from and since when, check a catalog or override
 * file, see what changed between two dates, and audit a catalog for what it claims on a date.
 * Works on the embedded catalog, --catalog DIR, and --prices.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Argv } from 'yargs';
import {
  diffCatalog,
  ENTRY_KINDS,
  gpuOfferId,
  knownProviders,
  listEntries,
  offerId,
  type EntryKind,
} from '../../src/catalog/listing.js';
import type { Catalog } from '../../src/catalog/model.js';
import { allModelIds, availabilityOn, type Customers, customersOf, modelMatches } from '../../src/catalog/query.js';
import { trainableOn } from '../../src/catalog/trainable.js';
import { catalogTrainableCsv, catalogTrainableRenderers } from '../../src/render/trainable.js';
import { FORMATS } from '../../src/render/formats.js';
import { suggest } from '../../src/text/suggest.js';
import { UserError } from '../../src/errors.js';
import { catalogFor, shippedPricingDir } from '../catalog-source.js';
import type { CliContext } from '../context.js';
import { OUTPUT_FLAGS, type OutputArgs, outputPlan, SHEET_FORMATS, textFormat, writeOutput } from '../output.js';
import {
  asOfWarning,
  CUSTOMER_FLAGS,
  customerOptions,
  parseDate,
  parseFormat,
  parseList,
  withCatalogOptions,
} from '../options.js';
import {
  catalogDiffRenderers,
  catalogListCsv,
  catalogListRenderers,
  catalogShowJson,
  catalogShowText,
} from '../../src/render/catalog.js';
import type { CatalogShowResult } from '../../src/result/catalogShow.js';

export const command = 'catalog <action> [targets..]';
export const describe =
  'List, show, validate, diff and audit the pricing catalog ' +
  '(list | show ID | validate FILE… | diff --from DATE | audit [DIR])';

const ACTIONS = ['list', 'show', 'validate', 'diff', 'audit'] as const;

export function builder(y: Argv) {
  return withCatalogOptions(y)
    .positional('action', { type: 'string', choices: ACTIONS, describe: 'list, show, validate, diff or audit' })
    .positional('targets', {
      type: 'string',
      array: true,
      describe:
        'show: an entry, model, provider or GPU id; validate: files or directories; ' +
        'audit: a catalog directory (default: the shipped one)',
    })
    .option('provider', {
      alias: 'p',
      type: 'string',
      array: true,
      describe: 'Only these providers or GPU hosts (repeatable)',
    })
    .option('kind', {
      type: 'string',
      array: true,
      describe: `Only these kinds (repeatable): ${ENTRY_KINDS.join(', ')}`,
    })
    .option('trainable', {
      type: 'boolean',
      describe:
        'list: what can be fine-tuned on the --as-of date (default today) for your customer status: ' +
        'provider, model, methods, trainable until, serves until, price source',
    })
    .options(CUSTOMER_FLAGS)
    .options(OUTPUT_FLAGS)
    .option('from', { type: 'string', describe: 'diff: the earlier date (YYYY-MM-DD)' })
    .option('to', { type: 'string', describe: 'diff: the later date (YYYY-MM-DD); default today' })
    .option('today', { type: 'string', describe: 'audit: the date to audit for (YYYY-MM-DD); default today' })
    .option('strict', { type: 'boolean', describe: 'audit: stale prices are errors, not warnings' })
    .example('$0 catalog list --provider fireworks', 'Fireworks prices in force today, with sources')
    .example('$0 catalog list --trainable', 'What a new customer can fine-tune today, until when, priced from where')
    .example('$0 catalog show gpt-4o-mini', 'Every offer of a model with its full price history')
    .example('$0 catalog validate my-prices.yaml', 'Check an override file: every problem as file:line path: message')
    .example('$0 catalog diff --from 2026-01-01', 'Every price that changed since 2026-01-01')
    .example(
      '$0 catalog audit --strict',
      'Fail on anything the shipped catalog gets wrong today: ' +
        'offers past shutdown, copies cited as official, stale prices',
    );
}

export interface CatalogCommandArgs extends OutputArgs {
  action: (typeof ACTIONS)[number];
  targets?: string[];
  provider?: string[];
  kind?: string[];
  from?: string;
  to?: string;
  today?: string;
  strict?: boolean;
  trainable?: boolean;
  existingCustomer?: string[];
  lapsedCustomer?: string[];
  format: string;
  asOf?: string;
  catalog?: string;
  prices?: string[];
}

function checkProviders(catalog: Catalog, providers: string[]): void {
  const known = [...knownProviders(catalog), ...(catalog.meta.withoutFineTuning ?? []).map((p) => p.id)];
  for (const id of providers) {
    if (!known.includes(id))
      throw new UserError(`unknown provider "${id}"${suggest(id, known)}; known: ${known.join(', ')}`);
  }
}

function parseKinds(raw: unknown): EntryKind[] {
  const kinds = parseList(raw, 'kind');
  for (const k of kinds)
    if (!(ENTRY_KINDS as readonly string[]).includes(k))
      throw new UserError(`unknown kind "${k}"; use one of ${ENTRY_KINDS.join(', ')}`);
  return kinds as EntryKind[];
}

async function list(args: CatalogCommandArgs, ctx: CliContext): Promise<number> {
  // A workbook of the trainable list is not offered: its CSV is one short table.
  const plan = outputPlan(args, ctx, args.trainable ? FORMATS : SHEET_FORMATS);
  const format = textFormat(plan)!;
  const asOf = args.asOf === undefined ? ctx.today : parseDate('as-of', args.asOf);
  const catalog = await catalogFor(args, ctx);
  ctx.stderr.write(asOfWarning(catalog, asOf, ctx.today) ?? '');
  const providers = parseList(args.provider, 'provider');
  checkProviders(catalog, providers);
  const c = customerOptions(args);
  const customers = customersOf(catalog, c.existingCustomers, c.lapsedCustomers);
  if (args.trainable) {
    const listing = trainableOn(catalog, asOf, { providers, customers });
    const res = { version: catalog.meta.version, today: ctx.today, ...listing };
    await writeOutput(ctx, plan, {
      text: () => catalogTrainableRenderers[format](res),
      csv: (dialect) => catalogTrainableCsv(res, dialect),
    });
    return 0;
  }
  const entries = listEntries(catalog, asOf, ctx.today, { providers, kinds: parseKinds(args.kind), customers });
  const res = {
    version: catalog.meta.version,
    asOf,
    today: ctx.today,
    staleAfterDays: catalog.meta.staleAfterDays,
    entries,
  };
  await writeOutput(ctx, plan, {
    text: () => catalogListRenderers[format](res),
    csv: (dialect) => catalogListCsv(res, dialect),
    workbook: async (origin) => (await import('../../src/render/workbook.js')).catalogListWorkbook(res, origin),
  });
  return 0;
}

/** Everything an id names: an entry id, a provider or host, a model id or alias, or a GPU id. */
export function findShown(catalog: Catalog, query: string, date: string, customers?: Customers): CatalogShowResult {
  const res: CatalogShowResult = {
    query,
    version: catalog.meta.version,
    asOf: date,
    providers: [],
    offers: [],
    gpuOffers: [],
    training: [],
    serving: [],
  };
  for (const provider of catalog.providers) {
    if (provider.id === query) res.providers.push(provider);
    for (const model of provider.models)
      for (const offer of model.offers) {
        const id = offerId(provider, model, offer);
        if (id === query || modelMatches(model, query))
          res.offers.push({
            provider,
            model,
            offer,
            id,
            availability: availabilityOn(provider, model, offer, date, customers) ?? null,
          });
      }
  }
  for (const offer of catalog.gpuOffers) {
    const id = gpuOfferId(offer);
    if (id === query || offer.gpu === query || offer.provider === query) res.gpuOffers.push({ offer, id });
  }
  res.training = catalog.trainingThroughput.filter((t) => t.gpu === query);
  res.serving = catalog.servingThroughput.filter((t) => t.gpu === query);
  return res;
}

async function show(args: CatalogCommandArgs, ctx: CliContext): Promise<number> {
  const format = parseFormat(args.format, ['table', 'json']);
  const query = args.targets?.[0];
  if (!query)
    throw new UserError(
      'catalog show needs an id: a model (gpt-4o-mini), a provider (fireworks), a GPU (h100-sxm) ' +
        'or an entry id from catalog list --format json',
    );
  if ((args.targets?.length ?? 0) > 1)
    throw new UserError(
      `catalog show takes one id, got ${args.targets!.length} (${args.targets!.join(', ')}); run it once per id`,
    );
  const catalog = await catalogFor(args, ctx);
  const asOf = args.asOf === undefined ? ctx.today : parseDate('as-of', args.asOf);
  ctx.stderr.write(asOfWarning(catalog, asOf, ctx.today) ?? '');
  const c = customerOptions(args);
  const res = findShown(catalog, query, asOf, customersOf(catalog, c.existingCustomers, c.lapsedCustomers));
  if (!res.providers.length && !res.offers.length && !res.gpuOffers.length && !res.training.length) {
    const names = [
      ...knownProviders(catalog),
      ...allModelIds(catalog),
      ...new Set(catalog.gpuOffers.map((o) => o.gpu)),
    ];
    throw new UserError(
      `nothing in the catalog is called "${query}"${suggest(query, names)} (ftcost catalog list shows every entry)`,
    );
  }
  ctx.stdout.write(format === 'json' ? catalogShowJson(res) : catalogShowText(res));
  return 0;
}

const OVERRIDE_KIND = {
  provider: 'provider file',
  'provider-patch': "provider file (partial: merges over the catalog's provider)",
  hosts: 'GPU hosts file',
  throughput: 'throughput file',
} as const;

async function validate(args: CatalogCommandArgs, ctx: CliContext): Promise<number> {
  const targets = args.targets ?? [];
  if (targets.length === 0) throw new UserError('catalog validate needs at least one file or directory');
  // The schema library and YAML parser load only for this action.
  const { validateAnyFile, formatProblem, catalogFileKind } = await import('../../src/catalog/validate.js');
  const { validateOverride } = await import('../../src/catalog/override.js');
  const { validateCatalogDir } = await import('../../src/catalog/load.js');
  const { readYamlInput } = await import('../../src/catalog/inputFile.js');
  const problems: string[] = [];
  const ok: string[] = [];
  for (const target of targets) {
    const abs = resolve(ctx.cwd, target);
    const shown = relative(ctx.cwd, abs) || target;
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      problems.push(`${shown}: cannot be read (no such file or directory)`);
      continue;
    }
    if (isDir) {
      const result = validateCatalogDir(abs, ctx.cwd, ctx.today);
      if (result.catalog)
        ok.push(
          `${shown}: a valid catalog (version ${result.catalog.meta.version}, ` +
            `${result.catalog.providers.length} providers, ${(result.catalog.hosts ?? []).length} GPU hosts)`,
        );
      problems.push(...result.problems.map(formatProblem));
      continue;
    }
    // A single file is checked the way --prices would read it: a provider or host the catalog has
    // may be partial (only the prices it changes); meta files are checked as they are.
    // A FIFO would block the open and a device never end: refused from its stat, as --prices refuses them.
    const read = readYamlInput(abs);
    if (!('text' in read)) {
      problems.push(`${shown}: ${read.problem}`);
      continue;
    }
    const { text } = read;
    const kind = catalogFileKind(text);
    // A training file given by mistake is one line, not a YAML error for every line of it (180 for a toy file).
    if (kind === null && jsonLines(text)) {
      problems.push(
        `${shown}: not a catalog file: it holds JSON Lines (a training file?); catalog validate checks YAML ` +
          'catalog files (a provider, GPU hosts, throughput or meta file) and --prices files',
      );
      continue;
    }
    if (kind === 'meta') {
      const result = validateAnyFile(text, shown, ctx.today);
      if (result.ok) ok.push(`${shown}: valid meta file`);
      else problems.push(...result.problems.map(formatProblem));
      continue;
    }
    // The same checks as a catalog directory's file, plus those of --prices (typos, magnitude vs the shipped price).
    const result = validateOverride(text, shown, await catalogFor(args, ctx), ctx.today);
    if (result.ok) {
      ok.push(`${shown}: valid ${OVERRIDE_KIND[result.value.kind]}`);
      for (const w of result.warnings ?? []) ctx.stderr.write(`ftcost: warning: ${formatProblem(w)}\n`);
    } else problems.push(...result.problems.map(formatProblem));
  }
  for (const line of ok) ctx.stdout.write(`ok ${line}\n`);
  if (problems.length > 0) {
    for (const line of problems) ctx.stdout.write(`${line}\n`);
    ctx.stderr.write(`ftcost: ${problems.length} problem${problems.length === 1 ? '' : 's'} found\n`);
    return 2;
  }
  return 0;
}

/** True when a text's first non-blank line is a JSON object or array on its own (JSON Lines, as a training file). */
function jsonLines(text: string): boolean {
  const first = text.split('\n').find((line) => line.trim() !== '');
  if (!first || !/^\s*[[{]/.test(first)) return false;
  try {
    return typeof JSON.parse(first) === 'object';
  } catch {
    return false;
  }
}

async function diff(args: CatalogCommandArgs, ctx: CliContext): Promise<number> {
  const format = parseFormat(args.format);
  if (args.from === undefined) throw new UserError('catalog diff needs --from DATE (YYYY-MM-DD)');
  const from = parseDate('from', args.from);
  const to = args.to === undefined ? ctx.today : parseDate('to', args.to);
  if (to < from) throw new UserError(`--to ${to} is before --from ${from}`);
  const catalog = await catalogFor(args, ctx);
  const providers = parseList(args.provider, 'provider');
  checkProviders(catalog, providers);
  ctx.stdout.write(
    catalogDiffRenderers[format]({
      version: catalog.meta.version,
      from,
      to,
      changes: diffCatalog(catalog, from, to, { providers }),
    }),
  );
  return 0;
}

/**
 * Exit 1 when the catalog makes a claim that is not true on the date (each finding as
 * `file:line: rule: message`), 0 when it holds up (warnings printed), 2 when it is not a valid catalog.
 */
async function audit(args: CatalogCommandArgs, ctx: CliContext): Promise<number> {
  if ((args.targets?.length ?? 0) > 1) throw new UserError('catalog audit takes one catalog directory');
  const dir = args.targets?.[0] ? resolve(ctx.cwd, args.targets[0]) : shippedPricingDir();
  const today = args.today === undefined ? ctx.today : parseDate('today', args.today);
  const { validateCatalogDir } = await import('../../src/catalog/load.js');
  const { formatProblem } = await import('../../src/catalog/validate.js');
  const { auditFile, formatFinding } = await import('../../src/catalog/audit.js');
  const validation = validateCatalogDir(dir, ctx.cwd);
  if (!validation.catalog) {
    for (const p of validation.problems) ctx.stdout.write(`${formatProblem(p)}\n`);
    throw new UserError(
      `${relative(ctx.cwd, dir) || dir} is not a valid catalog (${validation.problems.length} problem(s) above); ` +
        'fix them, then audit',
    );
  }
  const names = readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();
  const findings = names.flatMap((name) =>
    auditFile(readFileSync(join(dir, name), 'utf8'), relative(ctx.cwd, join(dir, name)) || name, {
      today,
      staleAfterDays: validation.catalog!.meta.staleAfterDays,
      strict: args.strict ?? false,
    }),
  );
  for (const f of findings) ctx.stdout.write(`${formatFinding(f)}\n`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  ctx.stderr.write(
    `ftcost: catalog ${validation.catalog.meta.version} audited for ${today}: ` +
      `${errors} error(s), ${warnings} warning(s)\n`,
  );
  return errors > 0 ? 1 : 0;
}

export async function handler(args: CatalogCommandArgs, ctx: CliContext): Promise<number> {
  if (args.action !== 'list' && (args.output !== undefined || args.csvLocale !== undefined))
    throw new UserError(
      `--${args.output !== undefined ? 'output' : 'csv-locale'} is for catalog list; ` +
        `catalog ${args.action} prints to stdout`,
      { code: 'conflicting-options' },
    );
  // list and diff take no positional argument: a stray word (`catalog list gpt-4o`) was ignored, listing everything.
  if ((args.action === 'list' || args.action === 'diff') && (args.targets?.length ?? 0) > 0)
    throw new UserError(
      `catalog ${args.action} takes no ${args.targets!.length === 1 ? 'argument' : 'arguments'}, ` +
        `got ${args.targets!.map((t) => `"${t}"`).join(', ')}` +
        (args.action === 'list' ? ' (filter with --provider or --kind; catalog show ID shows one id)' : ''),
    );
  switch (args.action) {
    case 'list':
      return list(args, ctx);
    case 'show':
      return show(args, ctx);
    case 'validate':
      return validate(args, ctx);
    case 'diff':
      return diff(args, ctx);
    case 'audit':
      return audit(args, ctx);
    default:
      throw new UserError(`unknown catalog action "${String(args.action)}"; use one of ${ACTIONS.join(', ')}`);
  }
}
