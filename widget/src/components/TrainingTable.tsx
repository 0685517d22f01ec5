/** The training-cost table: one row per offer, from the engine's EstimateResult (no money computed here). */
import type { EstimateResult, EstimateRowJson } from '../../../src/result/estimate.js';
import { formatCount, formatRate, formatUsd } from '../../../src/format/money.js';

function epochsLabel(r: EstimateRowJson): string {
  const mark = { requested: '', 'openai-auto': ' (auto)', 'provider-default': ' (default)', assumed: ' (assumed)' }[r.epochsBasis] ?? '';
  return `${r.epochs}${mark}`;
}

function notes(r: EstimateRowJson): string {
  const out: string[] = [];
  if (r.stale) out.push(`price ${r.priceAgeDays} days old`);
  if (r.availability && r.availability.status !== 'available') out.push(r.availability.shutdownOn ? `${r.availability.status}, ends ${r.availability.shutdownOn}` : r.availability.status);
  if (r.truncatedExamples > 0) out.push('truncated');
  if (r.charges.some((c) => c.name === 'minimum charge top-up')) out.push('minimum charge');
  if (r.missingPrice) out.push(r.missingPrice);
  return out.join('; ');
}

export function TrainingTable({ result }: { result: EstimateResult }) {
  if (result.rows.length === 0) return <p class="empty">No offer matches these models and providers.</p>;
  return (
    <div class="scroll" role="region" aria-label="Training cost per offer" tabIndex={0}>
      <table class="training">
        <thead>
          <tr>
            <th scope="col">Provider</th>
            <th scope="col">Model</th>
            <th scope="col">Method</th>
            <th scope="col" class="num">Epochs</th>
            <th scope="col" class="num">Training tokens</th>
            <th scope="col" class="num">Per 1M</th>
            <th scope="col" class="num">Training cost</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((r) => (
            <tr key={`${r.provider}/${r.model}/${r.method}/${r.tier ?? ''}`} data-provider={r.provider} data-model={r.model} data-method={r.method}>
              <td>{r.providerName}</td>
              <td>
                <a href={r.source} target="_blank" rel="noopener noreferrer" title={`Price source, checked ${r.asOf}`}>{r.modelName ?? r.model}</a>
              </td>
              <td>{r.tier ? `${r.method} (${r.tier})` : r.method}</td>
              <td class="num">{epochsLabel(r)}</td>
              <td class="num">{formatCount(r.trainingTokens)}</td>
              <td class="num">{r.trainingPer1M === null ? 'n/a' : formatRate(r.trainingPer1M)}</td>
              <td class="num cost" data-cost={r.trainingCost ?? ''}>{r.trainingCost === null ? 'n/a' : formatUsd(r.trainingCost)}</td>
              <td class="notes">{notes(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
