/**
 * Engine output → the published, versioned JSON contract of `ftcost budget --format json` and of the
 * library's `budget()`. Amounts are unrounded decimal strings; token counts integer strings.
 */
import { type ClosedProviderJson, closedProvidersJson } from './availability.js';
import type { Method, SourceKind } from '../domain/vocabulary.js';
import type { Note, NoteWords } from '../domain/notes.js';
import type { DatasetSummaryJson } from '../dataset/report.js';
import type { Budget, BudgetRow, EpochLimit } from '../engine/training/budget.js';
import type { TrainingBilling } from '../engine/training/estimate.js';
import { toDecimalString } from '../decimal.js';
import { availabilityJson, type AvailabilityJson } from './availability.js';
import { type WithFacts, withFacts } from './facts.js';
import { BUDGET_SCHEMA_URL } from './schemaIds.js';

export const BUDGET_SCHEMA_VERSION = 1;

export interface BudgetRowJson {
  provider: string;
  providerName: string;
  model: string;
  modelName: string | null;
  method: Method;
  tier: string | null;
  billing: TrainingBilling;
  /** Something fits within the budget on this offer. */
  fits: boolean;
  /** Solving for epochs: the most epochs that fit (null when none does). */
  maxEpochs?: number | null;
  /** Solving for examples: the most examples that fit (null when none does). */
  maxExamples?: number | null;
  /** The job of the answer: its epochs, examples, tokens and cost (null when nothing fits). */
  epochs: number | null;
  examples: number | null;
  trainingTokens: string | null;
  trainingCost: string | null;
  /** What one epoch (solving for epochs) or one example (solving for examples) costs. */
  unitCost: string | null;
  unit: 'epoch' | 'example';
  trainingPer1M: string | null;
  minimumCharge: string | null;
  /** The epochs the platform accepts, and where that was read. */
  epochLimit: EpochLimit;
  /** What stopped the answer: the budget, or the platform's maximum epochs. */
  limitedBy: 'budget' | 'epoch-limit' | null;
  /** Why nothing fits. */
  reason: string | null;
  truncatedExamples: number;
  currency: 'USD';
  source: string;
  sourceKind: SourceKind;
  original: string | null;
  asOf: string;
  stale: boolean;
  priceAgeDays: number;
  availability: AvailabilityJson | null;
  /** false: the provider says the offer is not for production (no SLA; Azure's Developer tier). */
  production: boolean;
}

export interface BudgetResult {
  /** This output's JSON Schema (schema/budget.schema.json of the package). */
  $schema: typeof BUDGET_SCHEMA_URL;
  schemaVersion: typeof BUDGET_SCHEMA_VERSION;
  kind: 'budget';
  catalog: { version: string; schemaVersion: number };
  asOf: string;
  today: string;
  staleAfterDays: number;
  maxCost: string;
  currency: 'USD';
  solveFor: 'epochs' | 'examples';
  dataset: {
    kind: 'assumed' | 'counted';
    /** Solving for epochs: the training set's examples; solving for examples: null. */
    examples: number | null;
    tokensPerExample: number | null;
    tokensPerExampleAssumed: boolean;
    /** Solving for examples: the epochs given; solving for epochs: null. */
    epochs: number | null;
    counted: DatasetSummaryJson | null;
  };
  assumptions: string[];
  rows: BudgetRowJson[];
  hiddenUnavailable: number;
  /** Providers with offers closed to this team on the as-of date (new customers by default). */
  closedToTeam: ClosedProviderJson[];
}

/** The facts behind every worded field of a BudgetResult (src/domain/notes.ts): its assumptions, each row's reason. */
export interface BudgetFacts {
  assumptions: Note[];
  rows: { reason: Note | null }[];
}

/** A BudgetResult as the library returns it, with its facts (not part of the JSON: src/result/facts.ts). */
export type BudgetResultWithFacts = WithFacts<BudgetResult, BudgetFacts>;

export interface BudgetResultContext {
  counted?: DatasetSummaryJson;
  tokensPerExample?: number;
  tokensPerExampleAssumed?: boolean;
  /** The caller's own assumptions, first. */
  assumptions?: Note[];
  /** The audience's words for the facts (src/render/words: noteWords(wording)). */
  words: NoteWords;
}

/** (Re)writes every worded field of a result from its facts, in one audience's words (as wordEstimate). */
export function wordBudget(result: BudgetResult, facts: BudgetFacts, words: NoteWords): void {
  result.assumptions = facts.assumptions.map(words);
  result.rows.forEach((row, i) => {
    const reason = facts.rows[i]!.reason;
    row.reason = reason ? words(reason) : null;
  });
}

function opt(v: { toFixed(): string } | null | undefined): string | null {
  return v === null || v === undefined ? null : v.toFixed();
}

function rowJson(r: BudgetRow, unit: 'epoch' | 'example'): BudgetRowJson {
  const o = r.offer;
  return {
    provider: o.provider,
    providerName: o.providerName,
    model: o.model,
    modelName: o.modelName ?? null,
    method: o.method,
    tier: o.tier ?? null,
    billing: o.billing,
    fits: r.fits,
    ...(unit === 'epoch' ? { maxEpochs: r.maxEpochs ?? null } : { maxExamples: r.maxExamples ?? null }),
    epochs: r.epochs,
    examples: r.examples,
    trainingTokens: r.trainingTokens === null ? null : r.trainingTokens.toString(),
    trainingCost: r.trainingCost ? toDecimalString(r.trainingCost) : null,
    unitCost: r.unitCost ? toDecimalString(r.unitCost) : null,
    unit,
    trainingPer1M: opt(o.trainingPer1M),
    minimumCharge: opt(r.minimumCharge),
    epochLimit: r.epochLimit,
    limitedBy: r.limitedBy,
    reason: null, // worded from the facts
    truncatedExamples: o.tokens.truncatedExamples,
    currency: 'USD',
    source: o.source,
    sourceKind: o.sourceKind,
    original: o.original ?? null,
    asOf: o.asOf,
    stale: o.stale,
    priceAgeDays: o.ageDays,
    availability: availabilityJson(o.availability),
    production: o.production,
  };
}

export function toBudgetResult(b: Budget, ctx: BudgetResultContext): BudgetResultWithFacts {
  const q = b.question;
  const unit = q.solveFor === 'epochs' ? 'epoch' : 'example';
  const assumptions: Note[] = [...(ctx.assumptions ?? [])];
  if (ctx.tokensPerExampleAssumed && ctx.tokensPerExample !== undefined)
    assumptions.push({ kind: 'tokens-per-example-assumed', tokensPerExample: ctx.tokensPerExample });
  const unverified = new Set(b.rows.filter((r) => !r.epochLimit.verified).map((r) => r.offer.providerName));
  if (q.solveFor === 'epochs' && unverified.size > 0)
    assumptions.push({ kind: 'epoch-maximum-unverified', providerNames: [...unverified] });
  const facts: BudgetFacts = { assumptions, rows: b.rows.map((r) => ({ reason: r.reason })) };
  const result: BudgetResult = {
    $schema: BUDGET_SCHEMA_URL,
    schemaVersion: BUDGET_SCHEMA_VERSION,
    kind: 'budget',
    catalog: b.catalog,
    asOf: b.asOf,
    today: b.today,
    staleAfterDays: b.staleAfterDays,
    maxCost: toDecimalString(b.maxCost),
    currency: 'USD',
    solveFor: q.solveFor,
    dataset: {
      kind: q.solveFor === 'epochs' ? q.dataset.kind : 'assumed',
      examples: q.solveFor === 'epochs' ? q.dataset.examples : null,
      tokensPerExample: q.solveFor === 'examples' ? q.tokensPerExample : (ctx.tokensPerExample ?? null),
      tokensPerExampleAssumed: ctx.tokensPerExampleAssumed ?? false,
      epochs: q.solveFor === 'examples' ? q.epochs : null,
      counted: ctx.counted ?? null,
    },
    assumptions: [], // worded from the facts
    rows: b.rows.map((r) => rowJson(r, unit)),
    hiddenUnavailable: b.hiddenUnavailable,
    closedToTeam: closedProvidersJson(b.closedToTeam),
  };
  wordBudget(result, facts, ctx.words);
  return withFacts(result, facts);
}
