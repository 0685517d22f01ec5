/**
 * Renderers of a BreakEvenResult, one per format (a closed set). Pure: (result, options) → string.
 * Money is rounded only through src/format/money.ts; volumes are shown rounded UP to whole queries.
 */
import { closedToTeamLine } from './labels.js';
import { Decimal } from '../decimal.js';
import { formatCount, formatMonths, formatQueriesPerDay, formatRate, formatUsd } from '../format/money.js';
import type { BreakEvenJson, BreakEvenOptionJson, BreakEvenResult } from '../result/breakEven.js';
import type { Format } from './formats.js';
import { renderChart } from './chart.js';
import { tornadoLines, tornadoMarkdown } from './tornado.js';
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

/** "0.02 months", "never: costs more to run", "never: retrained before earned back (6.49 > 3 months)". */
export function paybackLabel(o: BreakEvenOptionJson, res: Pick<BreakEvenResult, 'settings'>): string {
  const p = o.payback;
  if (!p) return '-';
  if (p.paysBack && p.months !== null) return formatMonths(p.months) + (p.withinHorizon ? '' : ' (past horizon)');
  const recovery = p.recoveryMonths === null ? '' : formatMonths(p.recoveryMonths);
  switch (p.reason) {
    case 'not-within-cycle':
      return `never: retrained every ${res.settings.retrainEveryMonths} months, earned back in ${recovery}`;
    case 'not-within-remaining-life':
      return `never: shuts down ${o.decision.servingEndsOn} (${formatMonths(o.decision.remainingMonths ?? '0')} left), earned back in ${recovery}`;
    default:
      return 'never: costs more to run';
  }
}

/** The option's id, marked when it is left out of the decision (×) or cheapest (←). */
function optionLabel(o: BreakEvenOptionJson, res: BreakEvenResult): string {
  if (!o.decision.competes) return `${o.id} ×`;
  return o.id + (o.id === res.cheapestAtVolume ? ' ←' : '');
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
  const volume =
    s.queriesPerDay === null
      ? 'No volume given: break-evens and regimes only'
      : `Volume: ${formatQueriesPerDay(s.queriesPerDay)} queries/day`;
  return `${volume} · ${spread}`;
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

/**
 * A break-even volume for people: rounded up to whole queries, as every volume — except below one
 * query a day, where rounding up would print 1 for anything from 0.0001 to 1: "below 1/day" (JSON and
 * CSV keep the exact value).
 */
function breakEvenVolume(value: string): string {
  return new Decimal(value).lt(1) ? 'below 1/day' : formatQueriesPerDay(value);
}

/** An option id in a break-even row, marked × when the option is left out of the decision. */
function pairMember(id: string, res: BreakEvenResult): string {
  return res.options.some((o) => o.id === id && !o.decision.competes) ? `${id} ×` : id;
}

/** "1,150 – 1,260" (rounded up, as the volume); a "*" when at some bound the two no longer cross. */
function volumeRange(b: BreakEvenJson): string {
  const r = b.queriesPerDayRange;
  if (!r) return '-';
  return `${breakEvenVolume(r.low)} – ${breakEvenVolume(r.high)}${r.atEveryBound ? '' : ' *'}`;
}

function rangeNote(res: BreakEvenResult): string[] {
  if (!res.range) return [];
  const lines = res.range.sources.length
    ? res.range.sources.map((s) => `Range: the training set at ${s.bounds} (docs/ranges.md)`)
    : ['Range: nothing about the training set is uncertain here, so each band has zero width (docs/ranges.md)'];
  if (res.breakEvens.some((b) => b.queriesPerDayRange && !b.queriesPerDayRange.atEveryBound))
    lines.push('* at some bound of the range the two options no longer cross this way');
  return lines;
}

function breakEvenLines(res: BreakEvenResult): string[] {
  if (res.breakEvens.length === 0) return ['No two options cross: the order never changes with volume.'];
  const ranged = res.range !== undefined;
  const rows = res.breakEvens.map((b) => [
    breakEvenVolume(b.queriesPerDay),
    ...(ranged ? [volumeRange(b)] : []),
    `${pairMember(b.between[0], res)} / ${pairMember(b.between[1], res)}`,
    `${pairMember(b.cheaperAbove, res)} cheaper above`,
    b.kind === 'jump' ? 'a replica is added just above' : `both ${formatUsd(b.monthlyCost[b.between[0]]!)}/month`,
  ]);
  return [
    textTable(
      [
        { header: 'Queries/day', align: 'right' },
        ...(ranged ? [{ header: 'Range (low – high)' }] : []),
        { header: 'Between' },
        { header: 'Then' },
        { header: 'At the break-even' },
      ],
      rows,
    ),
    ...rangeNote(res),
  ];
}

function regimeLines(res: BreakEvenResult): string[] {
  // Options that keep swapping forever: the listed pattern repeats past a volume, every period.
  const r = res.regimesRepeat;
  const alternating = r
    ? [
        `  above ${formatQueriesPerDay(r.afterQueriesPerDay)} the pattern of ${formatQueriesPerDay(r.afterQueriesPerDay)} – ${formatQueriesPerDay(new Decimal(r.afterQueriesPerDay).plus(r.everyQueriesPerDay))} repeats every ${formatQueriesPerDay(r.everyQueriesPerDay)} queries/day, forever`,
      ]
    : [];
  if (res.regimes.length === 0) return ['  none: no option can be bought for the whole horizon'];
  // Where a search stopped at its budget: the regimes end there, and past it nothing is named.
  const s = res.regimesSearchedUpTo;
  const unsearched = s
    ? [
        `  ${`above ${formatQueriesPerDay(s.queriesPerDay)}`.padEnd(22)} not known: the search for crossings stopped at ${formatQueriesPerDay(s.queriesPerDay)} queries/day`,
      ]
    : [];
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
    ...unsearched,
  ];
}

function footnotes(res: BreakEvenResult): string[] {
  const lines: string[] = [];
  const out = res.options.filter((o) => !o.decision.competes);
  if (out.length) {
    lines.push(
      '× left out of the decision (costed, never named cheapest; --include-ending / --include-non-production bring them in):',
    );
    for (const o of out) lines.push(`  ${o.id}: ${o.decision.excludedBecause}`);
  }
  for (const a of res.assumptions) lines.push(`Assumed: ${a}`);
  for (const n of res.notes) lines.push(`Note: ${n}`);
  for (const o of res.options) for (const n of o.notes) lines.push(`${o.id}: ${n}`);
  for (const s of res.skipped) lines.push(`Left out ${s.id}: ${s.reason}`);
  lines.push(...closedToTeamLine(res.closedToTeam));
  const sources = [...new Set(res.options.flatMap((o) => o.sources.map((s) => `${s.source} (as of ${s.asOf})`)))];
  if (sources.length) lines.push('Sources:', ...sources.map((s) => `  ${s}`));
  return lines;
}

export function breakEvenTable(res: BreakEvenResult, opts: RenderOptions = { color: false }): string {
  const q = res.settings.queriesPerDay;
  const table =
    q === null
      ? textTable(
          [{ header: 'Option' }, { header: 'Kind' }, { header: 'Prices' }],
          res.options.map((o) => [optionLabel(o, res), KIND_LABEL[o.kind], pricesLabel(o)]),
        )
      : textTable(
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
          res.options.map((o) => {
            const v = o.atVolume!;
            return [
              optionLabel(o, res),
              KIND_LABEL[o.kind],
              formatUsd(v.trainingPerMonth),
              formatUsd(v.hostingPerMonth),
              formatUsd(v.tokensPerMonth),
              formatUsd(v.totalPerMonth),
              o.prices.hourly === null ? '-' : formatCount(v.replicas),
              paybackLabel(o, res),
            ];
          }),
        );
  const prices = res.options.map((o) => `  ${o.id}: ${pricesLabel(o)}`);
  const payback =
    res.baseline && res.options.some((o) => o.payback) ? ` · payback of training against ${res.baseline}` : '';
  const cheapest =
    q === null
      ? []
      : res.cheapestAtVolume === null
        ? [
            `No option can be bought for the whole ${res.settings.horizonMonths}-month horizon (each × below says why): none is named cheapest; --include-ending lets them compete.`,
          ]
        : [`← cheapest at ${formatQueriesPerDay(q)} queries/day: ${res.cheapestAtVolume}${payback}`];
  return (
    [
      header(res),
      settingsLine(res),
      '',
      table,
      ...cheapest,
      '',
      ...(q === null ? [] : ['Prices:', ...prices, '']),
      'Break-evens (queries/day, rounded up):',
      ...breakEvenLines(res),
      '',
      'Cheapest option by volume (queries/day):',
      ...regimeLines(res),
      '',
      renderChart(res, { color: opts.color }).trimEnd(),
      '',
      ...(res.sensitivity ? [...tornadoLines(res), ''] : []),
      ...footnotes(res),
    ].join('\n') + '\n'
  );
}

/**
 * The break-even CSV's columns (documented in docs/breakeven-csv.md): one table, filterable by
 * `record` — option rows (prices, costs at the volume, decision, payback), then breakeven rows (the
 * volume and what each side costs a month there), then regime rows — and the settings, catalog,
 * dates, sources and assumptions on every row, so a spreadsheet row stands alone.
 */
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
  'competes',
  'excluded_because',
  'payback_status',
  'name',
  'currency',
  'per_query',
  'hourly',
  'hours_per_day',
  'monthly',
  'one_time',
  'capacity_per_day',
  'option_cost_per_month',
  'other_cost_per_month',
  'settings_queries_per_day',
  'hours_per_month',
  'horizon_months',
  'retrain_every_months',
  'catalog_version',
  'as_of',
  'today',
  'sources',
  'assumptions',
] as const;
type BreakEvenCsvColumn = (typeof BREAKEVEN_CSV_HEADER)[number];

type Cell = string | number | boolean | null;

/** "n/a" (nothing to pay back), "never", or "months". */
function paybackStatus(o: BreakEvenOptionJson): string {
  if (!o.payback) return 'n/a';
  return o.payback.paysBack ? 'months' : 'never';
}

export function breakEvenCsv(res: BreakEvenResult): string {
  const q = res.settings.queriesPerDay;
  const common: Partial<Record<BreakEvenCsvColumn, Cell | undefined>> = {
    currency: res.units.money,
    settings_queries_per_day: q,
    hours_per_month: res.settings.hoursPerMonth,
    horizon_months: res.settings.horizonMonths,
    retrain_every_months: res.settings.retrainEveryMonths,
    catalog_version: res.catalog?.version ?? null,
    as_of: res.asOf,
    today: res.today,
    assumptions: res.assumptions.join('; '),
  };
  // One merge per row, not per cell: a near-parallel step pair has hundreds of thousands of rows.
  const line = (cells: Partial<Record<BreakEvenCsvColumn, Cell | undefined>>) => {
    const row = { ...common, ...cells };
    return BREAKEVEN_CSV_HEADER.map((c): Cell => row[c] ?? null);
  };
  return csvLines(BREAKEVEN_CSV_HEADER, [
    ...res.options.map((o) =>
      line({
        record: 'option',
        option: o.id,
        queries_per_day: q,
        kind: o.kind,
        training_per_month: o.atVolume?.trainingPerMonth,
        hosting_per_month: o.atVolume?.hostingPerMonth,
        tokens_per_month: o.atVolume?.tokensPerMonth,
        total_per_month: o.atVolume?.totalPerMonth,
        replicas: o.atVolume?.replicas,
        payback_months: o.payback?.months,
        competes: o.decision.competes,
        excluded_because: o.decision.excludedBecause,
        payback_status: paybackStatus(o),
        name: o.name,
        per_query: o.prices.perQuery,
        hourly: o.prices.hourly,
        hours_per_day: o.prices.hoursPerDay,
        monthly: o.prices.monthly,
        one_time: o.prices.oneTime,
        capacity_per_day: o.prices.capacityPerDay,
        sources: o.sources.map((src) => `${src.what}: ${src.source} (${src.asOf})`).join(' | '),
      }),
    ),
    ...res.breakEvens.map((b) => {
      // A pair with an option left out of the decision: competes false, and why (the × of the table).
      const out = res.options.filter((o) => b.between.includes(o.id) && !o.decision.competes);
      return line({
        record: 'breakeven',
        option: b.between[0],
        other: b.between[1],
        queries_per_day: b.queriesPerDay,
        kind: b.kind,
        cheaper_below: b.cheaperBelow,
        cheaper_above: b.cheaperAbove,
        competes: out.length === 0,
        excluded_because: out.length ? out.map((o) => `${o.id}: ${o.decision.excludedBecause}`).join('; ') : null,
        option_cost_per_month: b.monthlyCost[b.between[0]],
        other_cost_per_month: b.monthlyCost[b.between[1]],
      });
    }),
    ...res.regimes.map((r) =>
      line({
        record: 'regime',
        option: r.cheapest,
        queries_per_day: r.fromQueriesPerDay,
        to_queries_per_day: r.toQueriesPerDay,
      }),
    ),
    // Past where a search stopped: a regime row without an option (the cheapest is not known there).
    ...(res.regimesSearchedUpTo
      ? [line({ record: 'regime', queries_per_day: res.regimesSearchedUpTo.queriesPerDay, kind: 'not-searched' })]
      : []),
  ]);
}

export function breakEvenMarkdown(res: BreakEvenResult): string {
  const withVolume = res.settings.queriesPerDay !== null;
  const label = (o: BreakEvenOptionJson) =>
    `\`${o.id}\`${!o.decision.competes ? ' (left out)' : o.id === res.cheapestAtVolume ? ' (cheapest)' : ''}`;
  const options = withVolume
    ? mdTable(
        ['Option', 'Kind', 'Training/mo', 'Hosting/mo', 'Tokens/mo', 'Total/mo', 'Payback'],
        res.options.map((o) => [
          label(o),
          KIND_LABEL[o.kind],
          formatUsd(o.atVolume!.trainingPerMonth),
          formatUsd(o.atVolume!.hostingPerMonth),
          formatUsd(o.atVolume!.tokensPerMonth),
          formatUsd(o.atVolume!.totalPerMonth),
          paybackLabel(o, res),
        ]),
        ['left', 'left', 'right', 'right', 'right', 'right', 'left'],
      )
    : mdTable(
        ['Option', 'Kind', 'Prices'],
        res.options.map((o) => [label(o), KIND_LABEL[o.kind], pricesLabel(o)]),
      );
  const breakEvens = res.breakEvens.length
    ? mdTable(
        ['Queries/day', ...(res.range ? ['Range (low – high)'] : []), 'Between', 'Cheaper above', 'Kind'],
        res.breakEvens.map((b) => {
          const member = (id: string) => `\`${id}\`${pairMember(id, res) === id ? '' : ' ×'}`;
          return [
            breakEvenVolume(b.queriesPerDay),
            ...(res.range ? [volumeRange(b)] : []),
            `${member(b.between[0])} / ${member(b.between[1])}`,
            member(b.cheaperAbove),
            b.kind,
          ];
        }),
        ['right'],
      )
    : 'No two options cross.';
  const regimes = mdTable(
    ['From (queries/day)', 'To', 'Cheapest'],
    [
      ...res.regimes.map((r) => [
        formatQueriesPerDay(r.fromQueriesPerDay),
        r.toQueriesPerDay === null ? '∞' : formatQueriesPerDay(r.toQueriesPerDay),
        `\`${r.cheapest}\``,
      ]),
      ...(res.regimesSearchedUpTo
        ? [[formatQueriesPerDay(res.regimesSearchedUpTo.queriesPerDay), '∞', 'not known (the search stopped here)']]
        : []),
    ],
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
      ...(res.sensitivity ? [...tornadoMarkdown(res), ''] : []),
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
