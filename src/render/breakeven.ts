/**
 * Renderers of a BreakEvenResult, one per format (a closed set). Pure: (result, options) → string.
 * Money is rounded only through src/format/money.ts; volumes are shown rounded UP to whole queries.
 */
import { formatMonths, formatQueriesPerDay, formatRate, formatUsd } from '../format/money.js';
import type { BreakEvenOptionJson, BreakEvenResult } from '../result/breakEven.js';
import type { Format } from './formats.js';
import { renderChart } from './chart.js';
import { csvLines, mdTable, textTable } from './layout.js';

export interface RenderOptions {
  /** ANSI colour in the chart (a TTY without NO_COLOR). */
  color: boolean;
}

const KIND_LABEL: Record<BreakEvenOptionJson['kind'], string> = {
  prompted: 'prompted base',
  'hosted-per-token': 'per token',
  'hosted-hourly': 'hourly deployment',
  'self-hosted': 'self-hosted GPUs',
  custom: 'custom',
};

function paybackLabel(o: BreakEvenOptionJson): string {
  if (!o.payback) return '-';
  if (o.payback.months === null) return 'never at this volume';
  return formatMonths(o.payback.months) + (o.payback.withinHorizon ? '' : ' (past horizon)');
}

function header(res: BreakEvenResult): string {
  const where = res.catalog
    ? `catalog ${res.catalog.version} · prices as of ${res.asOf}`
    : `scenario ${res.source.file ?? ''}`.trim();
  return `ftcost breakeven · ${where} · USD per ${res.settings.hoursPerMonth}-hour month`;
}

function settingsLine(res: BreakEvenResult): string {
  const s = res.settings;
  const spread =
    s.amortizationMonths === s.horizonMonths
      ? `training spread over the ${s.horizonMonths}-month horizon`
      : `training spread over ${s.amortizationMonths}-month retraining cycles`;
  return `Volume: ${formatQueriesPerDay(s.queriesPerDay)} queries/day · ${spread}`;
}

function pricesLabel(o: BreakEvenOptionJson): string {
  const p = o.prices;
  const parts: string[] = [];
  if (p.perQuery !== null) parts.push(`${formatRate(p.perQuery)}/query`);
  if (p.hourly !== null)
    parts.push(
      `${formatRate(p.hourly)}/h${p.hoursPerDay && p.hoursPerDay !== '24' ? ` × ${p.hoursPerDay} h/day` : ''}${p.capacityPerDay ? ` per ${formatQueriesPerDay(p.capacityPerDay)} queries/day` : ''}`,
    );
  if (p.monthly !== null) parts.push(`${formatUsd(p.monthly)}/month`);
  if (p.oneTime !== null) parts.push(`${formatUsd(p.oneTime)} once`);
  return parts.join(' + ');
}

function breakEvenLines(res: BreakEvenResult): string[] {
  if (res.breakEvens.length === 0) return ['No two options cross: the order never changes with volume.'];
  const rows = res.breakEvens.map((b) => [
    formatQueriesPerDay(b.queriesPerDay),
    `${b.between[0]} / ${b.between[1]}`,
    `${b.cheaperAbove} cheaper above`,
    b.kind === 'jump' ? 'a replica is added just above' : `both ${formatUsd(b.monthlyCost[b.between[0]]!)}/month`,
  ]);
  return [
    textTable(
      [
        { header: 'Queries/day', align: 'right' },
        { header: 'Between' },
        { header: 'Then' },
        { header: 'At the break-even' },
      ],
      rows,
    ),
  ];
}

function regimeLines(res: BreakEvenResult): string[] {
  // A pair with the same average cost per query keeps swapping places forever: the last range is not final.
  const alternating = res.pairs
    .filter((p) => p.repeatsEveryQueriesPerDay !== null)
    .map(
      (p) =>
        `  then ${p.between[0]} and ${p.between[1]} keep swapping every ${formatQueriesPerDay(p.repeatsEveryQueriesPerDay!)} queries/day`,
    );
  return [
    ...res.regimes.map((r) => {
      const from = formatQueriesPerDay(r.fromQueriesPerDay);
      const range =
        r.toQueriesPerDay === null
          ? r.fromQueriesPerDay === '0'
            ? 'at every volume'
            : `above ${from}`
          : `${from} – ${formatQueriesPerDay(r.toQueriesPerDay)}`;
      return `  ${range.padEnd(22)} ${r.cheapest}`;
    }),
    ...alternating,
  ];
}

function footnotes(res: BreakEvenResult): string[] {
  const lines: string[] = [];
  for (const a of res.assumptions) lines.push(`Assumed: ${a}`);
  for (const n of res.notes) lines.push(`Note: ${n}`);
  for (const o of res.options) for (const n of o.notes) lines.push(`${o.id}: ${n}`);
  for (const s of res.skipped) lines.push(`Left out ${s.id}: ${s.reason}`);
  const sources = [...new Set(res.options.flatMap((o) => o.sources.map((s) => `${s.source} (as of ${s.asOf})`)))];
  if (sources.length) lines.push('Sources:', ...sources.map((s) => `  ${s}`));
  return lines;
}

export function breakEvenTable(res: BreakEvenResult, opts: RenderOptions = { color: false }): string {
  const table = textTable(
    [
      { header: 'Option' },
      { header: 'Kind' },
      { header: 'Training/mo', align: 'right' },
      { header: 'Hosting/mo', align: 'right' },
      { header: 'Tokens/mo', align: 'right' },
      { header: 'Total/mo', align: 'right' },
      { header: 'Replicas', align: 'right' },
      { header: 'Payback' },
    ],
    res.options.map((o) => [
      o.id + (o.id === res.cheapestAtVolume ? ' ←' : ''),
      KIND_LABEL[o.kind],
      formatUsd(o.atVolume.trainingPerMonth),
      formatUsd(o.atVolume.hostingPerMonth),
      formatUsd(o.atVolume.tokensPerMonth),
      formatUsd(o.atVolume.totalPerMonth),
      o.prices.hourly === null ? '-' : String(o.atVolume.replicas),
      paybackLabel(o),
    ]),
  );
  const prices = res.options.map((o) => `  ${o.id}: ${pricesLabel(o)}`);
  const payback =
    res.baseline && res.options.some((o) => o.payback) ? ` · payback of training against ${res.baseline}` : '';
  const cheapest = `← cheapest at ${formatQueriesPerDay(res.settings.queriesPerDay)} queries/day: ${res.cheapestAtVolume}${payback}`;
  return (
    [
      header(res),
      settingsLine(res),
      '',
      table,
      cheapest,
      '',
      'Prices:',
      ...prices,
      '',
      'Break-evens (queries/day, rounded up):',
      ...breakEvenLines(res),
      '',
      'Cheapest option by volume (queries/day):',
      ...regimeLines(res),
      '',
      renderChart(res, { color: opts.color }).trimEnd(),
      '',
      ...footnotes(res),
    ].join('\n') + '\n'
  );
}

const BREAKEVEN_CSV_HEADER = [
  'record',
  'option',
  'other',
  'queries_per_day',
  'to_queries_per_day',
  'kind',
  'training_per_month',
  'hosting_per_month',
  'tokens_per_month',
  'total_per_month',
  'replicas',
  'payback_months',
  'cheaper_below',
  'cheaper_above',
] as const;

/** One table, filterable by `record`: option rows (costs at the volume), then breakeven rows, then regime rows. */
export function breakEvenCsv(res: BreakEvenResult): string {
  const q = res.settings.queriesPerDay;
  return csvLines(BREAKEVEN_CSV_HEADER, [
    ...res.options.map((o) => [
      'option',
      o.id,
      null,
      q,
      null,
      o.kind,
      o.atVolume.trainingPerMonth,
      o.atVolume.hostingPerMonth,
      o.atVolume.tokensPerMonth,
      o.atVolume.totalPerMonth,
      o.atVolume.replicas,
      o.payback?.months ?? null,
      null,
      null,
    ]),
    ...res.breakEvens.map((b) => [
      'breakeven',
      b.between[0],
      b.between[1],
      b.queriesPerDay,
      null,
      b.kind,
      null,
      null,
      null,
      null,
      null,
      null,
      b.cheaperBelow,
      b.cheaperAbove,
    ]),
    ...res.regimes.map((r) => [
      'regime',
      r.cheapest,
      null,
      r.fromQueriesPerDay,
      r.toQueriesPerDay,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]),
  ]);
}

export function breakEvenMarkdown(res: BreakEvenResult): string {
  const options = mdTable(
    ['Option', 'Kind', 'Training/mo', 'Hosting/mo', 'Tokens/mo', 'Total/mo', 'Payback'],
    res.options.map((o) => [
      `\`${o.id}\`${o.id === res.cheapestAtVolume ? ' (cheapest)' : ''}`,
      KIND_LABEL[o.kind],
      formatUsd(o.atVolume.trainingPerMonth),
      formatUsd(o.atVolume.hostingPerMonth),
      formatUsd(o.atVolume.tokensPerMonth),
      formatUsd(o.atVolume.totalPerMonth),
      paybackLabel(o),
    ]),
    ['left', 'left', 'right', 'right', 'right', 'right', 'left'],
  );
  const breakEvens = res.breakEvens.length
    ? mdTable(
        ['Queries/day', 'Between', 'Cheaper above', 'Kind'],
        res.breakEvens.map((b) => [
          formatQueriesPerDay(b.queriesPerDay),
          `\`${b.between[0]}\` / \`${b.between[1]}\``,
          `\`${b.cheaperAbove}\``,
          b.kind,
        ]),
        ['right'],
      )
    : 'No two options cross.';
  const regimes = mdTable(
    ['From (queries/day)', 'To', 'Cheapest'],
    res.regimes.map((r) => [
      formatQueriesPerDay(r.fromQueriesPerDay),
      r.toQueriesPerDay === null ? '∞' : formatQueriesPerDay(r.toQueriesPerDay),
      `\`${r.cheapest}\``,
    ]),
    ['right', 'right'],
  );
  const notes = footnotes(res).map((l) =>
    l.startsWith('  ') ? `- ${l.trim()}` : l === 'Sources:' ? '\n**Sources**\n' : `> ${l}`,
  );
  return (
    [
      '### Break-even: fine-tuning vs prompting',
      '',
      `${header(res).replace(/^ftcost breakeven · /, '')}. ${settingsLine(res)}.`,
      '',
      options,
      '',
      '**Break-evens**',
      '',
      breakEvens,
      '',
      '**Cheapest option by volume**',
      '',
      regimes,
      '',
      ...notes,
    ].join('\n') + '\n'
  );
}

export function breakEvenJson(res: BreakEvenResult): string {
  return JSON.stringify(res, null, 2) + '\n';
}

export const breakEvenRenderers: Record<Format, (res: BreakEvenResult, opts: RenderOptions) => string> = {
  table: breakEvenTable,
  json: breakEvenJson,
  csv: breakEvenCsv,
  md: breakEvenMarkdown,
};
