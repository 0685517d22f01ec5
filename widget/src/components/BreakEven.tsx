/**
 * The monthly cost per option at the volume, the break-even volumes, the regimes and the chart (all from the library's
 * BreakEvenResult, its notes in the widget's words: widget/src/breakEven.ts). The verdict is at the top of the
 * widget, with the training answer (Answer.tsx).
 */
import type { Outcome } from '../compute.js';
import type { BreakEvenResult } from '../../../src/result/breakEven.js';
import { formatCount, formatQueriesPerDay as volume, formatUsd } from '../../../src/format/money.js';
import { paybackLabel } from '../../../src/render/breakeven.js';
import { tornadoSvg } from '../../../src/render/tornado.js';
import { Chart } from './Chart.js';

/** "At any volume: ", "Above 1,200 queries/day: ", "Up to 1,200 queries/day: ", "1,200 to 5,000 queries/day: ". */
function regimeRange(r: BreakEvenResult['regimes'][number]): string {
  const from = r.fromQueriesPerDay;
  if (r.toQueriesPerDay === null) return from === '0' ? 'At any volume: ' : `Above ${volume(from)} queries/day: `;
  return `${from === '0' ? 'Up to' : `${volume(from)} to`} ${volume(r.toQueriesPerDay)} queries/day: `;
}

export function BreakEvenResults({ outcome, idPrefix }: { outcome: Outcome<BreakEvenResult>; idPrefix: string }) {
  if (!outcome.ok)
    return (
      <p class="error" role="alert">
        {outcome.error}
      </p>
    );
  const result = outcome.value;
  const names = new Map(result.options.map((o) => [o.id, o.name]));
  const name = (id: string) => names.get(id) ?? id;
  const regimesId = `${idPrefix}-regimes`;
  // Shown only when the costs beyond compute or success rates were given (the CLI table does the same).
  const extras = result.options.some((o) => o.atVolume?.extrasPerMonth !== undefined);
  const failures = result.options.some((o) => o.atVolume?.failuresPerMonth !== undefined);
  return (
    <>
      <h4>Monthly cost at {volume(result.settings.queriesPerDay ?? '0')} queries/day</h4>
      <div class="scroll" role="region" aria-label="Monthly cost per option" tabIndex={0}>
        <table class="monthly cards">
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col" class="num">
                Total / mo
              </th>
              <th scope="col">Training pays back</th>
              <th scope="col" class="num">
                Training / mo
              </th>
              <th scope="col" class="num">
                Hosting / mo
              </th>
              <th scope="col" class="num">
                Tokens / mo
              </th>
              {extras ? (
                <th scope="col" class="num">
                  Extras / mo
                </th>
              ) : null}
              {failures ? (
                <th scope="col" class="num">
                  Failures / mo
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {result.options.map((o) => {
              const cheapest = o.id === result.cheapestAtVolume;
              const out = !o.decision.competes;
              return (
                <tr key={o.id} class={cheapest ? 'cheapest' : out ? 'excluded' : ''} data-option={o.id}>
                  <th scope="row">
                    {o.name}
                    {cheapest ? <strong> (cheapest)</strong> : null}
                    {out ? (
                      // The reason opens on demand: in a docs column a long reason made the row hundreds of px tall.
                      <details class="why-out">
                        <summary>left out</summary>
                        <span class="hint">{o.decision.excludedBecause}</span>
                      </details>
                    ) : null}
                    {o.atVolume!.replicas !== '1' ? (
                      <span class="hint"> · {formatCount(o.atVolume!.replicas)} replicas</span>
                    ) : null}
                  </th>
                  <td class="num cost" data-label="Total / mo" data-total={o.atVolume!.totalPerMonth}>
                    {formatUsd(o.atVolume!.totalPerMonth)}
                  </td>
                  <td data-label="Training pays back">{o.payback ? paybackLabel(o, result) : '—'}</td>
                  <td class="num" data-label="Training / mo">
                    {formatUsd(o.atVolume!.trainingPerMonth)}
                  </td>
                  <td class="num" data-label="Hosting / mo">
                    {formatUsd(o.atVolume!.hostingPerMonth)}
                  </td>
                  <td class="num" data-label="Tokens / mo">
                    {formatUsd(o.atVolume!.tokensPerMonth)}
                  </td>
                  {extras ? (
                    <td class="num" data-label="Extras / mo">
                      {formatUsd(o.atVolume!.extrasPerMonth ?? '0')}
                    </td>
                  ) : null}
                  {failures ? (
                    <td class="num" data-label="Failures / mo">
                      {formatUsd(o.atVolume!.failuresPerMonth ?? '0')}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h4 id={`${regimesId}-h`}>Cheapest option by volume</h4>
      {result.regimes.length === 0 ? (
        <p class="no-regimes">None: no option can be bought for the whole horizon (each one left out says why).</p>
      ) : null}
      <ol class="regimes" id={regimesId} aria-labelledby={`${regimesId}-h`}>
        {result.regimes.map((r) => (
          <li
            key={`${r.cheapest}@${r.fromQueriesPerDay}`}
            data-cheapest={r.cheapest}
            data-from={r.fromQueriesPerDay}
            data-to={r.toQueriesPerDay ?? ''}
          >
            {regimeRange(r)}
            <strong>{name(r.cheapest)}</strong>
          </li>
        ))}
        {result.regimesSearchedUpTo ? (
          <li data-from={result.regimesSearchedUpTo.queriesPerDay} data-to="">
            Above {volume(result.regimesSearchedUpTo.queriesPerDay)} queries/day: not known (the search for crossings
            stopped there)
          </li>
        ) : null}
      </ol>
      {result.breakEvens.length > 0 ? (
        <>
          <h4>Break-even volumes</h4>
          <ul class="break-evens">
            {result.breakEvens.map((b) => (
              <li
                key={`${b.between.join('|')}@${b.queriesPerDay}`}
                data-between={b.between.join('|')}
                data-queries-per-day={b.queriesPerDay}
              >
                {`${volume(b.queriesPerDay)} queries/day: `}
                {`${name(b.cheaperBelow)} is cheaper below, ${name(b.cheaperAbove)} above`}
                {b.kind === 'jump' ? ' (a replica is added there)' : ''}
                {b.queriesPerDayRange && b.queriesPerDayRange.low !== b.queriesPerDayRange.high ? (
                  <span class="hint range">
                    {' '}
                    (between {volume(b.queriesPerDayRange.low)} and {volume(b.queriesPerDayRange.high)} as the training
                    set varies)
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Chart result={result} idPrefix={idPrefix} describedBy={regimesId} />
      {result.sensitivity ? (
        <section class="sensitivity" aria-labelledby={`${idPrefix}-sens-h`}>
          <h4 id={`${idPrefix}-sens-h`}>How sure: what moves the monthly saving most</h4>
          {/* The library's own SVG (src/render/tornado.ts): markup, no script, so a strict CSP allows it. */}
          <div class="tornado" dangerouslySetInnerHTML={{ __html: tornadoSvg(result) }} />
          <ol class="sensitivity-list">
            {result.sensitivity.inputs.map((i) => (
              <li key={i.input} data-input={i.input}>
                {i.label}: {formatUsd(i.low.savingPerMonth)} – {formatUsd(i.high.savingPerMonth)} a month
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {result.notes.length + result.assumptions.length > 0 ? (
        <ul class="notes-list hint">
          {[...result.assumptions.map((a) => `Assumed: ${a}`), ...result.notes].map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
