/**
 * The answer a person reads first, above any table: the cheapest offer this team can buy (and of each other
 * family). One module, so the CLI's table and the widget's headline say it in the same words.
 */
import type { EstimateResult, EstimateRowJson } from '../result/estimate.js';
import { formatUsd } from '../format/money.js';
import { methodLabel } from './labels.js';
import { shortProviderName } from './terminal.js';

/** The open-weight / closed-model split of the answer: which family an offer row is in. */
export interface EstimateFamilies {
  /** "provider/model" of every open-weight model (src/render/terminal.ts openWeightModels). */
  openWeight: ReadonlySet<string>;
}

function familyOf(r: { provider: string; model: string }, families: EstimateFamilies | undefined): string | null {
  if (!families) return null;
  return families.openWeight.has(`${r.provider}/${r.model}`) ? 'open-weight' : 'closed model';
}

/** A row can be bought today: it has a training cost, and the team can start a job on the date. */
function buyable(r: Pick<EstimateRowJson, 'trainingCost' | 'availability'>): boolean {
  return r.trainingCost !== null && r.availability?.trainable !== false;
}

const EPOCHS_BASIS: Record<string, string> = {
  'openai-auto': "OpenAI's auto rule",
  'provider-default': "the provider's default",
  assumed: 'assumed: the default is not published',
};

/** "gpt-oss-20b, sft-lora on Tinker, 1 epoch (the provider's default), not for production". */
function offerPhrase(r: EstimateRowJson, family: string | null): string {
  const epochs =
    r.billing === 'per-hour'
      ? `, ${r.trainingHours} h`
      : r.epochsBasis === 'requested'
        ? ''
        : `, ${r.epochs} epoch${r.epochs === 1 ? '' : 's'} (${EPOCHS_BASIS[r.epochsBasis] ?? r.epochsBasis})`;
  const model = `${r.modelName ?? r.model}${family ? ` (${family})` : ''}`;
  const production = r.production ? '' : ', not for production';
  return `${model}, ${methodLabel(r)} on ${shortProviderName(r.providerName)}${epochs}${production}`;
}

/** The answer, above the table: the cheapest offer this team can buy, and the cheapest of each other family. */
export function estimateAnswer(res: EstimateResult, families: EstimateFamilies | undefined): string[] {
  const rows = res.rows.filter(buyable);
  const first = rows[0];
  if (!first) {
    if (res.rows.length === 0)
      return [
        res.notKnownBefore.length > 0
          ? `No offer has a known price on ${res.asOf}.`
          : 'No offer matches these filters.',
      ];
    return [`No offer here can be bought on ${res.asOf} at a known price (the notes below say why).`];
  }
  const lines = [
    `Cheapest you can buy: ${formatUsd(first.trainingCost!)} — ${offerPhrase(first, familyOf(first, families))}`,
  ];
  const seen = new Set([familyOf(first, families)]);
  for (const r of rows) {
    const family = familyOf(r, families);
    if (family === null || seen.has(family)) continue;
    seen.add(family);
    lines.push(`Cheapest ${family}: ${formatUsd(r.trainingCost!)} — ${offerPhrase(r, null)}`);
  }
  // One family only: naming it says nothing.
  if (lines.length === 1)
    lines[0] = `Cheapest you can buy: ${formatUsd(first.trainingCost!)} — ${offerPhrase(first, null)}`;
  return lines;
}
