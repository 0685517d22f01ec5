/**
 * Renderers of a BudgetResult: pure (result) => string, one per format of the closed set.
 */
import type { BudgetResult, BudgetRowJson } from '../result/budget.js';
import { formatCount, formatRate, formatUsd } from '../format/money.js';
import type { Format } from './formats.js';
import { csvLines, mdTable, textTable } from './layout.js';
import { availabilityLabel, closedToTeamLine, methodLabel, staleLabel } from './labels.js';

function question(res: BudgetResult): string {
  const d = res.dataset;
  const tokens =
    d.tokensPerExample === null
      ? ''
      : ` of ${formatCount(d.tokensPerExample)} tokens${d.tokensPerExampleAssumed ? ' (assumed)' : ''}`;
  if (res.solveFor === 'epochs') {
    const file = d.counted?.training.file;
    return `the most epochs of ${formatCount(d.examples ?? 0)} examples${file ? ` counted in ${file}` : tokens} for ${formatUsd(res.maxCost)}`;
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

function footnotes(res: BudgetResult): string[] {
  const lines = res.assumptions.map((a) => `Assumed: ${a}`);
  if (res.solveFor === 'epochs') {
    const limits = new Map<string, string>();
    for (const r of res.rows)
      limits.set(
        r.providerName,
        `Epochs ${r.epochLimit.min}–${r.epochLimit.max} on ${r.providerName}: ${r.epochLimit.note}${r.epochLimit.source ? ` (${r.epochLimit.source})` : ''}`,
      );
    lines.push(...limits.values());
  }
  lines.push(
    `Cost of the answer = max(minimum charge, ${res.solveFor === 'epochs' ? 'epochs × cost of one epoch' : 'examples × cost of one example'}); within ${formatUsd(res.maxCost)}.`,
  );
  if (res.rows.some((r) => r.stale))
    lines.push(`stale: the price was last checked more than ${res.staleAfterDays} days before ${res.today}.`);
  if (res.rows.some((r) => r.sourceKind === 'copy'))
    lines.push("copy: the price was read from a third party's copy of the provider's page; check it before budgeting.");
  lines.push(...closedToTeamLine(res.closedToTeam));
  if (res.hiddenUnavailable > 0)
    lines.push(
      `${res.hiddenUnavailable} offer(s) that cannot be trained on ${res.asOf} are hidden; --include-unavailable shows them.`,
    );
  const sources = [
    ...new Set(res.rows.map((r) => `${r.source} (${r.original ? `copy of ${r.original}, ` : ''}as of ${r.asOf})`)),
  ];
  if (sources.length) lines.push('Sources:', ...sources.map((s) => `  ${s}`));
  return lines;
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
] as const;

export function budgetCsv(res: BudgetResult): string {
  return csvLines(
    BUDGET_CSV_HEADER,
    res.rows.map((r, i) => [
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
    ]),
  );
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
