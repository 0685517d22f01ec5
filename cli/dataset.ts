/**
 * The training data flags that `estimate`, `breakeven` and `inspect` share (each declared once, with
 * one help text), their checks, and counting a --file for the CLI. The counting code (worker threads,
 * progress bar, tokenizer ranks) is imported only inside `countForCli`, with `await import()`, so an
 * `--examples` run never loads it.
 */
import { resolve } from 'node:path';
import type { Options } from 'yargs';
import type { Catalog } from '../src/catalog/model.js';
import type { ModelFilters } from '../src/catalog/query.js';
import { modelEncodings, smallestCap } from '../src/dataset/models.js';
import type { CountedDataset, CountOverrides } from '../src/dataset/report.js';
import { UserError } from '../src/errors.js';
// plan.ts, not encodings.ts: that one imports the BPE counter, whose module set-up (Unicode-property
// regexes, class tables) every start would pay though only counting a file needs it.
import { KNOWN_ENCODINGS, planEncoding } from '../src/tokens/plan.js';
import { STDIN_FILE, type CliContext } from './context.js';
import { parseCount } from './options.js';

/** Every training data flag, with its one help text. */
export const DATASET_FLAGS = {
  examples: { alias: 'n', type: 'string', describe: 'Number of training examples' },
  'tokens-per-example': {
    alias: 't',
    type: 'string',
    describe: 'Average tokens per example (default 500, reported as assumed)',
  },
  file: {
    type: 'string',
    describe:
      'Count a training file (chat JSONL) exactly instead of --examples × --tokens-per-example ' +
      '(- : read it from standard input)',
  },
  'validation-file': {
    type: 'string',
    describe: 'A validation file, billed where the provider bills evaluations (Together)',
  },
  encoding: {
    type: 'string',
    describe: `Count with this tokenizer instead of each model's own: ${KNOWN_ENCODINGS.join(', ')}`,
  },
  'max-tokens-per-example': {
    type: 'string',
    describe: "Per-example token cap instead of each model's (longer examples are billed at the cap)",
  },
  progress: {
    type: 'boolean',
    default: true,
    describe: 'Progress bar on stderr while a file is counted, when stderr is a terminal (--no-progress: none)',
  },
} as const satisfies Record<string, Options>;

export type DatasetFlag = keyof typeof DATASET_FLAGS;

/** The named flags' declarations, for yargs' `.options()`. */
export function datasetFlags<K extends DatasetFlag>(...names: K[]): Pick<typeof DATASET_FLAGS, K> {
  return Object.fromEntries(names.map((name) => [name, DATASET_FLAGS[name]])) as Pick<typeof DATASET_FLAGS, K>;
}

/** How a file is counted: the flags that change it. */
export interface CountArgs {
  encoding?: string;
  maxTokensPerExample?: string;
  progress: boolean;
}

/** Training data given either as --file or as --examples (× --tokens-per-example). */
export interface DatasetArgs extends CountArgs {
  file?: string;
  examples?: string;
  tokensPerExample?: string;
}

/** --file and --examples exclude each other; --tokens-per-example goes with --examples only. */
export function checkDatasetArgs(args: DatasetArgs): void {
  if (args.file !== undefined && args.examples !== undefined)
    throw new UserError('give either --file or --examples, not both');
  if (args.file !== undefined && args.tokensPerExample !== undefined)
    throw new UserError('--tokens-per-example goes with --examples; with --file the tokens are counted');
  // Flags of counting mean nothing without a file: refused by every command alike, never silently ignored.
  if (args.file === undefined)
    for (const [flag, value] of [
      ['--encoding', args.encoding],
      ['--max-tokens-per-example', args.maxTokensPerExample],
    ] as const)
      if (value !== undefined) throw new UserError(`${flag} needs --file`);
}

function parseOverrides(args: CountArgs): CountOverrides {
  const overrides: CountOverrides = {};
  if (args.encoding !== undefined) {
    if (!planEncoding(args.encoding))
      throw new UserError(`unknown encoding "${args.encoding}"; use one of ${KNOWN_ENCODINGS.join(', ')}`);
    overrides.encoding = args.encoding;
  }
  if (args.maxTokensPerExample !== undefined)
    overrides.maxTokensPerExample = parseCount('max-tokens-per-example', args.maxTokensPerExample, {
      max: 100_000_000,
    });
  return overrides;
}

/** Counts --file (and --validation-file) for the models the filters select. */
export async function countForCli(
  files: { file: string; validationFile?: string },
  args: CountArgs,
  ctx: CliContext,
  catalog: Catalog,
  filters: ModelFilters,
  defaultEncodings?: string[],
): Promise<CountedDataset> {
  const overrides = parseOverrides(args);
  const noFilter = !filters.models?.length && !filters.providers?.length;
  const encodings = noFilter && defaultEncodings ? defaultEncodings : modelEncodings(catalog, filters);
  // The Node reader (worker threads, progress bar, tokenizer ranks) loads only when a file is counted.
  const { countTrainingFiles } = await import('../src/dataset/node/count-files.js');
  const stdinUsers = [files.file, files.validationFile].filter((f) => f === STDIN_FILE).length;
  if (stdinUsers > 1) throw new UserError('only one file can be read from standard input (-)');
  if (stdinUsers === 1 && (!ctx.stdin || ctx.stdin.isTTY))
    throw new UserError(
      '- reads the training file from standard input; pipe it in (cat train.jsonl | ftcost inspect -)',
    );
  const pathOf = (f: string) => (f === STDIN_FILE ? f : resolve(ctx.cwd, f));
  const dataset = await countTrainingFiles({
    file: pathOf(files.file),
    validationFile: files.validationFile === undefined ? undefined : pathOf(files.validationFile),
    stdin: stdinUsers === 1 && ctx.stdin ? { path: STDIN_FILE, stream: ctx.stdin.stream } : undefined,
    labels: files,
    encodings,
    overrides,
    overLimitCap:
      overrides.maxTokensPerExample ?? (noFilter && defaultEncodings ? undefined : smallestCap(catalog, filters)),
    progress: { stream: ctx.stderr, enabled: args.progress },
  });
  // Outputs name the files as the user gave them.
  dataset.training.file = files.file;
  if (dataset.validation) dataset.validation.file = files.validationFile;
  if (dataset.examples === 0) {
    const c = dataset.training.count;
    const first = c.errors[0];
    throw new UserError(
      `${files.file} has no valid example to count (${c.lines} line(s), ${c.invalidLines} invalid)` +
        `${first ? `; line ${first.line}: ${first.code}: ${first.message}` : ''}`,
    );
  }
  return dataset;
}
