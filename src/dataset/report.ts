/**
 * A counted file as the engine and the outputs see it: the merged count plus how each requested
 * encoding was counted; `countedDataset` turns it into the engine's TrainingDataset, and
 * `datasetSummary` into the JSON-safe section of a result (every error, capped warning details).
 */
import type { EpochTokens, TrainingDataset } from '../engine/training/dataset.js';
import { planEncoding, type EncodingPlan } from '../tokens/plan.js';
import type { DatasetCount, EncodingCount } from './counter.js';
import { TokenHistogram, type Distribution } from './histogram.js';
import { ASSUMED_IMAGE_SIZE, imageTokens } from './images.js';
import type { ApproximateReason, ErrorCode, LineProblem, WarningCode } from './validate.js';
import { isOpenTokenizer } from '../tokens/open/ids.js';
import { UserError } from '../errors.js';

export interface DatasetReport {
  /** The file's name as given (for the outputs), where it came from a file. */
  file?: string;
  count: DatasetCount;
  /** Every encoding asked for (by name) and how it was counted. */
  plans: EncodingPlan[];
}

export interface CountOverrides {
  /** --encoding: count every model with this encoding instead of its own. */
  encoding?: string;
  /** --max-tokens-per-example: this cap instead of each model's. */
  maxTokensPerExample?: number;
}

/** The encoding plan a model gets, given its catalog encoding and the overrides. */
export function planFor(modelEncoding: string | undefined, overrides: CountOverrides = {}): EncodingPlan {
  const name = overrides.encoding ?? modelEncoding;
  const plan = planEncoding(name);
  if (plan) return plan;
  // An encoding the catalog names that ftcost does not know: estimate with the fallback, and say so.
  const fallback = planEncoding(undefined)!;
  return {
    ...fallback,
    name: name!,
    method: `estimate: ftcost has no tokenizer for "${name}"; counted with ${fallback.base}`,
  };
}

export interface CountedDataset extends TrainingDataset {
  kind: 'counted';
  training: DatasetReport;
  validation?: DatasetReport;
  overrides: CountOverrides;
}

const n = (k: number) => k.toLocaleString('en-US');

/**
 * How honest a count of `count` with `plan` is, per example: exact only when the tokenizer is the
 * model's own and no example needed an approximate rule; the method says how many examples are
 * exact and how the others were counted.
 */
function countLabel(count: DatasetCount, plan: EncodingPlan): { exact: boolean; method: string } {
  const approx = count.approximateExamples;
  if (approx === 0) return { exact: plan.exact, method: plan.method };
  const reasons = count.approximateReasons;
  // No image rule for an open-weight model's tokenizer, nor for the stand-in counting it when it is missing.
  const openTokenizer = isOpenTokenizer(plan.base) || plan.withoutImages === true;
  const parts: string[] = [];
  if (reasons.tools)
    parts.push(
      `${n(reasons.tools)} with tools or tool calls ` +
        '(OpenAI does not publish how they are rendered to tokens; counted as their compact JSON)',
    );
  if (reasons.images) {
    const assumed = ASSUMED_IMAGE_SIZE;
    parts.push(
      openTokenizer
        ? `${n(reasons.images)} with images (${n(count.images)} image(s) not counted: ` +
            'no published rule for this tokenizer)'
        : `${n(reasons.images)} with images (${n(count.images)} image(s) by OpenAI's tile rule, ` +
            '85 + 170 tokens per 512 px tile' +
            (count.imagesSizeAssumed
              ? `; ${n(count.imagesSizeAssumed)} of unknown size counted as ` +
                `${assumed.width}×${assumed.height} px = ${imageTokens(assumed, 'high')} tokens`
              : '') +
            ')',
    );
  }
  if (reasons.audio) parts.push(`${n(reasons.audio)} with audio (not counted)`);
  if (reasons.files) parts.push(`${n(reasons.files)} with files (not counted)`);
  return {
    exact: false,
    method:
      `${plan.method.replace(/^counted exactly with /, 'counted with ')}; ` +
      `${n(count.examples - approx)} of ${n(count.examples)} example(s) exact, ` +
      `${n(approx)} approximate: ${parts.join('; ')}`,
  };
}

/**
 * A plan's count: its tokenizer's, without image parts where the plan leaves them out (an open-weight model
 * counted with a stand-in: EncodingPlan.withoutImages).
 */
function countedFor(count: DatasetCount, plan: EncodingPlan): Omit<EncodingCount, 'withoutImages'> | undefined {
  const counted = count.encodings[plan.base];
  return plan.withoutImages && counted?.withoutImages ? counted.withoutImages : counted;
}

function epochTokensOf(
  report: DatasetReport,
  modelEncoding: string | undefined,
  modelCap: number | undefined,
  overrides: CountOverrides,
): EpochTokens {
  // How the file was counted for this encoding is the report's to say: where a tokenizer could not be
  // loaded when counting (the widget's worker without the open-model files), that plan names the
  // stand-in that counted it, whatever this process would choose now.
  const wanted = planFor(modelEncoding, overrides);
  const plan = report.plans.find((p) => p.name === wanted.name) ?? wanted;
  const counted = countedFor(report.count, plan);
  if (!counted)
    throw new Error(`${report.file ?? 'the dataset'} was not counted with ${plan.base} (needed for ${plan.name})`);
  const cap = overrides.maxTokensPerExample ?? modelCap;
  const { billedTokens, truncatedExamples } = TokenHistogram.from(counted.histogram).billed(cap);
  const label = countLabel(report.count, plan);
  return {
    billedTokens,
    truncatedExamples,
    exact: label.exact,
    method: label.method,
    cap: overrides.maxTokensPerExample,
  };
}

/** The per-example cap, where given, is a whole number of tokens of at least 1 (a negative one made costs negative). */
export function checkCountOverrides(overrides: CountOverrides): void {
  const cap: unknown = overrides.maxTokensPerExample;
  if (cap !== undefined && (typeof cap !== 'number' || !Number.isSafeInteger(cap) || cap < 1))
    throw new UserError(
      (w) => `${w.option('maxTokensPerExample')} must be a whole number of at least 1, got ${String(cap)}`,
      { code: 'invalid-number', option: 'maxTokensPerExample' },
    );
}

export function countedDataset(
  training: DatasetReport,
  validation?: DatasetReport,
  overrides: CountOverrides = {},
): CountedDataset {
  checkCountOverrides(overrides);
  return {
    kind: 'counted',
    examples: training.count.examples,
    training,
    validation,
    overrides,
    epochTokens: (encoding, cap) => epochTokensOf(training, encoding, cap, overrides),
    validationTokens: validation ? (encoding, cap) => epochTokensOf(validation, encoding, cap, overrides) : undefined,
    summary(this: CountedDataset) {
      return datasetSummary(this);
    },
  };
}

export function isCountedDataset(dataset: TrainingDataset | undefined): dataset is CountedDataset {
  return dataset?.kind === 'counted' && 'training' in dataset;
}

// ---- The JSON-safe summary, shared by `estimate --format json` and `inspect --format json` ----

export interface EncodingSummaryJson {
  encoding: string;
  countedWith: string;
  /** True only when every example was counted exactly with the model's own tokenizer. */
  exact: boolean;
  /** Valid examples counted exactly (the others by the best public rule, see `method`). */
  exactExamples: number;
  method: string;
  /** All tokens of the valid examples, uncapped (integer string). */
  totalTokens: string;
  assistantTokens: number;
  /** With the cap of --max-tokens-per-example, where given. */
  billedTokensPerEpoch: string | null;
  truncatedExamples: number | null;
  distribution: Distribution | null;
}

export interface FileSummaryJson {
  file: string | null;
  bytes: number;
  lines: number;
  blankLines: number;
  examples: number;
  invalidLines: number;
  /** Valid examples counted by the best public rule rather than exactly, and why (tools, images, audio, files). */
  approximateExamples: number;
  approximateReasons: Partial<Record<ApproximateReason, number>>;
  /** Image parts, and those of unknown size (counted at an assumed 1024 × 1024). */
  images: number;
  imagesSizeAssumed: number;
  /** True when any line is invalid: the platform would reject the file as it is. */
  wouldBeRejected: boolean;
  errorCounts: Partial<Record<ErrorCode, number>>;
  /** Every invalid line's problems, in line order. */
  errors: LineProblem<ErrorCode>[];
  warningCounts: Partial<Record<WarningCode, number>>;
  /** Warning details, the first 1000 of each code. */
  warnings: LineProblem<WarningCode>[];
  encodings: EncodingSummaryJson[];
}

export interface DatasetSummaryJson {
  training: FileSummaryJson;
  validation: FileSummaryJson | null;
  overrides: { encoding: string | null; maxTokensPerExample: number | null };
  /** The per-example cap applied in `billedTokensPerEpoch` of the statistics (null: none). */
  capApplied: number | null;
}

/** `cap`: apply this per-example cap in the statistics (default: --max-tokens-per-example, where given). */
export function fileSummary(
  report: DatasetReport,
  overrides: CountOverrides = {},
  cap = overrides.maxTokensPerExample,
): FileSummaryJson {
  const c = report.count;
  const errorCounts: Partial<Record<ErrorCode, number>> = {};
  for (const e of c.errors) errorCounts[e.code] = (errorCounts[e.code] ?? 0) + 1;
  const seen = new Set<string>();
  const encodings: EncodingSummaryJson[] = [];
  for (const plan of report.plans) {
    if (seen.has(plan.name)) continue;
    seen.add(plan.name);
    const counted = countedFor(c, plan);
    if (!counted) continue;
    const h = TokenHistogram.from(counted.histogram);
    const capped = cap !== undefined ? h.billed(cap) : undefined;
    const label = countLabel(c, plan);
    encodings.push({
      encoding: plan.name,
      countedWith: plan.base,
      exact: label.exact,
      exactExamples: plan.exact ? c.examples - c.approximateExamples : 0,
      method: label.method,
      totalTokens: h.total().toString(),
      assistantTokens: counted.assistantTokens,
      billedTokensPerEpoch: capped ? capped.billedTokens.toString() : null,
      truncatedExamples: capped ? capped.truncatedExamples : null,
      distribution: h.distribution() ?? null,
    });
  }
  return {
    file: report.file ?? null,
    bytes: c.bytes,
    lines: c.lines,
    blankLines: c.blankLines,
    examples: c.examples,
    invalidLines: c.invalidLines,
    approximateExamples: c.approximateExamples,
    approximateReasons: c.approximateReasons,
    images: c.images,
    imagesSizeAssumed: c.imagesSizeAssumed,
    wouldBeRejected: c.invalidLines > 0,
    errorCounts,
    errors: [...c.errors].sort((a, b) => a.line - b.line),
    warningCounts: c.warningCounts,
    warnings: [...c.warnings].sort((a, b) => a.line - b.line),
    encodings,
  };
}

export function datasetSummary(
  dataset: CountedDataset,
  cap = dataset.overrides.maxTokensPerExample,
): DatasetSummaryJson {
  return {
    training: fileSummary(dataset.training, dataset.overrides, cap),
    validation: dataset.validation ? fileSummary(dataset.validation, dataset.overrides, cap) : null,
    overrides: {
      encoding: dataset.overrides.encoding ?? null,
      maxTokensPerExample: dataset.overrides.maxTokensPerExample ?? null,
    },
    capApplied: cap ?? null,
  };
}
