/**
 * Renderers of an EstimateResult: pure (result) => string, one per format. A closed set: adding a
 * format to FORMATS without a renderer here is a type error.
 */
import { PRICE_KINDS, RUNNING_PRICE_FIELDS } from '../domain/priceKinds.js';
import type { EstimateResult, EstimateRowJson } from '../result/estimate.js';
import { formatCount, formatRate, formatUsd } from '../format/money.js';
import type { Format } from './formats.js';
import { csvLines, mdTable, textTable } from './layout.js';
import { invalidLinesSummary, warningsSummary } from './inspect.js';
import { closedToTeamLine, epochsCell, rateLabel, estimateRowNotes, methodLabel } from './labels.js';

function costLabel(r: EstimateRowJson): string {
  return r.trainingCost === null ? 'n/a' : formatUsd(r.trainingCost);
}

/** "$0.75 – $4.50"; "$1.80 – $1.80" for a zero-width band; "n/a" without a cost. */
function rangeLabel(r: EstimateRowJson): string {
  const b = r.trainingCostRange;
  return b ? `${formatUsd(b.low)} – ${formatUsd(b.high)}` : 'n/a';
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
    return `${formatCount(d.examples)} examples counted in ${c.file ?? 'the file'}${c.invalidLines ? ` (${formatCount(c.invalidLines)} invalid line(s) excluded)` : ''}: ${encodings} tokens before per-example caps`;
  }
  const per =
    d.tokensPerExample === null
      ? ''
      : ` × ${formatCount(d.tokensPerExample)} tokens${d.tokensPerExampleAssumed ? ' (assumed)' : ''}`;
  return `${formatCount(d.examples)} examples${per}`;
}

function footnotes(res: EstimateResult): string[] {
  const lines: string[] = [];
  const counted = res.dataset.counted;
  if (counted) {
    lines.push(...invalidLinesSummary(counted.training, 'the training file'));
    if (counted.validation) lines.push(...invalidLinesSummary(counted.validation, 'the validation file'));
    lines.push(...warningsSummary(counted.training).filter((w) => !w.includes('over_token_limit')));
    const methods = new Set(res.rows.filter((r) => !r.tokenCountExact).map((r) => r.tokenCountMethod));
    for (const m of methods) lines.push(`Token count ${m}`);
  }
  for (const a of res.assumptions) lines.push(`Assumed: ${a}`);
  if (res.rows.some((r) => r.stale))
    lines.push(
      `stale: the price was last checked more than ${res.staleAfterDays} days before ${res.today}; verify it before budgeting.`,
    );
  if (res.rows.some((r) => r.epochsBasis === 'openai-auto' && r.billing !== 'per-hour'))
    lines.push("auto: OpenAI's default-epochs rule for this many examples (n_epochs=auto).");
  // The dates are in each row's notes; where each was read (and the notice's words) is in the JSON
  // (rows[].availability.events) and in `catalog show`: a table stays readable.
  const dated = res.rows.filter((r) => r.availability && r.availability.status !== 'available');
  if (dated.length > 0) {
    const providers = [...new Set(dated.map((r) => r.providerName))].join(', ');
    lines.push(
      `${providers}: lifecycle dates as the providers announced them; \`ftcost catalog show MODEL\` gives each with its source and the notice's words.`,
    );
  }
  const hosted = new Map<string, string>();
  for (const r of res.rows) {
    if (r.running.hostingPerHour && r.running.hostingPerMonth && !hosted.has(r.providerName)) {
      hosted.set(
        r.providerName,
        `Running it: ${r.providerName} bills a deployed fine-tune ${formatRate(r.running.hostingPerHour)}/h (${formatUsd(r.running.hostingPerMonth)} per 730-h month) on top of tokens, called or not; ftcost breakeven weighs that against volume.`,
      );
    }
  }
  lines.push(...hosted.values());
  lines.push(...closedToTeamLine(res.closedToTeam));
  if (res.hiddenUnavailable > 0) {
    lines.push(
      `${res.hiddenUnavailable} offer(s) that cannot be trained on ${res.asOf} (training ended, shut down, or closed to you) are hidden; --include-unavailable shows them.`,
    );
  }
  if (res.notKnownBefore.length > 0) {
    const first = [...new Set(res.notKnownBefore.map((n) => n.firstSeen))].sort();
    lines.push(
      `${res.notKnownBefore.length} offer(s) have no known price on ${res.asOf}: their earliest price was only first seen later (${first.join(', ')}), so what they cost then is not known — not that they did not exist.`,
    );
  }
  if (res.rows.some((r) => r.sourceKind === 'copy')) {
    lines.push(
      "copy: the price was read from a third party's copy of the provider's page (listed under Sources); check the provider's page before budgeting.",
    );
  }
  const warnings = new Set(res.rows.flatMap((r) => r.warnings));
  for (const w of warnings) lines.push(`Warning: ${w}`);
  const sources = [
    ...new Set(res.rows.map((r) => `${r.source} (${r.original ? `copy of ${r.original}, ` : ''}as of ${r.asOf})`)),
  ];
  if (sources.length) lines.push('Sources:', ...sources.map((s) => `  ${s}`));
  return lines;
}

/** One row's cells, as the table and the Markdown show them (the model id as each formats it). */
function rowCells(res: EstimateResult, r: EstimateRowJson, i: number, model: string): string[] {
  return [
    String(i + 1),
    r.providerName,
    model,
    methodLabel(r),
    epochsCell(r),
    r.billing === 'per-hour'
      ? r.trainingHours === null
        ? '-'
        : `${r.trainingHours} h`
      : formatCount(r.trainingTokens),
    rateLabel(r, formatRate),
    costLabel(r),
    ...(res.range ? [rangeLabel(r)] : []),
    estimateRowNotes(r).join('; '),
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
] as const;

/** The columns --range adds at the end of every CSV row. */
const ESTIMATE_CSV_RANGE_HEADER = ['training_cost_low', 'training_cost_expected', 'training_cost_high'] as const;

/** The total of the row's charges with that name (null when it has none): read from the result, never computed. */
function chargeTotal(r: EstimateRowJson, name: string): string | null {
  return r.charges.find((c) => c.name === name)?.total ?? null;
}

export function estimateCsv(res: EstimateResult): string {
  const ranged = res.range !== undefined;
  return csvLines(
    ranged ? [...ESTIMATE_CSV_HEADER, ...ESTIMATE_CSV_RANGE_HEADER] : ESTIMATE_CSV_HEADER,
    res.rows.map((r, i) => [
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
      [...estimateRowNotes(r), ...r.warnings].join('; '),
      res.assumptions.join('; '),
      ...(ranged
        ? [r.trainingCostRange?.low ?? null, r.trainingCostRange?.expected ?? null, r.trainingCostRange?.high ?? null]
        : []),
    ]),
  );
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
