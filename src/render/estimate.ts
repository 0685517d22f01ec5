/**
 * Renderers of an EstimateResult: pure (result) => string, one per format. A closed set: adding a
 * format to FORMATS without a renderer here is a type error.
 */
import { PRICE_KINDS, RUNNING_PRICE_FIELDS } from '../domain/priceKinds.js';
import type { EstimateResult, EstimateRowJson } from '../result/estimate.js';
import { formatCount, formatRate, formatUsd } from '../format/money.js';
import type { Format } from './formats.js';
import { baseName, CSV_POINT, type CsvDialect, csvText, listCell, type SheetTable } from './csv.js';
import { mdTable, textTable } from './layout.js';
import { estimateAnswer, type EstimateFamilies } from './answer.js';

export type { EstimateFamilies };
import { invalidLinesSummary, warningsSummary } from './inspect.js';
import { closedToTeamLine, epochsCell, epochsLabel, rateLabel, estimateRowNotes, methodLabel } from './labels.js';
import { Decimal } from '../decimal.js';
import {
  droppedLine,
  finish,
  fitTable,
  fold,
  type Marker,
  markerLegend,
  markerLines,
  rowMarks,
  shortProviderName,
  sourcesLine,
  type TerminalView,
  wrap,
} from './terminal.js';

function costLabel(r: EstimateRowJson): string {
  return r.trainingCost === null ? 'n/a' : formatUsd(r.trainingCost);
}

/** "$0.75 – $4.50"; "$1.80 – $1.80" for a zero-width band; "n/a" without a cost. */
function rangeLabel(r: EstimateRowJson): string {
  const b = r.trainingCostRange;
  return b ? `${formatUsd(b.low)} – ${formatUsd(b.high)}` : 'n/a';
}

/** "lora, self-hosted": the method a self-hosted row trains with; the offer's method otherwise. */
function methodCell(res: EstimateResult, r: EstimateRowJson): string {
  return r.kind === 'self-hosted' ? `${res.selfHosted?.method ?? r.method}, self-hosted` : methodLabel(r);
}

/** A self-hosted row's epochs are a count (its billing is per GPU-hour, not per training hour). */
function epochsOf(r: EstimateRowJson): string {
  return r.kind === 'self-hosted' ? epochsLabel(r) : epochsCell(r);
}

/** Training tokens, or the hours of an offer billed per training hour. */
function tokensCell(r: EstimateRowJson): string {
  if (r.billing !== 'per-hour' || r.kind === 'self-hosted') return formatCount(r.trainingTokens);
  return r.trainingHours === null ? '-' : `${r.trainingHours} h`;
}

function rateCell(r: EstimateRowJson): string {
  return r.kind === 'self-hosted' ? `${formatRate(r.gpuPerHour!)}/GPU-h` : rateLabel(r, formatRate);
}

/** Three significant digits: GPU-hours and GiB are estimates, not money (the JSON has them exact). */
const approx = (value: string) => new Decimal(value).toSignificantDigits(3).toFixed();

/** "60 s" → "1 min", "3600 s" → "1 h": a billing increment or minimum in the unit it is quoted in. */
function secondsLabel(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/** "billed per minute", "billed per second, 1 min minimum", or that no increment is published. */
function billingLabel(r: EstimateRowJson): string {
  const increment = r.billingIncrementSeconds;
  if (increment === null || increment === undefined) return 'billing increment not published: billed as computed';
  const per = { 1: 'per second', 60: 'per minute', 3600: 'per hour' }[increment] ?? `per ${secondsLabel(increment)}`;
  const minimum = r.billingMinimumSeconds ? `, ${secondsLabel(r.billingMinimumSeconds)} minimum` : '';
  return `billed ${per}${minimum}`;
}

/**
 * "estimate: 8× NVIDIA H100 SXM 80GB, 26.2 GiB/GPU, 0.185 GPU-h at measured 900 tokens/s per GPU;
 * billed per second, 1 h minimum, +10 min set-up: 8 GPU-h".
 */
function selfHostedNote(res: EstimateResult, r: EstimateRowJson): string {
  const overhead = res.selfHosted ? `, +${res.selfHosted.jobOverheadMinutes} min set-up` : '';
  const tokensPerSecond = formatCount(new Decimal(r.tokensPerSecondPerGpu!).round().toFixed(0));
  return (
    `estimate: ${r.gpus}× ${r.gpuName}, ${approx(r.memoryPerGpuGiB!)} GiB/GPU, ${approx(r.gpuHours!)} GPU-h ` +
    `at ${r.throughputBasis} ${tokensPerSecond} tokens/s per GPU; ` +
    `${billingLabel(r)}${overhead}: ${approx(r.billedGpuHours!)} GPU-h`
  );
}

/** A row's notes: a self-hosted row's plan first. */
function rowNotes(res: EstimateResult, r: EstimateRowJson): string[] {
  return r.kind === 'self-hosted' ? [selfHostedNote(res, r), ...estimateRowNotes(r)] : estimateRowNotes(r);
}

/** With --self-hosted: why each model or GPU has no self-hosted row. */
function selfHostedLines(res: EstimateResult): string[] {
  return (res.selfHosted?.leftOut ?? []).map((l) => `Self-hosted, left out: ${l}`);
}

/** With --range: what each source of uncertainty is, and its widest swing over the rows. */
function rangeFootnotes(res: EstimateResult): string[] {
  if (!res.range) return [];
  const lines = [
    'Range: low – high training cost from these sources (each: its bounds; cost at those bounds, others as expected):',
  ];
  if (res.range.sources.length === 0) lines.push('  none: every input is exact, so low = expected = high');
  for (const { source, description } of res.range.sources) {
    // An example row where the source widens the band (a zero-width source needs none).
    const first = res.rows.find((r) =>
      r.trainingCostRangeSources?.some((c) => c.source === source && c.low !== c.high),
    );
    const c = first?.trainingCostRangeSources?.find((x) => x.source === source);
    const at =
      c && first
        ? ` — e.g. ${first.provider}/${first.model}: ${c.bounds}: ${formatUsd(c.low)} – ${formatUsd(c.high)}`
        : '';
    lines.push(`  ${source}: ${description}${at}`);
  }
  return lines;
}

function datasetLine(res: EstimateResult): string {
  const d = res.dataset;
  const c = d.counted?.training;
  if (c) {
    const encodings = c.encodings
      .map((e) => `${formatCount(BigInt(e.totalTokens))} ${e.encoding}${e.exact ? '' : ' (estimate)'}`)
      .join(', ');
    const invalid = c.invalidLines ? ` (${formatCount(c.invalidLines)} invalid line(s) excluded)` : '';
    return (
      `${formatCount(d.examples)} examples counted in ${c.file ?? 'the file'}${invalid}: ` +
      `${encodings} tokens before per-example caps`
    );
  }
  const per =
    d.tokensPerExample === null
      ? ''
      : ` × ${formatCount(d.tokensPerExample)} tokens${d.tokensPerExampleAssumed ? ' (assumed)' : ''}`;
  return `${formatCount(d.examples)} examples${per}`;
}

/** What counting the training file found: lines the platform would reject, warnings, stand-in counts. */
function countedLines(res: EstimateResult): string[] {
  const lines: string[] = [];
  const counted = res.dataset.counted;
  if (counted) {
    lines.push(...invalidLinesSummary(counted.training, 'the training file'));
    if (counted.validation) lines.push(...invalidLinesSummary(counted.validation, 'the validation file'));
    lines.push(...warningsSummary(counted.training).filter((w) => !w.includes('over_token_limit')));
    const methods = new Set(res.rows.filter((r) => !r.tokenCountExact).map((r) => r.tokenCountMethod));
    for (const m of methods) lines.push(`Token count ${m}`);
  }
  return lines;
}

function footnotes(res: EstimateResult): string[] {
  const lines = countedLines(res);
  for (const a of res.assumptions) lines.push(`Assumed: ${a}`);
  if (res.rows.some((r) => r.stale))
    lines.push(
      `stale: the price was last checked more than ${res.staleAfterDays} days before ${res.today}; ` +
        'verify it before budgeting.',
    );
  if (res.rows.some((r) => r.epochsBasis === 'openai-auto' && r.billing !== 'per-hour'))
    lines.push("auto: OpenAI's default-epochs rule for this many examples (n_epochs=auto).");
  // The dates are in each row's notes; where each was read (and the notice's words) is in the JSON
  // (rows[].availability.events) and in `catalog show`: a table stays readable.
  const dated = res.rows.filter((r) => r.availability && r.availability.status !== 'available');
  if (dated.length > 0) {
    const providers = [...new Set(dated.map((r) => r.providerName))].join(', ');
    lines.push(
      `${providers}: lifecycle dates as the providers announced them; ` +
        "`ftcost catalog show MODEL` gives each with its source and the notice's words.",
    );
  }
  const hosted = new Map<string, string>();
  for (const r of res.rows) {
    if (r.running.hostingPerHour && r.running.hostingPerMonth && !hosted.has(r.providerName)) {
      hosted.set(
        r.providerName,
        `Running it: ${r.providerName} bills a deployed fine-tune ${formatRate(r.running.hostingPerHour)}/h ` +
          `(${formatUsd(r.running.hostingPerMonth)} per 730-h month) on top of tokens, called or not; ` +
          'ftcost breakeven weighs that against volume.',
      );
    }
  }
  lines.push(...hosted.values());
  lines.push(...selfHostedLines(res));
  lines.push(...closedToTeamLine(res.closedToTeam));
  if (res.hiddenUnavailable > 0) {
    lines.push(
      `${res.hiddenUnavailable} offer(s) that cannot be trained on ${res.asOf} ` +
        '(training ended, shut down, or closed to you) are hidden; --include-unavailable shows them.',
    );
  }
  if (res.notKnownBefore.length > 0) {
    const first = [...new Set(res.notKnownBefore.map((n) => n.firstSeen))].sort();
    lines.push(
      `${res.notKnownBefore.length} offer(s) have no known price on ${res.asOf}: ` +
        `their earliest price was only first seen later (${first.join(', ')}), ` +
        'so what they cost then is not known — not that they did not exist.',
    );
  }
  if (res.rows.some((r) => r.sourceKind === 'copy')) {
    lines.push(
      "copy: the price was read from a third party's copy of the provider's page (listed under Sources); " +
        "check the provider's page before budgeting.",
    );
  }
  const warnings = new Set(res.rows.flatMap((r) => r.warnings));
  for (const w of warnings) lines.push(`Warning: ${w}`);
  const sources = sourceLines(res.rows);
  if (sources.length) lines.push('Sources:', ...sources);
  return lines;
}

/** Each source the rows were priced from, once: "  URL (copy of URL, as of DATE)". */
function sourceLines(rows: readonly EstimateRowJson[]): string[] {
  return [
    ...new Set(
      rows.flatMap((r) => [
        `${r.source} (${r.original ? `copy of ${r.original}, ` : ''}as of ${r.asOf})`,
        // A self-hosted row rests on a throughput figure too.
        ...(r.throughputSource ? [`${r.throughputSource} (training throughput, as of ${r.throughputAsOf})`] : []),
        ...(r.billingSource ? [`${r.billingSource} (billing increment)`] : []),
      ]),
    ),
  ].map((s) => `  ${s}`);
}

/** One row's cells, as the table and the Markdown show them (the model id as each formats it). */
function rowCells(res: EstimateResult, r: EstimateRowJson, i: number, model: string): string[] {
  return [
    String(i + 1),
    r.providerName,
    model,
    methodCell(res, r),
    epochsOf(r),
    tokensCell(r),
    rateCell(r),
    costLabel(r),
    ...(res.range ? [rangeLabel(r)] : []),
    rowNotes(res, r).join('; '),
  ];
}

export function estimateTable(res: EstimateResult): string {
  const header = `ftcost estimate · catalog ${res.catalog.version} · prices as of ${res.asOf} · USD`;
  const dataset = `Dataset: ${datasetLine(res)}`;
  if (res.rows.length === 0)
    return (
      [
        header,
        dataset,
        '',
        res.notKnownBefore.length > 0
          ? `No offer has a known price on ${res.asOf}.`
          : 'No offer matches these filters.',
        ...footnotes(res),
      ].join('\n') + '\n'
    );
  const table = textTable(
    [
      { header: '#', align: 'right' },
      { header: 'Provider' },
      { header: 'Model' },
      { header: 'Method' },
      { header: 'Epochs', align: 'right' },
      { header: 'Training tokens', align: 'right' },
      { header: 'Per 1M', align: 'right' },
      { header: 'Training cost', align: 'right' },
      ...(res.range ? [{ header: 'Range (low – high)', align: 'right' as const }] : []),
      { header: 'Notes' },
    ],
    res.rows.map((r, i) => rowCells(res, r, i, r.model)),
  );
  return [header, dataset, '', table, '', ...rangeFootnotes(res), ...footnotes(res)].join('\n') + '\n';
}

/** An estimate row's markers: the shared ones, with k (capped), m (minimum charge) and n (no price) after t. */
function estimateMarks(r: EstimateRowJson): string {
  const capped = r.charges.some((c) => c.name.startsWith('per-job cap')) ? 'k' : '';
  const minimum = r.charges.some((c) => c.name === 'minimum charge top-up') ? 'm' : '';
  return rowMarks(r, capped + minimum + (r.missingPrice ? 'n' : ''));
}

/** What each marker means, for the rows shown. */
function estimateMarkers(res: EstimateResult, rows: readonly EstimateRowJson[]): Marker[] {
  const reasons = [...new Set(rows.map((r) => r.missingPrice).filter((m): m is string => m !== null))];
  return markerLegend(
    res,
    'examples over the per-example token limit are billed (and trained) truncated',
    [
      { mark: 'k', meaning: "capped: the job pauses at the provider's per-job cap" },
      { mark: 'm', meaning: "minimum charge: the job is billed the provider's minimum per job" },
      { mark: 'n', meaning: `no price: ${reasons.join('; ')}` },
    ],
    new Set(rows.flatMap((r) => [...estimateMarks(r)])),
  );
}

/** "500 examples × 500 tokens (assumed — pass --file for an exact count) × 3 epochs · prices as of … · USD". */
function estimateContext(res: EstimateResult): string {
  const d = res.dataset;
  let data = datasetLine(res);
  if (d.tokensPerExampleAssumed && !d.counted)
    data = data.replace(/ \(assumed\)$/, ' (assumed — pass --file for an exact count)');
  const epochs = sameEpochs(res);
  if (epochs !== null) data += ` × ${epochs} epoch${epochs === 1 ? '' : 's'}`;
  return `${data} · prices as of ${res.asOf} · catalog ${res.catalog.version} · USD`;
}

/** The epochs of every row, when all were asked for and are the same (the terminal view then says them once). */
function sameEpochs(res: EstimateResult): number | null {
  const perToken = res.rows.filter((r) => r.billing === 'per-token');
  const epochs = new Set(perToken.map((r) => r.epochs));
  if (perToken.length === 0 || epochs.size > 1 || !perToken.every((r) => r.epochsBasis === 'requested')) return null;
  return perToken[0]!.epochs;
}

/** Footer lines the terminal view keeps, merged where the full table repeats them per provider or row. */
function estimateTerminalNotes(res: EstimateResult, shown: readonly EstimateRowJson[]): string[] {
  const lines = [...countedLines(res)];
  const tokensAssumed = `${res.dataset.tokensPerExample} tokens per example assumed`;
  for (const a of res.assumptions) if (!a.startsWith(tokensAssumed)) lines.push(`Assumed: ${a}`);
  if (shown.some((r) => r.epochsBasis === 'openai-auto' && r.billing !== 'per-hour'))
    lines.push("auto: OpenAI's default-epochs rule for this many examples (n_epochs=auto).");
  const hosting = new Map<string, string>();
  for (const r of shown)
    if (r.running.hostingPerHour && !hosting.has(r.providerName))
      hosting.set(r.providerName, `${shortProviderName(r.providerName)} ${formatRate(r.running.hostingPerHour)}/h`);
  if (hosting.size > 0)
    lines.push(
      'Running it: a deployed fine-tune is billed by the hour on top of tokens, called or not ' +
        `(${[...hosting.values()].join(', ')}); ftcost breakeven weighs that against volume.`,
    );
  lines.push(...selfHostedLines(res));
  lines.push(...closedToTeamLine(res.closedToTeam));
  if (res.hiddenUnavailable > 0)
    lines.push(
      `${res.hiddenUnavailable} offer(s) that cannot be trained on ${res.asOf} are hidden; ` +
        '--include-unavailable shows them.',
    );
  if (res.notKnownBefore.length > 0)
    lines.push(
      `${res.notKnownBefore.length} offer(s) have no known price on ${res.asOf} ` +
        '(their earliest price was first seen later); --wide lists when.',
    );
  // Warnings the markers already say (minimum charge, per-job cap, truncated examples) are not repeated.
  const said = /is billed the minimum|per-job cap|billed \(and trained\) truncated/;
  const warnings = new Set(shown.flatMap((r) => r.warnings).filter((w) => !said.test(w)));
  for (const w of warnings) lines.push(`Warning: ${w}`);
  return lines;
}

/**
 * The terminal view of an estimate: the answer first, the table fitted to the width and folded to
 * the first rows, notes as markers explained once, sources as short references.
 */
export function estimateTerminal(res: EstimateResult, view: TerminalView, families?: EstimateFamilies): string {
  const width = view.width;
  const top = [...estimateAnswer(res, families), estimateContext(res)].flatMap((l) => wrap(l, width));
  if (res.rows.length === 0) return finish([...top, ...estimateTerminalNotes(res, [])], width);
  const { shown, more } = fold(res.rows, view);
  const ranged = res.range !== undefined;
  const marks = shown.map(estimateMarks);
  const withNotes = marks.some((m) => m !== '');
  // Epochs all the same and asked for: said once above the table, not in a column.
  const withEpochs = sameEpochs(res) === null;
  const { lines: table, dropped } = fitTable(
    [
      { header: '#', align: 'right' },
      { header: 'Provider', shrink: { soft: 13, hard: 6 }, drop: 7 },
      { header: 'Model', shrink: { soft: 20, hard: 10 } },
      { header: 'Method', shrink: { soft: 14, hard: 6 }, drop: 4 },
      ...(withEpochs ? [{ header: 'Epochs', align: 'right' as const, drop: 2 }] : []),
      { header: 'Tokens', align: 'right', drop: 1 },
      { header: 'Per 1M', align: 'right', drop: 3 },
      { header: 'Cost', align: 'right' },
      ...(ranged ? [{ header: 'Range', align: 'right' as const, drop: 5 }] : []),
      ...(withNotes ? [{ header: 'Notes', drop: 6 }] : []),
    ],
    shown.map((r, i) => [
      String(i + 1),
      shortProviderName(r.providerName),
      r.modelName ?? r.model,
      methodCell(res, r),
      ...(withEpochs ? [epochsOf(r)] : []),
      tokensCell(r),
      rateCell(r),
      costLabel(r),
      ...(ranged ? [rangeLabel(r)] : []),
      ...(withNotes ? [marks[i]!] : []),
    ]),
    width,
  );
  const sources = view.sources
    ? ['Sources:', ...sourceLines(shown)]
    : [sourcesLine(shown.map((r) => ({ source: r.source, original: r.original })))];
  return finish(
    [
      ...top,
      '',
      ...table,
      ...more,
      ...droppedLine(dropped, width),
      '',
      ...markerLines(estimateMarkers(res, shown), width),
      ...rangeFootnotes(res),
      ...estimateTerminalNotes(res, shown),
      ...sources,
    ],
    width,
  );
}

export const ESTIMATE_CSV_HEADER = [
  'rank',
  'provider',
  'model',
  'method',
  'tier',
  'epochs',
  'epochs_basis',
  'billed_tokens_per_epoch',
  'training_tokens',
  'training_per_1m',
  'training_cost',
  'currency',
  ...RUNNING_PRICE_FIELDS.map((f) => `ft_${PRICE_KINDS[f].csv}`),
  'stale',
  'availability',
  'trainable',
  'training_ends_on',
  'serving_ends_on',
  'source',
  'source_kind',
  'original',
  'as_of',
  'catalog_version',
  // What a budget needs to stand alone (columns appended, so the ones above keep their places):
  'examples',
  'tokens_per_example',
  'tokens_per_example_assumed',
  'prices_as_of',
  'run_date',
  'price_age_days',
  'training_tokens_charge',
  'validation_tokens_charge',
  'training_hours',
  'training_per_hour',
  'training_hours_charge',
  'minimum_charge_top_up',
  'job_cap_adjustment',
  'missing_price_reason',
  'ft_hosting_per_month',
  'notes',
  'assumptions',
  // Where a file was counted: its name (never the local path) and whether this row's count is exact.
  'dataset_file',
  'tokens_exact',
] as const;

/** The columns --range adds at the end of every CSV row. */
const ESTIMATE_CSV_RANGE_HEADER = ['training_cost_low', 'training_cost_expected', 'training_cost_high'] as const;

/** The columns --self-hosted adds at the end of every CSV row (after --range's). */
const ESTIMATE_CSV_SELF_HOSTED_HEADER = [
  'kind',
  'gpu',
  'gpus',
  'gpu_hours',
  'job_overhead_gpu_hours',
  'billed_gpu_hours',
  'billing_increment_seconds',
  'billing_minimum_seconds',
  'gpu_per_hour',
  'memory_per_gpu_gib',
  'sequence_length',
  'tokens_per_second_per_gpu',
  'throughput_basis',
  'throughput_source',
] as const;

/** The total of the row's charges with that name (null when it has none): read from the result, never computed. */
function chargeTotal(r: EstimateRowJson, name: string): string | null {
  return r.charges.find((c) => c.name === name)?.total ?? null;
}

/** The estimate as one table: the rows of its CSV and of the workbook's "Estimate" sheet. */
export function estimateSheet(res: EstimateResult): SheetTable {
  const ranged = res.range !== undefined;
  const selfHosted = res.selfHosted !== undefined;
  const training = res.dataset.counted?.training;
  return {
    name: 'Estimate',
    header: [
      ...ESTIMATE_CSV_HEADER,
      ...(ranged ? ESTIMATE_CSV_RANGE_HEADER : []),
      ...(selfHosted ? ESTIMATE_CSV_SELF_HOSTED_HEADER : []),
    ],
    rows: res.rows.map((r, i) => [
      i + 1,
      r.provider,
      r.model,
      r.method,
      r.tier,
      r.epochs,
      r.epochsBasis,
      r.billedTokensPerEpoch,
      r.trainingTokens,
      r.trainingPer1M,
      r.trainingCost,
      r.currency,
      ...RUNNING_PRICE_FIELDS.map((f) => r.running[f]),
      r.stale,
      r.availability?.status ?? 'available',
      r.availability?.trainable ?? true,
      r.availability?.trainingEndsOn ?? null,
      r.availability?.servingEndsOn ?? null,
      r.source,
      r.sourceKind,
      r.original,
      r.asOf,
      res.catalog.version,
      res.dataset.examples,
      res.dataset.tokensPerExample,
      res.dataset.tokensPerExample === null ? null : res.dataset.tokensPerExampleAssumed,
      res.asOf,
      res.today,
      r.priceAgeDays,
      chargeTotal(r, 'training tokens'),
      chargeTotal(r, 'validation tokens'),
      r.trainingHours,
      r.trainingPerHour,
      chargeTotal(r, 'training hours'),
      chargeTotal(r, 'minimum charge top-up'),
      r.charges.find((c) => c.name.startsWith('per-job cap'))?.total ?? null,
      r.missingPrice,
      r.running.hostingPerMonth,
      listCell([...rowNotes(res, r), ...r.warnings]),
      listCell(res.assumptions),
      training ? baseName(training.file) : null,
      training ? r.tokenCountExact : null,
      ...(ranged
        ? [r.trainingCostRange?.low ?? null, r.trainingCostRange?.expected ?? null, r.trainingCostRange?.high ?? null]
        : []),
      ...(selfHosted
        ? [
            r.kind ?? 'hosted',
            r.gpu ?? null,
            r.gpus ?? null,
            r.gpuHours ?? null,
            r.jobOverheadGpuHours ?? null,
            r.billedGpuHours ?? null,
            r.billingIncrementSeconds ?? null,
            r.billingMinimumSeconds ?? null,
            r.gpuPerHour ?? null,
            r.memoryPerGpuGiB ?? null,
            r.sequenceLength ?? null,
            r.tokensPerSecondPerGpu ?? null,
            r.throughputBasis ?? null,
            r.throughputSource ?? null,
          ]
        : []),
    ]),
  };
}

export function estimateCsv(res: EstimateResult, dialect: CsvDialect = CSV_POINT): string {
  return csvText(estimateSheet(res), dialect);
}

export function estimateMarkdown(res: EstimateResult): string {
  const table = mdTable(
    [
      '#',
      'Provider',
      'Model',
      'Method',
      'Epochs',
      'Training tokens',
      'Per 1M',
      'Training cost',
      ...(res.range ? ['Range (low – high)'] : []),
      'Notes',
    ],
    res.rows.map((r, i) => rowCells(res, r, i, `\`${r.model}\``)),
    [
      'right',
      'left',
      'left',
      'left',
      'right',
      'right',
      'right',
      'right',
      ...(res.range ? ['right' as const] : []),
      'left',
    ],
  );
  const notes = [...rangeFootnotes(res), ...footnotes(res)].map((l) =>
    l.startsWith('  ') ? `- ${l.trim()}` : l === 'Sources:' ? '\n**Sources**\n' : `> ${l}`,
  );
  return (
    [
      `### Fine-tuning cost estimate`,
      '',
      `Catalog ${res.catalog.version}, prices as of ${res.asOf} (USD). Dataset: ${datasetLine(res)}.`,
      '',
      table,
      '',
      ...notes,
    ].join('\n') + '\n'
  );
}

export function estimateJson(res: EstimateResult): string {
  return JSON.stringify(res, null, 2) + '\n';
}

export const estimateRenderers: Record<Format, (res: EstimateResult) => string> = {
  table: estimateTable,
  json: estimateJson,
  csv: estimateCsv,
  md: estimateMarkdown,
};
