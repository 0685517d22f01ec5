/**
 * Renderers of a BudgetResult: pure (result) => string, one per format of the closed set.
 */
import type { BudgetResult, BudgetRowJson } from '../result/budget.js';
import { formatCount, formatRate, formatUsd } from '../format/money.js';
import type { Format } from './formats.js';
import { baseName, CSV_POINT, type CsvDialect, csvText, listCell, type SheetTable } from './csv.js';
import { mdTable, textTable } from './layout.js';
import { availabilityLabel, closedToTeamLine, methodLabel, staleLabel } from './labels.js';
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

function question(res: BudgetResult): string {
  const d = res.dataset;
  const tokens =
    d.tokensPerExample === null
      ? ''
      : ` of ${formatCount(d.tokensPerExample)} tokens${d.tokensPerExampleAssumed ? ' (assumed)' : ''}`;
  if (res.solveFor === 'epochs') {
    const file = d.counted?.training.file;
    const examples = `${formatCount(d.examples ?? 0)} examples${file ? ` counted in ${file}` : tokens}`;
    return `the most epochs of ${examples} for ${formatUsd(res.maxCost)}`;
  }
  return `the most examples${tokens} at ${d.epochs} epoch${d.epochs === 1 ? '' : 's'} for ${formatUsd(res.maxCost)}`;
}

function fitsCell(r: BudgetRowJson): string {
  const most = r.maxEpochs ?? r.maxExamples;
  if (most === null || most === undefined) return 'none';
  return `${formatCount(most)}${r.limitedBy === 'epoch-limit' ? ' (max)' : ''}`;
}

function unitCell(r: BudgetRowJson): string {
  return r.unitCost === null ? '-' : `${formatUsd(r.unitCost)}/${r.unit}`;
}

function notes(r: BudgetRowJson): string[] {
  const out: string[] = [];
  if (r.reason) out.push(r.reason);
  if (r.fits && r.minimumCharge && r.trainingCost === r.minimumCharge)
    out.push(`billed the ${formatUsd(r.minimumCharge)} minimum`);
  if (r.limitedBy === 'epoch-limit') out.push(`platform maximum ${r.epochLimit.max} epochs`);
  if (r.truncatedExamples > 0) out.push('examples over the per-example cap billed at the cap');
  if (r.stale) out.push(staleLabel(r.priceAgeDays));
  const availability = availabilityLabel(r.availability);
  if (availability) out.push(availability);
  if (!r.production) out.push('not for production');
  if (r.sourceKind === 'copy') out.push('copy');
  return out;
}

/** The term the answer's cost multiplies: "epochs × cost of one epoch" or "examples × cost of one example". */
function costTerm(res: BudgetResult): string {
  return res.solveFor === 'epochs' ? 'epochs × cost of one epoch' : 'examples × cost of one example';
}

function footnotes(res: BudgetResult): string[] {
  const lines = res.assumptions.map((a) => `Assumed: ${a}`);
  if (res.solveFor === 'epochs') {
    const limits = new Map<string, string>();
    for (const r of res.rows)
      limits.set(
        r.providerName,
        `Epochs ${r.epochLimit.min}–${r.epochLimit.max} on ${r.providerName}: ${r.epochLimit.note}` +
          (r.epochLimit.source ? ` (${r.epochLimit.source})` : ''),
      );
    lines.push(...limits.values());
  }
  lines.push(`Cost of the answer = max(minimum charge, ${costTerm(res)}); within ${formatUsd(res.maxCost)}.`);
  if (res.rows.some((r) => r.stale))
    lines.push(`stale: the price was last checked more than ${res.staleAfterDays} days before ${res.today}.`);
  if (res.rows.some((r) => r.sourceKind === 'copy'))
    lines.push("copy: the price was read from a third party's copy of the provider's page; check it before budgeting.");
  lines.push(...closedToTeamLine(res.closedToTeam));
  if (res.hiddenUnavailable > 0)
    lines.push(
      `${res.hiddenUnavailable} offer(s) that cannot be trained on ${res.asOf} are hidden; ` +
        '--include-unavailable shows them.',
    );
  const sources = sourceLines(res.rows);
  if (sources.length) lines.push('Sources:', ...sources);
  return lines;
}

/** Each source the rows were priced from, once: "  URL (copy of URL, as of DATE)". */
function sourceLines(rows: readonly BudgetRowJson[]): string[] {
  return [
    ...new Set(rows.map((r) => `${r.source} (${r.original ? `copy of ${r.original}, ` : ''}as of ${r.asOf})`)),
  ].map((s) => `  ${s}`);
}

const HEADERS = (res: BudgetResult) => [
  '#',
  'Provider',
  'Model',
  'Method',
  'Per 1M',
  res.solveFor === 'epochs' ? 'Max epochs' : 'Max examples',
  res.solveFor === 'epochs' ? 'Per epoch' : 'Per example',
  'Training cost',
  'Notes',
];

function cells(r: BudgetRowJson, i: number, model: string): string[] {
  return [
    String(i + 1),
    r.providerName,
    model,
    methodLabel(r),
    r.trainingPer1M === null ? 'n/a' : formatRate(r.trainingPer1M),
    fitsCell(r),
    unitCell(r),
    r.trainingCost === null ? '-' : formatUsd(r.trainingCost),
    notes(r).join('; '),
  ];
}

export function budgetTable(res: BudgetResult): string {
  const header = `ftcost budget · catalog ${res.catalog.version} · prices as of ${res.asOf} · USD`;
  const asked = `Question: ${question(res)}`;
  if (res.rows.length === 0)
    return [header, asked, '', 'No offer matches these filters.', ...footnotes(res)].join('\n') + '\n';
  const aligns = ['right', 'left', 'left', 'left', 'right', 'right', 'right', 'right', 'left'] as const;
  const table = textTable(
    HEADERS(res).map((h, i) => ({ header: h, align: aligns[i] })),
    res.rows.map((r, i) => cells(r, i, r.model)),
  );
  return [header, asked, '', table, '', ...footnotes(res)].join('\n') + '\n';
}

/** A budget row's markers: the shared ones, with m (minimum charge) and n (nothing fits) after t. */
function budgetMarks(r: BudgetRowJson): string {
  const minimum = r.fits && r.minimumCharge && r.trainingCost === r.minimumCharge ? 'm' : '';
  return rowMarks(r, minimum + (r.reason ? 'n' : ''));
}

function budgetMarkers(res: BudgetResult, rows: readonly BudgetRowJson[]): Marker[] {
  const reasons = [...new Set(rows.map((r) => r.reason).filter((m): m is string => m !== null))];
  return markerLegend(
    res,
    'examples over the per-example cap are billed at the cap',
    [
      { mark: 'm', meaning: "billed the provider's minimum charge per job" },
      { mark: 'n', meaning: `nothing fits: ${reasons.join('; ')}` },
    ],
    new Set(rows.flatMap((r) => [...budgetMarks(r)])),
  );
}

/** An answer row: something fits, and the team can start the job on the date. */
function buyable(r: BudgetRowJson): boolean {
  return r.fits && r.trainingCost !== null && r.availability?.trainable !== false;
}

/** "5,555 examples" / "12 epochs (the platform's maximum)". */
function mostLabel(r: BudgetRowJson): string {
  const n = r.maxEpochs ?? r.maxExamples ?? 0;
  const maximum = r.limitedBy === 'epoch-limit' ? " (the platform's maximum)" : '';
  return `${formatCount(n)} ${r.unit}${n === 1 ? '' : 's'}${maximum}`;
}

function offerPhrase(r: BudgetRowJson, family: string | null): string {
  const model = `${r.modelName ?? r.model}${family ? ` (${family})` : ''}`;
  const production = r.production ? '' : ', not for production';
  const where = `${methodLabel(r)} on ${shortProviderName(r.providerName)}${production}`;
  return `${model}, ${where}, ${formatUsd(r.trainingCost!)}`;
}

/** The open-weight / closed-model split of the answer (src/render/terminal.ts openWeightModels). */
interface BudgetFamilies {
  openWeight: ReadonlySet<string>;
}

function familyOf(r: BudgetRowJson, families: BudgetFamilies | undefined): string | null {
  if (!families) return null;
  return families.openWeight.has(`${r.provider}/${r.model}`) ? 'open-weight' : 'closed model';
}

/** The answer, above the table: the most the budget buys, and the most on each other family. */
function budgetAnswer(res: BudgetResult, families: BudgetFamilies | undefined): string[] {
  const rows = res.rows.filter(buyable);
  const first = rows[0];
  if (!first)
    return [
      res.rows.length === 0
        ? 'No offer matches these filters.'
        : `Nothing can be trained for ${formatUsd(res.maxCost)} on these offers (the notes below say why).`,
    ];
  const lines = [
    `Most for ${formatUsd(res.maxCost)}: ${mostLabel(first)} — ${offerPhrase(first, familyOf(first, families))}`,
  ];
  const seen = new Set([familyOf(first, families)]);
  for (const r of rows) {
    const family = familyOf(r, families);
    if (family === null || seen.has(family)) continue;
    seen.add(family);
    lines.push(`Most on a ${family}: ${mostLabel(r)} — ${offerPhrase(r, null)}`);
  }
  // One family only: naming it says nothing.
  if (lines.length === 1)
    lines[0] = `Most for ${formatUsd(res.maxCost)}: ${mostLabel(first)} — ${offerPhrase(first, null)}`;
  return lines;
}

function budgetContext(res: BudgetResult): string {
  let q = question(res);
  if (res.dataset.tokensPerExampleAssumed && !res.dataset.counted)
    q = q.replace(' (assumed)', ' (assumed — pass --file for an exact count)');
  return `Question: ${q} · prices as of ${res.asOf} · catalog ${res.catalog.version} · USD`;
}

function budgetTerminalNotes(res: BudgetResult, shown: readonly BudgetRowJson[]): string[] {
  // The tokens assumed are said above the table; the unverified epoch limits in the limits line.
  const tokensAssumed = `${res.dataset.tokensPerExample} tokens per example assumed`;
  const lines = res.assumptions
    .filter((a) => !a.startsWith(tokensAssumed) && !a.startsWith('epoch maximum not verified'))
    .map((a) => `Assumed: ${a}`);
  if (res.solveFor === 'epochs') {
    const limits = new Map<string, string>();
    for (const r of shown)
      limits.set(
        r.providerName,
        `${shortProviderName(r.providerName)} ${r.epochLimit.min}–${r.epochLimit.max}` +
          (r.epochLimit.verified ? '' : ' (not verified)'),
      );
    const max = shown.some((r) => r.limitedBy === 'epoch-limit')
      ? '; (max): that maximum, not the budget, stops it'
      : '';
    lines.push(`Epochs a job may have: ${[...limits.values()].join(', ')}${max} (--wide: where each was read).`);
  }
  lines.push(`Cost = max(minimum charge, ${costTerm(res)}), within ${formatUsd(res.maxCost)}.`);
  lines.push(...closedToTeamLine(res.closedToTeam));
  if (res.hiddenUnavailable > 0)
    lines.push(
      `${res.hiddenUnavailable} offer(s) that cannot be trained on ${res.asOf} are hidden; ` +
        '--include-unavailable shows them.',
    );
  return lines;
}

/** The terminal view of a budget: the answer first, the table fitted to the width and folded. */
export function budgetTerminal(res: BudgetResult, view: TerminalView, families?: BudgetFamilies): string {
  const width = view.width;
  const top = [...budgetAnswer(res, families), budgetContext(res)].flatMap((l) => wrap(l, width));
  if (res.rows.length === 0) return finish([...top, ...budgetTerminalNotes(res, [])], width);
  const { shown, more } = fold(res.rows, view);
  const marks = shown.map(budgetMarks);
  const withNotes = marks.some((m) => m !== '');
  const epochs = res.solveFor === 'epochs';
  const { lines: table, dropped } = fitTable(
    [
      { header: '#', align: 'right' },
      { header: 'Provider', shrink: { soft: 13, hard: 6 }, drop: 5 },
      { header: 'Model', shrink: { soft: 20, hard: 10 } },
      { header: 'Method', shrink: { soft: 14, hard: 6 }, drop: 3 },
      { header: 'Per 1M', align: 'right', drop: 1 },
      { header: epochs ? 'Max epochs' : 'Max examples', align: 'right' },
      { header: epochs ? 'Per epoch' : 'Per example', align: 'right', drop: 2 },
      { header: 'Cost', align: 'right' },
      ...(withNotes ? [{ header: 'Notes', drop: 4 }] : []),
    ],
    shown.map((r, i) => [
      String(i + 1),
      shortProviderName(r.providerName),
      r.modelName ?? r.model,
      methodLabel(r),
      r.trainingPer1M === null ? 'n/a' : formatRate(r.trainingPer1M),
      fitsCell(r),
      r.unitCost === null ? '-' : formatUsd(r.unitCost),
      r.trainingCost === null ? '-' : formatUsd(r.trainingCost),
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
      ...markerLines(budgetMarkers(res, shown), width),
      ...budgetTerminalNotes(res, shown),
      ...sources,
    ],
    width,
  );
}

export function budgetMarkdown(res: BudgetResult): string {
  const table = mdTable(
    HEADERS(res),
    res.rows.map((r, i) => cells(r, i, `\`${r.model}\``)),
    ['right', 'left', 'left', 'left', 'right', 'right', 'right', 'right', 'left'],
  );
  const lines = footnotes(res).map((l) =>
    l.startsWith('  ') ? `- ${l.trim()}` : l === 'Sources:' ? '\n**Sources**\n' : `> ${l}`,
  );
  return (
    [
      '### Fine-tuning budget',
      '',
      `Catalog ${res.catalog.version}, prices as of ${res.asOf} (USD). Question: ${question(res)}.`,
      '',
      res.rows.length ? table : 'No offer matches these filters.',
      '',
      ...lines,
    ].join('\n') + '\n'
  );
}

const BUDGET_CSV_HEADER = [
  'rank',
  'provider',
  'model',
  'method',
  'tier',
  'solve_for',
  'max_cost',
  'fits',
  'max_epochs',
  'max_examples',
  'epochs',
  'examples',
  'training_tokens',
  'training_cost',
  'unit_cost',
  'training_per_1m',
  'minimum_charge',
  'epoch_limit_max',
  'epoch_limit_verified',
  'limited_by',
  'reason',
  'currency',
  'stale',
  'source',
  'source_kind',
  'as_of',
  'catalog_version',
  // What a budget row needs to stand alone (appended, so the columns above keep their places): the
  // dataset it was solved for, the dates, why the epoch limit is what it is, and the assumptions.
  'tokens_per_example',
  'tokens_per_example_assumed',
  'dataset_file',
  'tokens_exact',
  'original',
  'price_age_days',
  'availability',
  'prices_as_of',
  'run_date',
  'notes',
  'assumptions',
] as const;

/** The budget as one table: the rows of its CSV and of the workbook's "Budget" sheet. */
export function budgetSheet(res: BudgetResult): SheetTable {
  const training = res.dataset.counted?.training;
  const exact = training ? training.encodings.every((e) => e.exact) : null;
  return {
    name: 'Budget',
    header: BUDGET_CSV_HEADER,
    rows: res.rows.map((r, i) => [
      i + 1,
      r.provider,
      r.model,
      r.method,
      r.tier,
      res.solveFor,
      res.maxCost,
      r.fits,
      r.maxEpochs ?? null,
      r.maxExamples ?? null,
      r.epochs,
      r.examples,
      r.trainingTokens,
      r.trainingCost,
      r.unitCost,
      r.trainingPer1M,
      r.minimumCharge,
      r.epochLimit.max,
      r.epochLimit.verified,
      r.limitedBy,
      r.reason,
      r.currency,
      r.stale,
      r.source,
      r.sourceKind,
      r.asOf,
      res.catalog.version,
      res.dataset.tokensPerExample,
      res.dataset.tokensPerExample === null ? null : res.dataset.tokensPerExampleAssumed,
      training ? baseName(training.file) : null,
      exact,
      r.original,
      r.priceAgeDays,
      r.availability?.status ?? 'available',
      res.asOf,
      res.today,
      listCell(rowNotes(r)),
      listCell(res.assumptions),
    ]),
  };
}

/** The row's notes as the table shows them (its reason has a column), and where its epoch limit comes from. */
function rowNotes(r: BudgetRowJson): string[] {
  const limit =
    `epochs ${r.epochLimit.min}-${r.epochLimit.max} on ${r.providerName}: ${r.epochLimit.note}` +
    (r.epochLimit.source ? ` (${r.epochLimit.source})` : '');
  return [...notes(r).filter((n) => n !== r.reason), limit];
}

export function budgetCsv(res: BudgetResult, dialect: CsvDialect = CSV_POINT): string {
  return csvText(budgetSheet(res), dialect);
}

export function budgetJson(res: BudgetResult): string {
  return JSON.stringify(res, null, 2) + '\n';
}

export const budgetRenderers: Record<Format, (res: BudgetResult) => string> = {
  table: budgetTable,
  json: budgetJson,
  csv: budgetCsv,
  md: budgetMarkdown,
};
