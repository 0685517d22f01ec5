import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  breakEvenMarkCost
} from "./chunk-7QMZYHTT.js";
import "./chunk-27B5BBAU.js";
import {
  csvLines,
  formatMonths,
  formatQueriesPerDay,
  formatRate,
  formatUsd,
  mdTable,
  textTable
} from "./chunk-N34NFUHE.js";
import {
  Decimal
} from "./chunk-AAQRN2TG.js";
import "./chunk-ZT4WRAGS.js";

// src/render/chart.ts
var SERIES_SYMBOLS = ["*", "o", "+", "#", "%", "@", "=", "~", "$", "&"];
var COLORS = [31, 32, 34, 35, 36, 33, 91, 92, 94, 95];
var paint = (on, code, text) => on ? `\x1B[${code}m${text}\x1B[0m` : text;
function log10(v) {
  const x = v instanceof Decimal ? v : new Decimal(v);
  return x.gt(0) ? x.log(10).toNumber() : null;
}
function volumeLabel(exp) {
  if (exp < 0) return new Decimal(10).pow(exp).toFixed();
  const units = [
    [9, "B"],
    [6, "M"],
    [3, "k"]
  ];
  for (const [e, u] of units) if (exp >= e) return `${"1".padEnd(exp - e + 1, "0")}${u}`;
  return "1".padEnd(exp + 1, "0");
}
function renderChart(res, opts) {
  const volumes = res.chart.queriesPerDay;
  const cols = volumes.length;
  const height = opts.height ?? 14;
  if (cols < 2 || res.chart.series.length === 0) return "";
  const xs = volumes.map((v) => log10(v));
  const x0 = xs[0];
  const x1 = xs[cols - 1];
  const colOf = (v) => Math.round(((log10(v) ?? x0) - x0) / (x1 - x0) * (cols - 1));
  const ys = res.chart.series.flatMap((s) => s.monthly.map((m) => log10(m))).filter((y) => y !== null);
  if (ys.length === 0) return "";
  const y0 = Math.floor(Math.min(...ys));
  let y1 = Math.ceil(Math.max(...ys));
  if (y1 - y0 < 1) y1 = y0 + 1;
  const rowOf = (m) => {
    const y = log10(m);
    if (y === null) return null;
    return Math.round((y - y0) / (y1 - y0) * (height - 1));
  };
  const grid = Array.from(
    { length: height },
    () => Array.from({ length: cols }, () => ({ ch: " ", color: null }))
  );
  res.chart.series.forEach((s, i) => {
    const sym = SERIES_SYMBOLS[i % SERIES_SYMBOLS.length];
    s.monthly.forEach((m, c) => {
      const r = rowOf(m);
      if (r !== null && r >= 0 && r < height) grid[r][c] = { ch: sym, color: COLORS[i % COLORS.length] };
    });
  });
  const marks = /* @__PURE__ */ new Set();
  for (const be of res.breakEvens) {
    const c = colOf(be.queriesPerDay);
    if (c < 0 || c >= cols) continue;
    marks.add(c);
    const r = rowOf(breakEvenMarkCost(be));
    if (r !== null && r >= 0 && r < height) grid[r][c] = { ch: "X", color: null };
  }
  const labelAt = /* @__PURE__ */ new Map();
  for (let e = y0; e <= y1; e++)
    labelAt.set(
      Math.round((e - y0) / (y1 - y0) * (height - 1)),
      formatUsd(new Decimal(10).pow(e)).replace(/\.00$/, "")
    );
  const labelWidth = Math.max(...[...labelAt.values()].map((l) => l.length));
  const lines = [];
  lines.push(`Monthly cost (USD, log scale) by queries per day (log scale)`);
  for (let r = height - 1; r >= 0; r--) {
    const label = (labelAt.get(r) ?? "").padStart(labelWidth);
    const row = grid[r].map(
      (cell) => cell.color === null ? cell.ch === "X" ? paint(opts.color, 1, "X") : cell.ch : paint(opts.color, cell.color, cell.ch)
    ).join("");
    lines.push(`${label} |${row}`.trimEnd());
  }
  lines.push(`${" ".repeat(labelWidth)} +${"-".repeat(cols)}`);
  if (marks.size > 0) {
    const under = Array.from({ length: cols }, (_, c) => marks.has(c) ? "^" : " ").join("");
    lines.push(`${" ".repeat(labelWidth)}  ${under}`.trimEnd());
  }
  const axis = Array.from({ length: cols + 8 }, () => " ");
  for (let e = Math.ceil(x0 - 1e-9); e <= Math.floor(x1 + 1e-9); e++) {
    const c = Math.round((e - x0) / (x1 - x0) * (cols - 1));
    const text = volumeLabel(e);
    const start = Math.max(0, Math.min(c - Math.floor(text.length / 2), cols + 8 - text.length));
    if (axis.slice(Math.max(0, start - 1), start + text.length + 1).some((ch) => ch !== " ")) continue;
    for (let k = 0; k < text.length; k++) axis[start + k] = text[k];
  }
  lines.push(`${" ".repeat(labelWidth)}  ${axis.join("")}`.trimEnd());
  lines.push(`${" ".repeat(labelWidth)}  queries per day`);
  const legend = res.chart.series.map(
    (s, i) => `${paint(opts.color, COLORS[i % COLORS.length], SERIES_SYMBOLS[i % SERIES_SYMBOLS.length])} ${s.id}`
  );
  lines.push(
    `Legend: ${legend.join("   ")}${marks.size ? `   X/^ break-even (${[...new Set(res.breakEvens.map((b) => formatQueriesPerDay(b.queriesPerDay)))].join(", ")}/day)` : ""}`
  );
  return lines.join("\n") + "\n";
}

// src/render/tornado.ts
var BAR_WIDTH = 41;
function scaleOf(s) {
  const values = [
    s.expected.savingPerMonth,
    ...s.inputs.flatMap((i) => [i.low.savingPerMonth, i.high.savingPerMonth])
  ].map((v) => new Decimal(v));
  const min = Decimal.min(...values);
  const span = Decimal.max(...values).minus(min);
  return (v) => span.isZero() ? 0.5 : new Decimal(v).minus(min).div(span).toNumber();
}
var volume = (v) => v === null ? "never" : formatQueriesPerDay(v);
function titleOf(s) {
  return `Sensitivity: monthly saving of ${s.option} against ${s.baseline} at ${formatQueriesPerDay(s.queriesPerDay)} queries/day (expected ${formatUsd(s.expected.savingPerMonth)}, break-even ${volume(s.expected.breakEvenQueriesPerDay)})`;
}
function asciiBar(at, low, high, expected) {
  const col = (v) => Math.round(at(v) * (BAR_WIDTH - 1));
  const cells = Array.from({ length: BAR_WIDTH }, () => " ");
  const e = col(expected);
  for (const [end, mark] of [
    [col(low), "-"],
    [col(high), "#"]
  ]) {
    for (let c = Math.min(e, end); c <= Math.max(e, end); c++) cells[c] = mark;
  }
  cells[e] = "|";
  return cells.join("");
}
function tornadoLines(res) {
  const s = res.sensitivity;
  if (!s) return [];
  const at = scaleOf(s);
  const table = textTable(
    [
      { header: "Input" },
      { header: "Range" },
      { header: "Saving/mo: low end \u2026 high end" },
      { header: "Low", align: "right" },
      { header: "High", align: "right" },
      { header: "Swing", align: "right" },
      { header: "Break-even low \u2192 high" }
    ],
    s.inputs.map((i) => [
      i.label,
      i.range,
      asciiBar(at, i.low.savingPerMonth, i.high.savingPerMonth, s.expected.savingPerMonth),
      formatUsd(i.low.savingPerMonth),
      formatUsd(i.high.savingPerMonth),
      formatUsd(i.swing),
      `${volume(i.low.breakEvenQueriesPerDay)} \u2192 ${volume(i.high.breakEvenQueriesPerDay)}`
    ])
  );
  return [
    titleOf(s),
    table,
    "  '-' toward the saving at the input's low end, '#' at its high end, '|' the expected saving (docs/sensitivity.md)",
    ...s.notApplicable.map((n) => `  Not varied: ${n.label} (${n.reason})`)
  ];
}
function tornadoMarkdown(res) {
  const s = res.sensitivity;
  if (!s) return [];
  return [
    `**Sensitivity** \u2014 ${titleOf(s).replace(/^Sensitivity: /, "")}`,
    "",
    mdTable(
      ["Input", "Range", "Saving/mo at low", "at high", "Swing", "Break-even low \u2192 high"],
      s.inputs.map((i) => [
        i.label,
        i.range,
        formatUsd(i.low.savingPerMonth),
        formatUsd(i.high.savingPerMonth),
        formatUsd(i.swing),
        `${volume(i.low.breakEvenQueriesPerDay)} \u2192 ${volume(i.high.breakEvenQueriesPerDay)}`
      ]),
      ["left", "left", "right", "right", "right"]
    ),
    ...s.notApplicable.length ? ["", `Not varied: ${s.notApplicable.map((n) => `${n.label} (${n.reason})`).join("; ")}.`] : []
  ];
}

// src/render/breakeven.ts
var KIND_LABEL = {
  prompted: "prompted base",
  "hosted-per-token": "per token",
  "hosted-hourly": "hourly deployment",
  "self-hosted": "self-hosted GPUs",
  custom: "custom"
};
function paybackLabel(o, res) {
  const p = o.payback;
  if (!p) return "-";
  if (p.paysBack && p.months !== null) return formatMonths(p.months) + (p.withinHorizon ? "" : " (past horizon)");
  const recovery = p.recoveryMonths === null ? "" : formatMonths(p.recoveryMonths);
  switch (p.reason) {
    case "not-within-cycle":
      return `never: retrained every ${res.settings.retrainEveryMonths} months, earned back in ${recovery}`;
    case "not-within-remaining-life":
      return `never: shuts down ${o.decision.servingEndsOn} (${formatMonths(o.decision.remainingMonths ?? "0")} left), earned back in ${recovery}`;
    default:
      return "never: costs more to run";
  }
}
function optionLabel(o, res) {
  if (!o.decision.competes) return `${o.id} \xD7`;
  return o.id + (o.id === res.cheapestAtVolume ? " \u2190" : "");
}
function header(res) {
  const where = res.catalog ? `catalog ${res.catalog.version} \xB7 prices as of ${res.asOf}` : `scenario ${res.source.file ?? ""}`.trim();
  return `ftcost breakeven \xB7 ${where} \xB7 USD per ${res.settings.hoursPerMonth}-hour month`;
}
function settingsLine(res) {
  const s = res.settings;
  const spread = s.amortizationMonths === s.horizonMonths ? `training spread over the ${s.horizonMonths}-month horizon` : `training spread over ${s.amortizationMonths}-month retraining cycles`;
  const volume2 = s.queriesPerDay === null ? "No volume given: break-evens and regimes only" : `Volume: ${formatQueriesPerDay(s.queriesPerDay)} queries/day`;
  return `${volume2} \xB7 ${spread}`;
}
function pricesLabel(o) {
  const p = o.prices;
  const parts = [];
  if (p.perQuery !== null) parts.push(`${formatRate(p.perQuery)}/query`);
  if (p.hourly !== null)
    parts.push(
      `${formatRate(p.hourly)}/h${p.hoursPerDay && p.hoursPerDay !== "24" ? ` \xD7 ${p.hoursPerDay} h/day` : ""}${p.capacityPerDay ? ` per ${formatQueriesPerDay(p.capacityPerDay)} queries/day` : ""}`
    );
  if (p.monthly !== null) parts.push(`${formatUsd(p.monthly)}/month`);
  if (p.oneTime !== null) parts.push(`${formatUsd(p.oneTime)} once`);
  return parts.join(" + ");
}
function volumeRange(b) {
  const r = b.queriesPerDayRange;
  if (!r) return "-";
  return `${formatQueriesPerDay(r.low)} \u2013 ${formatQueriesPerDay(r.high)}${r.atEveryBound ? "" : " *"}`;
}
function rangeNote(res) {
  if (!res.range) return [];
  const lines = res.range.sources.length ? res.range.sources.map((s) => `Range: the training set at ${s.bounds} (docs/ranges.md)`) : ["Range: nothing about the training set is uncertain here, so each band has zero width (docs/ranges.md)"];
  if (res.breakEvens.some((b) => b.queriesPerDayRange && !b.queriesPerDayRange.atEveryBound))
    lines.push("* at some bound of the range the two options no longer cross this way");
  return lines;
}
function breakEvenLines(res) {
  if (res.breakEvens.length === 0) return ["No two options cross: the order never changes with volume."];
  const ranged = res.range !== void 0;
  const rows = res.breakEvens.map((b) => [
    formatQueriesPerDay(b.queriesPerDay),
    ...ranged ? [volumeRange(b)] : [],
    `${b.between[0]} / ${b.between[1]}`,
    `${b.cheaperAbove} cheaper above`,
    b.kind === "jump" ? "a replica is added just above" : `both ${formatUsd(b.monthlyCost[b.between[0]])}/month`
  ]);
  return [
    textTable(
      [
        { header: "Queries/day", align: "right" },
        ...ranged ? [{ header: "Range (low \u2013 high)" }] : [],
        { header: "Between" },
        { header: "Then" },
        { header: "At the break-even" }
      ],
      rows
    ),
    ...rangeNote(res)
  ];
}
function regimeLines(res) {
  const r = res.regimesRepeat;
  const alternating = r ? [
    `  above ${formatQueriesPerDay(r.afterQueriesPerDay)} the pattern of ${formatQueriesPerDay(r.afterQueriesPerDay)} \u2013 ${formatQueriesPerDay(new Decimal(r.afterQueriesPerDay).plus(r.everyQueriesPerDay))} repeats every ${formatQueriesPerDay(r.everyQueriesPerDay)} queries/day, forever`
  ] : [];
  return [
    ...res.regimes.map((r2) => {
      const from = formatQueriesPerDay(r2.fromQueriesPerDay);
      const range = r2.toQueriesPerDay === null ? r2.fromQueriesPerDay === "0" ? "at every volume" : `above ${from}` : `${from} \u2013 ${formatQueriesPerDay(r2.toQueriesPerDay)}`;
      return `  ${range.padEnd(22)} ${r2.cheapest}`;
    }),
    ...alternating
  ];
}
function footnotes(res) {
  const lines = [];
  const out = res.options.filter((o) => !o.decision.competes);
  if (out.length) {
    lines.push(
      "\xD7 left out of the decision (costed, never named cheapest; --include-ending / --include-non-production bring them in):"
    );
    for (const o of out) lines.push(`  ${o.id}: ${o.decision.excludedBecause}`);
  }
  for (const a of res.assumptions) lines.push(`Assumed: ${a}`);
  for (const n of res.notes) lines.push(`Note: ${n}`);
  for (const o of res.options) for (const n of o.notes) lines.push(`${o.id}: ${n}`);
  for (const s of res.skipped) lines.push(`Left out ${s.id}: ${s.reason}`);
  const sources = [...new Set(res.options.flatMap((o) => o.sources.map((s) => `${s.source} (as of ${s.asOf})`)))];
  if (sources.length) lines.push("Sources:", ...sources.map((s) => `  ${s}`));
  return lines;
}
function breakEvenTable(res, opts = { color: false }) {
  const q = res.settings.queriesPerDay;
  const table = q === null ? textTable(
    [{ header: "Option" }, { header: "Kind" }, { header: "Prices" }],
    res.options.map((o) => [optionLabel(o, res), KIND_LABEL[o.kind], pricesLabel(o)])
  ) : textTable(
    [
      { header: "Option" },
      { header: "Kind" },
      { header: "Training/mo", align: "right" },
      { header: "Hosting/mo", align: "right" },
      { header: "Tokens/mo", align: "right" },
      { header: "Total/mo", align: "right" },
      { header: "Replicas", align: "right" },
      { header: "Payback" }
    ],
    res.options.map((o) => {
      const v = o.atVolume;
      return [
        optionLabel(o, res),
        KIND_LABEL[o.kind],
        formatUsd(v.trainingPerMonth),
        formatUsd(v.hostingPerMonth),
        formatUsd(v.tokensPerMonth),
        formatUsd(v.totalPerMonth),
        o.prices.hourly === null ? "-" : String(v.replicas),
        paybackLabel(o, res)
      ];
    })
  );
  const prices = res.options.map((o) => `  ${o.id}: ${pricesLabel(o)}`);
  const payback = res.baseline && res.options.some((o) => o.payback) ? ` \xB7 payback of training against ${res.baseline}` : "";
  const cheapest = q === null ? [] : [`\u2190 cheapest at ${formatQueriesPerDay(q)} queries/day: ${res.cheapestAtVolume}${payback}`];
  return [
    header(res),
    settingsLine(res),
    "",
    table,
    ...cheapest,
    "",
    ...q === null ? [] : ["Prices:", ...prices, ""],
    "Break-evens (queries/day, rounded up):",
    ...breakEvenLines(res),
    "",
    "Cheapest option by volume (queries/day):",
    ...regimeLines(res),
    "",
    renderChart(res, { color: opts.color }).trimEnd(),
    "",
    ...res.sensitivity ? [...tornadoLines(res), ""] : [],
    ...footnotes(res)
  ].join("\n") + "\n";
}
var BREAKEVEN_CSV_HEADER = [
  "record",
  "option",
  "other",
  "queries_per_day",
  "to_queries_per_day",
  "kind",
  "training_per_month",
  "hosting_per_month",
  "tokens_per_month",
  "total_per_month",
  "replicas",
  "payback_months",
  "cheaper_below",
  "cheaper_above",
  "competes",
  "excluded_because",
  "payback_status",
  "name",
  "currency",
  "per_query",
  "hourly",
  "hours_per_day",
  "monthly",
  "one_time",
  "capacity_per_day",
  "option_cost_per_month",
  "other_cost_per_month",
  "settings_queries_per_day",
  "hours_per_month",
  "horizon_months",
  "retrain_every_months",
  "catalog_version",
  "as_of",
  "today",
  "sources",
  "assumptions"
];
function paybackStatus(o) {
  if (!o.payback) return "n/a";
  return o.payback.paysBack ? "months" : "never";
}
function breakEvenCsv(res) {
  const q = res.settings.queriesPerDay;
  const common = {
    currency: res.units.money,
    settings_queries_per_day: q,
    hours_per_month: res.settings.hoursPerMonth,
    horizon_months: res.settings.horizonMonths,
    retrain_every_months: res.settings.retrainEveryMonths,
    catalog_version: res.catalog?.version ?? null,
    as_of: res.asOf,
    today: res.today,
    assumptions: res.assumptions.join("; ")
  };
  const line = (cells) => BREAKEVEN_CSV_HEADER.map((c) => ({ ...common, ...cells })[c] ?? null);
  return csvLines(BREAKEVEN_CSV_HEADER, [
    ...res.options.map(
      (o) => line({
        record: "option",
        option: o.id,
        queries_per_day: q,
        kind: o.kind,
        training_per_month: o.atVolume?.trainingPerMonth,
        hosting_per_month: o.atVolume?.hostingPerMonth,
        tokens_per_month: o.atVolume?.tokensPerMonth,
        total_per_month: o.atVolume?.totalPerMonth,
        replicas: o.atVolume?.replicas,
        payback_months: o.payback?.months,
        competes: o.decision.competes,
        excluded_because: o.decision.excludedBecause,
        payback_status: paybackStatus(o),
        name: o.name,
        per_query: o.prices.perQuery,
        hourly: o.prices.hourly,
        hours_per_day: o.prices.hoursPerDay,
        monthly: o.prices.monthly,
        one_time: o.prices.oneTime,
        capacity_per_day: o.prices.capacityPerDay,
        sources: o.sources.map((src) => `${src.what}: ${src.source} (${src.asOf})`).join(" | ")
      })
    ),
    ...res.breakEvens.map(
      (b) => line({
        record: "breakeven",
        option: b.between[0],
        other: b.between[1],
        queries_per_day: b.queriesPerDay,
        kind: b.kind,
        cheaper_below: b.cheaperBelow,
        cheaper_above: b.cheaperAbove,
        option_cost_per_month: b.monthlyCost[b.between[0]],
        other_cost_per_month: b.monthlyCost[b.between[1]]
      })
    ),
    ...res.regimes.map(
      (r) => line({
        record: "regime",
        option: r.cheapest,
        queries_per_day: r.fromQueriesPerDay,
        to_queries_per_day: r.toQueriesPerDay
      })
    )
  ]);
}
function breakEvenMarkdown(res) {
  const withVolume = res.settings.queriesPerDay !== null;
  const label = (o) => `\`${o.id}\`${!o.decision.competes ? " (left out)" : o.id === res.cheapestAtVolume ? " (cheapest)" : ""}`;
  const options = withVolume ? mdTable(
    ["Option", "Kind", "Training/mo", "Hosting/mo", "Tokens/mo", "Total/mo", "Payback"],
    res.options.map((o) => [
      label(o),
      KIND_LABEL[o.kind],
      formatUsd(o.atVolume.trainingPerMonth),
      formatUsd(o.atVolume.hostingPerMonth),
      formatUsd(o.atVolume.tokensPerMonth),
      formatUsd(o.atVolume.totalPerMonth),
      paybackLabel(o, res)
    ]),
    ["left", "left", "right", "right", "right", "right", "left"]
  ) : mdTable(
    ["Option", "Kind", "Prices"],
    res.options.map((o) => [label(o), KIND_LABEL[o.kind], pricesLabel(o)])
  );
  const breakEvens = res.breakEvens.length ? mdTable(
    ["Queries/day", ...res.range ? ["Range (low \u2013 high)"] : [], "Between", "Cheaper above", "Kind"],
    res.breakEvens.map((b) => [
      formatQueriesPerDay(b.queriesPerDay),
      ...res.range ? [volumeRange(b)] : [],
      `\`${b.between[0]}\` / \`${b.between[1]}\``,
      `\`${b.cheaperAbove}\``,
      b.kind
    ]),
    ["right"]
  ) : "No two options cross.";
  const regimes = mdTable(
    ["From (queries/day)", "To", "Cheapest"],
    res.regimes.map((r) => [
      formatQueriesPerDay(r.fromQueriesPerDay),
      r.toQueriesPerDay === null ? "\u221E" : formatQueriesPerDay(r.toQueriesPerDay),
      `\`${r.cheapest}\``
    ]),
    ["right", "right"]
  );
  const notes = footnotes(res).map(
    (l) => l.startsWith("  ") ? `- ${l.trim()}` : l === "Sources:" ? "\n**Sources**\n" : `> ${l}`
  );
  return [
    "### Break-even: fine-tuning vs prompting",
    "",
    `${header(res).replace(/^ftcost breakeven · /, "")}. ${settingsLine(res)}.`,
    "",
    options,
    "",
    "**Break-evens**",
    "",
    breakEvens,
    "",
    "**Cheapest option by volume**",
    "",
    regimes,
    "",
    ...res.sensitivity ? [...tornadoMarkdown(res), ""] : [],
    ...notes
  ].join("\n") + "\n";
}
function breakEvenJson(res) {
  return JSON.stringify(res, null, 2) + "\n";
}
var breakEvenRenderers = {
  table: breakEvenTable,
  json: breakEvenJson,
  csv: breakEvenCsv,
  md: breakEvenMarkdown
};
export {
  breakEvenCsv,
  breakEvenJson,
  breakEvenMarkdown,
  breakEvenRenderers,
  breakEvenTable,
  paybackLabel
};
