import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  BREAKEVEN_SCHEMA_URL
} from "./chunk-27B5BBAU.js";
import {
  toDecimalString
} from "./chunk-AAQRN2TG.js";

// src/result/breakEven.ts
var BREAKEVEN_SCHEMA_VERSION = 2;
function breakEvenMarkCost(b) {
  const cost = b.monthlyCost[b.cheaperBelow];
  if (cost === void 0)
    throw new Error(`break-even between ${b.between.join(" and ")} has no monthly cost for ${b.cheaperBelow}`);
  return cost;
}
function addBreakEvenRanges(result, r) {
  result.breakEvens.forEach((b, i) => {
    const band = r.bands[i];
    b.queriesPerDayRange = {
      low: dec(band.low),
      expected: dec(band.expected),
      high: dec(band.high),
      atEveryBound: band.atEveryBound
    };
  });
  for (const o of result.options) {
    const t = r.totals.get(o.id);
    if (o.atVolume && t)
      o.atVolume.totalPerMonthRange = { low: dec(t.low), expected: dec(t.expected), high: dec(t.high) };
  }
  result.range = { sources: r.spread ? [r.spread] : [] };
}
function sensitivityEnd(e) {
  return {
    breakEvenQueriesPerDay: e.breakEvenQueriesPerDay ? dec(e.breakEvenQueriesPerDay) : null,
    breakEvenQueriesPerDayExact: e.breakEvenQueriesPerDay ? e.breakEvenQueriesPerDay.toFractionString() : null,
    savingPerMonth: dec(e.savingPerMonth)
  };
}
function toSensitivityJson(s) {
  return {
    baseline: s.baseline,
    option: s.option,
    queriesPerDay: toDecimalString(s.queriesPerDay),
    expected: sensitivityEnd(s.expected),
    inputs: s.rows.map((r) => ({
      input: r.input,
      label: r.label,
      range: r.range,
      low: { value: r.low.value, ...sensitivityEnd(r.low) },
      high: { value: r.high.value, ...sensitivityEnd(r.high) },
      swing: dec(r.swing)
    })),
    notApplicable: s.notApplicable
  };
}
var dec = (r) => toDecimalString(r.toDecimal());
var opt = (v) => v === void 0 ? null : toDecimalString(v);
function toBreakEvenResult(a, ctx) {
  const notes = [...ctx.notes ?? []];
  for (const p of a.pairs) {
    if (p.repeatsEvery)
      notes.push(
        `${p.between[0]} and ${p.between[1]} cost the same per query on average: their order keeps alternating, and the crossings listed repeat every ${dec(p.repeatsEvery)} queries/day.`
      );
    if (p.searchedUpTo)
      notes.push(
        `${p.between[0]} and ${p.between[1]}: crossings were searched up to ${dec(p.searchedUpTo)} queries/day only (a great many replica steps).`
      );
  }
  return {
    $schema: BREAKEVEN_SCHEMA_URL,
    schemaVersion: BREAKEVEN_SCHEMA_VERSION,
    kind: "breakeven",
    catalog: ctx.catalog ?? null,
    asOf: ctx.asOf ?? null,
    today: ctx.today,
    source: ctx.source,
    units: {
      volume: "queries per day",
      money: "USD",
      period: "month",
      hoursPerMonth: toDecimalString(a.settings.hoursPerMonth)
    },
    settings: {
      queriesPerDay: a.settings.queriesPerDay ? dec(a.settings.queriesPerDay) : null,
      hoursPerMonth: toDecimalString(a.settings.hoursPerMonth),
      horizonMonths: dec(a.settings.horizonMonths),
      retrainEveryMonths: a.settings.retrainEveryMonths ? dec(a.settings.retrainEveryMonths) : null,
      amortizationMonths: toDecimalString(a.settings.amortizationMonths)
    },
    baseline: a.baseline,
    cheapestAtVolume: a.cheapestAtVolume,
    options: a.options.map(({ option: o, atVolume: v, payback }) => ({
      id: o.id,
      name: o.name ?? o.id,
      kind: o.kind,
      provider: o.provider ?? null,
      model: o.model ?? null,
      method: o.method ?? null,
      tier: o.tier ?? null,
      prices: {
        perQuery: opt(o.perQuery),
        hourly: opt(o.hourly),
        hoursPerDay: o.hourly ? opt(o.hoursPerDay) ?? "24" : null,
        monthly: opt(o.monthly),
        oneTime: opt(o.oneTime),
        capacityPerDay: opt(o.capacityPerDay)
      },
      decision: {
        competes: !a.excluded.some((e) => e.id === o.id),
        excludedBecause: a.excluded.find((e) => e.id === o.id)?.reason ?? null,
        servingEndsOn: o.servingEndsOn ?? null,
        remainingMonths: opt(o.remainingMonths)
      },
      atVolume: v && {
        replicas: Number(v.replicas),
        trainingPerMonth: dec(v.training),
        hostingPerMonth: dec(v.hosting),
        tokensPerMonth: dec(v.tokens),
        totalPerMonth: dec(v.total),
        totalPerDay: dec(v.perDay),
        totalOverHorizon: dec(v.overHorizon)
      },
      payback: payback && {
        baseline: payback.baseline,
        savingPerMonth: dec(payback.savingPerMonth),
        paysBack: payback.paysBack,
        months: payback.months ? dec(payback.months) : null,
        recoveryMonths: payback.recoveryMonths ? dec(payback.recoveryMonths) : null,
        reason: payback.reason,
        withinHorizon: payback.withinHorizon
      },
      sources: o.sources ?? [],
      notes: o.notes ?? []
    })),
    // In order of volume (stable: pairs in option order at equal volumes).
    breakEvens: a.crossings.map(({ pair: p, crossing: c, monthly }) => ({
      between: p.between,
      queriesPerDay: dec(c.at),
      queriesPerDayExact: c.at.toFractionString(),
      kind: c.kind,
      cheaperBelow: c.cheaperBelow,
      cheaperAbove: c.cheaperAbove,
      monthlyCost: { [p.between[0]]: dec(monthly[0]), [p.between[1]]: dec(monthly[1]) }
    })),
    pairs: a.pairs.map((p) => ({
      between: p.between,
      crossings: p.crossings.length,
      alwaysCheaper: p.alwaysCheaper,
      repeatsEveryQueriesPerDay: p.repeatsEvery ? dec(p.repeatsEvery) : null,
      searchedUpToQueriesPerDay: p.searchedUpTo ? dec(p.searchedUpTo) : null
    })),
    regimes: a.regimes.map((r) => ({
      cheapest: r.cheapest,
      fromQueriesPerDay: dec(r.from),
      toQueriesPerDay: r.to ? dec(r.to) : null,
      fromQueriesPerDayExact: r.from.toFractionString(),
      toQueriesPerDayExact: r.to ? r.to.toFractionString() : null
    })),
    regimesRepeat: a.regimesRepeat ? {
      afterQueriesPerDay: dec(a.regimesRepeat.after),
      everyQueriesPerDay: dec(a.regimesRepeat.every),
      afterQueriesPerDayExact: a.regimesRepeat.after.toFractionString(),
      everyQueriesPerDayExact: a.regimesRepeat.every.toFractionString()
    } : null,
    chart: {
      queriesPerDay: a.chart.volumes.map(dec),
      series: a.chart.series.map((s) => ({ id: s.id, monthly: s.monthly.map(dec) }))
    },
    assumptions: ctx.assumptions ?? [],
    notes,
    skipped: ctx.skipped ?? []
  };
}

export {
  breakEvenMarkCost,
  addBreakEvenRanges,
  toSensitivityJson,
  toBreakEvenResult
};
