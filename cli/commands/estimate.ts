/** `ftcost estimate`: what training costs on every platform that offers the model(s). */
import type { Argv } from 'yargs';
import { estimate } from '../../src/api/estimate.js';
import { checkNames } from '../../src/catalog/query.js';
import { ESTIMATE_COUNT_MAX } from '../../src/api/checks.js';
import { UserError } from '../../src/errors.js';
import { catalogFor } from '../catalog-source.js';
import type { CliContext } from '../context.js';
import { CLI_WORDING, flagName } from '../wording.js';
import { checkDatasetArgs, countForCli, datasetFlags, type DatasetArgs } from '../dataset.js';
import {
  EPOCHS_OPTION,
  guardAmounts,
  parseCount,
  parseDate,
  parseEpochs,
  parseHours,
  parseList,
  parseUsd,
  withCatalogOptions,
  asOfWarning,
  parseMethods,
  OFFER_FILTER_FLAGS,
  customerOptions,
  terminalView,
  VIEW_FLAGS,
  type ViewArgs,
} from '../options.js';
import { estimateCsv, estimateRenderers, estimateTerminal } from '../../src/render/estimate.js';
import { OUTPUT_FLAGS, type OutputArgs, outputPlan, textFormat, writeOutput } from '../output.js';
import { openWeightModels } from '../../src/render/terminal.js';
import { checkMaxCost, MAX_COST_APPLIES_TO, type GuardVerdict, type MaxCostAppliesTo } from '../../src/result/guard.js';
import { d } from '../../src/decimal.js';
import { formatUsd } from '../../src/format/money.js';
import { methodLabel } from '../../src/render/labels.js';

export const command = 'estimate';
export const describe = 'Training cost of a fine-tune on every platform, ranked';

export function builder(y: Argv) {
  return withCatalogOptions(y)
    .options(datasetFlags('examples', 'tokens-per-example'))
    .option('epochs', EPOCHS_OPTION)
    .options(OFFER_FILTER_FLAGS)
    .option('training-hours', {
      type: 'string',
      describe: 'Hours of training, for offers billed per training hour (--method rft); without it they are n/a',
    })
    .options(datasetFlags('file', 'validation-file'))
    .option('evaluations', {
      type: 'string',
      describe: 'Evaluations over the validation file during the job (default 0)',
    })
    .options(datasetFlags('encoding', 'max-tokens-per-example', 'progress'))
    .option('range', {
      type: 'boolean',
      default: false,
      describe:
        'Low – high training cost from the uncertain inputs (assumed tokens ±50%, auto epochs, stand-in tokenizers), ' +
        'each source listed',
    })
    .option('max-cost', {
      type: 'string',
      describe:
        'CI guard: exit 1 (one line on stderr) when the checked training cost is over this many USD; ' +
        'with --range its high end is checked',
    })
    .option('max-cost-applies-to', {
      type: 'string',
      default: 'cheapest',
      describe: `Which rows --max-cost checks: ${MAX_COST_APPLIES_TO.join(', ')} (cheapest: the first priced row)`,
    })
    .option('self-hosted', {
      type: 'boolean',
      default: false,
      describe: 'Add self-hosted training rows on rented GPUs',
    })
    .option('self-host-method', { type: 'string', describe: 'With --self-hosted: lora (default), qlora or full' })
    .option('train-tokens-per-second', {
      type: 'string',
      describe: 'With --self-hosted: your measured training throughput, tokens/s per GPU (replaces the catalog)',
    })
    .option('job-overhead-minutes', {
      type: 'string',
      describe: 'With --self-hosted: GPU minutes billed per job while not training (set-up, downloads; default 10)',
    })
    .options(VIEW_FLAGS)
    .options(OUTPUT_FLAGS)
    .example('$0 estimate --examples 500 --epochs 3', 'Every platform, 500 examples of 500 (assumed) tokens, 3 epochs')
    .example('$0 estimate --file train.jsonl -m gpt-4o-mini', 'Count a real training file exactly and price it')
    .example('$0 estimate -n 10000 -t 500 -m gpt-4o-mini --format json', 'One model everywhere, as JSON')
    .example('$0 estimate -n 2000 -t 800 -p together --method sft-lora --method sft-full', 'Together AI, LoRA vs full')
    .example('$0 estimate -n 500 --range', 'Low – high cost when the tokens per example are not known')
    .example(
      '$0 estimate --file train.jsonl -m gpt-4o-mini -p openai --max-cost 25',
      'Fail (exit 1) when the job would cost more than $25',
    )
    .example(
      '$0 estimate -n 500 -m o4-mini --method rft --training-hours 12',
      'Reinforcement fine-tuning, billed per training hour',
    );
}

export interface EstimateArgs extends DatasetArgs, ViewArgs, OutputArgs {
  epochs: string;
  model?: string[];
  provider?: string[];
  method?: string[];
  includeUnavailable: boolean;
  existingCustomer?: string[];
  lapsedCustomer?: string[];
  validationFile?: string;
  evaluations?: string;
  trainingHours?: string;
  range: boolean;
  maxCost?: string;
  maxCostAppliesTo: string;
  selfHosted: boolean;
  selfHostMethod?: string;
  jobOverheadMinutes?: string;
  trainTokensPerSecond?: string;
  format: string;
  asOf?: string;
  catalog?: string;
}

export async function handler(args: EstimateArgs, ctx: CliContext): Promise<number> {
  const plan = outputPlan(args, ctx);
  const format = textFormat(plan);
  checkDatasetArgs(args);
  if (args.file === undefined) {
    if (args.examples === undefined)
      throw new UserError('estimate needs --examples N (the number of training examples) or --file train.jsonl');
    for (const flag of ['validationFile', 'encoding', 'maxTokensPerExample'] as const) {
      if (args[flag] !== undefined) throw new UserError(`${flagName(flag)} needs --file`);
    }
  }
  const examples =
    args.examples === undefined
      ? undefined
      : parseCount('examples', args.examples, { max: ESTIMATE_COUNT_MAX.examples });
  const evaluations =
    args.evaluations === undefined
      ? undefined
      : parseCount('evaluations', args.evaluations, { min: 0, max: ESTIMATE_COUNT_MAX.evaluations });
  if (evaluations && args.validationFile === undefined)
    throw new UserError('--evaluations needs --validation-file (the file evaluated)');
  const tokensPerExample =
    args.tokensPerExample === undefined
      ? undefined
      : parseCount('tokens-per-example', args.tokensPerExample, { max: ESTIMATE_COUNT_MAX.tokensPerExample });
  const epochs = parseEpochs(args.epochs);
  const maxCost = args.maxCost === undefined ? undefined : d(parseUsd('max-cost', args.maxCost));
  if (!(MAX_COST_APPLIES_TO as readonly string[]).includes(args.maxCostAppliesTo))
    throw new UserError(
      `unknown --max-cost-applies-to "${args.maxCostAppliesTo}"; use one of ${MAX_COST_APPLIES_TO.join(', ')}`,
    );
  const appliesTo = args.maxCostAppliesTo as MaxCostAppliesTo;
  const asOf = args.asOf === undefined ? ctx.today : parseDate('as-of', args.asOf);
  const catalog = await catalogFor(args, ctx);
  ctx.stderr.write(asOfWarning(catalog, asOf, ctx.today) ?? '');
  const models = parseList(args.model, 'model');
  const providers = parseList(args.provider, 'provider');
  const methods = parseMethods(args.method);
  // Refuse a mistyped model or provider before spending minutes counting a large file.
  checkNames(catalog, { models, providers });
  // The counting code (and its rank files) loads only when a file is counted.
  const dataset =
    args.file === undefined
      ? undefined
      : await countForCli({ file: args.file, validationFile: args.validationFile }, args, ctx, catalog, {
          models,
          providers,
        });
  // The self-hosted planner (memory model, open models' architectures) loads only when its rows are asked for:
  // most runs never need it, and every run would pay its parse time at start-up.
  const planner = args.selfHosted ? (await import('../../src/api/selfHosted.js')).planner : undefined;
  const result = estimate(
    {
      wording: CLI_WORDING,
      examples,
      dataset,
      evaluations,
      tokensPerExample,
      epochs,
      models,
      providers,
      methods,
      asOf,
      today: ctx.today,
      includeUnavailable: args.includeUnavailable,
      ...customerOptions(args),
      trainingHours: args.trainingHours === undefined ? undefined : parseHours('training-hours', args.trainingHours),
      range: args.range,
      selfHosted: args.selfHosted,
      selfHostMethod: args.selfHostMethod as 'lora' | undefined,
      jobOverheadMinutes: args.jobOverheadMinutes,
      trainTokensPerSecond: args.trainTokensPerSecond,
      catalog,
    },
    planner,
  );
  const view = format && !plan.file ? terminalView(args, ctx, format) : undefined;
  await writeOutput(ctx, plan, {
    text: () =>
      view
        ? estimateTerminal(result, view, { openWeight: openWeightModels(catalog) })
        : estimateRenderers[format!](result),
    csv: (dialect) => estimateCsv(result, dialect),
    workbook: async (origin) => (await import('../../src/render/workbook.js')).estimateWorkbook(result, origin),
  });
  // CSV has no room for the dataset report: say on stderr (stdout stays a clean table) that the file would be refused.
  const training = result.dataset.counted?.training;
  if ((format === 'csv' || plan.format === 'xlsx') && training?.wouldBeRejected) {
    ctx.stderr.write(
      `ftcost: warning: the platform would reject ${training.file ?? 'the training file'} as it is: ` +
        `${training.invalidLines} invalid line(s), excluded from these counts (--format json lists every one)\n`,
    );
  }
  if (maxCost === undefined) return 0;
  const verdict = checkMaxCost(result, maxCost, appliesTo);
  if (verdict.pass) return 0;
  // Nothing priced to check is not "over budget" (exit 1) but a question that cannot be answered as asked (exit 2).
  if (verdict.checked === 0) {
    const unpriced = result.rows.find(
      (r) => (r.availability === null || r.availability.trainable) && r.trainingCost === null,
    );
    throw new UserError(
      `--max-cost ${formatUsd(maxCost)} cannot be checked: ` +
        (unpriced?.missingPrice
          ? `${unpriced.provider} ${unpriced.model} ${methodLabel(unpriced)}: ${unpriced.missingPrice}`
          : 'no offer you can train on the date is priced for these filters'),
    );
  }
  ctx.stderr.write(`ftcost: ${guardLine(verdict, maxCost)}\n`);
  return 1;
}

/** The guard's one line: what is over the limit and by how much (or that nothing could be checked). */
function guardLine(v: GuardVerdict, limit: ReturnType<typeof d>): string {
  const what = v.figure === 'high' ? 'high end of the training cost' : 'training cost';
  const usd = guardAmounts(
    limit,
    v.over.map((o) => o.checked),
  );
  const items = v.over.map(
    (o) =>
      `${o.row.provider} ${o.row.model} ${methodLabel(o.row)} ${usd.figure(o.checked)} (${formatUsd(o.excess)} over)`,
  );
  const scope = v.checked === 1 ? `the cheapest row's ${what}` : `${v.over.length} of ${v.checked} rows' ${what}`;
  return `over budget: ${scope} exceeds the ${usd.limit} limit: ${items.join('; ')}`;
}
