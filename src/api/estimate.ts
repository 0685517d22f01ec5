/**
 * The library's front door: `estimate({ examples: 500, tokensPerExample: 400, epochs: 3 })` returns
 * the same versioned, JSON-safe result the CLI prints with --format json; its assumptions, warnings
 * and missing prices are in the library's words (option keys, where the CLI names flags), and
 * `result.facts` holds the facts behind them (src/render/words words them for any audience).
 */
import type { CustomerOptions } from './checks.js';
import { embeddedCatalog } from '../catalog/embedded.js';
import type { Catalog } from '../catalog/model.js';
import type { DatasetSummaryJson } from '../dataset/report.js';
import { customersOf } from '../catalog/query.js';
import type { Method } from '../domain/vocabulary.js';
import { assumedDataset, type TrainingDataset } from '../engine/training/dataset.js';
import type { EpochsRequest } from '../engine/training/epochs.js';
import { estimateFromOffers } from '../engine/training/estimate.js';
import { resolveTraining } from '../resolve/training.js';
import { checkSelfHostedOptions } from './selfHostedChecks.js';

import { d, type Decimal } from '../decimal.js';
import { UserError, type Wording } from '../errors.js';
import type { SelfHostedNote } from '../domain/notes.js';
import { estimateNoteWords } from '../render/words/estimate.js';
import type { WordsOf } from '../render/words/inputs.js';
import { toEstimateResult, type EstimateResultWithFacts, type SelfHostedRows } from '../result/estimate.js';
import {
  checkBoolean,
  checkCatalogOption,
  checkCount,
  checkDatasetOption,
  checkDate,
  checkKeys,
  checkMethods,
  checkModelFilters,
  checkNoComma,
  checkStringList,
  decimalText,
  ESTIMATE_COUNT_MAX,
  type KeySet,
} from './checks.js';
import {
  assumedTokensBounds,
  countedSpread,
  tokensPerExampleSpread,
  type RangeSpec,
} from '../engine/training/range.js';

/**
 * Ask for { low, expected, high } on every training cost. `true`: from the sources ftcost knows (an
 * assumed token count spans ±50%, a stand-in tokenizer's count ±10%, auto epochs, copies, conflicts:
 * see docs/ranges.md). `tokensPerExample`: your own bounds for examples × tokensPerExample.
 */
export type RangeOption = boolean | { tokensPerExample?: { low: number; high: number } };

/** examples × tokens per example, as a training set (what a front-end builds from typed numbers). */
export { assumedDataset, type TrainingDataset };

export interface EstimateOptions extends CustomerOptions {
  /** Number of training examples (with tokensPerExample), or give `dataset`. */
  examples?: number;
  /** Tokens per example; default: the catalog's documented default, reported as assumed. */
  tokensPerExample?: number;
  /** A counted training file (see ftcost/tokens), instead of examples × tokensPerExample. */
  dataset?: TrainingDataset;
  epochs?: EpochsRequest;
  models?: readonly string[];
  providers?: readonly string[];
  methods?: readonly Method[];
  /** YYYY-MM-DD: price with what was in force then. Default: today. */
  asOf?: string;
  /** YYYY-MM-DD: the day of the estimate (staleness). Default: the current UTC date. */
  today?: string;
  evaluations?: number;
  /** Hours of training, for offers billed per training hour (RFT); a Decimal or a decimal string. */
  trainingHours?: Decimal | string;
  includeUnavailable?: boolean;
  /** Another catalog (with overrides merged, say); default: the embedded one. */
  catalog?: Catalog;
  /** Extra assumptions to report (the CLI adds what it assumed). */
  assumptions?: string[];
  /** Error bars: rows carry trainingCostRange and trainingCostRangeSources (see RangeOption). */
  range?: RangeOption;
  /** Self-hosted training rows on rented GPUs, sized by the memory model (docs/estimate.md); schema 3. */
  selfHosted?: boolean;
  /** With selfHosted: lora (default), qlora or full. */
  selfHostMethod?: 'lora' | 'qlora' | 'full';
  /**
   * With selfHosted: minutes of GPU time each job is billed while not training (set-up, image pull,
   * model download, checkpoint upload), per GPU; default 10, an ftcost assumption (docs/memory.md).
   */
  jobOverheadMinutes?: number | string | Decimal;
  /**
   * With selfHosted: your measured training throughput, tokens/s per GPU (a number or a decimal
   * string): it replaces the catalog's figure on every GPU for the open models' sizes, labelled "yours".
   */
  trainTokensPerSecond?: number | string | Decimal;
  /**
   * @internal Whose words the result's assumptions, warnings and missing prices are in (default: the
   * library's, option keys as written); the CLI passes its flags', the widget its labels'.
   */
  wording?: Wording;
}

function rangeSpec(
  option: RangeOption | undefined,
  dataset: TrainingDataset,
  tokensPerExample: number,
  tokensAssumed: boolean,
  counted: boolean,
): RangeSpec | undefined {
  if (!option) return undefined;
  const given = typeof option === 'object' ? option.tokensPerExample : undefined;
  if (given) {
    if (counted)
      throw new UserError('a tokens-per-example range goes with examples × tokensPerExample, not a counted file');
    const { low, high } = given;
    if (
      !Number.isSafeInteger(low) ||
      !Number.isSafeInteger(high) ||
      low < 1 ||
      low > tokensPerExample ||
      high < tokensPerExample
    )
      throw new UserError(
        `the tokens-per-example range must be whole numbers with low ≤ ${tokensPerExample} ≤ high, ` +
          `got ${low}–${high}`,
      );
    return { dataset: tokensPerExampleSpread(dataset.examples, { low, high }, 'given') };
  }
  if (counted) return { dataset: countedSpread(dataset) };
  if (tokensAssumed)
    return { dataset: tokensPerExampleSpread(dataset.examples, assumedTokensBounds(tokensPerExample), 'assumed') };
  return {};
}

function hoursOf(value: Decimal | string): Decimal {
  // A JS number is read as written (7.5 bills 7.5 hours, not 8); a comma is refused, never dropped.
  const text = decimalText(value) ?? String(value);
  checkNoComma('trainingHours', text);
  if (!/^\d+(\.\d+)?$/.test(text) || !d(text).gt(0))
    throw new UserError(`trainingHours must be a positive number of hours, got "${text}"`, {
      code: 'invalid-number',
      option: 'trainingHours',
    });
  return d(text);
}

/** Every option estimate() takes (an unknown key is refused, with the nearest one). */
const ESTIMATE_KEYS: KeySet<EstimateOptions> = {
  examples: true,
  tokensPerExample: true,
  dataset: true,
  epochs: true,
  models: true,
  providers: true,
  methods: true,
  asOf: true,
  today: true,
  evaluations: true,
  trainingHours: true,
  includeUnavailable: true,
  existingCustomers: true,
  lapsedCustomers: true,
  catalog: true,
  assumptions: true,
  range: true,
  selfHosted: true,
  selfHostMethod: true,
  jobOverheadMinutes: true,
  trainTokensPerSecond: true,
  wording: true,
};

/** The same checks as the CLI's flags, in option names (UserError with a code). */
function checkEstimateOptions(options: EstimateOptions, catalog: Catalog): void {
  checkKeys('estimate()', options, ESTIMATE_KEYS);
  if (options.range !== undefined && typeof options.range === 'object' && options.range !== null)
    checkKeys('estimate() range', options.range, { tokensPerExample: true });
  checkDate('asOf', options.asOf);
  checkDate('today', options.today);
  checkCount('examples', options.examples, 1, ESTIMATE_COUNT_MAX.examples);
  checkCount('tokensPerExample', options.tokensPerExample, 1, ESTIMATE_COUNT_MAX.tokensPerExample);
  checkCount('evaluations', options.evaluations, 0, ESTIMATE_COUNT_MAX.evaluations);
  if (options.epochs !== undefined && options.epochs !== 'auto')
    checkCount('epochs', options.epochs, 1, ESTIMATE_COUNT_MAX.epochs);
  checkMethods(options.methods);
  checkBoolean('includeUnavailable', options.includeUnavailable);
  // range is true, false or { tokensPerExample }: "yes" or 1 was read by its truthiness (the CLI refuses --range=yes).
  if (options.range === null || typeof options.range !== 'object') checkBoolean('range', options.range);
  checkStringList('assumptions', options.assumptions);
  checkDatasetOption(options.dataset);
  if (options.dataset !== undefined && options.examples !== undefined)
    throw new UserError(
      (w) =>
        `give either ${w.option('examples', 'N')} or ${w.option('dataset')}, not both (the dataset counts its own)`,
      { code: 'conflicting-options', option: 'examples' },
    );
  checkModelFilters(catalog, options);
  checkSelfHostedOptions(options.selfHosted, options.selfHostMethod, options.jobOverheadMinutes);
  if (options.trainTokensPerSecond !== undefined && options.selfHosted !== true)
    throw new UserError(
      (w) => `${w.option('trainTokensPerSecond')} is for self-hosted rows: add ${w.option('selfHosted')}`,
      { code: 'conflicting-options', option: 'trainTokensPerSecond' },
    );
}

/**
 * Plans the self-hosted rows (src/api/selfHosted.ts): passed in, not imported, so that the widget's
 * first script, which estimates without them, does not carry the memory model and the architectures.
 */
export type SelfHostedPlanner = ((
  catalog: Catalog,
  asOf: string,
  modelIds: readonly string[],
  request: {
    dataset: TrainingDataset;
    epochs: EpochsRequest;
    method: 'lora' | 'qlora' | 'full';
    /** As given (checked by the planner, which parses them: src/api/selfHostedOverhead.ts, selfHostedThroughput.ts). */
    jobOverheadMinutes?: unknown;
    trainTokensPerSecond?: unknown;
    /** The audience's words (a figure of yours names its option as they do). */
    wording?: Wording;
  },
) => SelfHostedRows) & {
  /** The words of the notes its rows carry (so that estimate() itself need not ship them: the widget never plans). */
  readonly words: WordsOf<SelfHostedNote>;
};

export function estimate(options: EstimateOptions, planner?: SelfHostedPlanner): EstimateResultWithFacts {
  // First the options object and the catalog itself: estimate() or a hand-made catalog must not end in a TypeError.
  checkKeys('estimate()', options, ESTIMATE_KEYS);
  checkCatalogOption(options.catalog);
  const catalog = options.catalog ?? embeddedCatalog();
  checkEstimateOptions(options, catalog);
  if (options.selfHosted && !planner)
    throw new Error('estimate(): selfHosted needs the planner (src/api/selfHosted.ts)');
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  let dataset = options.dataset;
  const tokensPerExampleAssumed = !dataset && options.tokensPerExample === undefined;
  const tokensPerExample = options.tokensPerExample ?? catalog.meta.defaultTokensPerExample;
  if (!dataset) {
    if (options.examples === undefined)
      throw new UserError(
        (w) =>
          `give the number of training examples (${w.option('examples', 'N')}) ` +
          `or a training file (${w.option('dataset')})`,
        { option: 'examples' },
      );
    if (!Number.isSafeInteger(options.examples) || options.examples < 1)
      throw new UserError(`examples must be a whole number of at least 1, got ${options.examples}`);
    if (!Number.isSafeInteger(tokensPerExample) || tokensPerExample < 1)
      throw new UserError(`tokens per example must be a whole number of at least 1, got ${tokensPerExample}`);
    dataset = assumedDataset(options.examples, tokensPerExample);
  }
  const asOf = options.asOf ?? today;
  // In this order (hours, customers, range), so that of two wrong inputs the same one is named as always.
  const trainingHours = options.trainingHours === undefined ? undefined : hoursOf(options.trainingHours);
  const offers = resolveTraining(
    catalog,
    options,
    asOf,
    customersOf(catalog, options.existingCustomers, options.lapsedCustomers),
  );
  const result = estimateFromOffers(
    {
      dataset,
      epochs: options.epochs ?? 'auto',
      asOf,
      today,
      evaluations: options.evaluations,
      trainingHours,
      includeUnavailable: options.includeUnavailable,
      range: rangeSpec(
        options.range,
        dataset,
        tokensPerExample,
        tokensPerExampleAssumed,
        options.dataset !== undefined,
      ),
    },
    offers,
  );
  return toEstimateResult(result, {
    tokensPerExample: options.dataset ? undefined : tokensPerExample,
    tokensPerExampleAssumed,
    assumptions: options.assumptions?.map((text) => ({ kind: 'given', text })),
    // The counted set's summary is the result's DatasetSummaryJson (src/dataset/report.ts builds it).
    counted: dataset.summary?.() as DatasetSummaryJson | undefined,
    range: Boolean(options.range),
    evaluations: options.evaluations,
    selfHosted:
      options.selfHosted && planner
        ? planner(catalog, asOf, [...new Set(result.rows.map((r) => r.model))], {
            dataset,
            epochs: options.epochs ?? 'auto',
            method: options.selfHostMethod ?? 'lora',
            ...(options.jobOverheadMinutes === undefined ? {} : { jobOverheadMinutes: options.jobOverheadMinutes }),
            ...(options.trainTokensPerSecond === undefined
              ? {}
              : { trainTokensPerSecond: options.trainTokensPerSecond }),
            ...(options.wording === undefined ? {} : { wording: options.wording }),
          })
        : undefined,
    words: estimateNoteWords(options.wording, planner?.words),
  });
}
