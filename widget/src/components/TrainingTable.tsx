/**
 * The training-cost table: one row per offer, from the library's EstimateResult (its notes in the
 * widget's words: widget/src/compute.ts), labelled as the CLI's table is (src/render/labels.ts).
 */
import type { EstimateResult } from '../../../src/result/estimate.js';
import { formatCount, formatRate, formatUsd } from '../../../src/format/money.js';
import { epochsLabel, estimateRowNotes, methodLabel } from '../../../src/render/labels.js';

export function TrainingTable({ result }: { result: EstimateResult }) {
  if (result.rows.length === 0) return <p class="empty">No offer matches these models and providers.</p>;
  return (
    <div class="scroll" role="region" aria-label="Training cost per offer" tabIndex={0}>
      <table class="training cards">
        <thead>
          <tr>
            <th scope="col">Provider</th>
            <th scope="col">Model</th>
            <th scope="col" class="num">
              Training cost
            </th>
            <th scope="col">Method</th>
            <th scope="col" class="num">
              Epochs
            </th>
            <th scope="col" class="num">
              Training tokens
            </th>
            <th scope="col" class="num">
              Per 1M
            </th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((r) => (
            <tr
              key={`${r.provider}/${r.model}/${r.method}/${r.tier ?? ''}`}
              data-provider={r.provider}
              data-model={r.model}
              data-method={r.method}
            >
              <td class="provider">{r.providerName}</td>
              <td class="model">
                <a href={r.source} target="_blank" rel="noopener noreferrer" title={`Price source, checked ${r.asOf}`}>
                  {r.modelName ?? r.model}
                </a>
              </td>
              <td class="num cost" data-label="Training cost" data-cost={r.trainingCost ?? ''}>
                {r.trainingCost === null ? 'n/a' : formatUsd(r.trainingCost)}
                {r.trainingCostRange && r.trainingCostRange.low !== r.trainingCostRange.high ? (
                  <span class="hint range">
                    {' '}
                    ({formatUsd(r.trainingCostRange.low)} – {formatUsd(r.trainingCostRange.high)})
                  </span>
                ) : null}
              </td>
              <td data-label="Method">{methodLabel(r)}</td>
              <td class="num" data-label="Epochs">
                {epochsLabel(r)}
              </td>
              <td class="num" data-label="Training tokens">
                {formatCount(r.trainingTokens)}
              </td>
              <td class="num" data-label="Per 1M">
                {r.trainingPer1M === null ? 'n/a' : formatRate(r.trainingPer1M)}
              </td>
              <td class="notes">
                <RowNotes notes={estimateRowNotes(r)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A row's notes as a marker that opens on demand: in a docs column a Notes column of full sentences squeezed the
 * table (one row 214 px tall) and pushed the price behind a horizontal scroll.
 */
function RowNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <details>
      <summary>{notes.length === 1 ? '1 note' : `${notes.length} notes`}</summary>
      {notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
    </details>
  );
}
