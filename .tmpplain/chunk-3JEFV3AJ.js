import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  UserError
} from "./chunk-6KZCIXKI.js";
import {
  suggest
} from "./chunk-5JICIXVM.js";
import {
  Decimal,
  d
} from "./chunk-AAQRN2TG.js";
import {
  availabilityOn
} from "./chunk-Y7YV45EP.js";
import {
  BASE_PRICE_FIELDS,
  PRICE_FIELDS,
  THROUGHPUT_METHODS
} from "./chunk-RLGSNLDK.js";

// src/catalog/throughput.ts
var TERA_OVER_GIGA = new Decimal(1e3);
function key(gpu, size, method, precision) {
  return `${gpu}/${size.toFixed()}/${method}/${precision}`;
}
function gpusForMemory(bytesPerParam, parametersBillions, memoryGB, headroom) {
  const needGB = bytesPerParam.times(parametersBillions);
  return needGB.div(headroom.times(memoryGB)).ceil().toNumber() || 1;
}
function fmt(x) {
  return x.toFixed();
}
function deriveThroughput(gpus, rule, measuredTraining, measuredServing) {
  const util = d(rule.trainingUtilisation);
  const headroom = d(rule.memoryHeadroom);
  const measured2 = new Set(measuredTraining.map((t) => key(t.gpu, t.parametersBillions, t.method, t.precision)));
  const measuredServe = new Set(measuredServing.map((t) => key(t.gpu, t.parametersBillions, "serve", t.precision)));
  const training = [];
  const serving = [];
  for (const gpu of gpus) {
    for (const sizeText of rule.sizesBillions) {
      const size = d(sizeText);
      const denseFlops = gpu.peakBf16Tflops.times(TERA_OVER_GIGA);
      for (const method of THROUGHPUT_METHODS) {
        if (measured2.has(key(gpu.id, size, method, rule.precision))) continue;
        const minGpus = gpusForMemory(d(rule.bytesPerParam[method]), size, gpu.memoryGB, headroom);
        if (minGpus > rule.maxGpus) continue;
        const flopsPerToken = d(rule.flopsPerTokenPerParam[method === "qlora" ? "lora" : method]);
        let tokensPerSecond = denseFlops.times(util).div(flopsPerToken.times(size));
        let how = `${fmt(gpu.peakBf16Tflops)} TFLOP/s \xD7 ${fmt(util)} / (${fmt(flopsPerToken)} \xD7 ${fmt(size)}B params)`;
        if (method === "qlora") {
          tokensPerSecond = tokensPerSecond.times(d(rule.qloraSpeedFactor));
          how += ` \xD7 ${rule.qloraSpeedFactor} (QLoRA vs LoRA)`;
        }
        tokensPerSecond = tokensPerSecond.floor();
        training.push({
          gpu: gpu.id,
          parametersBillions: size,
          method,
          tokensPerSecond,
          basis: "derived",
          source: rule.source,
          asOf: rule.asOf,
          minGpus,
          precision: rule.precision,
          note: `derived: ${how} = ${tokensPerSecond.toFixed()} tokens/s per GPU; memory needs \u2265 ${minGpus} \xD7 ${gpu.memoryGB} GB (${rule.bytesPerParam[method]} bytes/param at ${fmt(headroom)} of memory)`
        });
      }
      if (measuredServe.has(key(gpu.id, size, "serve", rule.precision))) continue;
      const serveGpus = gpusForMemory(d(rule.servingBytesPerParam), size, gpu.memoryGB, headroom);
      if (serveGpus > rule.maxGpus) continue;
      const serveUtil = d(rule.servingUtilisation);
      const outputTokensPerSecond = denseFlops.times(serveUtil).div(size.times(2)).floor();
      serving.push({
        gpu: gpu.id,
        parametersBillions: size,
        outputTokensPerSecond,
        basis: "derived",
        source: rule.source,
        asOf: rule.asOf,
        minGpus: serveGpus,
        precision: rule.precision,
        note: `derived: ${fmt(gpu.peakBf16Tflops)} TFLOP/s \xD7 ${fmt(serveUtil)} / (2 \xD7 ${fmt(size)}B params) = ${outputTokensPerSecond.toFixed()} output tokens/s per GPU under batched load; weights need \u2265 ${serveGpus} \xD7 ${gpu.memoryGB} GB`
      });
    }
  }
  return { training, serving };
}

// src/catalog/model.ts
var SHIPPED = { origin: "catalog", override: false };
function overrideFile(file) {
  return { origin: file, override: true };
}
function decimalize(raw, fields) {
  const out = { ...raw };
  for (const field of fields) {
    const value = raw[field];
    if (typeof value === "string") out[field] = d(value);
  }
  return out;
}
function toGpuOffers(provider, providerName, offers, from) {
  return offers.map((offer) => ({
    provider,
    providerName,
    kind: offer.kind,
    gpu: offer.gpu,
    gpuCount: offer.gpuCount ?? 1,
    interruptible: offer.interruptible ?? false,
    label: offer.label,
    notes: offer.notes ?? [],
    prices: offer.prices.map((entry) => {
      const instancePerHour = entry.instancePerHour === void 0 ? void 0 : d(entry.instancePerHour);
      const gpuPerHour = entry.gpuPerHour !== void 0 ? d(entry.gpuPerHour) : instancePerHour.div(offer.gpuCount ?? 1);
      return {
        effectiveFrom: entry.effectiveFrom,
        effectiveFromBasis: entry.effectiveFromBasis,
        effectiveTo: entry.effectiveTo,
        source: entry.source,
        asOf: entry.asOf,
        sourceKind: entry.sourceKind,
        original: entry.original,
        note: entry.note,
        gpuPerHour,
        instancePerHour,
        origin: from.origin,
        override: from.override
      };
    })
  }));
}
function toGpuSpecs(specs) {
  return specs.map((s) => ({ ...s, peakBf16Tflops: d(s.peakBf16Tflops) }));
}
function toOffer(offer, from) {
  return {
    method: offer.method,
    tier: offer.tier,
    production: offer.production ?? true,
    lifecycle: offer.lifecycle,
    notes: offer.notes ?? [],
    prices: offer.prices.map((entry) => ({
      ...decimalize(entry, PRICE_FIELDS),
      origin: from.origin,
      override: from.override
    }))
  };
}
function toBasePrices(entries, from) {
  return (entries ?? []).map((entry) => ({
    ...decimalize(entry, BASE_PRICE_FIELDS),
    origin: from.origin,
    override: from.override
  }));
}
function toModel(model, from) {
  return {
    ...model,
    parametersBillions: model.parametersBillions === void 0 ? void 0 : d(model.parametersBillions),
    offers: model.offers.map((offer) => toOffer(offer, from)),
    basePrices: toBasePrices(model.basePrices, from)
  };
}
function measured(t, origin) {
  return {
    basis: "measured",
    source: t.source,
    asOf: t.asOf,
    note: t.note,
    minGpus: t.gpus,
    origin,
    precision: t.precision,
    engine: t.engine
  };
}
function toTrainingThroughput(raw, origin) {
  return raw.map((t) => ({
    gpu: t.gpu,
    parametersBillions: d(t.parametersBillions),
    method: t.method,
    tokensPerSecond: d(t.tokensPerSecond),
    ...measured(t, origin)
  }));
}
function toServingThroughput(raw, origin) {
  return raw.map((t) => ({
    gpu: t.gpu,
    parametersBillions: d(t.parametersBillions),
    outputTokensPerSecond: d(t.outputTokensPerSecond),
    ...measured(t, origin)
  }));
}
function toCatalog(compiled, from = SHIPPED) {
  const origin = from.origin;
  const throughput = compiled.throughput;
  const gpuSpecs = toGpuSpecs(throughput?.gpus ?? []);
  const measuredTraining = toTrainingThroughput(throughput?.trainingThroughput ?? [], origin);
  const measuredServing = toServingThroughput(throughput?.servingThroughput ?? [], origin);
  let derived;
  const derive = () => derived ??= throughput?.derivation ? deriveThroughput(gpuSpecs, throughput.derivation, measuredTraining, measuredServing) : { training: [], serving: [] };
  let trainingThroughput;
  let servingThroughput;
  return {
    meta: compiled.meta,
    providers: compiled.providers.map(({ provider, models }) => ({
      ...provider,
      models: models.map((model) => toModel(model, from))
    })),
    gpuOffers: [
      ...compiled.providers.flatMap(
        (file) => toGpuOffers(file.provider.id, file.provider.name, file.hardware ?? [], from)
      ),
      ...(compiled.hosts ?? []).flatMap((host) => toGpuOffers(host.id, host.name, host.hardware, from))
    ],
    get trainingThroughput() {
      return trainingThroughput ??= [...measuredTraining, ...derive().training.map((t) => ({ ...t, origin }))];
    },
    get servingThroughput() {
      return servingThroughput ??= [...measuredServing, ...derive().serving.map((t) => ({ ...t, origin }))];
    },
    gpuSpecs,
    throughputDerivation: throughput?.derivation
  };
}

// src/catalog/query.ts
function modelMatches(model, idOrAlias) {
  return model.id === idOrAlias || (model.aliases ?? []).includes(idOrAlias);
}
function allModelIds(catalog) {
  const ids = /* @__PURE__ */ new Set();
  for (const provider of catalog.providers)
    for (const model of provider.models) {
      ids.add(model.id);
      for (const alias of model.aliases ?? []) ids.add(alias);
    }
  return [...ids].sort();
}
function selectModels(catalog, filters) {
  const out = [];
  for (const provider of catalog.providers) {
    if (filters.providers?.length && !filters.providers.includes(provider.id)) continue;
    for (const model of provider.models) {
      if (filters.models?.length && !filters.models.some((id) => modelMatches(model, id))) continue;
      out.push({ provider, model });
    }
  }
  return out;
}
function findModels(catalog, idOrAlias) {
  return selectModels(catalog, { models: [idOrAlias] });
}
function unknownModel(catalog, id, option) {
  const near = suggest(id, allModelIds(catalog));
  return new UserError((w) => `${option ? `${w.option(option)}: ` : ""}unknown model "${id}"${near}${w.everyModel}`, {
    code: "unknown-model",
    option
  });
}
function checkModels(catalog, ids, option) {
  const known = new Set(allModelIds(catalog));
  for (const id of ids) if (!known.has(id)) throw unknownModel(catalog, id, option);
}
function checkNames(catalog, filters) {
  const providerIds = catalog.providers.map((p) => p.id);
  for (const id of filters.providers ?? []) {
    if (!providerIds.includes(id)) {
      throw new UserError(
        `unknown provider "${id}"${suggest(id, providerIds)}; known providers: ${providerIds.join(", ")}`,
        { code: "unknown-provider" }
      );
    }
  }
  checkModels(catalog, filters.models ?? []);
}
function inForce(entry, date) {
  return entry.effectiveFrom <= date && (entry.effectiveTo === void 0 || date < entry.effectiveTo);
}
function unpublishedOn(entries, date) {
  return entries.filter((e) => e.notPublished !== void 0 && inForce(e, date));
}
function resolveField(entries, field, date) {
  let best;
  for (const entry of entries) {
    if (entry[field] === void 0 || !inForce(entry, date)) continue;
    if (!best) {
      best = entry;
      continue;
    }
    if (entry.override !== best.override) {
      if (entry.override) best = entry;
    } else if (entry.effectiveFrom >= best.effectiveFrom) {
      best = entry;
    }
  }
  return best ? { amount: best[field], entry: best } : void 0;
}
function availabilityOn2(provider, model, offer, date) {
  return availabilityOn([provider.lifecycle, model?.lifecycle, offer?.lifecycle], date);
}

export {
  deriveThroughput,
  overrideFile,
  toGpuOffers,
  toGpuSpecs,
  toOffer,
  toBasePrices,
  toModel,
  toTrainingThroughput,
  toServingThroughput,
  toCatalog,
  modelMatches,
  allModelIds,
  selectModels,
  findModels,
  unknownModel,
  checkModels,
  checkNames,
  unpublishedOn,
  resolveField,
  availabilityOn2 as availabilityOn
};
