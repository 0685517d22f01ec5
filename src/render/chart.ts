/**
 * A terminal chart of monthly cost against queries per day, both on log scales: one line of symbols
 * per option, break-evens marked (X on the curve, ^ under the axis). Pure: (result, options) → string.
 * It plots the costs the engine sampled (result.chart); it computes no money — decimal logarithms only
 * place a figure on a row or a column. Plain ASCII unless colour is asked for (a TTY without NO_COLOR).
 */
import { axisLog10, axisStep, exactLog10 } from '../engine/breakEven/axis.js';
import { Decimal } from '../decimal.js';
import { formatQueriesPerDay, formatUsd } from '../format/money.js';
import { breakEvenMarkCost, type BreakEvenResult } from '../result/breakEven.js';

export interface ChartOptions {
  color: boolean;
  /** Plot rows (default 14). */
  height?: number;
}

const SERIES_SYMBOLS = ['*', 'o', '+', '#', '%', '@', '=', '~', '$', '&'] as const;
const COLORS = [31, 32, 34, 35, 36, 33, 91, 92, 94, 95];

const paint = (on: boolean, code: number, text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);

/** "100", "1k", "10k", "1M" for powers of ten on the volume axis. */
function volumeLabel(exp: number): string {
  if (exp < 0) return new Decimal(10).pow(exp).toFixed();
  const units = [
    [9, 'B'],
    [6, 'M'],
    [3, 'k'],
  ] as const;
  for (const [e, u] of units) if (exp >= e) return `${'1'.padEnd(exp - e + 1, '0')}${u}`;
  return '1'.padEnd(exp + 1, '0');
}

export function renderChart(res: BreakEvenResult, opts: ChartOptions): string {
  const volumes = res.chart.queriesPerDay;
  const cols = volumes.length;
  const height = opts.height ?? 14;
  if (cols < 2 || res.chart.series.length === 0) return '';
  // Positions on the log axes (src/engine/breakEven/axis.ts): fast logarithms, the exact ones where a rounding is close.
  const x0 = axisLog10(volumes[0]!)!;
  const x1 = axisLog10(volumes[cols - 1]!)!;
  const colOf = (v: string) =>
    axisStep(
      { y: axisLog10(v) ?? x0, from: x0, to: x1 },
      () => {
        const from = exactLog10(volumes[0]!)!;
        return { y: exactLog10(v) ?? from, from, to: exactLog10(volumes[cols - 1]!)! };
      },
      cols - 1,
    );

  const ys = res.chart.series.flatMap((s) => s.monthly.map((m) => axisLog10(m))).filter((y): y is number => y !== null);
  if (ys.length === 0) return '';
  const y0 = Math.floor(Math.min(...ys));
  let y1 = Math.ceil(Math.max(...ys));
  if (y1 - y0 < 1) y1 = y0 + 1;
  const rowOf = (m: string): number | null => {
    const y = axisLog10(m);
    if (y === null) return null; // free at this volume: below a log axis
    return axisStep({ y, from: y0, to: y1 }, () => ({ y: exactLog10(m)!, from: y0, to: y1 }), height - 1);
  };

  // grid[row][col], row 0 at the bottom.
  const grid: { ch: string; color: number | null }[][] = Array.from({ length: height }, () =>
    Array.from({ length: cols }, () => ({ ch: ' ', color: null })),
  );
  res.chart.series.forEach((s, i) => {
    const sym = SERIES_SYMBOLS[i % SERIES_SYMBOLS.length]!;
    s.monthly.forEach((m, c) => {
      const r = rowOf(m);
      if (r !== null && r >= 0 && r < height) grid[r]![c] = { ch: sym, color: COLORS[i % COLORS.length]! };
    });
  });
  const marks = new Set<number>();
  for (const be of res.breakEvens) {
    const c = colOf(be.queriesPerDay);
    if (c < 0 || c >= cols) continue;
    marks.add(c);
    const r = rowOf(breakEvenMarkCost(be));
    if (r !== null && r >= 0 && r < height) grid[r]![c] = { ch: 'X', color: null };
  }

  // Left axis: a label on each row that holds a power of ten of dollars.
  const labelAt = new Map<number, string>();
  for (let e = y0; e <= y1; e++)
    labelAt.set(
      Math.round(((e - y0) / (y1 - y0)) * (height - 1)),
      formatUsd(new Decimal(10).pow(e)).replace(/\.00$/, ''),
    );
  const labelWidth = Math.max(...[...labelAt.values()].map((l) => l.length));
  const lines: string[] = [];
  lines.push(`Monthly cost (USD, log scale) by queries per day (log scale)`);
  for (let r = height - 1; r >= 0; r--) {
    const label = (labelAt.get(r) ?? '').padStart(labelWidth);
    const row = grid[r]!.map((cell) =>
      cell.color === null
        ? cell.ch === 'X'
          ? paint(opts.color, 1, 'X')
          : cell.ch
        : paint(opts.color, cell.color, cell.ch),
    ).join('');
    lines.push(`${label} |${row}`.trimEnd());
  }
  lines.push(`${' '.repeat(labelWidth)} +${'-'.repeat(cols)}`);
  if (marks.size > 0) {
    const under = Array.from({ length: cols }, (_, c) => (marks.has(c) ? '^' : ' ')).join('');
    lines.push(`${' '.repeat(labelWidth)}  ${under}`.trimEnd());
  }
  // Volume axis: powers of ten under their columns.
  const axis = Array.from({ length: cols + 8 }, () => ' ');
  for (let e = Math.ceil(x0 - 1e-9); e <= Math.floor(x1 + 1e-9); e++) {
    const c = Math.round(((e - x0) / (x1 - x0)) * (cols - 1));
    const text = volumeLabel(e);
    const start = Math.max(0, Math.min(c - Math.floor(text.length / 2), cols + 8 - text.length));
    if (axis.slice(Math.max(0, start - 1), start + text.length + 1).some((ch) => ch !== ' ')) continue;
    for (let k = 0; k < text.length; k++) axis[start + k] = text[k]!;
  }
  lines.push(`${' '.repeat(labelWidth)}  ${axis.join('')}`.trimEnd());
  lines.push(`${' '.repeat(labelWidth)}  queries per day`);
  const legend = res.chart.series.map(
    (s, i) => `${paint(opts.color, COLORS[i % COLORS.length]!, SERIES_SYMBOLS[i % SERIES_SYMBOLS.length]!)} ${s.id}`,
  );
  lines.push(
    `Legend: ${legend.join('   ')}${marks.size ? `   X/^ break-even (${[...new Set(res.breakEvens.map((b) => formatQueriesPerDay(b.queriesPerDay)))].join(', ')}/day)` : ''}`,
  );
  return lines.join('\n') + '\n';
}
