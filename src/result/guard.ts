/**
 * The CI guard of `estimate --max-cost USD`: is the checked training cost over the limit, and by how
 * much. Pure: (result, limit) → verdict. The checked figure is a row's training cost, or the high end
 * of its band when the result carries ranges (`--range`); by default only the cheapest priced row
 * is checked (rows are ranked cheapest first), with appliesTo 'all' every priced row is. Only rows the
 * team can train on the date count (`--include-unavailable` shows others; they are not judged).
 */
import { d, type Decimal } from '../decimal.js';
import type { BreakEvenOptionJson, BreakEvenResult } from './breakEven.js';
import type { EstimateResult, EstimateRowJson } from './estimate.js';

export type MaxCostAppliesTo = 'cheapest' | 'all';
export const MAX_COST_APPLIES_TO = ['cheapest', 'all'] as const satisfies readonly MaxCostAppliesTo[];

interface OverLimit {
  row: EstimateRowJson;
  /** The figure checked: trainingCost, or trainingCostRange.high with ranges. */
  checked: Decimal;
  /** checked − limit (> 0). */
  excess: Decimal;
}

export interface GuardVerdict {
  /** 'high' when the band's high end was checked, 'expected' otherwise. */
  figure: 'expected' | 'high';
  /** Priced rows checked (0: nothing to check, which fails the guard: an unknown cost is not within budget). */
  checked: number;
  over: OverLimit[];
  pass: boolean;
}

function checkedFigure(r: EstimateRowJson, high: boolean): Decimal | undefined {
  if (high && r.trainingCostRange) return d(r.trainingCostRange.high);
  return r.trainingCost === null ? undefined : d(r.trainingCost);
}

export function checkMaxCost(result: EstimateResult, limit: Decimal, appliesTo: MaxCostAppliesTo): GuardVerdict {
  const high = result.range !== undefined;
  // Only offers the team can buy on the date: a retired or closed offer shown by includeUnavailable is not a way to
  // spend the budget, so it can neither pass the guard nor fail it.
  const buyable = (r: EstimateRowJson) => r.availability === null || r.availability.trainable;
  const priced = result.rows.filter((r) => buyable(r) && checkedFigure(r, high) !== undefined);
  // The cheapest: the first priced row of the ranking (by expected cost); with ranges, its high end is checked.
  const rows = appliesTo === 'all' ? priced : priced.slice(0, 1);
  const over: OverLimit[] = [];
  for (const row of rows) {
    const checked = checkedFigure(row, high)!;
    if (checked.gt(limit)) over.push({ row, checked, excess: checked.minus(limit) });
  }
  return { figure: high ? 'high' : 'expected', checked: rows.length, over, pass: rows.length > 0 && over.length === 0 };
}

/**
 * The CI guard of `breakeven … --max-monthly-cost USD`: the total monthly cost, at the volume asked
 * about, of the cheapest competing option (result.cheapestAtVolume → options[].atVolume.totalPerMonth,
 * training spread over its cycle included; with ranges, the high end of its band). Null when the
 * result has no volume to check at (the caller refuses --max-monthly-cost without one).
 */
export interface MonthlyGuardVerdict {
  /** The option checked: the cheapest competing option at the volume. */
  option: BreakEvenOptionJson;
  queriesPerDay: Decimal;
  /** 'high' when the high end of its band was checked (--range), 'expected' otherwise. */
  figure: 'expected' | 'high';
  /** Its total monthly cost at the volume (or the band's high end). */
  checked: Decimal;
  /** checked − limit when over (> 0), else null. */
  excess: Decimal | null;
  pass: boolean;
}

export function checkMaxMonthlyCost(result: BreakEvenResult, limit: Decimal): MonthlyGuardVerdict | null {
  const id = result.cheapestAtVolume;
  const q = result.settings.queriesPerDay;
  const option = result.options.find((o) => o.id === id);
  if (q === null || !option?.atVolume) return null;
  // With ranges (--range), the high end of its band is checked.
  const band = option.atVolume.totalPerMonthRange;
  const checked = d(band ? band.high : option.atVolume.totalPerMonth);
  const over = checked.gt(limit);
  return {
    option,
    queriesPerDay: d(q),
    figure: band ? 'high' : 'expected',
    checked,
    excess: over ? checked.minus(limit) : null,
    pass: !over,
  };
}
