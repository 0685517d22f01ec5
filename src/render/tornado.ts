/**
 * The tornado chart of `breakeven --sensitivity`: one bar per input, sorted by swing (largest on top),
 * spanning the monthly saving at the low and the high end of the input's range around the expected
 * saving. Pure: result → text (ASCII lines for the terminal table) or SVG (a standalone string).
 * Positions are plain numbers (pixels, columns); money shown to people goes through src/format.
 */
import { Decimal } from '../decimal.js';
import { formatQueriesPerDay, formatUsd } from '../format/money.js';
import type { BreakEvenResult, SensitivityJson } from '../result/breakEven.js';
import { mdTable, textTable } from './layout.js';
import { fitTable, wrap } from './terminal.js';

const BAR_WIDTH = 41;

/** A linear map of the savings shown onto [0, 1] (all the same: the middle). */
function scaleOf(s: SensitivityJson): (v: string) => number {
  const values = [
    s.expected.savingPerMonth,
    ...s.inputs.flatMap((i) => [i.low.savingPerMonth, i.high.savingPerMonth]),
  ].map((v) => new Decimal(v));
  const min = Decimal.min(...values);
  const span = Decimal.max(...values).minus(min);
  return (v) => (span.isZero() ? 0.5 : new Decimal(v).minus(min).div(span).toNumber());
}

const volume = (v: string | null) => (v === null ? 'never' : formatQueriesPerDay(v));

function titleOf(s: SensitivityJson): string {
  return (
    `Sensitivity: total monthly saving (training included) of ${s.option} against ${s.baseline} ` +
    `at ${formatQueriesPerDay(s.queriesPerDay)} queries/day ` +
    `(expected ${formatUsd(s.expected.savingPerMonth)}, break-even ${volume(s.expected.breakEvenQueriesPerDay)})`
  );
}

/** ASCII bar: '-' from the expected saving to the low end's, '#' to the high end's, '|' at the expected. */
function asciiBar(
  at: (v: string) => number,
  low: string,
  high: string,
  expected: string,
  barWidth = BAR_WIDTH,
): string {
  const col = (v: string) => Math.round(at(v) * (barWidth - 1));
  const cells = Array.from({ length: barWidth }, () => ' ');
  const e = col(expected);
  for (const [end, mark] of [
    [col(low), '-'],
    [col(high), '#'],
  ] as const) {
    for (let c = Math.min(e, end); c <= Math.max(e, end); c++) cells[c] = mark;
  }
  cells[e] = '|';
  return cells.join('');
}

/** The terminal lines (a title, a table with one bar per input, a legend); [] without sensitivity. */
export function tornadoLines(res: BreakEvenResult): string[] {
  const s = res.sensitivity;
  if (!s) return [];
  const at = scaleOf(s);
  const table = textTable(
    [
      { header: 'Input' },
      { header: 'Range' },
      { header: 'Saving/mo: low end … high end' },
      { header: 'Low', align: 'right' },
      { header: 'High', align: 'right' },
      { header: 'Swing', align: 'right' },
      { header: 'Break-even low → high' },
    ],
    s.inputs.map((i) => [
      i.label,
      i.range,
      asciiBar(at, i.low.savingPerMonth, i.high.savingPerMonth, s.expected.savingPerMonth),
      formatUsd(i.low.savingPerMonth),
      formatUsd(i.high.savingPerMonth),
      formatUsd(i.swing),
      `${volume(i.low.breakEvenQueriesPerDay)} → ${volume(i.high.breakEvenQueriesPerDay)}`,
    ]),
  );
  return [
    titleOf(s),
    table,
    "  '-' toward the saving at the input's low end, '#' at its high end, " +
      "'|' the expected saving (docs/sensitivity.md)",
    ...s.notApplicable.map((n) => `  Not varied: ${n.label} (${n.reason})`),
  ];
}

/**
 * The terminal view's tornado: the same table fitted to the width (a shorter bar where the width is
 * small; the swing, the range, the low and high savings and the break-evens dropped in that order)
 * and its notes wrapped; [] without sensitivity.
 */
export function tornadoFitted(res: BreakEvenResult, width: number): string[] {
  const s = res.sensitivity;
  if (!s) return [];
  const at = scaleOf(s);
  const bar = Math.max(15, Math.min(BAR_WIDTH, width - 75));
  const { lines } = fitTable(
    [
      { header: 'Input', shrink: { soft: 16, hard: 8 } },
      { header: 'Range', shrink: { soft: 12, hard: 6 }, drop: 2 },
      { header: 'Saving/mo: low … high' },
      { header: 'Low', align: 'right', drop: 3 },
      { header: 'High', align: 'right', drop: 4 },
      { header: 'Swing', align: 'right', drop: 1 },
      { header: 'Break-even low → high', shrink: { soft: 14, hard: 8 }, drop: 5 },
    ],
    s.inputs.map((i) => [
      i.label,
      i.range,
      asciiBar(at, i.low.savingPerMonth, i.high.savingPerMonth, s.expected.savingPerMonth, bar),
      formatUsd(i.low.savingPerMonth),
      formatUsd(i.high.savingPerMonth),
      formatUsd(i.swing),
      `${volume(i.low.breakEvenQueriesPerDay)} → ${volume(i.high.breakEvenQueriesPerDay)}`,
    ]),
    width,
  );
  return [
    ...wrap(titleOf(s), width),
    ...lines,
    ...wrap("  '-' toward the saving at the input's low end, '#' at its high end, '|' the expected saving", width),
    ...s.notApplicable.flatMap((n) => wrap(`  Not varied: ${n.label} (${n.reason})`, width)),
  ];
}

/** The same figures as a Markdown table (no bars: they do not survive Markdown renderers); [] without sensitivity. */
export function tornadoMarkdown(res: BreakEvenResult): string[] {
  const s = res.sensitivity;
  if (!s) return [];
  return [
    `**Sensitivity** — ${titleOf(s).replace(/^Sensitivity: /, '')}`,
    '',
    mdTable(
      ['Input', 'Range', 'Saving/mo at low', 'at high', 'Swing', 'Break-even low → high'],
      s.inputs.map((i) => [
        i.label,
        i.range,
        formatUsd(i.low.savingPerMonth),
        formatUsd(i.high.savingPerMonth),
        formatUsd(i.swing),
        `${volume(i.low.breakEvenQueriesPerDay)} → ${volume(i.high.breakEvenQueriesPerDay)}`,
      ]),
      ['left', 'left', 'right', 'right', 'right'],
    ),
    ...(s.notApplicable.length
      ? ['', `Not varied: ${s.notApplicable.map((n) => `${n.label} (${n.reason})`).join('; ')}.`]
      : []),
  ];
}

const escapeXml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The tornado as a standalone SVG document (empty string without sensitivity). */
export function tornadoSvg(res: BreakEvenResult): string {
  const s = res.sensitivity;
  if (!s) return '';
  const at = scaleOf(s);
  const [labelW, barW, valueW, rowH, top] = [210, 360, 90, 26, 40];
  const width = labelW + barW + 2 * valueW;
  const height = top + rowH * s.inputs.length + 30;
  const x = (v: string) => (labelW + valueW + at(v) * barW).toFixed(1);
  const ex = x(s.expected.savingPerMonth);
  const rows = s.inputs.map((i, n) => {
    const y = top + n * rowH;
    const bar = (v: string, fill: string) => {
      const [a, b] = [Number(ex), Number(x(v))].sort((p, q) => p - q) as [number, number];
      const title = `${i.label} ${v === i.low.savingPerMonth ? i.low.value : i.high.value}: ${formatUsd(v)}/month`;
      return (
        `<rect x="${a.toFixed(1)}" y="${y + 4}" width="${(b - a).toFixed(1)}" height="${rowH - 8}" fill="${fill}">` +
        `<title>${escapeXml(title)}</title></rect>`
      );
    };
    const lowLeft = Number(x(i.low.savingPerMonth)) <= Number(x(i.high.savingPerMonth));
    const [left, right] = lowLeft ? [i.low, i.high] : [i.high, i.low];
    return [
      `<text x="${labelW - 8}" y="${y + rowH / 2 + 4}" text-anchor="end">${escapeXml(i.label)}</text>`,
      bar(i.low.savingPerMonth, '#4c78a8'),
      bar(i.high.savingPerMonth, '#f58518'),
      `<text x="${labelW + valueW - 6}" y="${y + rowH / 2 + 4}" text-anchor="end">` +
        `${escapeXml(formatUsd(left.savingPerMonth))}</text>`,
      `<text x="${labelW + valueW + barW + 6}" y="${y + rowH / 2 + 4}">` +
        `${escapeXml(formatUsd(right.savingPerMonth))}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="sans-serif" font-size="12" role="img" aria-label="${escapeXml(titleOf(s))}">`,
    `<title>${escapeXml(titleOf(s))}</title>`,
    `<text x="8" y="20" font-weight="bold">${escapeXml(`Monthly saving of ${s.option} against ${s.baseline}`)}</text>`,
    ...rows,
    `<line x1="${ex}" y1="${top - 4}" x2="${ex}" y2="${top + rowH * s.inputs.length + 4}" stroke="#333"/>`,
    `<text x="${ex}" y="${height - 8}" text-anchor="middle">` +
      `${escapeXml(`expected ${formatUsd(s.expected.savingPerMonth)}`)}</text>`,
    `<text x="${width - 8}" y="20" text-anchor="end">` +
      '<tspan fill="#4c78a8">■ low end</tspan> <tspan fill="#f58518">■ high end</tspan></text>',
    '</svg>',
  ].join('\n');
}
