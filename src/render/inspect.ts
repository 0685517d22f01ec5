/**
 * Renderers of a dataset report (ftcost inspect), and the dataset lines `estimate --file` shows
 * under its table. Pure: summary → string; nothing is computed here but layout.
 */
import type { DatasetSummaryJson, EncodingSummaryJson, FileSummaryJson } from '../dataset/report.js';
import { formatCount } from '../format/money.js';
import { toInspectJson } from '../result/inspect.js';
import { textTable } from './layout.js';

export const INSPECT_FORMATS = ['table', 'json'] as const;

/** How many invalid lines a table lists before "and N more". */
const ERRORS_SHOWN = 5;

function one(n: number): string {
  return Number.isInteger(n) ? formatCount(n) : n.toFixed(1);
}

/** "The platform would reject this file as it is" and the first invalid lines, for both commands. */
export function invalidLinesSummary(f: FileSummaryJson, what = 'this file'): string[] {
  if (!f.wouldBeRejected) return [];
  // A line over ftcost's own 64 MiB limit is ftcost's limit, not the platform's verdict.
  const ownLimitOnly = f.errors.length > 0 && f.errors.every((e) => e.code === 'line_too_long');
  const lines = [
    ownLimitOnly
      ? `ftcost could not read ${formatCount(f.invalidLines)} line(s) of ${what}: ` +
        'over its own 64 MiB line limit (excluded from these counts).'
      : `The platform would reject ${what} as it is: ${formatCount(f.invalidLines)} invalid line(s) ` +
        '(excluded from these counts; fix them before uploading).',
  ];
  const byLine = new Map<number, string[]>();
  for (const e of f.errors) byLine.set(e.line, [...(byLine.get(e.line) ?? []), `${e.code}: ${e.message}`]);
  const shown = [...byLine.entries()].slice(0, ERRORS_SHOWN);
  for (const [line, problems] of shown) lines.push(`  line ${line}: ${problems.join('; ')}`);
  if (byLine.size > shown.length)
    lines.push(`  … and ${formatCount(byLine.size - shown.length)} more (--format json lists every one)`);
  return lines;
}

export function warningsSummary(f: FileSummaryJson): string[] {
  const names: Record<string, string> = {
    missing_system_message: 'without a system message',
    missing_user_message: 'without a user message',
    over_token_limit: 'over the per-example token limit (truncated when billed)',
    duplicate_example: 'duplicates of an earlier example',
  };
  const out: string[] = [];
  for (const [code, n] of Object.entries(f.warningCounts)) {
    if (!n) continue;
    const first = f.warnings
      .filter((w) => w.code === code)
      .slice(0, 3)
      .map((w) => w.line);
    out.push(
      `Warning: ${formatCount(n)} example(s) ${names[code] ?? code} ` +
        `(${code}; line ${first.join(', ')}${n > first.length ? ', …' : ''})`,
    );
  }
  return out;
}

function encodingRows(f: FileSummaryJson): string[][] {
  return f.encodings.map((e: EncodingSummaryJson) => {
    const d = e.distribution;
    return [
      e.encoding + (e.exact ? '' : ' (estimate)'),
      formatCount(BigInt(e.totalTokens)),
      e.billedTokensPerEpoch === null ? '-' : formatCount(BigInt(e.billedTokensPerEpoch)),
      e.truncatedExamples === null ? '-' : formatCount(e.truncatedExamples),
      d ? `${one(d.min)} / ${one(d.max)}` : '-',
      d ? `${one(d.mean)} / ${one(d.median)}` : '-',
      d ? `${one(d.p5)} / ${one(d.p95)}` : '-',
      formatCount(e.assistantTokens),
    ];
  });
}

function fileReport(f: FileSummaryJson, cap: number | null, title: string): string[] {
  const out = [
    `${title}: ${f.file ?? '(text)'} · ${formatCount(f.lines)} lines · ${formatCount(f.examples)} valid examples · ` +
      `${formatCount(f.invalidLines)} invalid${f.blankLines ? ` · ${formatCount(f.blankLines)} blank` : ''}`,
  ];
  out.push(...invalidLinesSummary(f));
  if (f.encodings.length) {
    out.push(
      '',
      textTable(
        [
          { header: 'Encoding' },
          { header: 'Tokens', align: 'right' },
          { header: cap === null ? 'Billed/epoch' : `Billed/epoch (cap ${formatCount(cap)})`, align: 'right' },
          { header: 'Truncated', align: 'right' },
          { header: 'Min / max', align: 'right' },
          { header: 'Mean / median', align: 'right' },
          { header: 'p5 / p95', align: 'right' },
          { header: 'Assistant tokens', align: 'right' },
        ],
        encodingRows(f),
      ),
    );
  }
  out.push(...warningsSummary(f));
  return out;
}

/**
 * How each encoding was counted — its tokenizer and its chat rule (OpenAI's cookbook rule for the
 * tiktoken encodings, the model's own chat template for open-weight tokenizers) or how an estimate
 * was made — once for both files (they are counted with the same plans).
 */
function countingMethods(s: DatasetSummaryJson): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of [...s.training.encodings, ...(s.validation?.encodings ?? [])]) {
    if (seen.has(e.encoding)) continue;
    seen.add(e.encoding);
    out.push(`  ${e.encoding}: ${e.method}`);
  }
  return out.length ? ['How each encoding was counted:', ...out] : [];
}

function inspectTable(s: DatasetSummaryJson): string {
  // No one chat rule in the header: each encoding's is listed under the tables.
  const out = ['ftcost inspect · chat fine-tuning format (OpenAI)', ''];
  out.push(...fileReport(s.training, s.capApplied, 'Training file'));
  if (s.validation) out.push('', ...fileReport(s.validation, s.capApplied, 'Validation file'));
  const methods = countingMethods(s);
  if (methods.length) out.push('', ...methods);
  return out.join('\n') + '\n';
}

function inspectJson(s: DatasetSummaryJson): string {
  return JSON.stringify(toInspectJson(s), null, 2) + '\n';
}

export const inspectRenderers: Record<(typeof INSPECT_FORMATS)[number], (s: DatasetSummaryJson) => string> = {
  table: inspectTable,
  json: inspectJson,
};
