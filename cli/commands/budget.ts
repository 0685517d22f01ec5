/** `ftcost budget --max-cost USD`: what training fits within a budget on every platform, ranked. */
import type { Argv } from 'yargs';
import { checkNames } from '../../src/catalog/query.js';
import { UserError } from '../../src/errors.js';
import { catalogFor } from '../catalog-source.js';
import type { CliContext } from '../context.js';
import { OUTPUT_FLAGS, type OutputArgs, outputPlan, textFormat, writeOutput } from '../output.js';
import { CLI_WORDING, flagName } from '../wording.js';
import { checkDatasetArgs, countForCli, datasetFlags, type DatasetArgs } from '../dataset.js';
import {
  parseCount,
  parseDate,
  parseList,
  parseUsd,
  withCatalogOptions,
  parseMethods,
  OFFER_FILTER_FLAGS,
  customerOptions,
  terminalView,
  VIEW_FLAGS,
  type ViewArgs,
} from '../options.js';
import { openWeightModels } from '../../src/render/terminal.js';

export const command = 'budget';
export const describe = 'What training fits within a budget on every platform: the most epochs or examples, ranked';

export function builder(y: Argv) {
  return withCatalogOptions(y)
    .option('max-cost', { type: 'string', describe: 'The budget in USD (required), e.g. 10 or 2.50' })
    .options(datasetFlags('examples', 'tokens-per-example'))
    .option('epochs', {
      alias: 'e',
      type: 'string',
      describe: 'Epochs per job: with --tokens-per-example (and no --examples), solve for the most examples',
    })
    .options(OFFER_FILTER_FLAGS)
    .options(datasetFlags('file', 'encoding', 'max-tokens-per-example', 'progress'))
    .options(VIEW_FLAGS)
    .options(OUTPUT_FLAGS)
    .example(
      '$0 budget --max-cost 10 -t 400 --epochs 3 -m gpt-4o-mini',
      'How many 400-token examples $10 trains, 3 epochs',
    )
    .example('$0 budget --max-cost 50 --file train.jsonl', 'The most epochs of this file that $50 buys, everywhere')
    .example('$0 budget --max-cost 25 -n 2000 -t 600 --format json', '2,000 examples of 600 tokens: epochs for $25');
}

interface BudgetArgs extends DatasetArgs, ViewArgs, OutputArgs {
  maxCost?: string;
  epochs?: string;
  model?: string[];
  provider?: string[];
  method?: string[];
  includeUnavailable: boolean;
  existingCustomer?: string[];
  lapsedCustomer?: string[];
  format: string;
  asOf?: string;
  catalog?: string;
}

export async function handler(args: BudgetArgs, ctx: CliContext): Promise<number> {
  // The budget solver and its renderers load only when this command runs.
  const [{ budget }, { budgetCsv, budgetRenderers, budgetTerminal }] = await Promise.all([
    import('../../src/api/budget.js'),
    import('../../src/render/budget.js'),
  ]);
  const plan = outputPlan(args, ctx);
  const format = textFormat(plan);
  if (args.maxCost === undefined) throw new UserError('budget needs --max-cost USD (the most to spend)');
  const maxCost = parseUsd('max-cost', args.maxCost);
  checkDatasetArgs(args);
  const hasData = args.file !== undefined || args.examples !== undefined;
  if (hasData && args.epochs !== undefined)
    throw new UserError(
      'with --file or --examples the budget solves for epochs: ' +
        'leave out --epochs (or leave out --examples to solve for examples)',
    );
  if (!hasData && (args.epochs === undefined || args.tokensPerExample === undefined))
    throw new UserError(
      'budget needs --file train.jsonl or --examples N (solve for epochs), ' +
        'or --tokens-per-example T --epochs E (solve for examples)',
    );
  if (args.file === undefined)
    for (const flag of ['encoding', 'maxTokensPerExample'] as const)
      if (args[flag] !== undefined) throw new UserError(`${flagName(flag)} needs --file`);
  const examples = args.examples === undefined ? undefined : parseCount('examples', args.examples, { max: 1e9 });
  const tokensPerExample =
    args.tokensPerExample === undefined
      ? undefined
      : parseCount('tokens-per-example', args.tokensPerExample, { max: 10_000_000 });
  const epochs = args.epochs === undefined ? undefined : parseCount('epochs', args.epochs, { min: 1, max: 1000 });
  const asOf = args.asOf === undefined ? ctx.today : parseDate('as-of', args.asOf);
  const catalog = await catalogFor(args, ctx);
  const models = parseList(args.model, 'model');
  const providers = parseList(args.provider, 'provider');
  const methods = parseMethods(args.method);
  checkNames(catalog, { models, providers });
  const dataset =
    args.file === undefined
      ? undefined
      : await countForCli({ file: args.file }, args, ctx, catalog, { models, providers });
  const result = budget({
    wording: CLI_WORDING,
    maxCost,
    examples,
    dataset,
    tokensPerExample,
    epochs,
    models,
    providers,
    methods,
    asOf,
    today: ctx.today,
    includeUnavailable: args.includeUnavailable,
    ...customerOptions(args),
    catalog,
  });
  const view = format && !plan.file ? terminalView(args, ctx, format) : undefined;
  await writeOutput(ctx, plan, {
    text: () =>
      view ? budgetTerminal(result, view, { openWeight: openWeightModels(catalog) }) : budgetRenderers[format!](result),
    csv: (dialect) => budgetCsv(result, dialect),
    workbook: async (origin) => (await import('../../src/render/workbook.js')).budgetWorkbook(result, origin),
  });
  return 0;
}
