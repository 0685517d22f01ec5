import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  d
} from "./chunk-AAQRN2TG.js";

// src/engine/guard.ts
var MAX_COST_APPLIES_TO = ["cheapest", "all"];
function checkedFigure(r, high) {
  if (high && r.trainingCostRange) return d(r.trainingCostRange.high);
  return r.trainingCost === null ? void 0 : d(r.trainingCost);
}
function checkMaxCost(result, limit, appliesTo) {
  const high = result.range !== void 0;
  const priced = result.rows.filter((r) => checkedFigure(r, high) !== void 0);
  const rows = appliesTo === "all" ? priced : priced.slice(0, 1);
  const over = [];
  for (const row of rows) {
    const checked = checkedFigure(row, high);
    if (checked.gt(limit)) over.push({ row, checked, excess: checked.minus(limit) });
  }
  return { figure: high ? "high" : "expected", checked: rows.length, over, pass: rows.length > 0 && over.length === 0 };
}
function checkMaxMonthlyCost(result, limit) {
  const id = result.cheapestAtVolume;
  const q = result.settings.queriesPerDay;
  const option = result.options.find((o) => o.id === id);
  if (q === null || !option?.atVolume) return null;
  const band = option.atVolume.totalPerMonthRange;
  const checked = d(band ? band.high : option.atVolume.totalPerMonth);
  const over = checked.gt(limit);
  return {
    option,
    queriesPerDay: d(q),
    figure: band ? "high" : "expected",
    checked,
    excess: over ? checked.minus(limit) : null,
    pass: !over
  };
}

export {
  MAX_COST_APPLIES_TO,
  checkMaxCost,
  checkMaxMonthlyCost
};
