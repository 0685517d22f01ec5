/**
 * A provider's fine-tune served per token or on an hourly deployment, with what the catalog says about the offer.
 */
import type { ModelOnDate } from '../../../domain/offers.js';
import { type Decimal, ZERO } from '../../../decimal.js';
import type { CostOption } from '../costCurve.js';
import type { EstimateRow } from '../../training/estimate.js';
import type { CatalogOptionsInputs } from './inputs.js';
import { perQueryCost } from './perQuery.js';

export function offerId(row: EstimateRow): string {
  return [row.provider, row.tier, row.method === 'sft' ? undefined : row.method].filter(Boolean).join('/');
}

export function hostedOption(
  row: EstimateRow,
  inputs: CatalogOptionsInputs,
  hoursUp: Decimal,
): CostOption | { skip: string } {
  const { inputPer1M, outputPer1M, hostingPerHour, storagePerMonth } = row.running;
  const notes: string[] = [];
  if (storagePerMonth)
    notes.push(`storing the fine-tuned model costs ${storagePerMonth.toFixed()} USD a month, used or not`);
  if (!hostingPerHour && (!inputPer1M || !outputPer1M))
    return {
      skip: 'the catalog has no per-token price for serving the fine-tuned model here (a dedicated endpoint may apply)',
    };
  if (hostingPerHour && (!inputPer1M || !outputPer1M))
    notes.push('no per-token price listed: tokens are taken as included in the hourly price');
  const cost = perQueryCost(
    {
      input: inputPer1M ?? ZERO,
      output: outputPer1M ?? ZERO,
      cachedInput: row.running.cachedInputPer1M,
      batchInput: row.running.batchInputPer1M,
      batchOutput: row.running.batchOutputPer1M,
    },
    { input: inputs.inputTokens, cached: inputs.cachedInputTokens ?? 0, output: inputs.outputTokens },
    inputs.batchShare ?? ZERO,
    `fine-tuned ${row.model} at ${row.providerName}${row.tier ? ` ${row.tier}` : ''}`,
  );
  const perQuery = cost.perQuery;
  notes.push(...cost.notes);
  if (hostingPerHour)
    notes.push('one deployment: its capacity is not published, so no replicas are added at high volume');
  notes.push(...row.warnings);
  return {
    id: offerId(row),
    name: `${row.providerName}${row.tier ? ` ${row.tier}` : ''}${row.method === 'sft' ? '' : ` ${row.method}`}: fine-tuned ${row.model}`,
    kind: hostingPerHour ? 'hosted-hourly' : 'hosted-per-token',
    perQuery,
    hourly: hostingPerHour,
    hoursPerDay: hostingPerHour ? hoursUp : undefined,
    monthly: storagePerMonth,
    oneTime: row.trainingCost!,
    provider: row.provider,
    model: row.model,
    method: row.method,
    tier: row.tier,
    sources: [{ what: 'training and running prices', source: row.source, asOf: row.asOf }],
    notes,
  };
}

/**
 * What the catalog says about the offer itself (Azure's Developer tier: spot capacity, no SLA, the
 * deployment removed after 24 hours): a person choosing the cheapest option must see it.
 */
export function offerNotes(model: ModelOnDate, row: EstimateRow): string[] {
  const offer = model.offers.find((o) => o.method === row.method && o.tier === row.tier);
  if (!offer) return [];
  const entryNote = (offer.prices.inputPer1M ?? offer.prices.trainingPer1M)?.entry.note;
  return [...new Set([...(entryNote ? [entryNote] : []), ...offer.notes])];
}
