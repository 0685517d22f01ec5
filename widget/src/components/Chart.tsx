/** The SVG chart of monthly cost against queries per day; its text alternative is the regimes list it points to. */
import type { BreakEvenResult } from '../../../src/result/breakEven.js';
import { CHART, chartModel } from '../chart.js';
import { formatQueriesPerDay as volume, formatUsd } from '../../../src/format/money.js';

export function Chart({
  result,
  idPrefix,
  describedBy,
}: {
  result: BreakEvenResult;
  idPrefix: string;
  describedBy: string;
}) {
  const m = chartModel(result);
  // The text alternative speaks in the options' display names, never in their internal ids.
  const names = new Map(m.series.map((s) => [s.id, s.name]));
  const nameOf = (id: string) => names.get(id) ?? result.options.find((o) => o.id === id)?.name ?? id;
  const titleId = `${idPrefix}-chart-title`;
  const descId = `${idPrefix}-chart-desc`;
  const bottom = CHART.height - CHART.bottom;
  return (
    <figure class="chart-figure">
      <svg
        class="chart"
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        aria-describedby={describedBy}
        data-crossings={m.crossings.length}
      >
        <title id={titleId}>Monthly cost against queries per day (log scales)</title>
        <desc id={descId}>
          {m.series.length} options. {m.crossings.length} break-even {m.crossings.length === 1 ? 'point' : 'points'}
          {m.crossings.length
            ? `: ${m.crossings
                .map((c) => `${c.between.map(nameOf).join(' and ')} at ${volume(c.queriesPerDay)} queries/day`)
                .join('; ')}`
            : ''}
          . The current volume is {volume(result.settings.queriesPerDay ?? '0')} queries/day; the cheapest option there
          is{' '}
          {result.cheapestAtVolume
            ? nameOf(result.cheapestAtVolume)
            : 'none: no option can be bought for the whole horizon'}
          .
        </desc>
        {m.yTicks.map((t) => (
          <g key={`y${t.label}`}>
            <line class="grid" x1={CHART.left} x2={CHART.width - CHART.right} y1={t.y} y2={t.y} />
            <text x={CHART.left - 6} y={t.y + 4} text-anchor="end">
              {t.label}
            </text>
          </g>
        ))}
        {m.xTicks.map((t) => (
          <g key={`x${t.label}`}>
            <line class="grid" x1={t.x} x2={t.x} y1={CHART.top} y2={bottom} />
            <text x={t.x} y={bottom + 16} text-anchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        <line class="axis" x1={CHART.left} x2={CHART.width - CHART.right} y1={bottom} y2={bottom} />
        <line class="axis" x1={CHART.left} x2={CHART.left} y1={CHART.top} y2={bottom} />
        <text x={(CHART.left + CHART.width) / 2} y={CHART.height - 4} text-anchor="middle">
          queries per day
        </text>
        {m.series.map((s) => (
          <path key={s.id} class={`series s${s.index % 6}`} d={s.path} data-option={s.id} />
        ))}
        {m.current ? (
          <g class="current-volume" data-queries-per-day={m.current.queriesPerDay}>
            <line class="current" x1={m.current.x} x2={m.current.x} y1={CHART.top} y2={bottom} />
            <text class="current-label" x={m.current.x + 4} y={CHART.top + 12}>
              {volume(m.current.queriesPerDay)}/day
            </text>
          </g>
        ) : null}
        {m.crossings
          .filter((c) => c.band)
          .map((c) => (
            <rect
              key={`band ${c.between.join('|')}@${c.queriesPerDay}`}
              class="band"
              x={c.band!.x0}
              width={Math.max(1, c.band!.x1 - c.band!.x0)}
              y={CHART.top}
              height={CHART.height - CHART.top - CHART.bottom}
            />
          ))}
        {m.crossings.map((c) => (
          <circle
            key={`${c.between.join('|')}@${c.queriesPerDay}`}
            class="crossing"
            cx={c.x}
            cy={c.y}
            r={4.5}
            data-between={c.between.join('|')}
            data-queries-per-day={c.queriesPerDay}
          >
            <title>
              {`${c.between.map(nameOf).join(' = ')} at ${volume(c.queriesPerDay)} queries/day ` +
                `(${formatUsd(c.monthlyCost)}/month)`}
            </title>
          </circle>
        ))}
      </svg>
      <ul class="legend" aria-hidden="true">
        {m.series.map((s) => (
          <li key={s.id}>
            <span class={`swatch s${s.index % 6}`} />
            {s.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
