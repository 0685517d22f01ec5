/**
 * A provider's fine-tune served per token or on an hourly deployment, with what the catalog says about the offer.
 */
import type { Note, SkipNote } from '../../../domain/notes.js';
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
): CostOption | { skip: SkipNote } {
  const { inputPer1M, outputPer1M, hostingPerHour, storagePerMonth } = row.running;
  const notes: Note[] = [];
  if (storagePerMonth) notes.push({ kind: 'storage-fee', perMonthUsd: storagePerMonth.toFixed() });
  if (!hostingPerHour && (!inputPer1M || !outputPer1M)) return { skip: { kind: 'no-per-token-serving-price' } };
  if (hostingPerHour && (!inputPer1M || !outputPer1M)) notes.push({ kind: 'tokens-in-hourly-price' });
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
    { role: 'fine-tuned', model: row.model, providerName: row.providerName, tier: row.tier },
  );
  const perQuery = cost.perQuery;
  notes.push(...cost.notes);
  if (hostingPerHour) notes.push({ kind: 'one-deployment' });
  notes.push(...row.warnings);
  return {
    id: offerId(row),
    name:
      `${row.providerName}${row.tier ? ` ${row.tier}` : ''}${row.method === 'sft' ? '' : ` ${row.method}`}: ` +
      `fine-tuned ${row.model}`,
    kind: hostingPerHour ? 'hosted-hourly' : 'hosted-per-token',
    perQuery,
    hourly: hostingPerHour,
    hoursPerDay: hostingPerHour ? hoursUp : undefined,
    monthly: storagePerMonth,
    storagePerMonth,
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
export function offerNotes(model: ModelOnDate, row: EstimateRow): Note[] {
  const offer = model.offers.find((o) => o.method === row.method && o.tier === row.tier);
  if (!offer) return [];
  const entryNote = (offer.prices.inputPer1M ?? offer.prices.trainingPer1M)?.entry.note;
  const texts = [...new Set([...(entryNote ? [entryNote] : []), ...offer.notes])];
  return texts.map((text) => ({ kind: 'catalog-note', text }));
}
