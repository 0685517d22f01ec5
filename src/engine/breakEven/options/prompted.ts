/**
 * The prompted base model: per-query cost at base prices, at the cheapest provider listing them (or the one asked for).
 */
import type { ComparisonNote } from '../../../domain/notes.js';
import type { PromptedCandidate } from '../../../domain/offers.js';
import { ZERO } from '../../../decimal.js';
import type { CostOption } from '../costCurve.js';
import { promptedDecision } from './decision.js';
import type { CatalogOptionsInputs } from './inputs.js';
import { type TokenRates, perQueryCost } from './perQuery.js';

/**
 * The prompted base model: per-query cost at base prices, at the cheapest provider listing them (or the
 * one asked for).
 */
export function promptedOption(
  inputs: CatalogOptionsInputs,
  candidates: readonly PromptedCandidate[],
): { option: CostOption; note?: ComparisonNote } {
  const priced = candidates.map((candidate) => {
    const { baseInputPer1M: input, baseOutputPer1M: output } = candidate.prices;
    const rates: TokenRates = {
      input: input.amount,
      output: output.amount,
      cachedInput: candidate.prices.baseCachedInputPer1M?.amount,
      batchInput: candidate.prices.baseBatchInputPer1M?.amount,
      batchOutput: candidate.prices.baseBatchOutputPer1M?.amount,
    };
    const tokens = {
      input: inputs.baseInputTokens,
      cached: inputs.baseCachedInputTokens ?? 0,
      output: inputs.baseOutputTokens,
    };
    const pricedAt = { role: 'prompted', model: candidate.model, providerName: candidate.providerName } as const;
    const cost = perQueryCost(rates, tokens, inputs.batchShare ?? ZERO, pricedAt);
    return { candidate, input, output, rates, perQuery: cost.perQuery, costNotes: cost.notes };
  });
  priced.sort((a, b) => a.perQuery.comparedTo(b.perQuery) || a.candidate.provider.localeCompare(b.candidate.provider));
  const best = priced[0]!;
  const same = priced.filter((p) => p.perQuery.eq(best.perQuery)).map((p) => p.candidate.providerName);
  const life = promptedDecision(best.candidate, inputs);
  const option: CostOption = {
    ...life.decision,
    id: `prompted/${inputs.baseModel}`,
    name: `${best.candidate.modelName ?? best.candidate.model} prompted (${same.join(', ')})`,
    kind: 'prompted',
    perQuery: best.perQuery,
    provider: best.candidate.provider,
    model: best.candidate.model,
    sources: [
      {
        what: `base input ${best.input.amount.toFixed()}/1M`,
        source: best.input.entry.source,
        asOf: best.input.entry.asOf,
      },
      {
        what: `base output ${best.output.amount.toFixed()}/1M`,
        source: best.output.entry.source,
        asOf: best.output.entry.asOf,
      },
    ],
    notes: [
      {
        kind: 'prompted-tokens',
        inputTokens: inputs.baseInputTokens,
        cachedInputTokens: inputs.baseCachedInputTokens ?? 0,
        cachedRatePer1M: (best.rates.cachedInput ?? best.input.amount).toFixed(),
        outputTokens: inputs.baseOutputTokens,
      },
      ...best.costNotes,
      ...life.notes,
    ],
  };
  const dearer = priced.filter((p) => !p.perQuery.eq(best.perQuery));
  const note: ComparisonNote | undefined = dearer.length
    ? {
        kind: 'prompted-cheapest-at',
        model: inputs.baseModel,
        providerNames: same,
        alsoAt: [...new Set(dearer.map((p) => p.candidate.providerName))],
      }
    : undefined;
  return { option, note };
}
