/**
 * `ftcost breakeven`: at what query volume does a fine-tune pay back, and which option is cheapest at
 * every volume. Options come from the catalog (the prompted base model against the fine-tuned model on
 * every platform, an hourly deployment, a dedicated endpoint, self-hosted GPUs) or from --scenario FILE.
 */
import type { Argv } from 'yargs';
import { checkNames } from '../../src/catalog/query.js';
import { suggest } from '../../src/text/suggest.js';
import { UserError } from '../../src/errors.js';
import { CLI_WORDING, flagName } from '../wording.js';
import { catalogFor } from '../catalog-source.js';
import type { CliContext } from '../context.js';
import { OUTPUT_FLAGS, type OutputArgs, outputPlan, textFormat, writeOutput } from '../output.js';
import { checkDatasetArgs, countForCli, datasetFlags, type DatasetArgs } from '../dataset.js';
import {
  asOfWarning,
  EPOCHS_OPTION,
  guardAmounts,
  parseCount,
  parseDate,
  parseEpochs,
  parseList,
  parseUsd,
  withCatalogOptions,
  CUSTOMER_FLAGS,
  customerOptions,
  terminalView,
  VIEW_FLAGS,
  type ViewArgs,
} from '../options.js';
import { d, type Decimal } from '../../src/decimal.js';
import { EXTRA_COST_INPUT_KEYS } from '../../src/domain/extraCosts.js';
import { isHoursPerMonth } from '../../src/domain/hours.js';
import { formatQueriesPerDay, formatUsd } from '../../src/format/money.js';
import type { BreakEvenResult } from '../../src/result/breakEven.js';
import type { ExtraCostOptions } from '../../src/api/breakEvenOptions.js';
import { withoutThousands } from '../../src/text/thousands.js';

export const command = 'breakeven';
export const describe = 'Break-even volumes: when fine-tuning pays back, and the cheapest option at every volume';

/** Costs beyond compute, each paid by every fine-tuned option (docs/breakeven.md: costs beyond compute). */
const EXTRA_FLAGS = EXTRA_COST_INPUT_KEYS;

/** Flags that build options from the catalog; --scenario replaces them all. */
const CATALOG_FLAGS = [
  'baseModel',
  'baseProvider',
  'baseInputTokens',
  'baseOutputTokens',
  'ftModel',
  'inputTokens',
  'outputTokens',
  'examples',
  'tokensPerExample',
  'file',
  'provider',
  'gpu',
  'selfHostMethod',
] as const;

export function builder(y: Argv) {
  return withCatalogOptions(y)
    .option('scenario', {
      type: 'string',
      describe: 'Compare the custom options of this YAML file instead (docs/breakeven.md: scenario files)',
    })
    .option('queries-per-day', {
      alias: 'q',
      type: 'string',
      describe: 'Query volume to cost each option at (without it: break-evens and regimes only)',
    })
    .option('base-model', { type: 'string', describe: 'The un-tuned model you would prompt instead, e.g. gpt-4o' })
    .option('base-provider', {
      type: 'string',
      describe: 'Price the base model at this provider (default: the cheapest listing it)',
    })
    .option('base-input-tokens', {
      type: 'string',
      describe: 'Input tokens per query for the prompted base model (the long prompt)',
    })
    .option('base-output-tokens', {
      type: 'string',
      describe: 'Output tokens per query for the base model (default: --output-tokens)',
    })
    .option('ft-model', {
      type: 'string',
      array: true,
      describe: 'The model you fine-tune, e.g. gpt-4o-mini (repeatable: several fine-tunes in one comparison)',
    })
    .option('base-cached-input-tokens', {
      type: 'string',
      describe:
        "Of --base-input-tokens, those served from the provider's prompt cache (a repeated static prefix), " +
        'at its cached-input rate',
    })
    .option('cached-input-tokens', {
      type: 'string',
      describe: 'Of --input-tokens, those served from the prompt cache (fine-tuned model)',
    })
    .option('batch-share', {
      type: 'string',
      describe: 'Share of queries (0–1) sent through a batch API, at batch rates where the catalog has them',
    })
    .option('include-ending', {
      type: 'boolean',
      default: false,
      describe: 'Let offers that stop serving inside the horizon (or cannot be trained on the date) be named cheapest',
    })
    .options(CUSTOMER_FLAGS)
    .option('include-non-production', {
      type: 'boolean',
      default: false,
      describe: "Let offers that are not for production (no SLA: Azure's Developer tier) be named cheapest",
    })
    .option('precision', {
      type: 'string',
      describe:
        'Self-hosted training and serving precision: bf16 (default) or fp8; ' +
        'only throughput measured (or derived) at it is used',
    })
    .option('train-tokens-per-second', {
      type: 'string',
      describe: 'Your measured self-hosted training throughput, tokens/s per GPU: replaces the catalog figure',
    })
    .option('serve-tokens-per-second', {
      type: 'string',
      describe: 'Your measured serving throughput, output tokens/s per GPU under load: replaces the catalog figure',
    })
    .option('peak-factor', {
      type: 'string',
      describe: 'Peak-to-average load: serving replicas are sized for the busiest hour (default 1, a flat day)',
    })
    .option('context', {
      type: 'string',
      describe: 'Tokens of context a served sequence holds: self-hosted replicas take the GPUs weights + KV cache need',
    })
    .option('concurrency', {
      type: 'string',
      describe: 'With --context: sequences each self-hosted replica serves at once (default 1)',
    })
    .option('input-tokens', {
      type: 'string',
      describe: 'Input tokens per query for the fine-tuned model (the short prompt)',
    })
    .option('output-tokens', { type: 'string', describe: 'Output tokens per query for the fine-tuned model' })
    .options(datasetFlags('examples', 'tokens-per-example', 'file', 'encoding', 'max-tokens-per-example', 'progress'))
    .option('epochs', EPOCHS_OPTION)
    .option('retrain-every-months', {
      type: 'string',
      describe: 'Retrain every N months (training cost spread over each cycle)',
    })
    .option('horizon-months', {
      type: 'string',
      describe: 'Months to look ahead; training is spread over it unless retraining (default 12)',
    })
    .option('hours-per-month', { type: 'string', describe: 'Hours in a billing month: 730 (default) or 720' })
    .option('hours-per-day-up', {
      type: 'string',
      describe: 'Hours a deployment or rented GPU is up each day (default 24)',
    })
    .option('provider', {
      alias: 'p',
      type: 'string',
      array: true,
      describe: 'Only these providers for the fine-tune (repeatable)',
    })
    .option('self-hosted', {
      type: 'boolean',
      default: true,
      describe: 'Include self-hosting on rented GPUs (--no-self-hosted to leave it out)',
    })
    .option('self-host-method', {
      type: 'string',
      describe: 'Self-hosted training method: lora (default), qlora or full',
    })
    .option('gpu', { type: 'string', describe: 'Self-host and dedicated endpoints on this GPU only, e.g. h100-sxm' })
    .option('baseline', {
      type: 'string',
      describe: 'The option training pays back against (default: the prompted base model)',
    })
    .option('range', {
      type: 'boolean',
      default: false,
      describe:
        "Give each break-even a low – high band from the training set's uncertainty " +
        '(an assumed tokens per example, a stand-in count; docs/ranges.md)',
    })
    .option('sensitivity', {
      type: 'boolean',
      default: false,
      describe:
        'Vary each input over its plausible range (docs/sensitivity.md) and show a tornado of the monthly saving; ' +
        'needs --queries-per-day',
    })
    .option('sensitivity-option', {
      type: 'string',
      describe: 'With --sensitivity: the option compared with the baseline (default: the cheapest other option)',
    })
    .option('data-prep-cost', {
      type: 'string',
      describe: 'USD once for preparing the training data (fine-tuned options; spread over the horizon)',
    })
    .option('cost-per-labelled-example', {
      type: 'string',
      describe: 'USD per labelled training example (× --examples): data preparation priced per example',
    })
    .option('engineering-hours', { type: 'string', describe: 'Hours of engineering, once (× --hourly-rate)' })
    .option('hourly-rate', { type: 'string', describe: "USD per hour of people's time (engineering, review)" })
    .option('eval-examples', {
      type: 'string',
      describe: "Evaluation queries at every training, at each option's own per-query price",
    })
    .option('eval-cost', {
      type: 'string',
      describe: 'USD of evaluation at every training (instead of --eval-examples)',
    })
    .option('review-hours', { type: 'string', describe: 'Hours of review at every training (× --hourly-rate)' })
    .option('monitoring-per-month', {
      type: 'string',
      describe: 'USD per month of monitoring and people (fine-tuned options)',
    })
    .option('prompted-success-rate', {
      type: 'string',
      describe: "Share of the prompted model's answers usable as they are (0 < R ≤ 1, or 70%; default 1)",
    })
    .option('ft-success-rate', {
      type: 'string',
      describe: "Share of the fine-tuned model's answers usable as they are (0 < R ≤ 1, or 96%; default 1)",
    })
    .option('failure-cost', {
      type: 'string',
      describe: "What a failed answer costs: retry (asked again at the option's price; default) or USD to fix it",
    })
    .option('max-monthly-cost', {
      type: 'string',
      describe:
        "CI guard: exit 1 (one line on stderr) when the cheapest option's total monthly cost at --queries-per-day " +
        'is over this many USD',
    })
    .options(VIEW_FLAGS)
    .options(OUTPUT_FLAGS)
    .example(
      '$0 breakeven --base-model gpt-4o --base-input-tokens 2000 --ft-model gpt-4o-mini ' +
        '--input-tokens 200 --output-tokens 150 --queries-per-day 500 --examples 400',
      'Prompting GPT-4o vs fine-tuning GPT-4o mini everywhere',
    )
    .example('$0 breakeven --scenario my-options.yaml --format json', 'Your own options, as JSON');
}

export interface BreakEvenArgs extends DatasetArgs, ViewArgs, OutputArgs {
  scenario?: string;
  queriesPerDay?: string;
  baseModel?: string;
  baseProvider?: string;
  baseInputTokens?: string;
  baseOutputTokens?: string;
  ftModel?: string[];
  baseCachedInputTokens?: string;
  cachedInputTokens?: string;
  batchShare?: string;
  includeEnding: boolean;
  includeNonProduction: boolean;
  existingCustomer?: string[];
  lapsedCustomer?: string[];
  peakFactor?: string;
  precision?: string;
  trainTokensPerSecond?: string;
  serveTokensPerSecond?: string;
  context?: string;
  concurrency?: string;
  inputTokens?: string;
  outputTokens?: string;
  epochs: string;
  retrainEveryMonths?: string;
  horizonMonths?: string;
  hoursPerMonth?: string;
  hoursPerDayUp?: string;
  provider?: string[];
  selfHosted: boolean;
  selfHostMethod?: string;
  gpu?: string;
  baseline?: string;
  maxMonthlyCost?: string;
  dataPrepCost?: string;
  costPerLabelledExample?: string;
  engineeringHours?: string;
  hourlyRate?: string;
  evalExamples?: string;
  evalCost?: string;
  reviewHours?: string;
  monitoringPerMonth?: string;
  promptedSuccessRate?: string;
  ftSuccessRate?: string;
  failureCost?: string;
  range: boolean;
  sensitivity: boolean;
  sensitivityOption?: string;
  format: string;
  asOf?: string;
  catalog?: string;
  prices?: string[];
}

/** A positive number of queries, months or hours: digits with an optional decimal part. */
function parseQuantity(flag: string, raw: string | undefined, { positive = true } = {}): string | undefined {
  if (raw === undefined) return undefined;
  // Separators between digits ("1_000") by the rule every door shares; "__1" is not one. A comma stays, and is refused.
  const text = String(raw).includes(',') ? String(raw).trim() : (withoutThousands(String(raw)) ?? '');
  if (!/^\d+(\.\d+)?$/.test(text))
    throw new UserError(`--${flag} must be a number like 500 or 12.5, got "${String(raw)}"`);
  if (positive && !/[1-9]/.test(text)) throw new UserError(`--${flag} must be more than 0, got ${text}`);
  return text;
}

/** A share between 0 and 1: "0.3", "1", "0". */
function parseShare(flag: string, raw: string | undefined): string | undefined {
  const v = parseQuantity(flag, raw, { positive: false });
  if (v !== undefined && Number(v) > 1)
    throw new UserError(`--${flag} must be a share between 0 and 1 (0.3 = 30%), got ${v}`);
  return v;
}

function parsePrecision(raw: string | undefined): 'bf16' | 'fp8' | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'bf16' || raw === 'fp8') return raw;
  throw new UserError(`--precision must be bf16 or fp8, got "${raw}"`);
}

function parseHoursPerMonth(raw: string | undefined): string | undefined {
  const v = parseQuantity('hours-per-month', raw);
  if (v !== undefined && !isHoursPerMonth(v))
    throw new UserError(`--hours-per-month must be 730 (the cloud convention) or 720, got ${v}`);
  return v;
}

function parseSelfHostMethod(raw: string | undefined): 'lora' | 'qlora' | 'full' | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'lora' || raw === 'qlora' || raw === 'full') return raw;
  throw new UserError(`--self-host-method must be lora, qlora or full, got "${raw}"`);
}

function required(args: BreakEvenArgs, keys: readonly (keyof BreakEvenArgs)[]): void {
  const missing = keys.filter((k) => args[k] === undefined).map((k) => flagName(k));
  if (missing.length) {
    throw new UserError(
      `breakeven needs ${missing.join(', ')} (or --scenario FILE); ` +
        'e.g. --base-model gpt-4o --base-input-tokens 2000 --ft-model gpt-4o-mini ' +
        '--input-tokens 200 --output-tokens 150 --queries-per-day 500 --examples 400',
    );
  }
}

export async function handler(args: BreakEvenArgs, ctx: CliContext): Promise<number> {
  // The break-even engine, its renderers and the sensitivity code load only when this command runs:
  // `ftcost estimate`, the common path, starts without them.
  const [
    { breakEven, breakEvenFromCatalog },
    { breakEvenCsv, breakEvenRenderers, breakEvenTerminal },
    { checkMaxMonthlyCost },
  ] = await Promise.all([
    import('../../src/api/breakEven.js'),
    import('../../src/render/breakeven.js'),
    import('../../src/result/guard.js'),
  ]);
  const plan = outputPlan(args, ctx);
  const format = textFormat(plan);
  const color = format === 'table' && !plan.file && ctx.stdout.isTTY === true && !ctx.env.NO_COLOR;
  const view = format && !plan.file ? terminalView(args, ctx, format) : undefined;
  const write = (result: BreakEvenResult) =>
    writeOutput(ctx, plan, {
      text: () => (view ? breakEvenTerminal(result, view, { color }) : breakEvenRenderers[format!](result, { color })),
      csv: (dialect) => breakEvenCsv(result, dialect),
      workbook: async (origin) => (await import('../../src/render/workbook.js')).breakEvenWorkbook(result, origin),
    });
  const settings = {
    queriesPerDay: parseQuantity('queries-per-day', args.queriesPerDay, { positive: false }),
    horizonMonths: parseQuantity('horizon-months', args.horizonMonths),
    retrainEveryMonths: parseQuantity('retrain-every-months', args.retrainEveryMonths),
    hoursPerMonth: parseHoursPerMonth(args.hoursPerMonth),
    baseline: args.baseline,
    today: ctx.today,
    sensitivity: sensitivityOf(args),
    range: args.range,
    failureCost: args.failureCost === undefined ? undefined : usd(args.failureCost),
  };
  const maxMonthlyCost =
    args.maxMonthlyCost === undefined ? undefined : d(parseUsd('max-monthly-cost', args.maxMonthlyCost));

  if (args.scenario !== undefined) {
    const used = CATALOG_FLAGS.filter((k) =>
      k === 'provider' ? parseList(args.provider).length > 0 : args[k] !== undefined,
    );
    if (used.length)
      throw new UserError(`--scenario brings its own options; leave out ${used.map(flagName).join(', ')}`);
    // The YAML parser and schema load only for a scenario file.
    const { loadScenarioFile, SCENARIO_EXTRA_KEYS } = await import('../../src/scenario/load.js');
    const scenario = loadScenarioFile(args.scenario, ctx.cwd);
    const queriesPerDay = settings.queriesPerDay ?? scenario.queriesPerDay ?? null;
    if (maxMonthlyCost !== undefined && queriesPerDay === null) throw noVolumeToCheck();
    const result = breakEven({
      options: scenario.options,
      scenarioFile: scenario.file,
      queriesPerDay,
      horizonMonths: settings.horizonMonths ?? scenario.horizonMonths,
      retrainEveryMonths: settings.retrainEveryMonths ?? scenario.retrainEveryMonths,
      hoursPerMonth: settings.hoursPerMonth ?? scenario.hoursPerMonth,
      baseline: settings.baseline ?? scenario.baseline,
      today: ctx.today,
      sensitivity: settings.sensitivity,
      range: settings.range,
      failureCost: settings.failureCost ?? scenario.failureCost,
      // The costs beyond compute and success rates: a flag wins over the file's figure, key by key.
      ...pick(scenario, SCENARIO_EXTRA_KEYS),
      ...definedOnly(extrasOf(args)),
      wording: CLI_WORDING,
    });
    await write(result);
    return guard(result, maxMonthlyCost, ctx, checkMaxMonthlyCost);
  }

  checkDatasetArgs(args);
  if (maxMonthlyCost !== undefined && settings.queriesPerDay === undefined) throw noVolumeToCheck();
  required(args, [
    'baseModel',
    'baseInputTokens',
    'ftModel',
    'inputTokens',
    'outputTokens',
    ...(args.file === undefined ? (['examples'] as const) : []),
  ]);
  const tokens = (flag: string, raw: string | undefined) =>
    raw === undefined ? undefined : parseCount(flag, raw, { min: 0, max: 10_000_000 });
  const asOf = args.asOf === undefined ? ctx.today : parseDate('as-of', args.asOf);
  const ftModels = parseList(args.ftModel, 'ft-model');
  const catalog = await catalogFor(args, ctx);
  ctx.stderr.write(asOfWarning(catalog, asOf, ctx.today) ?? '');
  if (args.gpu !== undefined) {
    // A mistyped GPU would silently drop every self-hosted and dedicated option: refuse it instead.
    const gpus = [...new Set(catalog.gpuOffers.map((o) => o.gpu))].sort();
    if (!gpus.includes(args.gpu))
      throw new UserError(`unknown GPU "${args.gpu}"${suggest(args.gpu, gpus)}; known GPUs: ${gpus.join(', ')}`);
  }
  // The counting code (and its tokenizer ranks) loads only when a file is counted, as in `estimate`;
  // a mistyped model is refused before minutes are spent counting a large file.
  if (args.file !== undefined)
    checkNames(catalog, { models: [args.baseModel!, ...ftModels], providers: parseList(args.provider) });
  const dataset =
    args.file === undefined
      ? undefined
      : await countForCli({ file: args.file }, args, ctx, catalog, {
          models: ftModels,
          providers: parseList(args.provider),
        });
  // The memory model and the architectures load only with --context: self-hosted training and serving
  // sized by memory.
  const memory = args.context === undefined ? undefined : (await import('../../src/api/selfHosted.js')).breakEvenMemory;
  const result = breakEvenFromCatalog(
    {
      wording: CLI_WORDING,
      dataset,
      ...settings,
      queriesPerDay: settings.queriesPerDay ?? null,
      baseModel: args.baseModel!,
      baseProvider: args.baseProvider,
      baseInputTokens: tokens('base-input-tokens', args.baseInputTokens)!,
      baseOutputTokens: tokens('base-output-tokens', args.baseOutputTokens),
      ftModel: ftModels,
      baseCachedInputTokens: tokens('base-cached-input-tokens', args.baseCachedInputTokens),
      cachedInputTokens: tokens('cached-input-tokens', args.cachedInputTokens),
      batchShare: parseShare('batch-share', args.batchShare),
      includeEnding: args.includeEnding,
      includeNonProduction: args.includeNonProduction,
      peakFactor: parseQuantity('peak-factor', args.peakFactor),
      precision: parsePrecision(args.precision),
      inputTokens: tokens('input-tokens', args.inputTokens)!,
      outputTokens: parseCount('output-tokens', args.outputTokens, { min: 1, max: 10_000_000 }),
      examples: args.examples === undefined ? undefined : parseCount('examples', args.examples, { max: 1e9 }),
      tokensPerExample:
        args.tokensPerExample === undefined
          ? undefined
          : parseCount('tokens-per-example', args.tokensPerExample, { max: 10_000_000 }),
      epochs: parseEpochs(args.epochs),
      providers: parseList(args.provider, 'provider'),
      hoursPerDayUp: parseQuantity('hours-per-day-up', args.hoursPerDayUp),
      selfHosted: args.selfHosted,
      selfHostMethod: parseSelfHostMethod(args.selfHostMethod),
      context: args.context === undefined ? undefined : parseCount('context', args.context, { max: 10_000_000 }),
      concurrency:
        args.concurrency === undefined ? undefined : parseCount('concurrency', args.concurrency, { max: 1_000_000 }),
      gpu: args.gpu,
      asOf,
      ...customerOptions(args),
      ...extrasOf(args),
      trainTokensPerSecond: parseQuantity('train-tokens-per-second', args.trainTokensPerSecond),
      serveTokensPerSecond: parseQuantity('serve-tokens-per-second', args.serveTokensPerSecond),
      catalog,
    },
    memory,
  );
  await write(result);
  return guard(result, maxMonthlyCost, ctx, checkMaxMonthlyCost);
}

/** The costs beyond compute and success rates given as flags (each undefined when not given). */
function extrasOf(args: BreakEvenArgs): ExtraCostOptions {
  return {
    ...Object.fromEntries(EXTRA_FLAGS.map((k) => [k, args[k] === undefined ? undefined : usd(args[k])])),
    promptedSuccessRate: args.promptedSuccessRate,
    ftSuccessRate: args.ftSuccessRate,
  };
}

const pick = <T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Pick<T, K>;
const definedOnly = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** An amount as people write it ("$3,000", "0.50"): the library checks it and names the flag when refusing it. */
function usd(raw: string): string {
  const text = String(raw).trim().replace(/^\$/, '');
  // A comma separates thousands ("3,000"); any other ("1,5") reaches the library, which refuses it.
  return /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
}

function sensitivityOf(args: BreakEvenArgs): boolean | { option: string } {
  if (args.sensitivityOption !== undefined) {
    if (!args.sensitivity) throw new UserError('--sensitivity-option goes with --sensitivity');
    return { option: args.sensitivityOption };
  }
  return args.sensitivity;
}

function noVolumeToCheck(): UserError {
  return new UserError('--max-monthly-cost needs --queries-per-day N (the monthly cost is checked at a volume)');
}

/** The CI guard of --max-monthly-cost: 0 within the limit, 1 (one line on stderr) over it. */
function guard(
  result: BreakEvenResult,
  limit: Decimal | undefined,
  ctx: CliContext,
  checkMaxMonthlyCost: typeof import('../../src/result/guard.js').checkMaxMonthlyCost,
): number {
  if (limit === undefined) return 0;
  const v = checkMaxMonthlyCost(result, limit);
  if (v === null) {
    ctx.stderr.write(`ftcost: over budget: no option could be costed against the ${formatUsd(limit)} monthly limit\n`);
    return 1;
  }
  if (v.pass) return 0;
  const shown = guardAmounts(limit, [v.checked]);
  ctx.stderr.write(
    "ftcost: over budget: the cheapest option's " +
      `${v.figure === 'high' ? 'high end of the monthly cost' : 'monthly cost'} ` +
      `at ${formatQueriesPerDay(v.queriesPerDay)} queries/day exceeds the ${shown.limit} limit: ` +
      `${v.option.id} ${shown.figure(v.checked)} (${formatUsd(v.excess!)} over)\n`,
  );
  return 1;
}
