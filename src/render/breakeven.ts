/**
 * Renderers of a BreakEvenResult, one per format (a closed set). Pure: (result, options) → string.
 * Money is rounded only through src/format/money.ts; volumes are shown rounded UP to whole queries.
 */
import { closedToTeamLine } from './labels.js';
import { Decimal } from '../decimal.js';
import { formatCount, formatMonths, formatQueriesPerDay, formatRate, formatUsd } from '../format/money.js';
import type { BreakEvenJson, BreakEvenOptionJson, BreakEvenResult, RegimeJson } from '../result/breakEven.js';
import type { Format } from './formats.js';
import { renderChart, seriesSymbol } from './chart.js';
import { tornadoFitted, tornadoLines, tornadoMarkdown } from './tornado.js';
import { type Cell, CSV_POINT, type CsvDialect, csvText, listCell, type SheetTable } from './csv.js';
import { mdTable, textTable } from './layout.js';
import {
  droppedLine,
  FOLD_ROWS,
  foldLong,
  finish,
  fitTable,
  type Marker,
  markerLines,
  sourcesLine,
  type TerminalView,
  wrapAll,
} from './terminal.js';

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
    case 'not-within-remaining-life': {
      const left = formatMonths(o.decision.remainingMonths ?? '0');
      return `never: shuts down ${o.decision.servingEndsOn} (${left} left), earned back in ${recovery}`;
    }
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
  if (p.hourly !== null) {
    const hours = p.hoursPerDay && p.hoursPerDay !== '24' ? ` × ${p.hoursPerDay} h/day` : '';
    const capacity = p.capacityPerDay ? ` per ${formatQueriesPerDay(p.capacityPerDay)} queries/day` : '';
    parts.push(`${formatRate(p.hourly)}/h${hours}${capacity}`);
  }
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

/** The line counting the rows a long list leaves out (foldLong): JSON and CSV list every one. */
const MORE_LISTED = (hidden: number, what: string) =>
  `… ${formatCount(hidden)} more ${what} (--format json or csv lists every one)`;

/** A table row saying how many rows are left out: its text in the second cell, the others empty. */
const gapRow = (cells: number, what: string) => (hidden: number) => [
  '…',
  `${formatCount(hidden)} more ${what}`,
  'json, csv: all',
  ...Array.from({ length: cells - 3 }, () => ''),
];

/** The break-evens' rows of the text views (the table and the terminal view's --all), a long list folded. */
function breakEvenRows(res: BreakEvenResult): string[][] {
  const ranged = res.range !== undefined;
  return foldLong(
    res.breakEvens.map((b) => [
      breakEvenVolume(b.queriesPerDay),
      ...(ranged ? [volumeRange(b)] : []),
      `${pairMember(b.between[0], res)} / ${pairMember(b.between[1], res)}`,
      `${pairMember(b.cheaperAbove, res)} cheaper above`,
      b.kind === 'jump' ? 'a replica is added just above' : `both ${formatUsd(b.monthlyCost[b.between[0]]!)}/month`,
    ]),
    gapRow(ranged ? 5 : 4, 'break-evens'),
  );
}

function breakEvenLines(res: BreakEvenResult): string[] {
  if (res.breakEvens.length === 0) return ['No two options cross: the order never changes with volume.'];
  const ranged = res.range !== undefined;
  const rows = breakEvenRows(res);
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
        `  above ${formatQueriesPerDay(r.afterQueriesPerDay)}` +
          ` the pattern of ${formatQueriesPerDay(r.afterQueriesPerDay)}` +
          ` – ${formatQueriesPerDay(new Decimal(r.afterQueriesPerDay).plus(r.everyQueriesPerDay))}` +
          ` repeats every ${formatQueriesPerDay(r.everyQueriesPerDay)} queries/day, forever`,
      ]
    : [];
  if (res.regimes.length === 0) return ['  none: no option can be bought for the whole horizon'];
  // Where a search stopped at its budget: the regimes end there, and past it nothing is named.
  const s = res.regimesSearchedUpTo;
  const unsearched = s
    ? [
        `  ${`above ${formatQueriesPerDay(s.queriesPerDay)}`.padEnd(22)}` +
          ` not known: the search for crossings stopped at ${formatQueriesPerDay(s.queriesPerDay)} queries/day`,
      ]
    : [];
  return [
    ...foldLong(
      res.regimes.map((r) => `  ${regimeRange(r).padEnd(22)} ${r.cheapest}`),
      (hidden) => `  ${MORE_LISTED(hidden, 'regimes')}`,
    ),
    ...alternating,
    ...unsearched,
  ];
}

/** "0 – 1", "1 – 300,949", "above 4,359", "at every volume". */
function regimeRange(r: RegimeJson): string {
  const from = formatQueriesPerDay(r.fromQueriesPerDay);
  if (r.toQueriesPerDay === null) return r.fromQueriesPerDay === '0' ? 'at every volume' : `above ${from}`;
  return `${from} – ${formatQueriesPerDay(r.toQueriesPerDay)}`;
}

/** True when some option's training, hosting and token amounts, each rounded to the cent, miss its rounded total. */
function roundedPartsDiffer(res: BreakEvenResult): boolean {
  const cents = (v: string) => new Decimal(v).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return res.options.some((o) => {
    const v = o.atVolume;
    if (!v) return false;
    const parts = cents(v.trainingPerMonth).plus(cents(v.hostingPerMonth)).plus(cents(v.tokensPerMonth));
    return !parts.eq(cents(v.totalPerMonth));
  });
}

function footnotes(res: BreakEvenResult): string[] {
  const lines: string[] = [];
  const out = res.options.filter((o) => !o.decision.competes);
  if (out.length) {
    lines.push(
      '× left out of the decision (costed, never named cheapest; ' +
        '--include-ending / --include-non-production bring them in):',
    );
    for (const o of out) lines.push(`  ${o.id}: ${o.decision.excludedBecause}`);
  }
  if (roundedPartsDiffer(res))
    lines.push(
      "Amounts are rounded to the cent one by one, so a row's parts may not add up to its rounded total " +
        '(--format json and csv carry them exact).',
    );
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
            ...beyondCompute(res).map((c) => ({ header: c.header, align: 'right' as const })),
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
              ...beyondCompute(res).map((c) => c.cell(o)),
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
            `No option can be bought for the whole ${res.settings.horizonMonths}-month horizon ` +
              '(each × below says why): none is named cheapest; --include-ending lets them compete.',
          ]
        : [`← cheapest at ${formatQueriesPerDay(q)} queries/day: ${res.cheapestAtVolume}${payback}`];
  return (
    [
      header(res),
      settingsLine(res),
      '',
      // The answer first (src/result/verdict.ts), then the figures it comes from.
      res.verdict.text,
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

/** Option kinds in the terminal view's narrower Kind column. */
const SHORT_KIND: Record<BreakEvenOptionJson['kind'], string> = {
  prompted: 'prompted',
  'hosted-per-token': 'per token',
  'hosted-hourly': 'hourly',
  'self-hosted': 'rented GPU',
  custom: 'custom',
};

/** The terminal view's payback: the months, or "never" and why in a few words. */
function paybackShort(o: BreakEvenOptionJson): string {
  const p = o.payback;
  if (!p) return '-';
  if (p.paysBack && p.months !== null) return formatMonths(p.months) + (p.withinHorizon ? '' : ' (past horizon)');
  if (p.reason === 'not-within-cycle') return 'never: retrained first';
  if (p.reason === 'not-within-remaining-life') return 'never: shuts down first';
  return 'never: costs more';
}

const HOSTED_KINDS: readonly string[] = ['hosted-per-token', 'hosted-hourly'];

/**
 * The cheapest competing option at the volume of each family (hosted by a provider, on rented GPUs)
 * the answer did not name.
 */
function familyPhrase(res: BreakEvenResult): string {
  if (res.settings.queriesPerDay === null || res.cheapestAtVolume === null) return '';
  const cheapestOf = (kinds: (k: string) => boolean) => {
    let best: BreakEvenOptionJson | undefined;
    for (const o of res.options)
      if (o.decision.competes && o.atVolume && kinds(o.kind))
        if (!best || new Decimal(o.atVolume.totalPerMonth).lt(best.atVolume!.totalPerMonth)) best = o;
    return best;
  };
  const hosted = cheapestOf((k) => HOSTED_KINDS.includes(k));
  const rented = cheapestOf((k) => k === 'self-hosted');
  if (!hosted || !rented) return '';
  const at = (o: BreakEvenOptionJson) => `${o.id}, ${formatUsd(o.atVolume!.totalPerMonth)}/month`;
  const kind = res.options.find((o) => o.id === res.cheapestAtVolume)?.kind ?? '';
  if (HOSTED_KINDS.includes(kind)) return `; on rented GPUs: ${at(rented)}`;
  if (kind === 'self-hosted') return `; hosted by a provider: ${at(hosted)}`;
  return `; fine-tuned and hosted: ${at(hosted)}; on rented GPUs: ${at(rented)}`;
}

/** The regimes in a sentence: the first three, then how many more (and the break-evens) --all lists. */
function regimeSentence(res: BreakEvenResult): string {
  if (res.regimes.length === 0) return 'Cheapest by volume: none — no option can be bought for the whole horizon.';
  const shown = res.regimes.slice(0, 3);
  const parts = shown.map((r) => `${r.cheapest} ${regimeRange(r)}`);
  const rest = res.regimes.length - shown.length;
  const repeat = res.regimesRepeat
    ? `; above ${formatQueriesPerDay(res.regimesRepeat.afterQueriesPerDay)}` +
      ` the pattern repeats every ${formatQueriesPerDay(res.regimesRepeat.everyQueriesPerDay)}`
    : '';
  const unsearched = res.regimesSearchedUpTo
    ? `; not known above ${formatQueriesPerDay(res.regimesSearchedUpTo.queriesPerDay)} (the search stopped there)`
    : '';
  const more = [
    ...(rest > 0 ? [`${rest} more range${rest === 1 ? '' : 's'}`] : []),
    ...(res.breakEvens.length > 0
      ? [`${res.breakEvens.length} break-even${res.breakEvens.length === 1 ? '' : 's'}`]
      : []),
  ];
  const listed = more.length ? ` — --all lists ${more.join(' and ')}` : '';
  return `Cheapest by volume (queries/day): ${parts.join('; ')}${repeat}${unsearched}${listed}.`;
}

/**
 * The options the terminal view lists: all with --all, else the baseline, the cheapest, then the
 * cheapest others (the result's order kept).
 */
function shownOptions(res: BreakEvenResult, view: TerminalView): BreakEvenOptionJson[] {
  if (view.all || res.options.length <= FOLD_ROWS) return res.options;
  const total = (o: BreakEvenOptionJson) => new Decimal(o.atVolume?.totalPerMonth ?? 0);
  const pin = (o: BreakEvenOptionJson) => (o.id === res.baseline || o.id === res.cheapestAtVolume ? 0 : 1);
  const ranked = [...res.options].sort((a, b) => pin(a) - pin(b) || total(a).cmp(total(b)));
  const keep = new Set(ranked.slice(0, FOLD_ROWS).map((o) => o.id));
  return res.options.filter((o) => keep.has(o.id));
}

/** The options table of the terminal view: a marker (> cheapest, x left out), the chart's symbol, then the figures. */
function optionsTable(res: BreakEvenResult, shown: readonly BreakEvenOptionJson[], width: number) {
  const symbol = new Map(res.chart.series.map((s, i) => [s.id, seriesSymbol(i)]));
  const mark = (o: BreakEvenOptionJson) => (!o.decision.competes ? 'x' : o.id === res.cheapestAtVolume ? '>' : '');
  const marked = shown.some((o) => mark(o) !== '');
  const lead = (o: BreakEvenOptionJson) => [...(marked ? [mark(o)] : []), symbol.get(o.id) ?? ''];
  const leadColumns = [...(marked ? [{ header: '' }] : []), { header: '' }];
  if (res.settings.queriesPerDay === null)
    return fitTable(
      [
        ...leadColumns,
        { header: 'Option', shrink: { soft: 30, hard: 12 } },
        { header: 'Kind', drop: 1 },
        { header: 'Prices', shrink: { soft: 20, hard: 10 }, drop: 2 },
      ],
      shown.map((o) => [...lead(o), o.id, SHORT_KIND[o.kind], pricesLabel(o)]),
      width,
    );
  // Costs beyond compute and failures, as the plain table shows them (when given).
  const extra = beyondCompute(res);
  return fitTable(
    [
      ...leadColumns,
      { header: 'Option', shrink: { soft: 30, hard: 12 } },
      { header: 'Kind', drop: 1 },
      { header: 'Training/mo', align: 'right', drop: 3 },
      { header: 'Hosting/mo', align: 'right', drop: 5 },
      { header: 'Tokens/mo', align: 'right', drop: 4 },
      // Only when given: extras dropped just after training, failures just after them.
      ...extra.map((c, i) => ({ header: c.header, align: 'right' as const, drop: 3.5 + i / 10 })),
      { header: 'Total/mo', align: 'right' },
      { header: 'Replicas', align: 'right', drop: 2 },
      { header: 'Payback', shrink: { soft: 17, hard: 8 }, drop: 6 },
    ],
    shown.map((o) => {
      const v = o.atVolume!;
      return [
        ...lead(o),
        o.id,
        SHORT_KIND[o.kind],
        formatUsd(v.trainingPerMonth),
        formatUsd(v.hostingPerMonth),
        formatUsd(v.tokensPerMonth),
        ...extra.map((c) => c.cell(o)),
        formatUsd(v.totalPerMonth),
        o.prices.hourly === null ? '-' : formatCount(v.replicas),
        paybackShort(o),
      ];
    }),
    width,
  );
}

/**
 * The terminal view of a break-even: the answer first (the cheapest at the volume, then the result's
 * verdict in words), the options fitted to the width, the regimes in a sentence, the chart within
 * the width and the footer merged.
 */
export function breakEvenTerminal(res: BreakEvenResult, view: TerminalView, opts: RenderOptions): string {
  const width = view.width;
  const q = res.settings.queriesPerDay;
  // The answer first: the cheapest at the volume and what it costs (the regimes, without a volume), then the
  // verdict in words (src/result/verdict.ts): whether training pays back, over which volumes, what it rests on.
  // With nothing buyable, the verdict alone says so.
  const verdict: string[] = [];
  if (q === null) verdict.push(regimeSentence(res));
  else if (res.cheapestAtVolume !== null) {
    const total = res.options.find((o) => o.id === res.cheapestAtVolume)!.atVolume!.totalPerMonth;
    verdict.push(
      `Cheapest at ${formatQueriesPerDay(q)} queries/day: ${res.cheapestAtVolume}, ` +
        `${formatUsd(total)}/month${familyPhrase(res)}.`,
    );
  }
  verdict.push(res.verdict.text);
  // The tokens per example assumed, when the verdict says so, is not counted again among the footer's assumptions.
  const tokensSaid = res.verdict.restsOn.some((b) => b.kind === 'assumed' && b.input === 'tokens-per-example');
  const tokens = tokensSaid
    ? res.assumptions.find((a) => /^\S+ tokens per (?:training )?example assumed/.test(a))
    : undefined;

  const shown = shownOptions(res, view);
  const { lines: table, dropped } = optionsTable(res, shown, width);
  const more = shown.length < res.options.length ? [`… ${res.options.length - shown.length} more options (--all)`] : [];
  const out = res.options.filter((o) => !o.decision.competes);
  const markers: Marker[] = [
    ...(res.cheapestAtVolume !== null && q !== null
      ? [{ mark: '>', meaning: `cheapest at ${formatQueriesPerDay(q)} queries/day` }]
      : []),
    ...(out.length
      ? [
          {
            mark: 'x',
            meaning:
              'left out of the decision (costed, never named cheapest): ' +
              [...new Set(out.map((o) => o.decision.excludedBecause))].join('; ') +
              '; --include-ending / --include-non-production bring them in',
          },
        ]
      : []),
  ];
  const lists = view.all
    ? [
        '',
        'Break-evens (queries/day, rounded up):',
        ...(res.breakEvens.length === 0
          ? ['No two options cross: the order never changes with volume.']
          : fittedBreakEvens(res, width)),
        ...rangeNote(res),
        '',
        'Cheapest option by volume (queries/day):',
        ...regimeLines(res),
      ]
    : q === null
      ? []
      : ['', regimeSentence(res)];
  // The footer merged: what the figures rest on, and how many of the full output's lines --wide shows.
  const where = header(res).replace(/^ftcost breakeven · /, '');
  const others = res.assumptions.filter((a) => a !== tokens).length;
  const optionNotes = res.options.reduce((n, o) => n + o.notes.length, 0) + res.notes.length;
  const hidden = [
    ...(others ? [`${others} more assumption${others === 1 ? '' : 's'}`] : []),
    ...(optionNotes ? [`${optionNotes} note${optionNotes === 1 ? '' : 's'} on the options`] : []),
    ...(res.skipped.length ? [`${res.skipped.length} offer${res.skipped.length === 1 ? '' : 's'} left out`] : []),
  ];
  const sources = res.options.flatMap((o) => o.sources);
  const footer = [
    `${settingsLine(res).replace(/^Volume: [^·]*· /, '')} · ${where}` +
      `${hidden.length ? `; ${hidden.join(', ')}: --wide shows them` : ''}.`,
    ...(view.all ? [] : rangeNote(res)),
    ...closedToTeamLine(res.closedToTeam),
    ...(view.sources
      ? ['Sources:', ...new Set(sources.map((s) => `  ${s.source} (as of ${s.asOf})`))]
      : sources.length
        ? [sourcesLine(sources)]
        : []),
  ];
  const body = wrapAll(
    [...verdict, '', ...table, ...more, ...droppedLine(dropped, width), ...markerLines(markers, width), ...lists],
    width,
  );
  const tail = wrapAll(['', ...(res.sensitivity ? [...tornadoFitted(res, width), ''] : []), ...footer], width);
  // The chart takes what is left of a 40-line screen: 6 to 14 plot rows.
  const fit = { width, listed: new Set(shown.map((o) => o.id)) };
  const chartAt = (height: number) => renderChart(res, { color: opts.color, height, fit }).trimEnd();
  const probe = chartAt(14);
  const overhead = probe ? probe.split('\n').length - 14 : 0;
  const height = Math.max(6, Math.min(14, 40 - body.length - tail.length - overhead - 1));
  const chart = probe === '' ? [] : ['', ...(height === 14 ? probe : chartAt(height)).split('\n')];
  return finish([...body, ...chart, ...tail], width);
}

/** The break-evens as a table fitted to the width (the terminal view with --all). */
function fittedBreakEvens(res: BreakEvenResult, width: number): string[] {
  const ranged = res.range !== undefined;
  return fitTable(
    [
      { header: 'Queries/day', align: 'right' },
      ...(ranged ? [{ header: 'Range (low – high)', drop: 2 }] : []),
      { header: 'Between', shrink: { soft: 40, hard: 12 } },
      { header: 'Then', shrink: { soft: 30, hard: 12 }, drop: 3 },
      { header: 'At the break-even', shrink: { soft: 16, hard: 10 }, drop: 1 },
    ],
    breakEvenRows(res),
    width,
  ).lines;
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
  // The same date columns under the same names as estimate's and budget's CSV.
  'prices_as_of',
  'run_date',
  'sources',
  'assumptions',
] as const;
/**
 * Appended after every other column only when the result carries costs beyond compute or success rates
 * (docs/breakeven-csv.md), so the columns above keep their places and a run without them is unchanged.
 */
const EXTRAS_CSV_HEADER = [
  'extras_per_month',
  'data_preparation',
  'engineering',
  'evaluation_per_cycle',
  'review_per_cycle',
  'monitoring_per_month',
  'model_storage_per_month',
] as const;
const QUALITY_CSV_HEADER = [
  'failures_per_month',
  'cost_per_usable_answer',
  'success_rate',
  'failure_cost',
  'per_usable_answer',
] as const;
type BreakEvenCsvColumn =
  | (typeof BREAKEVEN_CSV_HEADER)[number]
  | (typeof EXTRAS_CSV_HEADER)[number]
  | (typeof QUALITY_CSV_HEADER)[number];

/** The table and markdown columns of costs beyond compute and failures, only when the result has them. */
function beyondCompute(res: BreakEvenResult): { header: string; cell: (o: BreakEvenOptionJson) => string }[] {
  return [
    ...(res.options.some((o) => o.extraCosts)
      ? [{ header: 'Extras/mo', cell: (o: BreakEvenOptionJson) => formatUsd(o.atVolume?.extrasPerMonth ?? '0') }]
      : []),
    ...(res.options.some((o) => o.quality)
      ? [{ header: 'Failures/mo', cell: (o: BreakEvenOptionJson) => formatUsd(o.atVolume?.failuresPerMonth ?? '0') }]
      : []),
  ];
}

/** "n/a" (nothing to pay back), "never", or "months". */
function paybackStatus(o: BreakEvenOptionJson): string {
  if (!o.payback) return 'n/a';
  return o.payback.paysBack ? 'months' : 'never';
}

/** The break-even as one table (the CSV's rows, filterable by `record`; the workbook splits it by record). */
export function breakEvenSheet(res: BreakEvenResult): SheetTable {
  const q = res.settings.queriesPerDay;
  const common: Partial<Record<BreakEvenCsvColumn, Cell | undefined>> = {
    currency: res.units.money,
    settings_queries_per_day: q,
    hours_per_month: res.settings.hoursPerMonth,
    horizon_months: res.settings.horizonMonths,
    retrain_every_months: res.settings.retrainEveryMonths,
    catalog_version: res.catalog?.version ?? null,
    prices_as_of: res.asOf,
    run_date: res.today,
    assumptions: listCell(res.assumptions),
  };
  // One merge per row, not per cell: a near-parallel step pair has hundreds of thousands of rows.
  const header: readonly BreakEvenCsvColumn[] = [
    ...BREAKEVEN_CSV_HEADER,
    ...(res.options.some((o) => o.extraCosts) ? EXTRAS_CSV_HEADER : []),
    ...(res.options.some((o) => o.quality) ? QUALITY_CSV_HEADER : []),
  ];
  const line = (cells: Partial<Record<BreakEvenCsvColumn, Cell | undefined>>) => {
    const row = { ...common, ...cells };
    return header.map((c): Cell => row[c] ?? null);
  };
  const rows = [
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
        extras_per_month: o.atVolume?.extrasPerMonth,
        data_preparation: o.extraCosts?.dataPreparation,
        engineering: o.extraCosts?.engineering,
        evaluation_per_cycle: o.extraCosts?.evaluationPerCycle,
        review_per_cycle: o.extraCosts?.reviewPerCycle,
        monitoring_per_month: o.extraCosts?.monitoringPerMonth,
        model_storage_per_month: o.extraCosts?.modelStoragePerMonth,
        failures_per_month: o.atVolume?.failuresPerMonth,
        cost_per_usable_answer: o.atVolume?.costPerUsableAnswer,
        success_rate: o.quality?.successRate,
        failure_cost: o.quality?.failureCost,
        per_usable_answer: o.quality?.perUsableAnswer,
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
  ];
  return { name: 'Break-even', header, rows };
}

export function breakEvenCsv(res: BreakEvenResult, dialect: CsvDialect = CSV_POINT): string {
  return csvText(breakEvenSheet(res), dialect);
}

export function breakEvenMarkdown(res: BreakEvenResult): string {
  const withVolume = res.settings.queriesPerDay !== null;
  const label = (o: BreakEvenOptionJson) =>
    `\`${o.id}\`${!o.decision.competes ? ' (left out)' : o.id === res.cheapestAtVolume ? ' (cheapest)' : ''}`;
  const options = withVolume
    ? mdTable(
        [
          'Option',
          'Kind',
          'Training/mo',
          'Hosting/mo',
          'Tokens/mo',
          ...beyondCompute(res).map((c) => c.header),
          'Total/mo',
          'Payback',
        ],
        res.options.map((o) => [
          label(o),
          KIND_LABEL[o.kind],
          formatUsd(o.atVolume!.trainingPerMonth),
          formatUsd(o.atVolume!.hostingPerMonth),
          formatUsd(o.atVolume!.tokensPerMonth),
          ...beyondCompute(res).map((c) => c.cell(o)),
          formatUsd(o.atVolume!.totalPerMonth),
          paybackLabel(o, res),
        ]),
        ['left', 'left', 'right', 'right', 'right', ...beyondCompute(res).map(() => 'right' as const), 'right', 'left'],
      )
    : mdTable(
        ['Option', 'Kind', 'Prices'],
        res.options.map((o) => [label(o), KIND_LABEL[o.kind], pricesLabel(o)]),
      );
  const breakEvens = res.breakEvens.length
    ? mdTable(
        ['Queries/day', ...(res.range ? ['Range (low – high)'] : []), 'Between', 'Cheaper above', 'Kind'],
        foldLong(
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
          gapRow(res.range ? 5 : 4, 'break-evens'),
        ),
        ['right'],
      )
    : 'No two options cross.';
  const regimes = mdTable(
    ['From (queries/day)', 'To', 'Cheapest'],
    [
      ...foldLong(
        res.regimes.map((r) => [
          formatQueriesPerDay(r.fromQueriesPerDay),
          r.toQueriesPerDay === null ? '∞' : formatQueriesPerDay(r.toQueriesPerDay),
          `\`${r.cheapest}\``,
        ]),
        gapRow(3, 'regimes'),
      ),
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
      `**Verdict:** ${res.verdict.text}`,
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
  csv: (res) => breakEvenCsv(res),
  md: breakEvenMarkdown,
};
