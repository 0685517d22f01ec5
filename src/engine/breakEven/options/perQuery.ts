/**
 * USD per query from per-1M token rates, exactly: cached prompt tokens and the batch share at their own rates where the
 * catalog has them (the standard rate otherwise, and said so).
 */
import { d, type Decimal, TOKENS_PER_MILLION, ZERO } from '../../../decimal.js';
import type { OptionNote, PricedAt } from '../../../domain/notes.js';

const perMillion = (price: Decimal, tokens: number) => price.times(tokens).div(TOKENS_PER_MILLION);

/** Per-1M token rates of one way of calling a model (standard, cached prompt, batch). */
export interface TokenRates {
  input: Decimal;
  cachedInput?: Decimal;
  batchInput?: Decimal;
  batchOutput?: Decimal;
  output: Decimal;
}

export interface QueryTokens {
  input: number;
  /** Of `input`, served from the prompt cache. */
  cached: number;
  output: number;
}

/**
 * USD per query, exactly: uncached prompt tokens at the input rate, cached ones at the cached-input
 * rate, output at the output rate; the batch share of queries at the batch rates (cached tokens stay
 * at the cached rate). Where the catalog has no cached or batch rate, the standard rate is used and
 * a note says so: never a guessed discount. `pricedAt` names whose price it is, in those notes.
 */
export function perQueryCost(
  rates: TokenRates,
  tokens: QueryTokens,
  batchShare: Decimal,
  pricedAt: PricedAt,
): { perQuery: Decimal; notes: OptionNote[] } {
  const notes: OptionNote[] = [];
  const uncached = tokens.input - tokens.cached;
  let cachedRate = rates.cachedInput;
  if (tokens.cached > 0 && !cachedRate) {
    notes.push({ kind: 'no-cached-rate', pricedAt, cachedTokens: tokens.cached });
    cachedRate = rates.input;
  }
  const cachedCost = cachedRate ? perMillion(cachedRate, tokens.cached) : ZERO;
  const standard = perMillion(rates.input, uncached).plus(cachedCost).plus(perMillion(rates.output, tokens.output));
  if (batchShare.isZero()) return { perQuery: standard, notes };
  let batch = standard;
  if (rates.batchInput && rates.batchOutput) {
    batch = perMillion(rates.batchInput, uncached).plus(cachedCost).plus(perMillion(rates.batchOutput, tokens.output));
  } else {
    notes.push({ kind: 'no-batch-rate', pricedAt });
  }
  return { perQuery: standard.times(ONE.minus(batchShare)).plus(batch.times(batchShare)), notes };
}

export const ONE = d(1);
