/**
 * Engine output → the published, versioned JSON contract of `ftcost estimate --format json` and of
 * the library's `estimate()`. Every amount is an unrounded decimal string; token counts are integer
 * strings (they can exceed 2^53). Bump ESTIMATE_SCHEMA_VERSION on any breaking change.
 */
import {
  availabilityJson,
  type AvailabilityJson,
  type ClosedProviderJson,
  closedProvidersJson,
} from './availability.js';
import type { Method, SourceKind } from '../domain/vocabulary.js';
import type { EstimateNote } from '../domain/notes.js';
import type { EpochsBasis } from '../engine/training/epochs.js';
import { RUNNING_PRICE_FIELDS, type RunningPriceField } from '../domain/priceKinds.js';
import type { Charge } from '../engine/training/charges.js';
import type { Estimate, EstimateRow, TrainingBilling } from '../engine/training/estimate.js';
import { toDecimalString, type Decimal } from '../decimal.js';
import { ESTIMATE_SCHEMA_URL } from './schemaIds.js';
import type { DatasetSummaryJson } from '../dataset/report.js';
import type { MoneyRange, UncertaintyId } from '../engine/training/range.js';
import { type WithFacts, withFacts } from './facts.js';
import type { SelfHostedNote } from '../domain/notes.js';
import type { SelfHostedPlan } from '../engine/training/selfHosted.js';

/**
 * 2: availability is a dated lifecycle ({ status, trainable, serving, closedToNewUsersOn,
 * trainingEndsOn, servingEndsOn, events }) instead of { status, shutdownOn }; rows say how training is
 * billed (per-token / per-hour), where the price was read (sourceKind, original) and whether its
 * start date is only first-seen; `notKnownBefore` lists offers whose prices are not known that early.
 */
export const ESTIMATE_SCHEMA_VERSION = 2;

/**
 * 3: rows may be self-hosted (`kind: "self-hosted"`, with gpu, gpus, gpuHours, gpuPerHour,
 * memoryPerGpuGiB…) and the result has `selfHosted`. Only a result that asked for them (selfHosted,
 * --self-hosted) is version 3: one that did not is unchanged, byte for byte, so it stays version 2.
 */
export const ESTIMATE_SELF_HOSTED_SCHEMA_VERSION = 3;

export interface ChargeJson {
  name: string;
  unit: string;
  quantity: string;
  unitPrice: string;
  total: string;
  source: string;
  asOf: string;
}

export interface EstimateRowJson {
  provider: string;
  providerName: string;
  model: string;
  modelName: string | null;
  method: Method;
  tier: string | null;
  epochs: number;
  /** Where the epoch count came from: requested, OpenAI's auto rule, the provider's documented default, or assumed. */
  epochsBasis: EpochsBasis;
  billedTokensPerEpoch: string;
  trainingTokens: string;
  truncatedExamples: number;
  tokenCountExact: boolean;
  tokenCountMethod: string;
  trainingPer1M: string | null;
  /** Offers billed per training hour (RFT): the hourly rate. */
  trainingPerHour: string | null;
  trainingCost: string | null;
  missingPrice: string | null;
  currency: 'USD';
  charges: ChargeJson[];
  source: string;
  asOf: string;
  stale: boolean;
  priceAgeDays: number;
  availability: AvailabilityJson | null;
  /** How the offer bills training: per-token (tokens × epochs), per-hour (RFT: hours × rate), or not-published. */
  billing: TrainingBilling;
  /** false: not for production (no SLA), per the provider — e.g. Azure's Developer tier. */
  production: boolean;
  /** Per-hour billing: the hours priced (null when not given, and for per-token billing). */
  trainingHours: string | null;
  /** `official`: read on the provider's own page; `copy`: read from a third party's copy of it (see original). */
  sourceKind: SourceKind;
  original: string | null;
  /** The price's start date is only when it was first seen, not a known price change. */
  effectiveFromFirstSeen: boolean;
  /** Running the fine-tuned model: per-1M token prices and hourly hosting (null where not published / not charged). */
  running: { [F in RunningPriceField]: string | null } & { hostingPerMonth: string | null };
  warnings: string[];
  /** With range (--range): the training cost's band, exact decimal strings (null: no cost to bound). */
  trainingCostRange?: MoneyRangeJson | null;
  /**
   * With range: each source of uncertainty of this row and the training cost at its bounds (the others
   * as expected).
   */
  trainingCostRangeSources?: RangeSourceJson[];
  /** Schema 3, with selfHosted: a row priced on rented GPUs (an estimate: memory model × throughput tables). */
  kind?: 'self-hosted';
  /** Catalog GPU id and name. */
  gpu?: string;
  gpuName?: string;
  /** GPUs rented: the smallest node of this GPU the job fits on. */
  gpus?: number;
  /**
   * Computed, training only: training tokens ÷ (tokens/s per GPU × 3600), exactly (60 significant
   * digits where it does not terminate).
   */
  gpuHours?: string;
  /** The job's set-up, downloads and checkpoint upload on every GPU of the node: minutes ÷ 60 × GPUs. */
  jobOverheadGpuHours?: string;
  /**
   * What the rental bills, the hours the price is charged on: (gpuHours ÷ gpus + the overhead) per GPU,
   * raised to the billing minimum, rounded up to the billing increment, × gpus.
   */
  billedGpuHours?: string;
  /** The offer's billing increment and minimum in seconds; null when not published (billed as computed). */
  billingIncrementSeconds?: number | null;
  billingMinimumSeconds?: number | null;
  /** Where the billing was read (null when not published). */
  billingSource?: string | null;
  /** USD per GPU-hour of the cheapest offer of that node size on the date. */
  gpuPerHour?: string;
  /** What each GPU holds (the memory model), GiB. */
  memoryPerGpuGiB?: string;
  /** Tokens per training sequence the memory was sized for. */
  sequenceLength?: number;
  tokensPerSecondPerGpu?: string;
  /** measured (a benchmark) or derived (peak FLOPs × utilisation, stated in the catalog). */
  throughputBasis?: 'measured' | 'derived';
  throughputSource?: string;
  throughputAsOf?: string;
}

/** { low, expected, high }: unrounded decimal strings, low ≤ expected ≤ high. */
export interface MoneyRangeJson {
  low: string;
  expected: string;
  high: string;
}

export interface RangeSourceJson {
  /** tokens-per-example | token-count | epochs | price-copy | price-conflict */
  source: UncertaintyId;
  /** The input's bounds, in words. */
  bounds: string;
  /** The training cost with this input alone at its low / high bound. */
  low: string;
  high: string;
}

/** What each source of uncertainty means and how its bounds are chosen (docs/ranges.md). */
const UNCERTAINTY_SOURCES: Record<UncertaintyId, string> = {
  'tokens-per-example':
    'tokens per example not counted: an assumed count spans half to one and a half times the assumption ' +
    '(250–750 around 500); a range given to the library is used as given',
  'token-count':
    "a file counted with a stand-in tokenizer, not the model's own: ±10% of the count (exact counts: none)",
  epochs:
    "auto epochs: OpenAI's service picks n_epochs from the dataset size (ftcost prices the cookbook rule " +
    '±1 epoch, at least 1); an unpublished, assumed default spans 1 epoch to twice the assumption',
  'price-copy':
    "price read from a copy of the provider's page: no other figure is known, so it adds no width; verify it",
  'price-conflict':
    'other sources gave other figures, rejected with a reason (ftcost catalog show lists them): ' +
    'a decided conflict adds no width',
};

function moneyRangeJson(r: MoneyRange): MoneyRangeJson {
  return { low: toDecimalString(r.low), expected: toDecimalString(r.expected), high: toDecimalString(r.high) };
}

export interface EstimateResult {
  /** This output's JSON Schema (schema/estimate.schema.json of the package). */
  $schema: typeof ESTIMATE_SCHEMA_URL;
  schemaVersion: typeof ESTIMATE_SCHEMA_VERSION | typeof ESTIMATE_SELF_HOSTED_SCHEMA_VERSION;
  kind: 'estimate';
  catalog: { version: string; schemaVersion: number };
  asOf: string;
  today: string;
  /**
   * The catalog's staleness limit in days: a row is `stale` when its price's asOf is more than this
   * many days before `today`.
   */
  staleAfterDays: number;
  dataset: {
    kind: 'assumed' | 'counted';
    examples: number;
    tokensPerExample: number | null;
    tokensPerExampleAssumed: boolean;
    /** For a counted file (--file): statistics, every invalid line, warnings; null for --examples. */
    counted: DatasetSummaryJson | null;
  };
  assumptions: string[];
  rows: EstimateRowJson[];
  /** Offers left out because they cannot be trained on the as-of date (shown with includeUnavailable). */
  hiddenUnavailable: number;
  /** Providers with offers closed to this team on the as-of date (new customers by default). */
  closedToTeam: ClosedProviderJson[];
  /** Offers whose earliest known price was only first seen after the as-of date: unknown then, not absent. */
  notKnownBefore: { provider: string; model: string; method: Method; tier: string | null; firstSeen: string }[];
  /** With range: the sources of uncertainty that apply to some row, each with what it means. */
  range?: { sources: { source: UncertaintyId; description: string }[] };
  /** Schema 3, with selfHosted: how the self-hosted rows were sized, and why each GPU without one has none. */
  selfHosted?: SelfHostedJson;
}

interface SelfHostedJson {
  /** lora, qlora or full (the memory model's and the throughput tables' method). */
  method: string;
  precision: string;
  microBatch: number;
  gradientCheckpointing: boolean;
  loraRank: number | null;
  headroom: string;
  /** GPU time billed per job while not training, minutes per GPU (decimal string). */
  jobOverheadMinutes: string;
  /** true: ftcost's default (an assumption), not given. */
  jobOverheadAssumed: boolean;
  epochs: number;
  epochsAssumed: boolean;
  /** Each model or GPU left out, and why (in words). */
  leftOut: string[];
}

/**
 * The facts behind every worded field of an EstimateResult (src/domain/notes.ts), in the same order:
 * its assumptions, and per row its warnings, why it has no price, and (with range) each source's bounds.
 */
export interface EstimateFacts {
  assumptions: EstimateNote[];
  rows: { warnings: EstimateNote[]; missingPrice: EstimateNote | null; rangeBounds?: EstimateNote[] }[];
  /** With selfHosted: why each model or GPU has no self-hosted row. */
  selfHostedLeftOut?: SelfHostedNote[];
}

/** An estimate's notes in one audience's words (src/render/words: estimateNoteWords(wording)). */
type EstimateWords = (note: EstimateNote) => string;

/**
 * A plan's self-hosted rows and what adds them to a result (src/result/estimateSelfHosted.ts): loaded
 * with the planner, so that the widget's first script, which never asks for them, does not carry it.
 */
export interface SelfHostedRows {
  plan: SelfHostedPlan;
  addTo: (result: EstimateResult, facts: EstimateFacts, e: Estimate, range: boolean) => void;
}

/** An EstimateResult as the library returns it, with its facts (not part of the JSON: src/result/facts.ts). */
export type EstimateResultWithFacts = WithFacts<EstimateResult, EstimateFacts>;

export interface ResultContext {
  /** The summary of a counted training file (and validation file). */
  counted?: DatasetSummaryJson;
  tokensPerExample?: number;
  tokensPerExampleAssumed?: boolean;
  /** The caller's own assumptions, first. */
  assumptions?: EstimateNote[];
  /** Ranges were asked for: rows carry trainingCostRange, the result lists the sources. */
  range?: boolean;
  /** Evaluations over the validation set (undefined: none given). */
  evaluations?: number;
  /** Self-hosted rows were asked for (src/engine/training/selfHosted.ts), with how they were sized. */
  selfHosted?: SelfHostedRows;
  words: EstimateWords;
}

function chargeJson(c: Charge): ChargeJson {
  return {
    name: c.name,
    unit: c.unit,
    quantity: toDecimalString(c.quantity),
    unitPrice: toDecimalString(c.unitPrice),
    total: toDecimalString(c.total),
    source: c.source,
    asOf: c.asOf,
  };
}

function opt(value: Decimal | undefined): string | null {
  return value === undefined ? null : toDecimalString(value);
}

function rowJson(r: EstimateRow, range: boolean): EstimateRowJson {
  const json: EstimateRowJson = {
    provider: r.provider,
    providerName: r.providerName,
    model: r.model,
    modelName: r.modelName ?? null,
    method: r.method,
    tier: r.tier ?? null,
    epochs: r.epochs.epochs,
    epochsBasis: r.epochs.basis,
    billedTokensPerEpoch: r.tokens.billedTokens.toString(),
    trainingTokens: r.trainingTokens.toString(),
    truncatedExamples: r.tokens.truncatedExamples,
    tokenCountExact: r.tokens.exact,
    tokenCountMethod: r.tokens.method,
    trainingPer1M: r.trainingPer1M ? toDecimalString(r.trainingPer1M) : null,
    trainingPerHour: r.trainingPerHour ? toDecimalString(r.trainingPerHour) : null,
    trainingCost: r.trainingCost ? toDecimalString(r.trainingCost) : null,
    missingPrice: null, // worded from the facts
    currency: r.currency,
    charges: r.charges.map(chargeJson),
    source: r.source,
    asOf: r.asOf,
    stale: r.stale,
    priceAgeDays: r.ageDays,
    availability: availabilityJson(r.availability),
    billing: r.billing,
    production: r.production,
    trainingHours: r.trainingHours ? toDecimalString(r.trainingHours) : null,
    sourceKind: r.sourceKind,
    original: r.original ?? null,
    effectiveFromFirstSeen: r.effectiveFromFirstSeen,
    running: {
      ...(Object.fromEntries(RUNNING_PRICE_FIELDS.map((f) => [f, opt(r.running[f])])) as {
        [F in RunningPriceField]: string | null;
      }),
      hostingPerMonth: opt(r.running.hostingPerMonth),
    },
    warnings: [], // worded from the facts
  };
  if (range) {
    json.trainingCostRange = r.trainingCostRange ? moneyRangeJson(r.trainingCostRange) : null;
    json.trainingCostRangeSources = (r.rangeContributions ?? []).map((c) => ({
      source: c.source,
      bounds: '', // worded from the facts
      low: toDecimalString(c.low),
      high: toDecimalString(c.high),
    }));
  }
  return json;
}

/** The assumptions an estimate rests on, as facts, for every renderer to show. */
function estimateAssumptions(e: Estimate, ctx: ResultContext): EstimateNote[] {
  const out = [...(ctx.assumptions ?? [])];
  if (ctx.tokensPerExampleAssumed && ctx.tokensPerExample !== undefined)
    out.push({ kind: 'tokens-per-example-assumed', tokensPerExample: ctx.tokensPerExample });
  // A validation file counted (its bad lines listed) and billed 0 times would otherwise look priced (issue 24).
  if (ctx.counted?.validation && ctx.evaluations === undefined) out.push({ kind: 'validation-not-billed' });
  const assumedEpochs = new Map<string, EstimateNote>();
  for (const r of e.rows)
    if (r.epochs.basis === 'assumed')
      assumedEpochs.set(r.providerName, {
        kind: 'epochs-assumed-default',
        epochs: r.epochs.epochs,
        providerName: r.providerName,
        note: r.epochs.note ?? null,
      });
  out.push(...assumedEpochs.values());
  return out;
}

/**
 * (Re)writes every worded field of a result from its facts, in one audience's words: what
 * toEstimateResult words with, and how src/render/words rewords a result for another audience.
 */
export function wordEstimate(result: EstimateResult, facts: EstimateFacts, words: EstimateWords): void {
  result.assumptions = facts.assumptions.map(words);
  result.rows.forEach((row, i) => {
    const f = facts.rows[i]!;
    row.missingPrice = f.missingPrice ? words(f.missingPrice) : null;
    row.warnings = f.warnings.map(words);
    row.trainingCostRangeSources?.forEach((c, j) => {
      c.bounds = words(f.rangeBounds![j]!);
    });
  });
  if (result.selfHosted) result.selfHosted.leftOut = (facts.selfHostedLeftOut ?? []).map(words);
}

export function toEstimateResult(e: Estimate, ctx: ResultContext): EstimateResultWithFacts {
  const facts: EstimateFacts = {
    assumptions: estimateAssumptions(e, ctx),
    rows: e.rows.map((r) => ({
      warnings: r.warnings,
      missingPrice: r.missingPrice ?? null,
      ...(ctx.range ? { rangeBounds: (r.rangeContributions ?? []).map((c) => c.bounds) } : {}),
    })),
  };
  const result: EstimateResult = {
    $schema: ESTIMATE_SCHEMA_URL,
    schemaVersion: ESTIMATE_SCHEMA_VERSION,
    kind: 'estimate',
    catalog: e.catalog,
    asOf: e.asOf,
    today: e.today,
    staleAfterDays: e.staleAfterDays,
    dataset: {
      kind: e.dataset.kind,
      examples: e.dataset.examples,
      tokensPerExample: ctx.tokensPerExample ?? null,
      tokensPerExampleAssumed: ctx.tokensPerExampleAssumed ?? false,
      counted: ctx.counted ?? null,
    },
    assumptions: [], // worded from the facts
    rows: e.rows.map((r) => rowJson(r, ctx.range ?? false)),
    hiddenUnavailable: e.hiddenUnavailable,
    closedToTeam: closedProvidersJson(e.closedToTeam),
    notKnownBefore: e.notKnownBefore.map((n) => ({ ...n, tier: n.tier ?? null })),
  };
  if (ctx.range) {
    const used = new Set(e.rows.flatMap((r) => (r.rangeContributions ?? []).map((c) => c.source)));
    const order = Object.keys(UNCERTAINTY_SOURCES) as UncertaintyId[];
    result.range = {
      sources: order.filter((s) => used.has(s)).map((source) => ({ source, description: UNCERTAINTY_SOURCES[source] })),
    };
  }
  if (ctx.selfHosted) ctx.selfHosted.addTo(result, facts, e, ctx.range ?? false);
  wordEstimate(result, facts, ctx.words);
  return withFacts(result, facts);
}
