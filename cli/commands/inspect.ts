/**
 * `ftcost inspect FILE`: the dataset report alone (format errors by line, warnings, token
 * statistics per encoding). The flags and the counting are those of `estimate --file` (cli/dataset.ts).
 */
import type { Argv } from 'yargs';
import { checkModels } from '../../src/catalog/query.js';
import { smallestCap } from '../../src/dataset/models.js';
import { datasetSummary } from '../../src/dataset/report.js';
import { catalogFor } from '../catalog-source.js';
import type { CliContext } from '../context.js';
import { countForCli, datasetFlags, type CountArgs } from '../dataset.js';
import { parseFormat, parseList } from '../options.js';
import { inspectRenderers, INSPECT_FORMATS } from '../../src/render/inspect.js';

export const command = 'inspect <file>';
export const describe = 'Check a chat fine-tuning JSONL file and count its tokens (nothing is priced)';

export function builder(y: Argv) {
  return y
    .positional('file', { type: 'string', describe: 'The training file (JSONL, one chat example per line)' })
    .option('model', {
      alias: 'm',
      type: 'string',
      array: true,
      describe: "Count with this model's tokenizer and per-example limit (repeatable)",
    })
    .option('format', {
      alias: 'f',
      type: 'string',
      default: 'table',
      describe: `Output format: ${INSPECT_FORMATS.join(', ')}`,
    })
    .option('catalog', {
      type: 'string',
      describe: 'Use the catalog YAML files in this directory instead of the embedded one',
    })
    .options(datasetFlags('encoding', 'max-tokens-per-example', 'progress'))
    .example('$0 inspect train.jsonl', 'Errors by line, warnings, and o200k_base token statistics')
    .example(
      '$0 inspect train.jsonl --encoding cl100k_base --max-tokens-per-example 4096',
      "The OpenAI cookbook's analysis",
    );
}

export interface InspectArgs extends CountArgs {
  file: string;
  model?: string[];
  format: string;
  catalog?: string;
}

export async function handler(args: InspectArgs, ctx: CliContext): Promise<number> {
  const format = parseFormat(args.format, INSPECT_FORMATS);
  const catalog = await catalogFor(args, ctx);
  const models = parseList(args.model, 'model');
  checkModels(catalog, models);
  const dataset = await countForCli({ file: String(args.file) }, args, ctx, catalog, { models }, ['o200k_base']);
  const cap = dataset.overrides.maxTokensPerExample ?? (models.length ? smallestCap(catalog, { models }) : undefined);
  ctx.stdout.write(inspectRenderers[format as (typeof INSPECT_FORMATS)[number]](datasetSummary(dataset, cap)));
  return 0;
}
