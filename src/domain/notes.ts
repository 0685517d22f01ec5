/**
 * What the results state besides figures — assumptions, notes, warnings, why an offer is left out or
 * skipped, why an input is not varied, the bounds of a range — as structured facts: a kind and its
 * values (ids, counts, dates, decimal strings for money), never prose. The engine and the result
 * builders produce these; src/render/words/ turns each into words for one audience (the CLI's flags,
 * the widget's field labels, the library's option keys), so a hint like "--peak-factor 2 sizes
 * replicas" reaches a CLI user as a flag and a widget user as the box they can change.
 *
 * One kind per sentence: the words of each kind are in src/render/words/ (one table, a closed set).
 */

/** The role a per-query price is for: the prompted base model, or a fine-tune, at a provider (and tier). */
export interface PricedAt {
  role: 'prompted' | 'fine-tuned';
  model: string;
  providerName: string;
  tier?: string;
}

/** The training cost of a job, as the estimate prices it (src/engine/training/estimate.ts). */
export type TrainingNote =
  /** Examples longer than the per-example cap: billed (and trained) truncated. */
  | { kind: 'truncated-examples'; examples: number; capTokens: number }
  /** The job is below the offer's minimum charge per job and is billed the minimum. */
  | { kind: 'minimum-charge-applied'; provider: string; model: string; method: string; minimumUsd: string }
  /** Hours × rate over the per-job cap: the job pauses at the cap (Azure RFT). */
  | { kind: 'per-job-cap-applied'; trainingHours: string; perHourUsd: string; capUsd: string }
  /** A minimum charge is published but the per-token price is not. */
  | { kind: 'minimum-charge-without-price'; providerName: string; minimumUsd: string }
  /** Missing price: billed per training hour, and no hours were given (names the trainingHours input). */
  | { kind: 'training-hours-needed' }
  /** Missing price: the provider does not publish a training price. */
  | { kind: 'training-price-not-published'; providerName: string }
  /** No training price, and no fact saying why. */
  | { kind: 'no-training-price' };

/** Why nothing fits the budget on an offer (src/engine/training/budget.ts), and what the budget assumes. */
export type BudgetNote =
  /** An assumption of the budget: these providers' epoch maximum was not read on their platform. */
  | { kind: 'epoch-maximum-unverified'; providerNames: string[] }
  | { kind: 'budget-billed-per-hour' }
  | { kind: 'minimum-charge-over-budget'; minimumUsd: string }
  /** `limitNote` is the platform bound's own note (where it was read). */
  | { kind: 'epochs-outside-limit'; epochs: number; min: number; max: number; limitNote: string }
  | { kind: 'unit-over-budget'; unit: 'epoch' | 'example'; unitCostUsd: string };

/** The bounds of one source of uncertainty of a training cost (src/engine/training/range.ts). */
export type RangeNote =
  /**
   * Tokens per example at `low`–`high`: `assumed` (the default count, ±50%: the estimate's words),
   * `not-given` (the same, said as "no tokens per example given": the break-even's words) or `given`
   * (a range the library caller gave).
   */
  | { kind: 'tokens-per-example-bounds'; low: number; high: number; why: 'assumed' | 'not-given' | 'given' }
  | { kind: 'token-count-bounds'; percent: number }
  | { kind: 'epochs-bounds'; low: number; high: number; basis: 'openai-auto' | 'assumed' }
  | { kind: 'price-copy-bounds' }
  | { kind: 'price-conflict-bounds'; figures: number };

/** Self-hosted training on a rented GPU: tokens ÷ throughput = GPU-hours × the hourly price. */
interface SelfHostedTrainingNote {
  kind: 'self-hosted-training';
  precision: string;
  engine: string | null;
  trainingTokens: string;
  epochs: number;
  tokensPerEpoch: string;
  tokensPerSecond: string;
  /** `measured` or `derived`: how the throughput figure was obtained. */
  basis: string;
  /** The model size the throughput was measured for, where it is not the model's own (a larger one). */
  throughputForBillions: string | null;
  /** Exact GPU-hours, a decimal string (shown to 4 significant digits). */
  gpuHours: string;
  perGpuHourUsd: string;
  providerName: string;
  /** The offer's label, else its GPU id. */
  gpu: string;
  /**
   * Sized by the memory model and billed as the rental bills (the planner of estimate --self-hosted):
   * the GPUs of the node, the GPU-hours billed and the job overhead in them (absent: unsized, as computed).
   */
  billed?: { gpus: number; billedGpuHours: string; jobOverheadMinutes: string };
}

/** Serving on GPUs: a replica's capacity from the throughput, the tokens a query and the peak factor. */
interface ServingNote {
  kind: 'serving';
  precision: string;
  engine: string | null;
  providerName: string;
  /** The offer's label, else its GPU id. */
  gpu: string;
  gpus: number;
  perGpuHourUsd: string;
  tokensPerSecond: string;
  basis: string;
  tokensPerQuery: number;
  /** Null at a peak factor of 1 (nothing divided). */
  peakFactor: string | null;
  queriesPerReplica: string;
  hoursPerDay: string;
  /**
   * With --context: what bounds the GPUs a replica takes — `memory` (weights + KV cache need them),
   * or `throughput` (the throughput figure's GPU count or the rented unit is at least as many).
   */
  memory?: {
    contextLength: number;
    concurrency: number;
    gpusForMemory: number;
    perGpuGiB: string;
    bound: 'memory' | 'throughput';
  };
}

/** What an option of the break-even rests on (src/engine/breakEven/options/). */
export type OptionNote =
  | { kind: 'no-cached-rate'; pricedAt: PricedAt; cachedTokens: number }
  | { kind: 'no-batch-rate'; pricedAt: PricedAt }
  /** The prompted option's tokens a query; the cached ones at `cachedRatePer1M` (when any are cached). */
  | {
      kind: 'prompted-tokens';
      inputTokens: number;
      cachedInputTokens: number;
      cachedRatePer1M: string;
      outputTokens: number;
    }
  | { kind: 'prompted-snapshot-ends'; model: string; servingEndsOn: string }
  | { kind: 'storage-fee'; perMonthUsd: string }
  | { kind: 'tokens-in-hourly-price' }
  | { kind: 'one-deployment' }
  /** A catalog note on the offer, quoted as written (Azure's Developer tier: spot capacity, no SLA). */
  | { kind: 'catalog-note'; text: string }
  | SelfHostedTrainingNote
  | ServingNote
  /** The catalog's note on a serving throughput figure, quoted. */
  | { kind: 'serving-throughput-note'; text: string };

/** Why an option is costed but left out of the decision (src/engine/breakEven/options/decision.ts). */
export type ExclusionNote =
  | { kind: 'closed-to-team'; customer: 'new' | 'lapsed'; since: string }
  | { kind: 'not-trainable-on-date'; asOf: string; trainingEndedOn: string }
  | { kind: 'shut-down-before-date'; servingEndsOn: string; asOf: string }
  /** `trainingEndsOn`: set when new training ends before serving does. */
  | {
      kind: 'stops-serving-in-horizon';
      servingEndsOn: string;
      horizonMonths: string;
      horizonEnd: string;
      trainingEndsOn: string | null;
    }
  | { kind: 'retraining-not-buyable'; due: string; trainingEndsOn: string; horizonMonths: string }
  | { kind: 'not-for-production' };

/** Why a catalog offer could not be made into an option at all. */
export type SkipNote =
  | { kind: 'shut-down'; on: string }
  | { kind: 'no-per-token-serving-price' }
  | { kind: 'closed-weights'; model: string }
  | { kind: 'no-gpu-rental'; gpu: string }
  | { kind: 'no-gpu-rentals' }
  | { kind: 'no-training-throughput'; precision: string; method: string; parametersBillions: string }
  | { kind: 'no-serving-throughput'; precision: string; parametersBillions: string }
  /** The training job fits on no rented GPU with a training throughput figure for it (the memory model). */
  | { kind: 'self-hosted-training-does-not-fit'; model: string; method: string }
  /** Weights + KV cache for the context and concurrency fit on no rented GPU, up to 8 of it. */
  | { kind: 'serving-does-not-fit'; model: string; contextLength: number; concurrency: number };

/** What an estimate or a budget assumes (src/result/estimate.ts, src/result/budget.ts). */
export type EstimateSummaryNote =
  /** The estimate's and budget's words for the default tokens per example (names tokensPerExample and dataset). */
  | { kind: 'tokens-per-example-assumed'; tokensPerExample: number }
  /** The estimate's words for an assumed epoch count: the provider's note on its default, or that none is published. */
  | { kind: 'epochs-assumed-default'; epochs: number; providerName: string; note: string | null }
  /** Words a caller gave as they are (the `assumptions` option of estimate() and budget(); an option's own reason). */
  | { kind: 'given'; text: string }
  /** A validation set was counted but no evaluations were given: it is billed 0 times, wherever evaluations cost. */
  | { kind: 'validation-not-billed' };

/** The notes of an estimate: its rows' facts, their bounds, what it assumes. */
export type EstimateNote = TrainingNote | RangeNote | EstimateSummaryNote | SelfHostedNote;

/** What a whole break-even comparison assumes, and what it notes. */
export type ComparisonNote =
  /** The break-even's words for an assumed epoch count. */
  | { kind: 'epochs-assumed'; epochs: number; providerName: string }
  /** Self-hosted training runs as many epochs as the first platform would by default (null: none, assumed). */
  | { kind: 'self-hosted-epochs'; model: string; epochs: number; asProviderName: string | null }
  /** Peak factor 1: the load spread evenly (names the peakFactor input, set to 2). */
  | { kind: 'serving-capacity-even' }
  | { kind: 'serving-capacity-peak'; peakFactor: string }
  | { kind: 'serving-capacity-tokens' }
  | {
      kind: 'prompt-caching';
      baseCachedInputTokens: number;
      baseInputTokens: number;
      cachedInputTokens: number;
      inputTokens: number;
    }
  /** A share of queries through a batch API, at batch rates for these options (the others have none). */
  | { kind: 'batch-share'; sharePercent: string; batchedOptions: string[] }
  | { kind: 'batch-share-unused'; sharePercent: string }
  | { kind: 'no-platform-fine-tunes'; model: string; providers: string[]; asOf: string }
  /** The prompted model is priced at the cheapest provider listing it (names the baseProvider input). */
  | { kind: 'prompted-cheapest-at'; model: string; providerNames: string[]; alsoAt: string[] }
  | { kind: 'month-hours'; hoursPerMonth: string }
  | { kind: 'training-once'; horizonMonths: string }
  | { kind: 'training-every-cycle'; retrainEveryMonths: string }
  | { kind: 'training-cycle-over-horizon'; retrainEveryMonths: string; horizonMonths: string }
  /** The break-even's words for the default tokens per example (names the tokensPerExample input). */
  | { kind: 'tokens-per-training-example-assumed'; tokensPerExample: number }
  | { kind: 'remaining-life-spread' }
  | { kind: 'hours-up'; hoursPerDayUp: string }
  | { kind: 'training-set-counted'; examples: number; file: string | null }
  | { kind: 'crossings-repeat'; between: [string, string]; everyQueriesPerDay: string }
  | { kind: 'crossings-searched-up-to'; between: [string, string]; queriesPerDay: string }
  | { kind: 'cheapest-known-up-to'; queriesPerDay: string }
  /** Costs beyond compute are paid by every fine-tuned option, not by prompting the base model. */
  | { kind: 'extras-fine-tuned-only' }
  /** Data preparation and engineering: paid once for the decision, spread over the horizon (not at retrainings). */
  | { kind: 'extras-once-over-horizon'; horizonMonths: string }
  /** Evaluation and review: paid again at every training (null: trained once). */
  | { kind: 'extras-every-cycle'; retrainEveryMonths: string | null }
  /** Evaluation runs this many queries at each option's own per-query price. */
  | { kind: 'evaluation-at-own-price'; evalExamples: string }
  /**
   * Volumes count usable answers; the success rates given (null: 1); a failure is fixed by a person for
   * failureFixUsd, else asked again at the option's own price (retryAssumed: no failure cost was given).
   */
  | {
      kind: 'quality-adjusted';
      promptedSuccessRate: string | null;
      ftSuccessRate: string | null;
      failureFixUsd: string | null;
      retryAssumed: boolean;
    }
  /** A scenario's options with their own success rates (the others: 1). */
  | {
      kind: 'quality-per-option';
      rates: { id: string; successRate: string }[];
      failureFixUsd: string | null;
      retryAssumed: boolean;
    };

// The inputs a sensitivity analysis varies (src/engine/breakEven/sensitivity.ts; docs/sensitivity.md). A line
// comment, not a doc comment: the published JSON Schema (schema/breakeven.schema.json) describes this type as before.
export type SensitivityInput =
  | 'queries-per-day'
  | 'prompted-input-tokens'
  | 'ft-input-tokens'
  | 'output-tokens'
  | 'cached-share'
  | 'hosting-per-hour'
  | 'training-examples'
  | 'epochs'
  | 'horizon-months'
  | 'throughput'
  // Only when success rates were given: the rate ± 10 points.
  | 'prompted-success-rate'
  | 'ft-success-rate'
  // Only when costs beyond compute were given: each group scaled (data preparation and engineering ×0.5 – ×2;
  // evaluation and review per cycle, monitoring per month, a person's fix of a failed answer ×0.5 – ×1.5).
  | 'one-time-extras'
  | 'per-cycle-extras'
  | 'monitoring-per-month'
  | 'failure-cost';

/** A sensitivity input's name, and why an input is not varied (src/engine/breakEven/sensitivity.ts). */
export type SensitivityNote =
  | { kind: 'sensitivity-input'; input: SensitivityInput }
  /** A scenario's "tokens" rows scale a whole per-query price: this option's. */
  | { kind: 'per-query-price-of'; option: string }
  /** A scenario's success-rate rows vary each option's own rate: this option's. */
  | { kind: 'success-rate-of'; option: string }
  /** A success rate was given, but for neither option of the pair compared. */
  | { kind: 'no-success-rate-in-pair' }
  /** A cost beyond compute was given, but neither option of the pair compared pays it. */
  | { kind: 'no-extra-cost-in-pair' }
  | { kind: 'input-not-given' }
  | { kind: 'no-hourly-option' }
  | { kind: 'no-training-cost' }
  | { kind: 'no-capacity-limit' }
  | { kind: 'no-input-tokens' }
  | { kind: 'scenario-per-query-prices' };

export type Note =
  | TrainingNote
  | BudgetNote
  | RangeNote
  | OptionNote
  | ExclusionNote
  | SkipNote
  | EstimateSummaryNote
  | ComparisonNote
  | SensitivityNote
  | SelfHostedNote;

export type NoteKind = Note['kind'];

/** Turns a note into one audience's words (src/render/words: `wordNote` over a Wording). */
export type NoteWords = (note: Note) => string;

/** `estimate --self-hosted` (src/engine/training/selfHosted.ts): what its rows assume, and why a GPU has none. */
export type SelfHostedNote =
  /** The rows' plan: rented GPUs sized by the memory model, GPU-hours from the throughput tables. */
  | {
      kind: 'self-hosted-plan';
      method: string;
      precision: string;
      microBatch: number;
      gradientCheckpointing: boolean;
      /** null for full fine-tuning. */
      loraRank: number | null;
      /** The share of each GPU's memory a plan may fill (decimal string). */
      headroom: string;
      /** GPU time billed per job while not training (set-up, downloads, checkpoint upload), minutes per GPU. */
      jobOverheadMinutes: string;
      /** The overhead is ftcost's default, not the caller's. */
      jobOverheadAssumed: boolean;
    }
  /** Epochs were not given (auto): self-hosted trainers' own default is assumed. */
  | { kind: 'self-hosted-epochs-assumed'; epochs: number }
  /** The job does not fit on the largest node of this GPU the catalog rents. */
  | {
      kind: 'self-hosted-does-not-fit';
      model: string;
      gpuName: string;
      largestNode: number;
      /** What one GPU would need on that node, and what it may fill: GiB, decimal strings. */
      perGpuGiB: string;
      usableGiB: string;
    }
  /** It fits, but the throughput tables have no figure for this GPU, method, precision and size. */
  | {
      kind: 'self-hosted-no-throughput';
      model: string;
      gpuName: string;
      method: string;
      precision: string;
      parametersBillions: string;
    }
  /** An open-weight model with no architecture figures: its memory cannot be sized. */
  | { kind: 'self-hosted-no-architecture'; model: string };
