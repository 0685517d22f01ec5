import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  availabilityJson
} from "./chunk-XVZKWXRP.js";
import {
  assumedDataset,
  checkCount,
  checkDate,
  checkKeys,
  checkMethods,
  checkModelFilters,
  embeddedCatalog,
  estimateTraining
} from "./chunk-BT4PEWYR.js";
import {
  BUDGET_SCHEMA_URL
} from "./chunk-27B5BBAU.js";
import {
  datasetSummary,
  isCountedDataset
} from "./chunk-37GUDAXV.js";
import {
  resolveField
} from "./chunk-3JEFV3AJ.js";
import {
  UserError
} from "./chunk-6KZCIXKI.js";
import "./chunk-5JICIXVM.js";
import {
  TOKENS_PER_MILLION,
  d,
  toDecimalString
} from "./chunk-AAQRN2TG.js";
import "./chunk-5AT5OJX2.js";
import "./chunk-Y7YV45EP.js";
import "./chunk-RLGSNLDK.js";
import "./chunk-PVLPJRTA.js";
import "./chunk-ZT4WRAGS.js";

// src/engine/budget.ts
var OPENAI_EPOCHS_SOURCE = "https://github.com/openai/openai-python/blob/116db5953f2715bea7cadd37ef4ba98bd70e430a/src/openai/types/fine_tuning/fine_tuning_job.py";
var EPOCH_LIMITS = {
  openai: {
    min: 1,
    max: 50,
    source: OPENAI_EPOCHS_SOURCE,
    verified: true,
    note: "OpenAI API n_epochs: any number between 1 and 50"
  },
  "azure-openai": {
    min: 1,
    max: 50,
    source: OPENAI_EPOCHS_SOURCE,
    verified: false,
    note: "OpenAI's 1\u201350, assumed for Azure OpenAI (which runs OpenAI's fine-tuning service); Azure's own bound was not read"
  },
  "aws-bedrock": {
    min: 1,
    max: 5,
    source: "https://docs.aws.amazon.com/bedrock/latest/userguide/cm-hp-nova-mm.html",
    verified: true,
    note: "Bedrock Nova customization: epochs 1\u20135 (documented for Nova, used for every Bedrock model)"
  }
};
var DEFAULT_EPOCH_LIMIT = {
  min: 1,
  max: 50,
  source: null,
  verified: false,
  note: "no maximum read for this provider; ftcost stops at 50 epochs (verify on the platform)"
};
function epochLimitOf(provider) {
  return EPOCH_LIMITS[provider] ?? DEFAULT_EPOCH_LIMIT;
}
function findOffer(catalog, r) {
  const model = catalog.providers.find((p) => p.id === r.provider)?.models.find((m) => m.id === r.model);
  return model?.offers.find((o) => o.method === r.method && o.tier === r.tier);
}
function notFitting(offer, base, reason) {
  return { offer, ...base, fits: false, reason };
}
function solveRow(row, inputs, catalog) {
  const q = inputs.question;
  const epochLimit = epochLimitOf(row.provider);
  const offer = findOffer(catalog, row);
  const minimumCharge = offer ? resolveField(offer.prices, "minimumChargePerJob", inputs.asOf)?.amount ?? null : null;
  const empty = {
    ...q.solveFor === "epochs" ? { maxEpochs: null } : { maxExamples: null },
    epochs: null,
    examples: null,
    trainingTokens: null,
    trainingCost: null,
    unitCost: null,
    minimumCharge,
    epochLimit,
    limitedBy: null
  };
  if (row.billing === "per-hour")
    return notFitting(row, empty, "billed per training hour: what fits depends on hours, not tokens");
  if (row.trainingPer1M === null) return notFitting(row, empty, row.missingPrice ?? "no training price");
  const price = row.trainingPer1M;
  const perEpochTokens = row.tokens.billedTokens;
  const unitTokens = q.solveFor === "epochs" ? perEpochTokens : perEpochTokens * BigInt(q.epochs);
  const unitCost = d(unitTokens).times(price).div(TOKENS_PER_MILLION);
  const withUnit = { ...empty, unitCost };
  if (minimumCharge?.gt(inputs.maxCost))
    return notFitting(row, withUnit, `the ${minimumCharge.toFixed()} USD minimum charge per job is over the budget`);
  if (q.solveFor === "examples" && (q.epochs < epochLimit.min || q.epochs > epochLimit.max))
    return notFitting(
      row,
      withUnit,
      `${q.epochs} epochs is outside the platform's ${epochLimit.min}\u2013${epochLimit.max} (${epochLimit.note})`
    );
  const cap = (n, max) => unitCost.isZero() ? max : Math.min(max, n.floor().toNumber());
  const most = cap(
    inputs.maxCost.div(unitCost.isZero() ? 1 : unitCost),
    q.solveFor === "epochs" ? epochLimit.max : Number.MAX_SAFE_INTEGER
  );
  if (most < 1)
    return notFitting(
      row,
      withUnit,
      `one ${q.solveFor === "epochs" ? "epoch" : "example"} costs ${unitCost.toFixed()} USD, over the budget`
    );
  const units = BigInt(most);
  const tokensCost = unitCost.times(most);
  const trainingCost = minimumCharge && tokensCost.lt(minimumCharge) ? minimumCharge : tokensCost;
  const limitedBy = q.solveFor === "epochs" && most === epochLimit.max && unitCost.times(most + 1).lte(inputs.maxCost) ? "epoch-limit" : "budget";
  return {
    offer: row,
    fits: true,
    ...q.solveFor === "epochs" ? { maxEpochs: most } : { maxExamples: most },
    epochs: q.solveFor === "epochs" ? most : q.epochs,
    examples: q.solveFor === "epochs" ? q.dataset.examples : most,
    trainingTokens: unitTokens * units,
    trainingCost,
    unitCost,
    minimumCharge,
    epochLimit,
    limitedBy,
    reason: null
  };
}
function compareRows(a, b) {
  if (a.fits !== b.fits) return a.fits ? -1 : 1;
  const bought = (r) => r.maxEpochs ?? r.maxExamples ?? 0;
  if (bought(a) !== bought(b)) return bought(b) - bought(a);
  if (a.trainingCost && b.trainingCost) {
    const byCost = a.trainingCost.comparedTo(b.trainingCost);
    if (byCost !== 0) return byCost;
  }
  const key = (r) => `${r.offer.provider}/${r.offer.model}/${r.offer.method}/${r.offer.tier ?? ""}`;
  return key(a).localeCompare(key(b));
}
function solveBudget(inputs, catalog) {
  if (!inputs.maxCost.gt(0)) throw new UserError(`the budget must be a positive amount of USD, got ${inputs.maxCost}`);
  const q = inputs.question;
  if (q.solveFor === "examples" && (!Number.isSafeInteger(q.epochs) || q.epochs < 1))
    throw new UserError(`epochs must be a whole number of at least 1 (got ${q.epochs})`);
  const estimate = estimateTraining(
    {
      dataset: q.solveFor === "epochs" ? q.dataset : assumedDataset(1, q.tokensPerExample),
      epochs: 1,
      models: inputs.models,
      providers: inputs.providers,
      methods: inputs.methods,
      asOf: inputs.asOf,
      today: inputs.today,
      includeUnavailable: inputs.includeUnavailable
    },
    catalog
  );
  const rows = estimate.rows.map((r) => solveRow(r, inputs, catalog)).sort(compareRows);
  return {
    catalog: estimate.catalog,
    asOf: inputs.asOf,
    today: inputs.today,
    staleAfterDays: estimate.staleAfterDays,
    maxCost: inputs.maxCost,
    question: q,
    rows,
    hiddenUnavailable: estimate.hiddenUnavailable
  };
}

// src/result/budget.ts
var BUDGET_SCHEMA_VERSION = 1;
function opt(v) {
  return v === null || v === void 0 ? null : v.toFixed();
}
function rowJson(r, unit) {
  const o = r.offer;
  return {
    provider: o.provider,
    providerName: o.providerName,
    model: o.model,
    modelName: o.modelName ?? null,
    method: o.method,
    tier: o.tier ?? null,
    billing: o.billing,
    fits: r.fits,
    ...unit === "epoch" ? { maxEpochs: r.maxEpochs ?? null } : { maxExamples: r.maxExamples ?? null },
    epochs: r.epochs,
    examples: r.examples,
    trainingTokens: r.trainingTokens === null ? null : r.trainingTokens.toString(),
    trainingCost: r.trainingCost ? toDecimalString(r.trainingCost) : null,
    unitCost: r.unitCost ? toDecimalString(r.unitCost) : null,
    unit,
    trainingPer1M: opt(o.trainingPer1M),
    minimumCharge: opt(r.minimumCharge),
    epochLimit: r.epochLimit,
    limitedBy: r.limitedBy,
    reason: r.reason,
    truncatedExamples: o.tokens.truncatedExamples,
    currency: "USD",
    source: o.source,
    sourceKind: o.sourceKind,
    original: o.original ?? null,
    asOf: o.asOf,
    stale: o.stale,
    priceAgeDays: o.ageDays,
    availability: availabilityJson(o.availability)
  };
}
function toBudgetResult(b, ctx = {}) {
  const q = b.question;
  const unit = q.solveFor === "epochs" ? "epoch" : "example";
  const assumptions = [...ctx.assumptions ?? []];
  if (ctx.tokensPerExampleAssumed && ctx.tokensPerExample !== void 0)
    assumptions.push(
      `${ctx.tokensPerExample} tokens per example assumed (pass --tokens-per-example or --file for your data)`
    );
  const unverified = new Set(b.rows.filter((r) => !r.epochLimit.verified).map((r) => r.offer.providerName));
  if (q.solveFor === "epochs" && unverified.size > 0)
    assumptions.push(`epoch maximum not verified for ${[...unverified].join(", ")}: see each row's epochLimit`);
  return {
    $schema: BUDGET_SCHEMA_URL,
    schemaVersion: BUDGET_SCHEMA_VERSION,
    kind: "budget",
    catalog: b.catalog,
    asOf: b.asOf,
    today: b.today,
    staleAfterDays: b.staleAfterDays,
    maxCost: toDecimalString(b.maxCost),
    currency: "USD",
    solveFor: q.solveFor,
    dataset: {
      kind: q.solveFor === "epochs" ? q.dataset.kind : "assumed",
      examples: q.solveFor === "epochs" ? q.dataset.examples : null,
      tokensPerExample: q.solveFor === "examples" ? q.tokensPerExample : ctx.tokensPerExample ?? null,
      tokensPerExampleAssumed: ctx.tokensPerExampleAssumed ?? false,
      epochs: q.solveFor === "examples" ? q.epochs : null,
      counted: ctx.counted ?? null
    },
    assumptions,
    rows: b.rows.map((r) => rowJson(r, unit)),
    hiddenUnavailable: b.hiddenUnavailable
  };
}

// src/budgetApi.ts
function usdOf(value) {
  const text = typeof value === "string" ? value.trim() : value.toFixed();
  if (!/^\d+(\.\d+)?$/.test(text) || !d(text).gt(0))
    throw new UserError(`maxCost must be a positive amount of USD like "10" or "2.50", got "${text}"`);
  return d(text);
}
function positive(name, value) {
  if (!Number.isSafeInteger(value) || value < 1)
    throw new UserError(`${name} must be a whole number of at least 1, got ${value}`);
  return value;
}
var BUDGET_KEYS = {
  maxCost: true,
  examples: true,
  dataset: true,
  tokensPerExample: true,
  epochs: true,
  models: true,
  providers: true,
  methods: true,
  asOf: true,
  today: true,
  includeUnavailable: true,
  catalog: true,
  assumptions: true
};
function budget(options) {
  const catalog = options.catalog ?? embeddedCatalog();
  checkKeys("budget()", options, BUDGET_KEYS);
  checkDate("asOf", options.asOf);
  checkDate("today", options.today);
  checkCount("examples", options.examples);
  checkCount("tokensPerExample", options.tokensPerExample);
  checkCount("epochs", options.epochs);
  checkMethods(options.methods);
  checkModelFilters(catalog, options);
  const today = options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const maxCost = usdOf(options.maxCost);
  const hasData = options.dataset !== void 0 || options.examples !== void 0;
  if (options.dataset && options.examples !== void 0)
    throw new UserError("give either examples or a dataset, not both");
  if (hasData && options.epochs !== void 0)
    throw new UserError(
      "with examples (or a file) the budget solves for epochs: leave epochs out, or leave examples out to solve for examples"
    );
  if (!hasData && options.epochs === void 0)
    throw new UserError(
      "the budget needs examples (or a file) to solve for epochs, or tokens per example and epochs to solve for examples"
    );
  const tokensAssumed = options.dataset === void 0 && options.tokensPerExample === void 0;
  const tokensPerExample = positive(
    "tokens per example",
    options.tokensPerExample ?? catalog.meta.defaultTokensPerExample
  );
  let question;
  if (hasData) {
    const dataset = options.dataset ?? assumedDataset(positive("examples", options.examples), tokensPerExample);
    question = { solveFor: "epochs", dataset };
  } else {
    question = { solveFor: "examples", tokensPerExample, epochs: positive("epochs", options.epochs) };
  }
  const solved = solveBudget(
    {
      maxCost,
      question,
      models: options.models,
      providers: options.providers,
      methods: options.methods,
      asOf: options.asOf ?? today,
      today,
      includeUnavailable: options.includeUnavailable
    },
    catalog
  );
  const counted = question.solveFor === "epochs" && isCountedDataset(question.dataset) ? question.dataset : void 0;
  return toBudgetResult(solved, {
    counted: counted ? datasetSummary(counted) : void 0,
    tokensPerExample: options.dataset ? void 0 : tokensPerExample,
    tokensPerExampleAssumed: tokensAssumed,
    assumptions: options.assumptions
  });
}
export {
  budget
};
