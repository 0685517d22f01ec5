import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  daysBetween
} from "./chunk-5AT5OJX2.js";
import {
  availabilityOn
} from "./chunk-Y7YV45EP.js";
import {
  require_dist
} from "./chunk-2Y3U6GQM.js";
import "./chunk-RLGSNLDK.js";
import {
  __toESM
} from "./chunk-ZT4WRAGS.js";

// src/catalog/audit.ts
var import_yaml = __toESM(require_dist(), 1);
function formatFinding(f) {
  return `${f.file}${f.line === null ? "" : `:${f.line}`}: ${f.rule}: ${f.message}${f.severity === "warning" ? " (warning)" : ""}`;
}
function lineAt(doc, counter, path) {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  return node?.range ? counter.linePos(node.range[0]).line : null;
}
function registrableDomain(url) {
  try {
    return new URL(url).hostname.split(".").slice(-2).join(".");
  } catch {
    return void 0;
  }
}
function scopeOf(owner) {
  const urls = owner.pricingUrls ?? [];
  const extra = owner.officialSources ?? [];
  const domains = new Set(urls.map(registrableDomain).filter((d) => d !== void 0));
  for (const prefix of extra) if (!prefix.includes("github.com")) domains.add(registrableDomain(prefix) ?? prefix);
  return { domains, prefixes: extra };
}
function isOfficialUrl(url, scope) {
  const domain = registrableDomain(url);
  return domain !== void 0 && domain !== "github.com" && scope.domains.has(domain) || scope.prefixes.some((p) => url.startsWith(p));
}
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function auditFile(text, file, ctx) {
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0 || !(0, import_yaml.isMap)(doc.contents)) return [];
  const root = doc.toJS({ maxAliasCount: 100 });
  const findings = [];
  const add = (path, rule, message, severity = "error") => findings.push({ file, line: lineAt(doc, counter, path), rule, severity, message });
  const walk = (value, path, scope) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, [...path, i], scope);
      return;
    }
    if (!isRecord(value)) return;
    if (typeof value.source === "string" && typeof value.asOf === "string") {
      const kind = value.sourceKind ?? "official";
      if (value.asOf > ctx.today)
        add([...path, "asOf"], "as-of-after-today", `asOf ${value.asOf} is after ${ctx.today}`);
      if (kind === "copy" && typeof value.original !== "string")
        add(
          [...path, "source"],
          "copy-without-original",
          `${value.source} is a copy; name the provider page it copies (original)`
        );
      if (kind === "official" && scope && !isOfficialUrl(value.source, scope)) {
        add(
          [...path, "source"],
          "copy-cited-as-official",
          `${value.source} is not the provider's own site (${[...scope.domains].join(", ") || "no pricing URL"}); mark it sourceKind: copy with original`
        );
      }
      const isPrice = typeof value.effectiveFrom === "string";
      if (isPrice) {
        const age = daysBetween(value.asOf, ctx.today);
        if (age > ctx.staleAfterDays) {
          add(
            [...path, "asOf"],
            "stale-price",
            `read ${value.asOf}, ${age} days before ${ctx.today} (limit ${ctx.staleAfterDays}); re-check it`,
            ctx.strict ? "error" : "warning"
          );
        }
      }
    }
    for (const [key, v] of Object.entries(value)) walk(v, [...path, key], scope);
  };
  if (isRecord(root.provider)) {
    const provider = root.provider;
    const scope = scopeOf(provider);
    walk(provider, ["provider"], scope);
    const models = Array.isArray(root.models) ? root.models : [];
    models.forEach((model, m) => {
      if (!isRecord(model)) return;
      walk(model, ["models", m], scope);
      lifecycleFindings(provider, model, ["models", m], ctx.today, add);
      const rejected = Array.isArray(model.rejected) ? model.rejected : [];
      rejected.forEach((r, i) => {
        if (isRecord(r) && (typeof r.reason !== "string" || r.reason.trim() === "")) {
          add(
            ["models", m, "rejected", i],
            "conflict-without-decision",
            `the figure ${String(r.figure)} from ${String(r.source)} was recorded but no reason says why it was not used`
          );
        }
      });
    });
    if (Array.isArray(root.hardware)) walk(root.hardware, ["hardware"], scope);
  } else if (Array.isArray(root.hosts)) {
    root.hosts.forEach((host, h) => {
      if (isRecord(host)) walk(host, ["hosts", h], scopeOf(host));
    });
  } else {
    walk(root, [], void 0);
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule));
}
function lifecycleFindings(provider, model, at, today, add) {
  const offers = Array.isArray(model.offers) ? model.offers : [];
  offers.forEach((offer, o) => {
    if (!isRecord(offer)) return;
    const levels = [provider.lifecycle, model.lifecycle, offer.lifecycle];
    const life = availabilityOn(levels, today);
    if (!life) return;
    const name = `${String(model.id)} ${String(offer.method)}${offer.tier ? ` (${String(offer.tier)})` : ""}`;
    const where = offer.lifecycle ? [...at, "offers", o, "lifecycle"] : model.lifecycle ? [...at, "lifecycle"] : ["provider", "lifecycle"];
    if (life.servingEndsOn !== void 0) {
      const prices = Array.isArray(offer.prices) ? offer.prices : [];
      prices.forEach((p, i) => {
        if (isRecord(p) && typeof p.effectiveFrom === "string" && p.effectiveFrom >= life.servingEndsOn) {
          add(
            [...at, "offers", o, "prices", i, "effectiveFrom"],
            "price-after-shutdown",
            `${name}: a price from ${p.effectiveFrom}, but it stops serving on ${life.servingEndsOn}`
          );
        }
      });
    }
    for (const [events, at2] of [
      [provider.lifecycle, ["provider", "lifecycle"]],
      [model.lifecycle, [...at, "lifecycle"]],
      [offer.lifecycle, [...at, "offers", o, "lifecycle"]]
    ]) {
      const own = availabilityOn([events], today);
      const raw = events ?? [];
      const first = (kind) => raw.filter((e) => e.event === kind).map((e) => e.on).sort()[0];
      const trainingEnds = first("training-ends");
      const closes = first("closed-to-new-users");
      if (!own) continue;
      if (trainingEnds && own.servingEndsOn && trainingEnds > own.servingEndsOn) {
        add(at2, "lifecycle-order", `${name}: training ends ${trainingEnds}, after serving ends ${own.servingEndsOn}`);
      }
      if (closes && trainingEnds && closes > trainingEnds)
        add(at2, "lifecycle-order", `${name}: closes to new users ${closes}, after training ends ${trainingEnds}`);
    }
    const trainingEnded = levels.flatMap((l) => l ?? []).some((e) => e.event === "training-ends" && e.on <= today);
    if (trainingEnded && life.servingEndsOn === void 0) {
      add(
        where,
        "retired-without-shutdown-date",
        `${name}: training ended ${life.trainingEndsOn}; when does it stop serving? (add a serving-ends event)`
      );
    }
  });
}
export {
  auditFile,
  formatFinding
};
