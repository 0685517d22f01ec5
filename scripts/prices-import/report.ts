/**
 * The importer's report for a maintainer: what was read, the diff against the shipped catalog, and
 * every row not imported — unmapped fine-tuning rows by name (to add to the mapping), known rows
 * with the reason they are skipped, and the count of rows that are no fine-tuning price.
 */
import { type DiffRow, diffCounts, diffLines } from './diff.js';
import type { ImportResult } from './feed.js';

export interface ReportInput {
  feed: 'azure' | 'aws';
  files: readonly string[];
  rowsRead: number;
  asOf: string;
  /** How asOf was chosen: "--as-of", "the files' modification date", "the offer file's publicationDate". */
  asOfFrom: string;
  source: string;
  original?: string;
  on: string;
  catalogDir: string;
  catalogVersion: string;
  result: ImportResult;
  rows: readonly DiffRow[];
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The files read, or for a long list (a pull split by month) how many, and the first and last. */
export function filesWords(files: readonly string[]): string {
  if (files.length <= 3) return files.join(', ');
  return `${files.length} files (${files[0]} ... ${files[files.length - 1]})`;
}

export function reportLines(r: ReportInput): string[] {
  const { result } = r;
  const lines = [
    `prices:import ${r.feed}: ${plural(r.rowsRead, 'row')} read from ${filesWords(r.files)}; ` +
      `asOf ${r.asOf} (${r.asOfFrom})`,
    r.original ? `source: ${r.source} (copy of ${r.original})` : `source: ${r.source}`,
    `diff against the catalog in ${r.catalogDir} (version ${r.catalogVersion}), prices in force on ${r.on}:`,
    ...diffLines(r.rows).map((l) => `  ${l}`),
  ];
  if (r.rows.length === 0) lines.push('  (no fine-tuning price was mapped)');
  const unmappedItems = result.unmapped.reduce((n, u) => n + u.items, 0);
  if (result.unmapped.length > 0) {
    lines.push(
      `not mapped: ${plural(result.unmapped.length, 'fine-tuning row name')} ` +
        `(${plural(unmappedItems, 'row')}), not imported:`,
    );
    for (const u of result.unmapped) lines.push(`  '${u.name}' (${u.detail}; ${plural(u.items, 'row')}): ${u.why}`);
  }
  if (result.known.length > 0) {
    lines.push(`known, not imported: ${plural(result.known.length, 'row name')}:`);
    for (const k of result.known) lines.push(`  '${k.name}' (${plural(k.items, 'row')}): ${k.reason}`);
  }
  for (const i of result.ignored) lines.push(`ignored: ${plural(i.items, 'row')} ${i.reason}`);
  if (result.problems.length > 0) {
    lines.push(`unreadable: ${plural(result.problems.length, 'row')}:`);
    for (const p of result.problems) lines.push(`  ${p}`);
  }
  const counts = diffCounts(r.rows);
  lines.push(
    `summary: ${counts.same} same, ${counts.different} different, ${counts.missing} missing in catalog; ` +
      `${plural(result.unmapped.length, 'row name')} not mapped; ` +
      `${plural(result.known.length, 'known row name')} not imported; ` +
      `${plural(result.problems.length, 'unreadable row')}`,
  );
  return lines;
}
