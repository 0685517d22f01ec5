import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  readFailure,
  shownPath
} from "./chunk-T5ENEJ7Q.js";
import "./chunk-D4CYBBRV.js";
import "./chunk-3JEFV3AJ.js";
import {
  UserError
} from "./chunk-6KZCIXKI.js";
import {
  MAX_ALIAS_COUNT,
  external_exports,
  yamlExpansionMessage
} from "./chunk-5BLY4RM2.js";
import {
  suggest
} from "./chunk-5JICIXVM.js";
import "./chunk-AAQRN2TG.js";
import "./chunk-Y7YV45EP.js";
import {
  require_dist
} from "./chunk-2Y3U6GQM.js";
import "./chunk-RLGSNLDK.js";
import {
  __toESM
} from "./chunk-ZT4WRAGS.js";

// src/scenario/load.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// src/scenario/parse.ts
var import_yaml = __toESM(require_dist(), 1);

// src/scenario/schema.ts
var SCENARIO_SCHEMA_VERSIONS = [1];
var price = external_exports.string({
  error: (iss) => typeof iss.input === "number" ? 'must be a quoted decimal string like "0.05" (a bare YAML number is a binary float)' : 'must be a quoted decimal string like "0.05"'
}).superRefine((v, ctx) => {
  if (/^\s*-/.test(v)) ctx.addIssue({ code: "custom", message: `must not be negative (got "${v}")` });
  else if (!/^\d+(\.\d+)?$/.test(v))
    ctx.addIssue({
      code: "custom",
      message: `must be a decimal like "0.05" (no currency sign, no exponent; got "${v}")`
    });
});
var quantity = (what) => external_exports.union(
  [
    external_exports.number().refine((n) => /^\d+(\.\d+)?$/.test(String(n)), `must be a plain non-negative number (${what})`),
    external_exports.string().regex(/^\d+(\.\d+)?$/, `must be a non-negative number (${what})`)
  ],
  {
    error: `must be a non-negative number (${what})`
  }
).transform((v) => String(v));
var positive = (what) => quantity(what).refine((v) => /[1-9]/.test(v), `must be more than 0 (${what})`);
var PRICE_KEYS = ["perQuery", "hourly", "monthly", "oneTime"];
var scenarioOptionSchema = external_exports.strictObject({
  id: external_exports.string({ error: 'is required: a short name for the option, e.g. "prompted"' }).regex(/^[A-Za-z0-9][A-Za-z0-9._/:-]*$/, "must be a short id (letters, digits, . _ / : -)"),
  name: external_exports.string().optional(),
  /** USD per query. */
  perQuery: price.optional(),
  /** USD per replica-hour. */
  hourly: price.optional(),
  /** Hours a replica is up per day (default 24). */
  hoursPerDay: positive("hours a replica is up per day").refine((v) => Number(v) <= 24, "must be at most 24").optional(),
  /** USD per month. */
  monthly: price.optional(),
  /** USD once (training), spread over the amortization months. */
  oneTime: price.optional(),
  /** Queries one replica serves per day. */
  capacityPerDay: positive("queries one replica serves per day").optional()
}).superRefine((o, ctx) => {
  if (!PRICE_KEYS.some((k) => o[k] !== void 0)) {
    ctx.addIssue({ code: "custom", message: `gives no price (give at least one of ${PRICE_KEYS.join(", ")})` });
  }
  if (o.capacityPerDay !== void 0 && o.hourly === void 0) {
    ctx.addIssue({
      code: "custom",
      path: ["capacityPerDay"],
      message: "needs hourly: a capacity adds replicas, and hourly is what one replica costs"
    });
  }
  if (o.hoursPerDay !== void 0 && o.hourly === void 0) {
    ctx.addIssue({
      code: "custom",
      path: ["hoursPerDay"],
      message: "needs hourly (the hours a replica is up price nothing without it)"
    });
  }
});
var scenarioSchema = external_exports.strictObject({
  schemaVersion: external_exports.literal(SCENARIO_SCHEMA_VERSIONS, {
    error: `is not a scenario version this ftcost reads (it reads ${SCENARIO_SCHEMA_VERSIONS.join(", ")})`
  }).optional(),
  hoursPerMonth: positive("hours in a month, 730 or 720").optional(),
  queriesPerDay: quantity("queries per day").optional(),
  horizonMonths: positive("months").optional(),
  retrainEveryMonths: positive("months").optional(),
  baseline: external_exports.string().optional(),
  options: external_exports.array(scenarioOptionSchema, {
    error: 'is required: a list of options, e.g. - { id: prompted, perQuery: "0.05" }'
  }).min(1, "needs at least one option")
}).superRefine((s, ctx) => {
  const seen = /* @__PURE__ */ new Map();
  s.options.forEach((o, i) => {
    if (seen.has(o.id))
      ctx.addIssue({
        code: "custom",
        path: ["options", i, "id"],
        message: `"${o.id}" is also the id of options[${seen.get(o.id)}]; ids must be unique`
      });
    else seen.set(o.id, i);
  });
  if (s.baseline !== void 0 && !seen.has(s.baseline)) {
    ctx.addIssue({
      code: "custom",
      path: ["baseline"],
      message: `"${s.baseline}" is not the id of an option (${[...seen.keys()].join(", ")})`
    });
  }
});
var SCENARIO_KEYS = [
  "schemaVersion",
  "hoursPerMonth",
  "queriesPerDay",
  "horizonMonths",
  "retrainEveryMonths",
  "baseline",
  "options"
];
var OPTION_KEYS = [
  "id",
  "name",
  "perQuery",
  "hourly",
  "hoursPerDay",
  "monthly",
  "oneTime",
  "capacityPerDay"
];

// src/scenario/parse.ts
function formatScenarioProblem(p) {
  return `${p.file}: ${p.path || "(top level)"}: ${p.message}${p.line === null ? "" : ` (line ${p.line})`}`;
}
var HOURS_PER_MONTH = ["730", "720"];
var pathText = (path) => path.reduce((out, k) => typeof k === "number" ? `${out}[${k}]` : out ? `${out}.${k}` : k, "");
function lineOf(doc, counter, path) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (node?.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}
function problemsOf(error, doc, counter, file) {
  const out = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((k) => typeof k === "string" || typeof k === "number");
    if (issue.code === "unrecognized_keys") {
      const known = path.length === 0 ? SCENARIO_KEYS : OPTION_KEYS;
      for (const key of issue.keys) {
        out.push({
          file,
          path: pathText([...path, key]),
          message: `unknown key${suggest(key, known)}`,
          line: lineOf(doc, counter, [...path, key])
        });
      }
      continue;
    }
    const missing = !doc.hasIn(path) && issue.code === "invalid_type";
    out.push({
      file,
      path: pathText(path),
      message: missing && !/is required/.test(issue.message) ? "is required" : issue.message,
      line: lineOf(doc, counter, path)
    });
  }
  return out;
}
function parseScenario(text, file) {
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  let problems = doc.errors.map((e) => ({
    file,
    path: "",
    message: `YAML syntax: ${e.message.split("\n")[0]}`,
    line: e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line
  }));
  let value;
  if (problems.length === 0) {
    let data;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      throw new UserError(formatScenarioProblem({ file, path: "", message: yamlExpansionMessage(err), line: 1 }));
    }
    if (!data || typeof data !== "object" || Array.isArray(data)) {
      problems = [{ file, path: "", message: "is not a YAML mapping with an options: list", line: 1 }];
    } else {
      const parsed = scenarioSchema.safeParse(data);
      if (parsed.success) value = parsed.data;
      else problems = problemsOf(parsed.error, doc, counter, file);
      const hours = data.hoursPerMonth;
      if (hours !== void 0 && !HOURS_PER_MONTH.includes(String(hours))) {
        problems.push({
          file,
          path: "hoursPerMonth",
          message: `is ${JSON.stringify(hours)}; use 730 (8,760 hours / 12) or 720 (30 days), as --hours-per-month does`,
          line: lineOf(doc, counter, ["hoursPerMonth"])
        });
        value = void 0;
      }
    }
  }
  if (!value) {
    const lines = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map(formatScenarioProblem);
    throw new UserError(lines[0], lines.slice(1));
  }
  return {
    file,
    hoursPerMonth: value.hoursPerMonth,
    queriesPerDay: value.queriesPerDay,
    horizonMonths: value.horizonMonths,
    retrainEveryMonths: value.retrainEveryMonths,
    baseline: value.baseline,
    // Already validated: prices are non-negative decimal strings, quantities plain numbers as strings.
    options: value.options.map((o) => ({ ...o }))
  };
}

// src/scenario/load.ts
function loadScenarioFile(path, cwd) {
  if (path.trim() === "") throw new UserError("--scenario needs a file path");
  const full = resolve(cwd, path);
  const shown = shownPath(cwd, path);
  let text;
  try {
    text = readFileSync(full, "utf8");
  } catch (err) {
    throw new UserError(`${shown}: ${readFailure(err)}`);
  }
  return parseScenario(text, shown);
}
export {
  loadScenarioFile
};
