/**
 * The budget solver: with at most `maxCost` USD, what training fits on each offer? Either the most
 * epochs of a given training set (within the platform's epoch bounds), or the most examples of a
 * given size at a given number of epochs. Pure: (inputs, offers resolved for the date) → Budget.
 *
 * A job costs max(minimum charge, tokens × epochs × price per 1M / 1M), so with a per-epoch cost c
 * the most epochs are floor(maxCost / c) (capped at the platform's maximum) and with a per-example
 * cost c the most examples are floor(maxCost / c); an offer whose minimum charge is over the budget,
 * or whose first epoch (first example) already is, cannot fit at all. Offers billed per training
 * hour (RFT) and offers without a published price are listed as not solvable, with the reason.
 */
import type { BudgetNote, TrainingNote } from '../../domain/notes.js';
import type { ClosedProvider, TrainingOffers } from '../../domain/offers.js';
import { d, TOKENS_PER_MILLION, type Decimal } from '../../decimal.js';
import { UserError } from '../../errors.js';
import { assumedDataset, type TrainingDataset } from './dataset.js';
import { estimateFromOffers, type EstimateRow } from './estimate.js';

export interface EpochLimit {
  min: number;
  max: number;
  /** Where the bound was read; null when ftcost found none for the provider (then `verified` is false). */
  source: string | null;
  verified: boolean;
  note: string;
}

const OPENAI_EPOCHS_SOURCE =
  'https://github.com/openai/openai-python/blob/116db5953f2715bea7cadd37ef4ba98bd70e430a/' +
  'src/openai/types/fine_tuning/fine_tuning_job.py';

/**
 * The epochs a platform accepts. OpenAI: "If setting the number manually, we support any number
 * between 1 and 50 epochs" (the n_epochs field of the API, generated from OpenAI's OpenAPI spec, in
 * openai-python). Bedrock: Nova customization takes 1–5 epochs (the page the catalog's default
 * epochs cite). Elsewhere ftcost read no maximum and stops at 50, saying the bound is not verified.
 */
const EPOCH_LIMITS: Readonly<Record<string, EpochLimit>> = {
  openai: {
    min: 1,
    max: 50,
    source: OPENAI_EPOCHS_SOURCE,
    verified: true,
    note: 'OpenAI API n_epochs: any number between 1 and 50',
  },
  'azure-openai': {
    min: 1,
    max: 50,
    source: OPENAI_EPOCHS_SOURCE,
    verified: false,
    note:
      "OpenAI's 1–50, assumed for Azure OpenAI (which runs OpenAI's fine-tuning service); " +
      "Azure's own bound was not read",
  },
  'aws-bedrock': {
    min: 1,
    max: 5,
    source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/cm-hp-nova-mm.html',
    verified: true,
    note: 'Bedrock Nova customization: epochs 1–5 (documented for Nova, used for every Bedrock model)',
  },
};

/** The bound used where no platform bound was read. */
const DEFAULT_EPOCH_LIMIT: EpochLimit = {
  min: 1,
  max: 50,
  source: null,
  verified: false,
  note: 'no maximum read for this provider; ftcost stops at 50 epochs (verify on the platform)',
};

function epochLimitOf(provider: string): EpochLimit {
  return EPOCH_LIMITS[provider] ?? DEFAULT_EPOCH_LIMIT;
}

/** What to solve for: the most epochs of this training set, or the most examples of this size. */
export type BudgetQuestion =
  | { solveFor: 'epochs'; dataset: TrainingDataset }
  | { solveFor: 'examples'; tokensPerExample: number; epochs: number };

export interface BudgetInputs {
  maxCost: Decimal;
  question: BudgetQuestion;
  /** The date the offers were resolved for. */
  asOf: string;
  today: string;
  includeUnavailable?: boolean;
}

export interface BudgetRow {
  /** The offer as the estimate prices it (one epoch of the training set, or one example at the given epochs). */
  offer: EstimateRow;
  fits: boolean;
  /** Solving for epochs: the most that fit (null when none does). */
  maxEpochs?: number | null;
  /** Solving for examples: the most that fit (null when none does). */
  maxExamples?: number | null;
  /** The epochs and examples of the answer (null when nothing fits). */
  epochs: number | null;
  examples: number | null;
  trainingTokens: bigint | null;
  /** What the answer costs, minimum charge included (null when nothing fits). */
  trainingCost: Decimal | null;
  /** What one more epoch (or example) costs: the step of the answer. */
  unitCost: Decimal | null;
  minimumCharge: Decimal | null;
  epochLimit: EpochLimit;
  /** What stopped the answer: the budget, or the platform's epoch maximum. */
  limitedBy: 'budget' | 'epoch-limit' | null;
  /** Why nothing fits (a fact: src/render/words/ words it). */
  reason: BudgetNote | TrainingNote | null;
}

export interface Budget {
  catalog: { version: string; schemaVersion: number };
  asOf: string;
  today: string;
  staleAfterDays: number;
  maxCost: Decimal;
  question: BudgetQuestion;
  rows: BudgetRow[];
  hiddenUnavailable: number;
  closedToTeam: ClosedProvider[];
}

/** The per-job minimum charge in force on the row's offer. */
function minimumChargeOf(offers: TrainingOffers, r: EstimateRow): Decimal | null {
  const model = offers.models.find((m) => m.provider === r.provider && m.id === r.model);
  const offer = model?.offers.find((o) => o.method === r.method && o.tier === r.tier);
  return offer?.prices.minimumChargePerJob?.amount ?? null;
}

function notFitting(
  offer: EstimateRow,
  base: Omit<BudgetRow, 'offer' | 'fits' | 'reason'>,
  reason: BudgetNote | TrainingNote,
): BudgetRow {
  return { offer, ...base, fits: false, reason };
}

function solveRow(row: EstimateRow, inputs: BudgetInputs, offers: TrainingOffers): BudgetRow {
  const q = inputs.question;
  const epochLimit = epochLimitOf(row.provider);
  const minimumCharge = minimumChargeOf(offers, row);
  const empty = {
    ...(q.solveFor === 'epochs' ? { maxEpochs: null } : { maxExamples: null }),
    epochs: null,
    examples: null,
    trainingTokens: null,
    trainingCost: null,
    unitCost: null,
    minimumCharge,
    epochLimit,
    limitedBy: null,
  };
  if (row.billing === 'per-hour') return notFitting(row, empty, { kind: 'budget-billed-per-hour' });
  if (row.trainingPer1M === null) return notFitting(row, empty, row.missingPrice ?? { kind: 'no-training-price' });
  const price = row.trainingPer1M;
  // One epoch of the training set (solving for epochs), or one example at the given epochs (for examples).
  const perEpochTokens = row.tokens.billedTokens;
  const unitTokens = q.solveFor === 'epochs' ? perEpochTokens : perEpochTokens * BigInt(q.epochs);
  const unitCost = d(unitTokens).times(price).div(TOKENS_PER_MILLION);
  const withUnit = { ...empty, unitCost };
  if (minimumCharge?.gt(inputs.maxCost))
    return notFitting(row, withUnit, { kind: 'minimum-charge-over-budget', minimumUsd: minimumCharge.toFixed() });
  if (q.solveFor === 'examples' && (q.epochs < epochLimit.min || q.epochs > epochLimit.max))
    return notFitting(row, withUnit, {
      kind: 'epochs-outside-limit',
      epochs: q.epochs,
      min: epochLimit.min,
      max: epochLimit.max,
      limitNote: epochLimit.note,
    });
  const cap = (n: Decimal, max: number) => (unitCost.isZero() ? max : Math.min(max, n.floor().toNumber()));
  const most = cap(
    inputs.maxCost.div(unitCost.isZero() ? 1 : unitCost),
    q.solveFor === 'epochs' ? epochLimit.max : Number.MAX_SAFE_INTEGER,
  );
  if (most < 1)
    return notFitting(row, withUnit, {
      kind: 'unit-over-budget',
      unit: q.solveFor === 'epochs' ? 'epoch' : 'example',
      unitCostUsd: unitCost.toFixed(),
    });
  const units = BigInt(most);
  const tokensCost = unitCost.times(most);
  const trainingCost = minimumCharge && tokensCost.lt(minimumCharge) ? minimumCharge : tokensCost;
  const limitedBy =
    q.solveFor === 'epochs' && most === epochLimit.max && unitCost.times(most + 1).lte(inputs.maxCost)
      ? 'epoch-limit'
      : 'budget';
  return {
    offer: row,
    fits: true,
    ...(q.solveFor === 'epochs' ? { maxEpochs: most } : { maxExamples: most }),
    epochs: q.solveFor === 'epochs' ? most : q.epochs,
    examples: q.solveFor === 'epochs' ? q.dataset.examples : most,
    trainingTokens: unitTokens * units,
    trainingCost,
    unitCost,
    minimumCharge,
    epochLimit,
    limitedBy,
    reason: null,
  };
}

/** Ranked: what fits first, the most bought first, then the cheaper, then by name. */
function compareRows(a: BudgetRow, b: BudgetRow): number {
  if (a.fits !== b.fits) return a.fits ? -1 : 1;
  const bought = (r: BudgetRow) => r.maxEpochs ?? r.maxExamples ?? 0;
  if (bought(a) !== bought(b)) return bought(b) - bought(a);
  if (a.trainingCost && b.trainingCost) {
    const byCost = a.trainingCost.comparedTo(b.trainingCost);
    if (byCost !== 0) return byCost;
  }
  const key = (r: BudgetRow) => `${r.offer.provider}/${r.offer.model}/${r.offer.method}/${r.offer.tier ?? ''}`;
  return key(a).localeCompare(key(b));
}

export function solveBudget(inputs: BudgetInputs, offers: TrainingOffers): Budget {
  if (!inputs.maxCost.gt(0)) throw new UserError(`the budget must be a positive amount of USD, got ${inputs.maxCost}`);
  const q = inputs.question;
  if (q.solveFor === 'examples' && (!Number.isSafeInteger(q.epochs) || q.epochs < 1))
    throw new UserError(`epochs must be a whole number of at least 1 (got ${q.epochs})`);
  // Price one epoch of the training set, or one example at one epoch: the unit the answer multiplies.
  const estimate = estimateFromOffers(
    {
      dataset: q.solveFor === 'epochs' ? q.dataset : assumedDataset(1, q.tokensPerExample),
      epochs: 1,
      asOf: inputs.asOf,
      today: inputs.today,
      includeUnavailable: inputs.includeUnavailable,
    },
    offers,
  );
  const rows = estimate.rows.map((r) => solveRow(r, inputs, offers)).sort(compareRows);
  return {
    catalog: estimate.catalog,
    asOf: inputs.asOf,
    today: inputs.today,
    staleAfterDays: estimate.staleAfterDays,
    maxCost: inputs.maxCost,
    question: q,
    rows,
    hiddenUnavailable: estimate.hiddenUnavailable,
    closedToTeam: estimate.closedToTeam,
  };
}
