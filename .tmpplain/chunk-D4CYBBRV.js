import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  allModelIds,
  deriveThroughput,
  modelMatches,
  overrideFile,
  toBasePrices,
  toCatalog,
  toGpuOffers,
  toGpuSpecs,
  toModel,
  toOffer,
  toServingThroughput,
  toTrainingThroughput
} from "./chunk-3JEFV3AJ.js";
import {
  catalogFileKind,
  lineOfPath,
  providerIdOf,
  validateAnyFile,
  validateHostsPatch,
  validateProviderFile,
  validateProviderPatch,
  validateThroughputFile
} from "./chunk-5BLY4RM2.js";
import {
  d
} from "./chunk-AAQRN2TG.js";
import {
  PRICE_FIELDS
} from "./chunk-RLGSNLDK.js";

// src/catalog/override.ts
var OVERRIDE_WARN_RATIO = 10;
var OVERRIDE_REFUSE_RATIO = 100;
function shippedValue(offer, field) {
  let best;
  for (const entry of offer.prices) {
    const value = entry[field];
    if (entry.override || value === void 0) continue;
    if (!best || entry.effectiveFrom > best.from) best = { from: entry.effectiveFrom, value };
  }
  return best?.value;
}
function relativeMagnitude(patch, provider, file) {
  const problems = [];
  const warnings = [];
  patch.models.forEach((modelPatch, m) => {
    const model = provider.models.find((x) => modelMatches(x, modelPatch.id));
    if (!model) return;
    (modelPatch.offers ?? []).forEach((rawOffer, o) => {
      const offer = model.offers.find((x) => x.method === rawOffer.method && (x.tier ?? "") === (rawOffer.tier ?? ""));
      if (!offer) return;
      rawOffer.prices.forEach((entry, p) => {
        for (const field of PRICE_FIELDS) {
          const given = entry[field];
          const shipped = shippedValue(offer, field);
          if (given === void 0 || !shipped || shipped.isZero()) continue;
          const value = d(given);
          if (value.isZero()) continue;
          const ratio = value.div(shipped);
          const times = ratio.gte(1) ? ratio : d(1).div(ratio);
          if (times.lte(OVERRIDE_WARN_RATIO)) continue;
          const where = `models[${m}].offers[${o}].prices[${p}].${field}`;
          const what = `${given} is ${times.toDecimalPlaces(1).toFixed()}\xD7 ${ratio.gte(1) ? "the" : "below the"} shipped ${shipped.toFixed()} for ${provider.id}/${model.id} ${offer.method}${offer.tier ? ` (${offer.tier})` : ""}`;
          if (times.gt(OVERRIDE_REFUSE_RATIO) && !modelPatch.force)
            problems.push({
              file,
              line: null,
              path: where,
              message: `${what}; check the unit (per 1K or per 1M?), or set force: true on the model if it is right`
            });
          else if (!times.gt(OVERRIDE_REFUSE_RATIO))
            warnings.push({ file, line: null, path: where, message: `${what}; check the unit (per 1K or per 1M?)` });
        }
      });
    });
  });
  return { problems, warnings };
}
function validateOverride(text, file, catalog, today) {
  const kind = catalogFileKind(text);
  const fail = (message) => ({
    ok: false,
    problems: [{ file, line: 1, path: "", message }]
  });
  if (kind === "provider") {
    const id = providerIdOf(text);
    const known = catalog.providers.find((p) => p.id === id);
    if (!known) {
      const full = validateProviderFile(text, file, today);
      return full.ok ? { ok: true, value: { kind: "provider", value: full.value } } : full;
    }
    const names = new Set(allModelIds({ providers: [known] }));
    const patch = validateProviderPatch(text, file, names, today);
    if (!patch.ok) return patch;
    const { problems, warnings } = relativeMagnitude(patch.value, known, file);
    for (const p of [...problems, ...warnings]) p.line = lineOfPath(text, p.path);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, value: { kind: "provider-patch", value: patch.value }, warnings };
  }
  if (kind === "hosts") {
    const hosts = new Set(catalog.gpuOffers.map((o) => o.provider));
    const patch = validateHostsPatch(text, file, hosts, today);
    return patch.ok ? { ok: true, value: { kind: "hosts", value: patch.value } } : patch;
  }
  if (kind === "throughput") {
    const t = validateThroughputFile(text, file, today);
    return t.ok ? { ok: true, value: { kind: "throughput", value: t.value } } : t;
  }
  if (kind === "meta")
    return fail(
      "is a catalog meta file; an override file holds prices (provider:, hosts:) or throughput (gpus:, trainingThroughput:)"
    );
  const syntax = validateAnyFile(text, file);
  if (!syntax.ok && syntax.problems.some((p) => p.message.startsWith("YAML"))) return syntax;
  return fail("is not a catalog file: expected a top-level provider:, hosts: or gpus: / trainingThroughput: key");
}
function sameDayConflicts(catalog, patch, file, seen) {
  const problems = [];
  const provider = catalog.providers.find((p) => p.id === patch.provider.id);
  patch.models.forEach((modelPatch, m) => {
    const model = provider?.models.find((x) => modelMatches(x, modelPatch.id));
    const modelId = model?.id ?? modelPatch.id;
    (modelPatch.offers ?? []).forEach((offer, o) => {
      offer.prices.forEach((entry, p) => {
        const key = `${patch.provider.id}/${modelId}/${offer.method}/${offer.tier ?? ""}/${entry.effectiveFrom}`;
        const other = seen.get(key);
        if (other !== void 0 && other !== file)
          problems.push({
            file,
            line: null,
            path: `models[${m}].offers[${o}].prices[${p}].effectiveFrom`,
            message: `${entry.effectiveFrom}: ${other} also gives ${patch.provider.id}/${modelId} ${offer.method}${offer.tier ? ` (${offer.tier})` : ""} a price from this day; keep one (which applies would depend on the order of --prices)`
          });
        seen.set(key, file);
      });
    });
  });
  return problems;
}
function hardwareKey(o) {
  return `${o.provider}/${o.kind}/${o.gpu}/${o.gpuCount}/${o.interruptible}/${o.label ?? ""}`;
}
function mergeByKey(offers, incoming, key) {
  const out = offers.map((o) => ({ ...o, prices: [...o.prices] }));
  for (const offer of incoming) {
    const existing = out.find((o) => key(o) === key(offer));
    if (existing) {
      existing.prices.push(...offer.prices);
      existing.notes = [...existing.notes, ...offer.notes];
    } else {
      out.push(offer);
    }
  }
  return out;
}
function mergeHardware(offers, provider, providerName, raw, from) {
  return mergeByKey(offers, toGpuOffers(provider, providerName, raw, from), hardwareKey);
}
function mergeOffers(offers, raw, from) {
  const incoming = (raw ?? []).map((rawOffer) => toOffer(rawOffer, from));
  return mergeByKey(offers, incoming, (o) => `${o.method}/${o.tier ?? ""}`);
}
function mergeModel(model, patch, from) {
  const {
    offers,
    basePrices,
    parametersBillions,
    notes,
    rejected,
    aliases,
    id: _id,
    new: _new,
    force: _force,
    ...scalars
  } = patch;
  const defined = Object.fromEntries(Object.entries(scalars).filter(([, v]) => v !== void 0));
  return {
    ...model,
    ...defined,
    aliases: aliases ? [.../* @__PURE__ */ new Set([...model.aliases ?? [], ...aliases])] : model.aliases,
    parametersBillions: parametersBillions === void 0 ? model.parametersBillions : toModel({ id: "", offers: [], parametersBillions }, from).parametersBillions,
    offers: mergeOffers(model.offers, offers, from),
    basePrices: [...model.basePrices, ...toBasePrices(basePrices, from)],
    notes: notes ? [...model.notes ?? [], ...notes] : model.notes,
    rejected: rejected ? [...model.rejected ?? [], ...rejected] : model.rejected
  };
}
function mergeProviderPatch(catalog, patch, from) {
  const providers = catalog.providers.map((provider2) => {
    if (provider2.id !== patch.provider.id) return provider2;
    const { id: _id, notes, ...scalars } = patch.provider;
    const defined = Object.fromEntries(Object.entries(scalars).filter(([, v]) => v !== void 0));
    const models = [...provider2.models];
    for (const modelPatch of patch.models) {
      const index = models.findIndex((m) => modelMatches(m, modelPatch.id));
      if (index >= 0) models[index] = mergeModel(models[index], modelPatch, from);
      else {
        const { new: _new, force: _force, ...model } = modelPatch;
        models.push(toModel({ ...model, offers: model.offers ?? [] }, from));
      }
    }
    return { ...provider2, ...defined, notes: notes ? [...provider2.notes ?? [], ...notes] : provider2.notes, models };
  });
  const provider = providers.find((p) => p.id === patch.provider.id);
  return {
    ...catalog,
    providers,
    gpuOffers: mergeHardware(catalog.gpuOffers, provider.id, provider.name, patch.hardware ?? [], from)
  };
}
function mergeNewProvider(catalog, file, from) {
  const added = toCatalog({ meta: catalog.meta, providers: [file] }, from);
  return {
    ...catalog,
    providers: [...catalog.providers, ...added.providers],
    gpuOffers: mergeHardware(catalog.gpuOffers, file.provider.id, file.provider.name, file.hardware ?? [], from)
  };
}
function mergeHosts(catalog, file, from) {
  let gpuOffers = catalog.gpuOffers;
  for (const host of file.hosts) {
    const name = host.name ?? catalog.gpuOffers.find((o) => o.provider === host.id)?.providerName ?? host.id;
    gpuOffers = mergeHardware(gpuOffers, host.id, name, host.hardware, from);
  }
  return { ...catalog, gpuOffers };
}
function throughputKey(t) {
  return `${t.gpu}/${t.parametersBillions.toFixed()}/${t.method ?? "serve"}`;
}
function mergeThroughput(catalog, file, origin) {
  const specs = new Map((catalog.gpuSpecs ?? []).map((s) => [s.id, s]));
  for (const spec of toGpuSpecs(file.gpus)) specs.set(spec.id, spec);
  const derivation = file.derivation ?? catalog.throughputDerivation;
  const replace = (old, incoming) => {
    const keys = new Set(incoming.map(throughputKey));
    return [...old.filter((t) => t.basis === "measured" && !keys.has(throughputKey(t))), ...incoming];
  };
  const training = replace(catalog.trainingThroughput, toTrainingThroughput(file.trainingThroughput, origin));
  const serving = replace(catalog.servingThroughput, toServingThroughput(file.servingThroughput, origin));
  const derivedOrigin = file.derivation || file.gpus.length > 0 ? origin : catalog.trainingThroughput.find((t) => t.basis === "derived")?.origin ?? origin;
  const derived = derivation ? deriveThroughput([...specs.values()], derivation, training, serving) : { training: [], serving: [] };
  return {
    ...catalog,
    gpuSpecs: [...specs.values()],
    throughputDerivation: derivation,
    trainingThroughput: [...training, ...derived.training.map((t) => ({ ...t, origin: derivedOrigin }))],
    servingThroughput: [...serving, ...derived.serving.map((t) => ({ ...t, origin: derivedOrigin }))]
  };
}
function applyOverride(catalog, override, origin) {
  const from = overrideFile(origin);
  switch (override.kind) {
    case "provider":
      return mergeNewProvider(catalog, override.value, from);
    case "provider-patch":
      return mergeProviderPatch(catalog, override.value, from);
    case "hosts":
      return mergeHosts(catalog, override.value, from);
    case "throughput":
      return mergeThroughput(catalog, override.value, origin);
  }
}
function mergeOverrides(catalog, files, today) {
  const problems = [];
  const warnings = [];
  const seen = /* @__PURE__ */ new Map();
  let merged = catalog;
  for (const { file, text } of files) {
    const result = validateOverride(text, file, merged, today);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    warnings.push(...result.warnings ?? []);
    if (result.value.kind === "provider-patch") {
      const conflicts = sameDayConflicts(merged, result.value.value, file, seen);
      for (const p of conflicts) p.line = lineOfPath(text, p.path);
      if (conflicts.length > 0) {
        problems.push(...conflicts);
        continue;
      }
    }
    merged = applyOverride(merged, result.value, file);
  }
  return problems.length > 0 ? { problems, warnings } : { catalog: merged, problems, warnings };
}

export {
  validateOverride,
  applyOverride,
  mergeOverrides
};
