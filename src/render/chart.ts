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
import { textWidth } from './terminal.js';

export interface ChartOptions {
  color: boolean;
  /** Plot rows (default 14). */
  height?: number;
  /**
   * The terminal view: the chart within `width` columns (the sampled volumes thinned to fit, the
   * first and last kept), without its title line, its legend naming only the series not in
   * `listed` (the options table shows those symbols) and wrapped to the width.
   */
  fit?: { width: number; listed: ReadonlySet<string> };
}

/** The series' symbol, by their order in the chart (the options table of the terminal view shows it). */
export function seriesSymbol(index: number): string {
  return SERIES_SYMBOLS[index % SERIES_SYMBOLS.length]!;
}

/** The chart's samples thinned to `cols` columns, evenly over the (log-spaced) volumes, first and last kept. */
function thinned(chart: BreakEvenResult['chart'], cols: number): BreakEvenResult['chart'] {
  const n = chart.queriesPerDay.length;
  if (cols >= n) return chart;
  const pick = Array.from({ length: cols }, (_, i) => Math.round((i * (n - 1)) / (cols - 1)));
  return {
    queriesPerDay: pick.map((i) => chart.queriesPerDay[i]!),
    series: chart.series.map((s) => ({ id: s.id, monthly: pick.map((i) => s.monthly[i]!) })),
  };
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
  let chart = res.chart;
  const height = opts.height ?? 14;
  if (chart.queriesPerDay.length < 2 || chart.series.length === 0) return '';
  const ys = chart.series.flatMap((s) => s.monthly.map((m) => axisLog10(m))).filter((y): y is number => y !== null);
  if (ys.length === 0) return '';
  const y0 = Math.floor(Math.min(...ys));
  let y1 = Math.ceil(Math.max(...ys));
  if (y1 - y0 < 1) y1 = y0 + 1;
  // Left axis: a label on each row that holds a power of ten of dollars.
  const labelAt = new Map<number, string>();
  for (let e = y0; e <= y1; e++)
    labelAt.set(
      Math.round(((e - y0) / (y1 - y0)) * (height - 1)),
      formatUsd(new Decimal(10).pow(e)).replace(/\.00$/, ''),
    );
  const labelWidth = Math.max(...[...labelAt.values()].map((l) => l.length));
  // Within the width: the label, " |", the plot, and the volume axis' 8 columns of overhang.
  if (opts.fit) chart = thinned(chart, Math.max(10, opts.fit.width - labelWidth - 10));
  const volumes = chart.queriesPerDay;
  const cols = volumes.length;
  // Positions on the log axes (src/engine/breakEven/axis.ts): fast logarithms, the exact ones where a rounding
  // is close.
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
  const rowOf = (m: string): number | null => {
    const y = axisLog10(m);
    if (y === null) return null; // free at this volume: below a log axis
    return axisStep({ y, from: y0, to: y1 }, () => ({ y: exactLog10(m)!, from: y0, to: y1 }), height - 1);
  };

  // grid[row][col], row 0 at the bottom.
  const grid: { ch: string; color: number | null }[][] = Array.from({ length: height }, () =>
    Array.from({ length: cols }, () => ({ ch: ' ', color: null })),
  );
  chart.series.forEach((s, i) => {
    const sym = seriesSymbol(i);
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

  const lines: string[] = [];
  if (!opts.fit) lines.push(`Monthly cost (USD, log scale) by queries per day (log scale)`);
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
  if (opts.fit) {
    lines.push(...fitLegend(chart, opts.color, marks.size > 0, opts.fit));
    return lines.join('\n') + '\n';
  }
  lines.push(`${' '.repeat(labelWidth)}  queries per day`);
  const legend = chart.series.map(
    (s, i) => `${paint(opts.color, COLORS[i % COLORS.length]!, seriesSymbol(i))} ${s.id}`,
  );
  const named = [...new Set(res.breakEvens.map((b) => formatQueriesPerDay(b.queriesPerDay)))];
  // A legend names a dozen at most: two options of nearly the same cost per query cross ~166,000 times.
  const crossings =
    named.length <= 12 ? named.join(', ') : `${named.slice(0, 10).join(', ')}, … ${named.length - 10} more`;
  lines.push(`Legend: ${legend.join('   ')}${marks.size ? `   X/^ break-even (${crossings}/day)` : ''}`);
  return lines.join('\n') + '\n';
}

/**
 * The terminal view's legend: what the axes are, the series the options table does not show (their
 * symbols are in it), and the break-even marks; entries wrapped to the width, never split.
 */
function fitLegend(
  chart: BreakEvenResult['chart'],
  color: boolean,
  marked: boolean,
  fit: { width: number; listed: ReadonlySet<string> },
): string[] {
  const entries = [
    'Cost/month by queries/day (log):',
    ...chart.series.flatMap((s, i) =>
      fit.listed.has(s.id) ? [] : [`${paint(color, COLORS[i % COLORS.length]!, seriesSymbol(i))} ${s.id}`],
    ),
    ...(fit.listed.size > 0 ? ['symbols as in the table'] : []),
    ...(marked ? ['X/^ break-evens'] : []),
  ];
  const lines: string[] = [];
  let line = '';
  for (const e of entries) {
    if (line && textWidth(line) + 3 + textWidth(e) > fit.width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line}   ${e}` : e;
  }
  lines.push(line);
  return lines;
}
