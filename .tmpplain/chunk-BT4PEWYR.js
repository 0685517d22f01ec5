import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  availabilityOn,
  checkNames,
  resolveField,
  selectModels,
  toCatalog,
  unpublishedOn
} from "./chunk-3JEFV3AJ.js";
import {
  UserError
} from "./chunk-6KZCIXKI.js";
import {
  suggest
} from "./chunk-5JICIXVM.js";
import {
  HOURS_PER_MONTH,
  TOKENS_PER_MILLION,
  ZERO,
  d
} from "./chunk-AAQRN2TG.js";
import {
  daysBetween
} from "./chunk-5AT5OJX2.js";
import {
  METHODS,
  RUNNING_PRICE_FIELDS,
  SUPERVISED_METHODS,
  isIsoDate
} from "./chunk-RLGSNLDK.js";

// src/catalog/generated/catalog.json
import { readFileSync } from "node:fs";
var catalog_default = JSON.parse(readFileSync(new URL("./catalog.json", import.meta.url), "utf8"));

// src/catalog/embedded.ts
var cached;
function deepFreeze(value) {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  else for (const key of Object.keys(value)) deepFreeze(value[key]);
  return Object.freeze(value);
}
function freezeCatalog(catalog) {
  for (const key of Object.keys(catalog)) {
    const { get, value, enumerable } = Object.getOwnPropertyDescriptor(catalog, key);
    if (get) Object.defineProperty(catalog, key, { get: () => deepFreeze(get.call(catalog)), enumerable });
    else deepFreeze(value);
  }
  return Object.freeze(catalog);
}
function embeddedCatalog() {
  cached ??= freezeCatalog(toCatalog(catalog_default));
  return cached;
}

// src/engine/dataset.ts
function assumedDataset(examples, tokensPerExample) {
  for (const [name, value] of [
    ["examples", examples],
    ["tokensPerExample", tokensPerExample]
  ]) {
    if (!Number.isSafeInteger(value) || value < 1)
      throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
  return {
    kind: "assumed",
    examples,
    epochTokens(_encoding, maxTokensPerExample) {
      const capped = maxTokensPerExample !== void 0 && tokensPerExample > maxTokensPerExample;
      const perExample = capped ? maxTokensPerExample : tokensPerExample;
      return {
        billedTokens: BigInt(examples) * BigInt(perExample),
        truncatedExamples: capped ? examples : 0,
        exact: false,
        method: `${examples} examples \xD7 ${perExample} tokens${capped ? ` (capped from ${tokensPerExample})` : ""}`
      };
    }
  };
}

// src/engine/range.ts
var ASSUMED_TOKENS_SPREAD_PERCENT = 50;
var ESTIMATED_COUNT_SPREAD_PERCENT = 10;
function assumedTokensBounds(tokensPerExample) {
  const delta = tokensPerExample * ASSUMED_TOKENS_SPREAD_PERCENT / 100;
  return { low: Math.max(1, Math.floor(tokensPerExample - delta)), high: Math.ceil(tokensPerExample + delta) };
}
function tokensPerExampleSpread(examples, bounds, why) {
  return {
    source: "tokens-per-example",
    low: assumedDataset(examples, bounds.low),
    high: assumedDataset(examples, bounds.high),
    bounds: `${bounds.low}\u2013${bounds.high} tokens per example (${why})`
  };
}
function scaleTokens(tokens, percent) {
  if (tokens.exact) return tokens;
  const scaled = tokens.billedTokens * BigInt(100 + percent);
  const billed = percent < 0 ? scaled / 100n : (scaled + 99n) / 100n;
  return { ...tokens, billedTokens: billed };
}
function scaledDataset(base, percent) {
  const validation = base.validationTokens;
  return {
    kind: base.kind,
    examples: base.examples,
    epochTokens: (encoding, cap) => scaleTokens(base.epochTokens(encoding, cap), percent),
    validationTokens: validation ? (encoding, cap) => scaleTokens(validation(encoding, cap), percent) : void 0
  };
}
function countedSpread(dataset) {
  const p = ESTIMATED_COUNT_SPREAD_PERCENT;
  return {
    source: "token-count",
    low: scaledDataset(dataset, -p),
    high: scaledDataset(dataset, p),
    bounds: `\xB1${p}% of a count made with a stand-in tokenizer (exact counts: no spread)`
  };
}
function epochBounds(e) {
  switch (e.basis) {
    case "openai-auto":
      return { low: Math.max(1, e.epochs - 1), high: e.epochs + 1 };
    case "assumed":
      return { low: 1, high: e.epochs * 2 };
    default:
      return { low: e.epochs, high: e.epochs };
  }
}
function rowRange(spec, row) {
  const contributions = [];
  const eb = epochBounds(row.epochs);
  const ds = spec.dataset;
  const dsLow = ds ? row.costWith(ds.low, void 0) : void 0;
  const dsHigh = ds ? row.costWith(ds.high, void 0) : void 0;
  if (ds && dsLow && dsHigh && !(ds.source === "token-count" && dsLow.eq(dsHigh))) {
    contributions.push({
      source: ds.source,
      low: dsLow,
      high: dsHigh,
      bounds: ds.bounds
    });
  }
  if (row.epochs.basis === "openai-auto" || row.epochs.basis === "assumed") {
    contributions.push({
      source: "epochs",
      low: row.costWith(void 0, eb.low),
      high: row.costWith(void 0, eb.high),
      bounds: `${eb.low}\u2013${eb.high} epochs (${row.epochs.basis === "openai-auto" ? "the service's auto choice" : "an assumed default"})`
    });
  }
  if (row.sourceKind === "copy")
    contributions.push({
      source: "price-copy",
      low: row.expected,
      high: row.expected,
      bounds: "the copy's figure (no other figure known)"
    });
  if (row.rejectedFigures > 0)
    contributions.push({
      source: "price-conflict",
      low: row.expected,
      high: row.expected,
      bounds: `${row.rejectedFigures} rejected figure(s), each with its reason`
    });
  const widened = ds !== void 0 || eb.low !== eb.high;
  const low = widened ? row.costWith(ds?.low, eb.low) : row.expected;
  const high = widened ? row.costWith(ds?.high, eb.high) : row.expected;
  return {
    range: { low: min(low, row.expected), expected: row.expected, high: max(high, row.expected) },
    contributions
  };
}
function min(a, b) {
  return a.lt(b) ? a : b;
}
function max(a, b) {
  return a.gt(b) ? a : b;
}

// src/validate.ts
function checkKeys(what, given, known) {
  if (given === null || typeof given !== "object" || Array.isArray(given))
    throw new UserError(`${what} must be an object of options`, { code: "invalid-input" });
  const names = Object.keys(known);
  for (const [key, value] of Object.entries(given)) {
    if (Object.hasOwn(known, key) || value === void 0) continue;
    throw new UserError(`${what}: unknown option "${key}"${suggest(key, names)}`, { code: "unknown-option" });
  }
}
function checkDate(name, value) {
  if (value === void 0) return;
  if (typeof value !== "string" || !isIsoDate(value))
    throw new UserError((w) => `${w.option(name)} must be a date written YYYY-MM-DD, got ${describe(value)}`, {
      code: "invalid-date",
      option: name
    });
}
function checkCount(name, value, min2 = 1) {
  if (value === void 0) return;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min2)
    throw new UserError((w) => `${w.option(name)} must be a whole number of at least ${min2}, got ${describe(value)}`, {
      code: "invalid-number",
      option: name
    });
}
function checkMethods(methods) {
  if (methods === void 0) return;
  if (!Array.isArray(methods)) throw new UserError("methods must be a list of method ids", { code: "invalid-input" });
  for (const m of methods)
    if (!METHODS.includes(m))
      throw new UserError(
        `unknown method ${describe(m)}${typeof m === "string" ? suggest(m, METHODS) : ""}; use one of ${METHODS.join(", ")}`,
        { code: "unknown-method" }
      );
}
function checkModelFilters(catalog, filters) {
  for (const [name, list] of [
    ["models", filters.models],
    ["providers", filters.providers]
  ])
    if (list !== void 0 && (!Array.isArray(list) || list.some((id) => typeof id !== "string")))
      throw new UserError(`${name} must be a list of ids`, { code: "invalid-input" });
  checkNames(catalog, { models: filters.models, providers: filters.providers });
}
function checkHoursPerMonth(value) {
  if (value === void 0) return;
  const text = typeof value === "number" || typeof value === "string" ? String(value).trim() : "";
  if (text !== "730" && text !== "720")
    throw new UserError(
      (w) => `${w.option("hoursPerMonth")} must be 730 (the cloud convention) or 720, got ${describe(value)}`,
      { code: "invalid-choice", option: "hoursPerMonth" }
    );
}
function describe(value) {
  if (typeof value === "string") return `"${value}"`;
  if (value instanceof Date) return `a Date (${Number.isNaN(value.getTime()) ? "invalid" : value.toISOString()})`;
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

// src/engine/charges.ts
function charge(name, unit, quantity, unitPrice, source, asOf) {
  return { name, unit, quantity, unitPrice, total: quantity.times(unitPrice), source, asOf };
}
function sumCharges(charges) {
  return charges.reduce((sum, c) => sum.plus(c.total), ZERO);
}

// src/engine/epochs.ts
var OPENAI_TARGET_EPOCHS = 3;
var OPENAI_MIN_TARGET_EXAMPLES = 100;
var OPENAI_MAX_TARGET_EXAMPLES = 25e3;
var OPENAI_MIN_DEFAULT_EPOCHS = 1;
var OPENAI_MAX_DEFAULT_EPOCHS = 25;
function openaiDefaultEpochs(examples) {
  if (!Number.isSafeInteger(examples) || examples < 1)
    throw new RangeError(`examples must be a positive integer, got ${examples}`);
  if (examples * OPENAI_TARGET_EPOCHS < OPENAI_MIN_TARGET_EXAMPLES) {
    return Math.min(OPENAI_MAX_DEFAULT_EPOCHS, Math.floor(OPENAI_MIN_TARGET_EXAMPLES / examples));
  }
  if (examples * OPENAI_TARGET_EPOCHS > OPENAI_MAX_TARGET_EXAMPLES) {
    return Math.max(OPENAI_MIN_DEFAULT_EPOCHS, Math.floor(OPENAI_MAX_TARGET_EXAMPLES / examples));
  }
  return OPENAI_TARGET_EPOCHS;
}
function resolveEpochs(request, rule, examples) {
  if (request !== "auto") return { epochs: request, basis: "requested" };
  if ("rule" in rule)
    return { epochs: openaiDefaultEpochs(examples), basis: "openai-auto", source: rule.source, note: rule.note };
  return {
    epochs: rule.value,
    basis: rule.assumed ? "assumed" : "provider-default",
    source: rule.source,
    note: rule.note
  };
}

// src/engine/estimate.ts
function priceOffer(provider, model, offer, inputs, staleAfterDays) {
  const training = resolveField(offer.prices, "trainingPer1M", inputs.asOf);
  const hourly = resolveField(offer.prices, "trainingPerHour", inputs.asOf);
  const unpublished = training || hourly ? void 0 : unpublishedOn(offer.prices, inputs.asOf).find((e) => e.notPublished.includes("trainingPer1M"));
  const anyEntry = training?.entry ?? hourly?.entry ?? unpublished;
  if (!anyEntry) return void 0;
  const epochs = resolveEpochs(inputs.epochs, model.defaultEpochs ?? provider.defaultEpochs, inputs.dataset.examples);
  const cap = model.limits?.maxTokensPerExample;
  const tokens = inputs.dataset.epochTokens(model.encoding, cap);
  const trainingTokens = tokens.billedTokens * BigInt(epochs.epochs);
  const warnings = [];
  const appliedCap = tokens.cap ?? cap;
  if (tokens.truncatedExamples > 0 && appliedCap !== void 0) {
    warnings.push(
      `${tokens.truncatedExamples} example(s) exceed the ${appliedCap}-token limit per example and are billed (and trained) truncated`
    );
  }
  const charges = [];
  let missingPrice;
  let billing = "per-token";
  if (training) {
    const { amount: per1M, entry } = training;
    charges.push(
      charge(
        "training tokens",
        "1M tokens",
        d(trainingTokens).div(TOKENS_PER_MILLION),
        per1M,
        entry.source,
        entry.asOf
      )
    );
    const validation = inputs.dataset.validationTokens?.(model.encoding, cap);
    const evaluations = inputs.evaluations ?? 0;
    if (validation && evaluations > 0 && entry.billsValidationTokens) {
      const validationTokens = validation.billedTokens * BigInt(evaluations);
      charges.push(
        charge(
          "validation tokens",
          "1M tokens",
          d(validationTokens).div(TOKENS_PER_MILLION),
          per1M,
          entry.source,
          entry.asOf
        )
      );
    }
    const minimum = resolveField(offer.prices, "minimumChargePerJob", inputs.asOf);
    if (minimum) {
      const subtotal = sumCharges(charges);
      if (subtotal.lt(minimum.amount)) {
        charges.push(
          charge(
            "minimum charge top-up",
            "job",
            d(1),
            minimum.amount.minus(subtotal),
            minimum.entry.source,
            minimum.entry.asOf
          )
        );
        warnings.push(
          `${provider.id}/${model.id} ${offer.method}: the job is below the ${minimum.amount.toFixed()} USD minimum charge and is billed the minimum`
        );
      }
    }
  } else if (hourly) {
    billing = "per-hour";
    if (inputs.trainingHours === void 0) {
      missingPrice = "billed per training hour; give the hours (--training-hours) to price it";
    } else {
      const { amount: perHour, entry } = hourly;
      charges.push(charge("training hours", "hour", inputs.trainingHours, perHour, entry.source, entry.asOf));
      const cap2 = resolveField(offer.prices, "maximumChargePerJob", inputs.asOf);
      const subtotal = sumCharges(charges);
      if (cap2 && subtotal.gt(cap2.amount)) {
        charges.push(
          charge(
            "per-job cap (the job pauses there)",
            "job",
            d(1),
            cap2.amount.minus(subtotal),
            cap2.entry.source,
            cap2.entry.asOf
          )
        );
        warnings.push(
          `${inputs.trainingHours.toFixed()} hours \xD7 ${perHour.toFixed()} USD exceeds the ${cap2.amount.toFixed()} USD per-job cap: the job pauses at the cap`
        );
      }
    }
  } else {
    billing = "not-published";
    missingPrice = `training price not published by ${provider.name}`;
    const minimum = resolveField(offer.prices, "minimumChargePerJob", inputs.asOf);
    if (minimum)
      warnings.push(
        `${provider.name} charges at least ${minimum.amount.toFixed()} USD per job; the per-token price is not published`
      );
  }
  const availability = availabilityOn(provider, model, offer, inputs.asOf);
  const running = runningPrices(offer, inputs.asOf);
  const priced = training?.entry ?? anyEntry;
  const ageDays = daysBetween(priced.asOf, inputs.today);
  return {
    provider: provider.id,
    providerName: provider.name,
    model: model.id,
    modelName: model.name,
    method: offer.method,
    tier: offer.tier,
    epochs,
    tokens,
    trainingTokens,
    trainingPer1M: training?.amount ?? null,
    trainingPerHour: training ? null : hourly?.amount ?? null,
    trainingCost: charges.length > 0 ? sumCharges(charges) : null,
    missingPrice,
    billing,
    production: offer.production,
    trainingHours: billing === "per-hour" ? inputs.trainingHours ?? null : null,
    sourceKind: priced.sourceKind ?? "official",
    original: priced.original,
    effectiveFromFirstSeen: priced.effectiveFromBasis === "first-seen",
    charges,
    currency: "USD",
    source: priced.source,
    asOf: priced.asOf,
    stale: ageDays > staleAfterDays,
    ageDays,
    availability,
    running,
    warnings
  };
}
function runningPrices(offer, asOf) {
  const running = {};
  for (const field of RUNNING_PRICE_FIELDS) {
    const amount = resolveField(offer.prices, field, asOf)?.amount;
    if (amount) running[field] = amount;
  }
  if (running.hostingPerHour) running.hostingPerMonth = running.hostingPerHour.times(HOURS_PER_MONTH);
  return running;
}
function compareRows(a, b, keys) {
  if (a.trainingCost && b.trainingCost) {
    const byCost = a.trainingCost.comparedTo(b.trainingCost);
    if (byCost !== 0) return byCost;
  } else if (a.trainingCost !== b.trainingCost) {
    return a.trainingCost ? -1 : 1;
  }
  const ka = keys.get(a) ?? "";
  const kb = keys.get(b) ?? "";
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
function sortRows(rows) {
  const keys = new Map(rows.map((r) => [r, `${r.provider}/${r.model}/${r.method}/${r.tier ?? ""}`.toLowerCase()]));
  rows.sort((a, b) => compareRows(a, b, keys));
}
function estimateTraining(inputs, catalog) {
  if (inputs.epochs !== "auto" && (!Number.isSafeInteger(inputs.epochs) || inputs.epochs < 1)) {
    throw new UserError(`epochs must be a whole number of at least 1, or "auto" (got ${inputs.epochs})`);
  }
  checkNames(catalog, inputs);
  const wanted = inputs.methods && inputs.methods.length > 0 ? inputs.methods : SUPERVISED_METHODS;
  const rows = [];
  const notKnownBefore = [];
  let hiddenUnavailable = 0;
  for (const { provider, model } of selectModels(catalog, inputs)) {
    for (const offer of model.offers) {
      if (!wanted.some((m) => methodMatches(offer.method, m))) continue;
      const row = priceOffer(provider, model, offer, inputs, catalog.meta.staleAfterDays);
      if (row && inputs.range && row.trainingCost) {
        const expected = row.trainingCost;
        const { range, contributions } = rowRange(inputs.range, {
          expected,
          epochs: row.epochs,
          sourceKind: row.sourceKind,
          rejectedFigures: model.rejected?.length ?? 0,
          costWith: (dataset, epochs) => priceOffer(
            provider,
            model,
            offer,
            { ...inputs, dataset: dataset ?? inputs.dataset, epochs: epochs ?? row.epochs.epochs },
            catalog.meta.staleAfterDays
          )?.trainingCost ?? expected
        });
        row.trainingCostRange = range;
        row.rangeContributions = contributions;
      }
      if (!row) {
        const firstSeen = firstSeenAfter(offer, inputs.asOf);
        if (firstSeen)
          notKnownBefore.push({
            provider: provider.id,
            model: model.id,
            method: offer.method,
            tier: offer.tier,
            firstSeen
          });
        continue;
      }
      if (row.availability && !row.availability.trainable && !inputs.includeUnavailable) {
        hiddenUnavailable++;
        continue;
      }
      rows.push(row);
    }
  }
  sortRows(rows);
  return {
    catalog: { version: catalog.meta.version, schemaVersion: catalog.meta.schemaVersion },
    asOf: inputs.asOf,
    today: inputs.today,
    staleAfterDays: catalog.meta.staleAfterDays,
    dataset: { kind: inputs.dataset.kind, examples: inputs.dataset.examples },
    rows,
    hiddenUnavailable,
    notKnownBefore
  };
}
function methodMatches(offered, requested) {
  return offered === requested || offered.startsWith(`${requested}-`);
}
function firstSeenAfter(offer, date) {
  let earliest = offer.prices[0];
  for (const p of offer.prices) if (earliest && p.effectiveFrom < earliest.effectiveFrom) earliest = p;
  return earliest && earliest.effectiveFrom > date && earliest.effectiveFromBasis === "first-seen" ? earliest.effectiveFrom : void 0;
}

export {
  embeddedCatalog,
  assumedDataset,
  assumedTokensBounds,
  tokensPerExampleSpread,
  countedSpread,
  estimateTraining,
  checkKeys,
  checkDate,
  checkCount,
  checkMethods,
  checkModelFilters,
  checkHoursPerMonth
};
