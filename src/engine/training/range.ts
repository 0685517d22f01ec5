/**
 * Error bars on the training cost: { low, expected, high } from named, documented sources of
 * uncertainty. Pure. The cost of a job never falls when tokens or epochs grow (tokens × epochs ×
 * price, topped up to a minimum, capped at a per-job cap: every step is monotone), so the band is
 * the cost with every uncertain input at its low bound and at its high bound, and each source's
 * contribution is the cost with that one input at its bounds and the others as expected.
 *
 * The sources and the bounds used (docs/ranges.md says the same, for people):
 * - tokens-per-example: a token count per example that nobody gave (the catalog's default, 500) is
 *   an assumption: it spans from half to one and a half times the assumed value (250–750 around 500).
 *   A number the user gives is their count and adds no width; the library can pass its own range.
 * - token-count: a file counted with a stand-in tokenizer (not the model's own, `exact: false`)
 *   spans ±10% of the count ("may differ by several percent"); an exact count adds no width.
 * - epochs: "auto" where the platform decides. OpenAI's n_epochs=auto is chosen by the service from
 *   the dataset size; ftcost prices the cookbook's rule and allows one epoch either side of it (at
 *   least 1). A default the provider does not publish (assumed) spans 1 epoch to twice the assumed
 *   value. A documented default and a requested number add no width.
 * - price-copy: a price read from a third party's copy of the provider's page. The copy states the
 *   provider's figure and no other figure is known, so it adds NO width; it is listed so a reader
 *   knows the figure was not read on the provider's page.
 * - price-conflict: figures from other sources recorded under the model's `rejected`, each with the
 *   reason it was not used. A decided conflict adds no width (the rejected figures are known to be
 *   wrong: another model's price, an old rate); it is listed with the count of figures.
 */
import type { Decimal } from '../../decimal.js';
import type { RangeNote } from '../../domain/notes.js';
import { assumedDataset, type EpochTokens, type TrainingDataset } from './dataset.js';
import type { ResolvedEpochs } from './epochs.js';

export type UncertaintyId = 'tokens-per-example' | 'token-count' | 'epochs' | 'price-copy' | 'price-conflict';

export interface MoneyRange {
  low: Decimal;
  expected: Decimal;
  high: Decimal;
}

/** One source's share of a row's band: the cost with that input alone at its low and high bound. */
export interface RangeContribution {
  source: UncertaintyId;
  low: Decimal;
  high: Decimal;
  /** The input's bounds, a fact ("250–750 tokens per example", "2–4 epochs" in words: src/render/words/). */
  bounds: RangeNote;
}

/** The training set at its low and high bound (the same examples, fewer or more tokens). */
export interface DatasetSpread {
  source: 'tokens-per-example' | 'token-count';
  low: TrainingDataset;
  high: TrainingDataset;
  /** The bounds, for the output (a fact: src/render/words/ words it). */
  bounds: RangeNote;
}

/** What the estimate's band is asked to include (the epochs and price sources are per row). */
export interface RangeSpec {
  dataset?: DatasetSpread;
}

/** The assumed tokens per example spans this fraction either side of the assumption. */
export const ASSUMED_TOKENS_SPREAD_PERCENT = 50;
/** A count made with a stand-in tokenizer spans this much either side of the count. */
const ESTIMATED_COUNT_SPREAD_PERCENT = 10;

/** 500 → { low: 250, high: 750 }: ±50%, the low bound rounded down and the high bound up (at least 1). */
export function assumedTokensBounds(tokensPerExample: number): { low: number; high: number } {
  const delta = (tokensPerExample * ASSUMED_TOKENS_SPREAD_PERCENT) / 100;
  return { low: Math.max(1, Math.floor(tokensPerExample - delta)), high: Math.ceil(tokensPerExample + delta) };
}

/**
 * examples × tokens per example at the low and high bound of the tokens; `why` the bounds are these:
 * the default count assumed (said as such, or as "none given"), or a range the caller gave.
 */
export function tokensPerExampleSpread(
  examples: number,
  bounds: { low: number; high: number },
  why: 'assumed' | 'not-given' | 'given',
): DatasetSpread {
  return {
    source: 'tokens-per-example',
    low: assumedDataset(examples, bounds.low),
    high: assumedDataset(examples, bounds.high),
    bounds: { kind: 'tokens-per-example-bounds', low: bounds.low, high: bounds.high, why },
  };
}

function scaleTokens(tokens: EpochTokens, percent: number): EpochTokens {
  if (tokens.exact) return tokens;
  // Whole tokens: the low bound rounds down, the high bound up, so the band always contains the count.
  const scaled = tokens.billedTokens * BigInt(100 + percent);
  const billed = percent < 0 ? scaled / 100n : (scaled + 99n) / 100n;
  return { ...tokens, billedTokens: billed };
}

function scaledDataset(base: TrainingDataset, percent: number): TrainingDataset {
  const validation = base.validationTokens;
  return {
    kind: base.kind,
    examples: base.examples,
    epochTokens: (encoding, cap) => scaleTokens(base.epochTokens(encoding, cap), percent),
    validationTokens: validation ? (encoding, cap) => scaleTokens(validation(encoding, cap), percent) : undefined,
  };
}

/** A counted file: exact counts stay as they are, stand-in counts span ±10%. */
export function countedSpread(dataset: TrainingDataset): DatasetSpread {
  const p = ESTIMATED_COUNT_SPREAD_PERCENT;
  return {
    source: 'token-count',
    low: scaledDataset(dataset, -p),
    high: scaledDataset(dataset, p),
    bounds: { kind: 'token-count-bounds', percent: p },
  };
}

/** The epochs the platform may run instead of the resolved number (equal bounds: no uncertainty). */
function epochBounds(e: ResolvedEpochs): { low: number; high: number } {
  switch (e.basis) {
    case 'openai-auto':
      return { low: Math.max(1, e.epochs - 1), high: e.epochs + 1 };
    case 'assumed':
      return { low: 1, high: e.epochs * 2 };
    default:
      return { low: e.epochs, high: e.epochs };
  }
}

/** What a row's band needs: its cost under other inputs, and what the row says about its price. */
export interface RowRangeInputs {
  expected: Decimal;
  epochs: ResolvedEpochs;
  /** The cost with this dataset and this number of epochs (everything else as the row). */
  costWith(dataset: TrainingDataset | undefined, epochs: number | undefined): Decimal;
  sourceKind: 'official' | 'copy';
  /** Figures of other sources recorded and rejected for the row's model. */
  rejectedFigures: number;
}

/** The band of one row, and every source's contribution to it. */
export function rowRange(
  spec: RangeSpec,
  row: RowRangeInputs,
): { range: MoneyRange; contributions: RangeContribution[] } {
  const contributions: RangeContribution[] = [];
  const eb = epochBounds(row.epochs);
  const ds = spec.dataset;
  // An exact count has nothing to spread: a file's token-count source is listed only where it widens.
  const dsLow = ds ? row.costWith(ds.low, undefined) : undefined;
  const dsHigh = ds ? row.costWith(ds.high, undefined) : undefined;
  if (ds && dsLow && dsHigh && !(ds.source === 'token-count' && dsLow.eq(dsHigh))) {
    contributions.push({
      source: ds.source,
      low: dsLow,
      high: dsHigh,
      bounds: ds.bounds,
    });
  }
  if (row.epochs.basis === 'openai-auto' || row.epochs.basis === 'assumed') {
    contributions.push({
      source: 'epochs',
      low: row.costWith(undefined, eb.low),
      high: row.costWith(undefined, eb.high),
      bounds: { kind: 'epochs-bounds', low: eb.low, high: eb.high, basis: row.epochs.basis },
    });
  }
  if (row.sourceKind === 'copy')
    contributions.push({
      source: 'price-copy',
      low: row.expected,
      high: row.expected,
      bounds: { kind: 'price-copy-bounds' },
    });
  if (row.rejectedFigures > 0)
    contributions.push({
      source: 'price-conflict',
      low: row.expected,
      high: row.expected,
      bounds: { kind: 'price-conflict-bounds', figures: row.rejectedFigures },
    });
  const widened = ds !== undefined || eb.low !== eb.high;
  const low = widened ? row.costWith(ds?.low, eb.low) : row.expected;
  const high = widened ? row.costWith(ds?.high, eb.high) : row.expected;
  return {
    range: { low: min(low, row.expected), expected: row.expected, high: max(high, row.expected) },
    contributions,
  };
}

function min(a: Decimal, b: Decimal): Decimal {
  return a.lt(b) ? a : b;
}
function max(a: Decimal, b: Decimal): Decimal {
  return a.gt(b) ? a : b;
}
