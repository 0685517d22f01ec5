/**
 * Overrides: a user's YAML (`--prices FILE`, repeatable) merged over the catalog — a negotiated
 * discount, a private endpoint, a provider ftcost does not ship, a throughput figure measured in
 * house. Nothing is overwritten: every entry of an override file is added marked `override: true`
 * with `origin` = the file, and `resolveField` (query.ts) lets it win over shipped entries field by
 * field. So a file that names only a
 * training price changes only that price; the inference prices, the availability and the sources of
 * everything else stay as shipped.
 *
 * File shapes (the same schema as pricing/, see README):
 *  - a provider file for a provider the catalog has: only `provider.id`, and per model only `id`
 *    (or an alias) plus the offers (method, tier, prices) it changes;
 *  - a full provider file for a provider the catalog does not have;
 *  - a hosts file (GPU rental): a known host needs only `id` and the hardware it changes;
 *  - a throughput file: GPU specs, measured figures or a derivation rule, replacing the catalog's
 *    for the same GPU / size / method (derived figures are recomputed).
 *
 * Pure: text in, Catalog out; reading files is load.ts's job.
 */
import type {
  RawHardwareOffer,
  RawHostsPatchFile,
  RawProviderFile,
  RawProviderPatchFile,
  RawThroughputFile,
} from './schema.js';
import {
  overrideFile,
  toBasePrices,
  toCatalog,
  toGpuOffers,
  toGpuSpecs,
  toModel,
  toOffer,
  toServingThroughput,
  toTrainingThroughput,
  type Catalog,
  type EntryOrigin,
  type GpuOffer,
  type Model,
  type Offer,
  type Provider,
  type ServingThroughput,
  type TrainingThroughput,
} from './model.js';
import { allModelIds, modelMatches } from './query.js';
import { deriveThroughput } from './throughput.js';
import {
  catalogFileKind,
  providerIdOf,
  validateHostsPatch,
  validateProviderFile,
  validateProviderPatch,
  validateThroughputFile,
  type CatalogProblem,
  type Validation,
} from './validate.js';

export type Override =
  | { kind: 'provider'; value: RawProviderFile }
  | { kind: 'provider-patch'; value: RawProviderPatchFile }
  | { kind: 'hosts'; value: RawHostsPatchFile }
  | { kind: 'throughput'; value: RawThroughputFile };

/** Validate an override file against the catalog it will be merged into (known ids decide the shape). */
export function validateOverride(text: string, file: string, catalog: Catalog): Validation<Override> {
  const kind = catalogFileKind(text);
  const fail = (message: string): Validation<Override> => ({
    ok: false,
    problems: [{ file, line: 1, path: '', message }],
  });
  if (kind === 'provider') {
    const id = providerIdOf(text);
    const known = catalog.providers.find((p) => p.id === id);
    if (!known) {
      const full = validateProviderFile(text, file);
      return full.ok ? { ok: true, value: { kind: 'provider', value: full.value } } : full;
    }
    const names = new Set(allModelIds({ providers: [known] }));
    const patch = validateProviderPatch(text, file, names);
    return patch.ok ? { ok: true, value: { kind: 'provider-patch', value: patch.value } } : patch;
  }
  if (kind === 'hosts') {
    const hosts = new Set(catalog.gpuOffers.map((o) => o.provider));
    const patch = validateHostsPatch(text, file, hosts);
    return patch.ok ? { ok: true, value: { kind: 'hosts', value: patch.value } } : patch;
  }
  if (kind === 'throughput') {
    const t = validateThroughputFile(text, file);
    return t.ok ? { ok: true, value: { kind: 'throughput', value: t.value } } : t;
  }
  if (kind === 'meta')
    return fail(
      'is a catalog meta file; an override file holds prices (provider:, hosts:) or throughput (gpus:, trainingThroughput:)',
    );
  return fail('is not a catalog file: expected a top-level provider:, hosts: or gpus: / trainingThroughput: key');
}

function hardwareKey(o: {
  provider: string;
  kind: string;
  gpu: string;
  gpuCount: number;
  interruptible: boolean;
  label?: string;
}): string {
  return `${o.provider}/${o.kind}/${o.gpu}/${o.gpuCount}/${o.interruptible}/${o.label ?? ''}`;
}

/**
 * Merge incoming offers into a copy of `offers`: an incoming offer with the key of an existing one
 * appends its prices and notes to it (entries are never overwritten: resolution by date and origin
 * decides which applies); any other is a new offer.
 */
function mergeByKey<T extends { prices: unknown[]; notes: string[] }>(
  offers: readonly T[],
  incoming: readonly T[],
  key: (o: T) => string,
): T[] {
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

/** Add hardware offers: prices of an offer the catalog has are appended to it; others are new offers. */
function mergeHardware(
  offers: readonly GpuOffer[],
  provider: string,
  providerName: string,
  raw: readonly RawHardwareOffer[],
  from: EntryOrigin,
): GpuOffer[] {
  return mergeByKey(offers, toGpuOffers(provider, providerName, raw, from), hardwareKey);
}

function mergeOffers(
  offers: readonly Offer[],
  raw: RawProviderPatchFile['models'][number]['offers'],
  from: EntryOrigin,
): Offer[] {
  const incoming = (raw ?? []).map((rawOffer) => toOffer(rawOffer, from));
  return mergeByKey(offers, incoming, (o) => `${o.method}/${o.tier ?? ''}`);
}

function mergeModel(model: Model, patch: RawProviderPatchFile['models'][number], from: EntryOrigin): Model {
  const { offers, basePrices, parametersBillions, notes, rejected, aliases, id: _id, ...scalars } = patch;
  const defined = Object.fromEntries(Object.entries(scalars).filter(([, v]) => v !== undefined));
  return {
    ...model,
    ...defined,
    aliases: aliases ? [...new Set([...(model.aliases ?? []), ...aliases])] : model.aliases,
    parametersBillions:
      parametersBillions === undefined
        ? model.parametersBillions
        : toModel({ id: '', offers: [], parametersBillions }, from).parametersBillions,
    offers: mergeOffers(model.offers, offers, from),
    basePrices: [...model.basePrices, ...toBasePrices(basePrices, from)],
    notes: notes ? [...(model.notes ?? []), ...notes] : model.notes,
    rejected: rejected ? [...(model.rejected ?? []), ...rejected] : model.rejected,
  };
}

function mergeProviderPatch(catalog: Catalog, patch: RawProviderPatchFile, from: EntryOrigin): Catalog {
  const providers = catalog.providers.map((provider): Provider => {
    if (provider.id !== patch.provider.id) return provider;
    const { id: _id, notes, ...scalars } = patch.provider;
    const defined = Object.fromEntries(Object.entries(scalars).filter(([, v]) => v !== undefined));
    const models = [...provider.models];
    for (const modelPatch of patch.models) {
      const index = models.findIndex((m) => modelMatches(m, modelPatch.id));
      if (index >= 0) models[index] = mergeModel(models[index]!, modelPatch, from);
      // validateProviderPatch guarantees a new model has offers.
      else models.push(toModel({ ...modelPatch, offers: modelPatch.offers ?? [] }, from));
    }
    return { ...provider, ...defined, notes: notes ? [...(provider.notes ?? []), ...notes] : provider.notes, models };
  });
  const provider = providers.find((p) => p.id === patch.provider.id)!;
  return {
    ...catalog,
    providers,
    gpuOffers: mergeHardware(catalog.gpuOffers, provider.id, provider.name, patch.hardware ?? [], from),
  };
}

function mergeNewProvider(catalog: Catalog, file: RawProviderFile, from: EntryOrigin): Catalog {
  const added = toCatalog({ meta: catalog.meta, providers: [file] }, from);
  return {
    ...catalog,
    providers: [...catalog.providers, ...added.providers],
    gpuOffers: mergeHardware(catalog.gpuOffers, file.provider.id, file.provider.name, file.hardware ?? [], from),
  };
}

function mergeHosts(catalog: Catalog, file: RawHostsPatchFile, from: EntryOrigin): Catalog {
  let gpuOffers = catalog.gpuOffers;
  for (const host of file.hosts) {
    const name = host.name ?? catalog.gpuOffers.find((o) => o.provider === host.id)?.providerName ?? host.id;
    gpuOffers = mergeHardware(gpuOffers, host.id, name, host.hardware, from);
  }
  return { ...catalog, gpuOffers };
}

function throughputKey(t: { gpu: string; parametersBillions: { toFixed(): string }; method?: string }): string {
  return `${t.gpu}/${t.parametersBillions.toFixed()}/${t.method ?? 'serve'}`;
}

/** Measured figures replace the catalog's for the same GPU, size and method; derived ones are recomputed. */
function mergeThroughput(catalog: Catalog, file: RawThroughputFile, origin: string): Catalog {
  const specs = new Map((catalog.gpuSpecs ?? []).map((s) => [s.id, s]));
  for (const spec of toGpuSpecs(file.gpus)) specs.set(spec.id, spec);
  const derivation = file.derivation ?? catalog.throughputDerivation;
  const replace = <T extends TrainingThroughput | ServingThroughput>(
    old: readonly T[],
    incoming: readonly T[],
  ): T[] => {
    const keys = new Set(incoming.map(throughputKey));
    return [...old.filter((t) => t.basis === 'measured' && !keys.has(throughputKey(t))), ...incoming];
  };
  const training = replace(catalog.trainingThroughput, toTrainingThroughput(file.trainingThroughput, origin));
  const serving = replace(catalog.servingThroughput, toServingThroughput(file.servingThroughput, origin));
  const derivedOrigin =
    file.derivation || file.gpus.length > 0
      ? origin
      : (catalog.trainingThroughput.find((t) => t.basis === 'derived')?.origin ?? origin);
  const derived = derivation
    ? deriveThroughput([...specs.values()], derivation, training, serving)
    : { training: [], serving: [] };
  return {
    ...catalog,
    gpuSpecs: [...specs.values()],
    throughputDerivation: derivation,
    trainingThroughput: [...training, ...derived.training.map((t) => ({ ...t, origin: derivedOrigin }))],
    servingThroughput: [...serving, ...derived.serving.map((t) => ({ ...t, origin: derivedOrigin }))],
  };
}

/** Merge one validated override into a catalog; every entry it adds is an override, with `origin` = the file's path. */
export function applyOverride(catalog: Catalog, override: Override, origin: string): Catalog {
  const from = overrideFile(origin);
  switch (override.kind) {
    case 'provider':
      return mergeNewProvider(catalog, override.value, from);
    case 'provider-patch':
      return mergeProviderPatch(catalog, override.value, from);
    case 'hosts':
      return mergeHosts(catalog, override.value, from);
    case 'throughput':
      return mergeThroughput(catalog, override.value, origin);
  }
}

/** Validate and merge override texts in order (a later file wins over an earlier one); every problem of every file, or the catalog. */
export function mergeOverrides(
  catalog: Catalog,
  files: readonly { file: string; text: string }[],
): { catalog?: Catalog; problems: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  let merged = catalog;
  for (const { file, text } of files) {
    const result = validateOverride(text, file, merged);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    merged = applyOverride(merged, result.value, file);
  }
  return problems.length > 0 ? { problems } : { catalog: merged, problems };
}
