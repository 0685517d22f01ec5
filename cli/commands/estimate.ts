/** `ftcost estimate`: what training costs on every platform that offers the model(s). */
import type { Argv } from 'yargs';
import { estimate } from '../../src/api.js';
import { METHODS, type Method } from '../../src/catalog/vocabulary.js';
import { checkNames } from '../../src/catalog/query.js';
import { UserError } from '../../src/errors.js';
import { catalogFor } from '../catalog-source.js';
import type { CliContext } from '../context.js';
import { checkDatasetArgs, countForCli, datasetFlags, type DatasetArgs } from '../dataset.js';
import {
  EPOCHS_OPTION,
  parseCount,
  parseDate,
  parseEpochs,
  parseFormat,
  parseHours,
  parseList,
  withCatalogOptions,
  asOfWarning,
} from '../options.js';
import { estimateRenderers } from '../../src/render/estimate.js';

export const command = 'estimate';
export const describe = 'Training cost of a fine-tune on every platform, ranked';

export function builder(y: Argv) {
  return withCatalogOptions(y)
    .options(datasetFlags('examples', 'tokens-per-example'))
    .option('epochs', EPOCHS_OPTION)
    .option('model', {
      alias: 'm',
      type: 'string',
      array: true,
      describe: 'Model id or alias (repeatable), e.g. gpt-4o-mini',
    })
    .option('provider', {
      alias: 'p',
      type: 'string',
      array: true,
      describe: 'Provider id (repeatable): openai, azure-openai, vertex-ai, together, ...',
    })
    .option('method', {
      type: 'string',
      array: true,
      describe: `Methods to price (default: sft, every supervised form); sft and dpo name their family (dpo = dpo, dpo-lora, dpo-full): ${METHODS.join(', ')}`,
    })
    .option('training-hours', {
      type: 'string',
      describe: 'Hours of training, for offers billed per training hour (--method rft); without it they are n/a',
    })
    .option('include-unavailable', {
      type: 'boolean',
      default: false,
      describe: 'Also show offers that cannot be trained on the as-of date (training ended, or shut down), marked',
    })
    .options(datasetFlags('file', 'validation-file'))
    .option('evaluations', {
      type: 'string',
      describe: 'Evaluations over the validation file during the job (default 0)',
    })
    .options(datasetFlags('encoding', 'max-tokens-per-example', 'progress'))
    .example('$0 estimate --examples 500 --epochs 3', 'Every platform, 500 examples of 500 (assumed) tokens, 3 epochs')
    .example('$0 estimate --file train.jsonl -m gpt-4o-mini', 'Count a real training file exactly and price it')
    .example('$0 estimate -n 10000 -t 500 -m gpt-4o-mini --format json', 'One model everywhere, as JSON')
    .example('$0 estimate -n 2000 -t 800 -p together --method sft-lora --method sft-full', 'Together AI, LoRA vs full')
    .example(
      '$0 estimate -n 500 -m o4-mini --method rft --training-hours 12',
      'Reinforcement fine-tuning, billed per training hour',
    );
}

export interface EstimateArgs extends DatasetArgs {
  epochs: string;
  model?: string[];
  provider?: string[];
  method?: string[];
  includeUnavailable: boolean;
  validationFile?: string;
  evaluations?: string;
  trainingHours?: string;
  format: string;
  asOf?: string;
  catalog?: string;
}

export function parseMethods(raw: unknown): Method[] {
  const methods = parseList(raw, 'method');
  for (const m of methods) {
    if (!(METHODS as readonly string[]).includes(m))
      throw new UserError(`unknown method "${m}"; use one of ${METHODS.join(', ')}`);
  }
  return methods as Method[];
}

export async function handler(args: EstimateArgs, ctx: CliContext): Promise<number> {
  const format = parseFormat(args.format);
  checkDatasetArgs(args);
  if (args.file === undefined) {
    if (args.examples === undefined)
      throw new UserError('estimate needs --examples N (the number of training examples) or --file train.jsonl');
    for (const flag of ['validationFile', 'encoding', 'maxTokensPerExample'] as const) {
      if (args[flag] !== undefined)
        throw new UserError(`--${flag.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())} needs --file`);
    }
  }
  const examples = args.examples === undefined ? undefined : parseCount('examples', args.examples, { max: 1e9 });
  const evaluations =
    args.evaluations === undefined
      ? undefined
      : parseCount('evaluations', args.evaluations, { min: 0, max: 1_000_000 });
  if (evaluations && args.validationFile === undefined)
    throw new UserError('--evaluations needs --validation-file (the file evaluated)');
  const tokensPerExample =
    args.tokensPerExample === undefined
      ? undefined
      : parseCount('tokens-per-example', args.tokensPerExample, { max: 10_000_000 });
  const epochs = parseEpochs(args.epochs);
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
  const result = estimate({
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
    trainingHours: args.trainingHours === undefined ? undefined : parseHours('training-hours', args.trainingHours),
    catalog,
  });
  ctx.stdout.write(estimateRenderers[format](result));
  // CSV has no room for the dataset report: say on stderr (stdout stays a clean table) that the file would be refused.
  const training = result.dataset.counted?.training;
  if (format === 'csv' && training?.wouldBeRejected) {
    ctx.stderr.write(
      `ftcost: warning: the platform would reject ${training.file ?? 'the training file'} as it is: ${training.invalidLines} invalid line(s), excluded from these counts (--format json lists every one)\n`,
    );
  }
  return 0;
}
