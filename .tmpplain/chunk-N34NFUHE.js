import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  Decimal
} from "./chunk-AAQRN2TG.js";

// src/format/money.ts
var CENT = new Decimal("0.01");
function group(intPart) {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function formatUsd(amount) {
  const value = amount instanceof Decimal ? amount : new Decimal(amount);
  const sign = value.isNeg() ? "-" : "";
  const abs = value.abs();
  if (!abs.isZero() && abs.lt(CENT)) return `${sign}$${abs.toSignificantDigits(2, Decimal.ROUND_HALF_UP).toFixed()}`;
  const [int, frac] = abs.toFixed(2, Decimal.ROUND_HALF_UP).split(".");
  return `${sign}$${group(int)}.${frac}`;
}
function formatRate(amount) {
  const value = amount instanceof Decimal ? amount : new Decimal(amount);
  const places = Math.max(2, value.decimalPlaces());
  const [int, frac] = value.toFixed(places).split(".");
  return `$${group(int)}.${frac}`;
}
function formatCount(value) {
  return group(value.toString());
}
function formatQueriesPerDay(value) {
  const v = value instanceof Decimal ? value : new Decimal(value);
  return group(v.ceil().toFixed(0));
}
function formatMonths(value) {
  const v = value instanceof Decimal ? value : new Decimal(value);
  if (v.gt(0) && v.lt("0.01")) return "under 0.01 months";
  const shown = v.gte(100) ? v.toFixed(0, Decimal.ROUND_HALF_UP) : v.toSignificantDigits(3, Decimal.ROUND_HALF_UP).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
  return `${group(shown.split(".")[0])}${shown.includes(".") ? `.${shown.split(".")[1]}` : ""} month${v.eq(1) ? "" : "s"}`;
}

// src/render/layout.ts
function textTable(columns, rows) {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => [...r[i] ?? ""].length)));
  const pad = (text, i) => {
    const gap = " ".repeat(widths[i] - [...text].length);
    return columns[i].align === "right" ? gap + text : text + gap;
  };
  const line = (cells) => cells.map((c, i) => pad(c, i)).join("  ").trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
function csvCell(value) {
  if (value === null) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function csvLines(header, rows) {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}
function mdTable(header, rows, align = []) {
  const esc = (s) => s.replace(/\|/g, "\\|");
  const sep = header.map((_, i) => align[i] === "right" ? "---:" : "---");
  return [header, sep, ...rows].map((r) => `| ${r.map(esc).join(" | ")} |`).join("\n");
}

export {
  formatUsd,
  formatRate,
  formatCount,
  formatQueriesPerDay,
  formatMonths,
  textTable,
  csvLines,
  mdTable
};
