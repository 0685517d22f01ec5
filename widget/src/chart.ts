/**
 * Geometry of the break-even chart: monthly cost against queries per day, both axes log-scaled
 * (volumes span decades, and a flat hourly fee and a per-token line both stay readable). Pure:
 * the library's BreakEvenResult in, SVG coordinates out. Numbers become floats here only to place
 * pixels; every figure shown as text is the result's, formatted by src/format.
 */
import { breakEvenMarkCost, type BreakEvenResult } from '../../src/result/breakEven.js';

export const CHART = { width: 720, height: 340, left: 64, right: 16, top: 14, bottom: 40 } as const;

interface ChartSeries {
  id: string;
  name: string;
  index: number;
  path: string;
}

interface ChartCrossing {
  between: [string, string];
  /** Exact decimal strings from the result. */
  queriesPerDay: string;
  monthlyCost: string;
  x: number;
  y: number;
  /** With ranges: the band of volumes the break-even moves over as the training set varies (pixels). */
  band: { x0: number; x1: number } | null;
}

export interface ChartModel {
  series: ChartSeries[];
  crossings: ChartCrossing[];
  current: { x: number; queriesPerDay: string } | null;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
}

const toNumber = (decimalString: string) => Number(decimalString); // pixel placement only

function compact(n: number): string {
  if (n >= 1e9) return `${n / 1e9}B`;
  if (n >= 1e6) return `${n / 1e6}M`;
  if (n >= 1e3) return `${n / 1e3}k`;
  return String(n);
}

export function chartModel(result: BreakEvenResult): ChartModel {
  const volumes = result.chart.queriesPerDay.map(toNumber);
  // Every break-even, at the result's exact volume and at the cost the result gives for it (not
  // read off the sampled lines): the terminal chart (src/render/chart.ts) marks the same point.
  const crossings = result.breakEvens.map((b) => ({
    between: b.between,
    queriesPerDay: b.queriesPerDay,
    monthlyCost: breakEvenMarkCost(b),
    range: b.queriesPerDayRange && b.queriesPerDayRange.low !== b.queriesPerDayRange.high ? b.queriesPerDayRange : null,
  }));
  const costs = [
    ...result.chart.series.flatMap((s) => s.monthly.map(toNumber)),
    ...crossings.map((c) => toNumber(c.monthlyCost)),
  ].filter((c) => c > 0);
  const xMin = Math.log10(Math.min(...volumes));
  const xMax = Math.log10(Math.max(...volumes));
  const yMin = Math.floor(Math.log10(costs.length ? Math.min(...costs) : 1));
  const yMax = Math.ceil(Math.log10(costs.length ? Math.max(...costs) : 10));
  const plotW = CHART.width - CHART.left - CHART.right;
  const plotH = CHART.height - CHART.top - CHART.bottom;
  const x = (q: number) => CHART.left + ((Math.log10(q) - xMin) / (xMax - xMin || 1)) * plotW;
  const floor = 10 ** yMin;
  const y = (cost: number) =>
    CHART.top + plotH - ((Math.log10(Math.max(cost, floor)) - yMin) / (yMax - yMin || 1)) * plotH;
  const round = (v: number) => Math.round(v * 10) / 10;
  const names = new Map(result.options.map((o) => [o.id, o.name]));
  const series = result.chart.series.map((s, index) => ({
    id: s.id,
    name: names.get(s.id) ?? s.id,
    index,
    path: s.monthly.map((m, i) => `${i === 0 ? 'M' : 'L'}${round(x(volumes[i]!))},${round(y(toNumber(m)))}`).join(''),
  }));
  const q = result.settings.queriesPerDay === null ? 0 : toNumber(result.settings.queriesPerDay);
  const xTicks: ChartModel['xTicks'] = [];
  for (let e = Math.ceil(xMin); e <= Math.floor(xMax); e++)
    xTicks.push({ x: round(x(10 ** e)), label: compact(10 ** e) });
  const yTicks: ChartModel['yTicks'] = [];
  for (let e = yMin; e <= yMax; e++) yTicks.push({ y: round(y(10 ** e)), label: `$${compact(10 ** e)}` });
  return {
    series,
    crossings: crossings.map(({ range, ...c }) => ({
      ...c,
      x: round(x(toNumber(c.queriesPerDay))),
      y: round(y(toNumber(c.monthlyCost))),
      band:
        range && toNumber(range.low) > 0
          ? { x0: round(x(toNumber(range.low))), x1: round(x(toNumber(range.high))) }
          : null,
    })),
    current:
      q > 0 && q >= 10 ** xMin && q <= 10 ** xMax
        ? { x: round(x(q)), queriesPerDay: result.settings.queriesPerDay! }
        : null,
    xTicks,
    yTicks,
  };
}
