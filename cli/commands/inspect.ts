/**
 * `ftcost inspect FILE`: the dataset report alone (format errors by line, warnings, token
 * statistics per encoding), and the flag handling that `estimate --file` shares with it.
 * Counting code is imported here only, so an `--examples` estimate never loads it.
 */
import type { Argv } from 'yargs';
import type { Catalog } from '../../src/catalog/model.js';
import { checkModels } from '../../src/catalog/query.js';
import { modelEncodings, smallestCap } from '../../src/dataset/models.js';
import { datasetSummary, type CountedDataset, type CountOverrides } from '../../src/dataset/report.js';
import { UserError } from '../../src/errors.js';
import { KNOWN_ENCODINGS, planEncoding } from '../../src/tokens/encodings.js';
import { catalogFor } from '../catalog-source.js';
import type { CliContext } from '../context.js';
import { parseCount, parseFormat, parseList } from '../options.js';
import { inspectRenderers, INSPECT_FORMATS } from '../render/inspect.js';
import { resolve } from 'node:path';

export const command = 'inspect <file>';
export const describe = 'Check a chat fine-tuning JSONL file and count its tokens (nothing is priced)';

/** Flags shared by `inspect` and `estimate --file`. */
export function withDatasetOptions<T>(y: Argv<T>) {
  return y
    .option('encoding', { type: 'string', describe: `Count with this tokenizer instead of each model's own: ${KNOWN_ENCODINGS.join(', ')}` })
    .option('max-tokens-per-example', { type: 'string', describe: "Per-example token cap instead of each model's (longer examples are billed at the cap)" })
    .option('progress', { type: 'boolean', default: true, describe: 'Progress bar on stderr for long files when stderr is a terminal (--no-progress: none)' });
}

export interface DatasetArgs {
  encoding?: string;
  maxTokensPerExample?: string;
  progress: boolean;
}

export function parseOverrides(args: DatasetArgs): CountOverrides {
  const overrides: CountOverrides = {};
  if (args.encoding !== undefined) {
    if (!planEncoding(args.encoding)) throw new UserError(`unknown encoding "${args.encoding}"; use one of ${KNOWN_ENCODINGS.join(', ')}`);
    overrides.encoding = args.encoding;
  }
  if (args.maxTokensPerExample !== undefined) overrides.maxTokensPerExample = parseCount('max-tokens-per-example', args.maxTokensPerExample, { max: 100_000_000 });
  return overrides;
}

/** Counts --file (and --validation-file) for the models the filters select. */
export async function countForCli(
  files: { file: string; validationFile?: string },
  args: DatasetArgs,
  ctx: CliContext,
  catalog: Catalog,
  filters: { models?: string[]; providers?: string[] },
  defaultEncodings?: string[],
): Promise<CountedDataset> {
  const overrides = parseOverrides(args);
  const noFilter = !filters.models?.length && !filters.providers?.length;
  const encodings = noFilter && defaultEncodings ? defaultEncodings : modelEncodings(catalog, filters);
  // The Node reader (worker threads, progress bar, tokenizer ranks) loads only when a file is counted.
  const { countTrainingFiles } = await import('../../src/dataset/node/count-files.js');
  const dataset = await countTrainingFiles({
    file: resolve(ctx.cwd, files.file),
    validationFile: files.validationFile === undefined ? undefined : resolve(ctx.cwd, files.validationFile),
    labels: files,
    encodings,
    overrides,
    overLimitCap: overrides.maxTokensPerExample ?? (noFilter && defaultEncodings ? undefined : smallestCap(catalog, filters)),
    progress: { stream: ctx.stderr, enabled: args.progress },
  });
  // Outputs name the files as the user gave them.
  dataset.training.file = files.file;
  if (dataset.validation) dataset.validation.file = files.validationFile;
  if (dataset.examples === 0) {
    const c = dataset.training.count;
    const first = c.errors[0];
    throw new UserError(
      `${files.file} has no valid example to count (${c.lines} line(s), ${c.invalidLines} invalid)${first ? `; line ${first.line}: ${first.code}: ${first.message}` : ''}`,
    );
  }
  return dataset;
}

export function builder(y: Argv) {
  return withDatasetOptions(
    y
      .positional('file', { type: 'string', describe: 'The training file (JSONL, one chat example per line)' })
      .option('model', { alias: 'm', type: 'string', array: true, describe: "Count with this model's tokenizer and per-example limit (repeatable)" })
      .option('format', { alias: 'f', type: 'string', default: 'table', describe: `Output format: ${INSPECT_FORMATS.join(', ')}` })
      .option('catalog', { type: 'string', describe: 'Use the catalog YAML files in this directory instead of the embedded one' }),
  )
    .example('$0 inspect train.jsonl', 'Errors by line, warnings, and o200k_base token statistics')
    .example('$0 inspect train.jsonl --encoding cl100k_base --max-tokens-per-example 4096', "The OpenAI cookbook's analysis");
}

export interface InspectArgs extends DatasetArgs {
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
