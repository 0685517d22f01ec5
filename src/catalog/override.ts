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
  type PriceField,
} from './model.js';
import { d, type Decimal } from '../decimal.js';
import { allModelIds, modelMatches } from './query.js';
import { deriveThroughput } from './throughput.js';
import { suggest } from '../text/suggest.js';
import { PRICE_FIELDS } from './schema.js';
import { BASE_PRICE_FIELDS } from '../domain/priceKinds.js';
import type { RentalBilling } from '../domain/hardware.js';
import {
  catalogFileKind,
  lineOfPath,
  validateAnyFile,
  providerIdOf,
  validateHostsPatch,
  providerNewOf,
  validateNewProviderFile,
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

/** An override price this many times the shipped one (or this fraction of it) is warned about… */
const OVERRIDE_WARN_RATIO = 10;
/** …and this many times (or this fraction) is refused, unless its model entry says `force: true`. */
const OVERRIDE_REFUSE_RATIO = 100;

/**
 * The latest shipped value of `field` in price entries (an offer's, a model's base prices):
 * what an override replaces.
 */
function shippedValue<E extends { effectiveFrom: string; override: boolean }>(
  entries: readonly E[],
  field: keyof E,
): Decimal | undefined {
  let best: { from: string; value: Decimal } | undefined;
  for (const entry of entries) {
    const value = entry[field] as Decimal | undefined;
    if (entry.override || value === undefined) continue;
    if (!best || entry.effectiveFrom > best.from) best = { from: entry.effectiveFrom, value };
  }
  return best?.value;
}

/**
 * Prices of a patch compared with the shipped price of the same model, offer (or base prices) and
 * field, for every per-token, per-hour, per-job and per-month kind of the price-kind table: more
 * than 10× away warns, more than 100× away is refused unless the model entry says `force: true` (a
 * per-1K price typed as per-1M, an extra zero).
 */
function relativeMagnitude(
  patch: RawProviderPatchFile,
  provider: Provider,
  file: string,
): { problems: CatalogProblem[]; warnings: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  const warnings: CatalogProblem[] = [];
  const compare = (
    given: string | undefined,
    shipped: Decimal | undefined,
    where: string,
    of: string,
    force: boolean | undefined,
  ): void => {
    if (given === undefined || !shipped || shipped.isZero()) return;
    const value = d(given);
    if (value.isZero()) return;
    const ratio = value.div(shipped);
    const times = ratio.gte(1) ? ratio : d(1).div(ratio);
    if (times.lte(OVERRIDE_WARN_RATIO)) return;
    const what =
      `${given} is ${times.toDecimalPlaces(1).toFixed()}× ${ratio.gte(1) ? 'the' : 'below the'} ` +
      `shipped ${shipped.toFixed()} for ${of}`;
    if (times.gt(OVERRIDE_REFUSE_RATIO) && !force)
      problems.push({
        file,
        line: null,
        path: where,
        message: `${what}; check the unit (per 1K or per 1M?), or set force: true on the model if it is right`,
      });
    else if (!times.gt(OVERRIDE_REFUSE_RATIO))
      warnings.push({ file, line: null, path: where, message: `${what}; check the unit (per 1K or per 1M?)` });
  };
  patch.models.forEach((modelPatch, m) => {
    const model = provider.models.find((x) => modelMatches(x, modelPatch.id));
    if (!model) return;
    (modelPatch.offers ?? []).forEach((rawOffer, o) => {
      const offer = model.offers.find((x) => x.method === rawOffer.method && (x.tier ?? '') === (rawOffer.tier ?? ''));
      if (!offer) return;
      const of = `${provider.id}/${model.id} ${offer.method}${offer.tier ? ` (${offer.tier})` : ''}`;
      rawOffer.prices.forEach((entry, p) => {
        for (const field of PRICE_FIELDS satisfies readonly PriceField[])
          compare(
            entry[field],
            shippedValue(offer.prices, field),
            `models[${m}].offers[${o}].prices[${p}].${field}`,
            of,
            modelPatch.force,
          );
      });
    });
    (modelPatch.basePrices ?? []).forEach((entry, p) => {
      for (const field of BASE_PRICE_FIELDS)
        compare(
          entry[field],
          shippedValue(model.basePrices, field),
          `models[${m}].basePrices[${p}].${field}`,
          `${provider.id}/${model.id} (base model)`,
          modelPatch.force,
        );
    });
  });
  return { problems, warnings };
}

/**
 * Hourly hardware prices of an override (a provider's `hardware:`, a hosts file) held to the same rule
 * as token prices: against the latest shipped per-GPU-hour price of the same offer (provider, kind,
 * GPU, count, interruptible, label), more than 10× away warns and more than 100× away is refused
 * unless the offer says `force: true` ($170 typed for $0.34 is a slipped decimal point or a unit).
 */
function hardwareMagnitude(
  catalog: Catalog,
  provider: string,
  hardware: readonly (RawHardwareOffer & { force?: boolean })[],
  base: string,
  file: string,
): { problems: CatalogProblem[]; warnings: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  const warnings: CatalogProblem[] = [];
  hardware.forEach((raw, o) => {
    const key = hardwareKey({
      ...raw,
      provider,
      gpuCount: raw.gpuCount ?? 1,
      interruptible: raw.interruptible ?? false,
    });
    const offer = catalog.gpuOffers.find((x) => hardwareKey(x) === key);
    if (!offer) return;
    let shipped: { from: string; value: Decimal } | undefined;
    for (const entry of offer.prices)
      if (!entry.override && (!shipped || entry.effectiveFrom > shipped.from))
        shipped = { from: entry.effectiveFrom, value: entry.gpuPerHour };
    if (!shipped || shipped.value.isZero()) return;
    raw.prices.forEach((entry, p) => {
      const field = entry.gpuPerHour !== undefined ? 'gpuPerHour' : 'instancePerHour';
      const given = entry[field];
      if (given === undefined) return;
      const value = field === 'gpuPerHour' ? d(given) : d(given).div(raw.gpuCount ?? 1);
      if (value.isZero()) return;
      const ratio = value.div(shipped.value);
      const times = ratio.gte(1) ? ratio : d(1).div(ratio);
      if (times.lte(OVERRIDE_WARN_RATIO)) return;
      const path = `${base}[${o}].prices[${p}].${field}`;
      const what =
        `${given} is ${times.toDecimalPlaces(1).toFixed()}× ${ratio.gte(1) ? 'the' : 'below the'} ` +
        `shipped ${shipped.value.toFixed()} per GPU-hour for ${provider} ${raw.kind} ${raw.gpu}` +
        `${raw.label ? ` (${raw.label})` : ''}`;
      if (times.gt(OVERRIDE_REFUSE_RATIO) && !raw.force)
        problems.push({
          file,
          line: null,
          path,
          message: `${what}; check the unit (per GPU-hour or per instance-hour?), or set force: true on the offer`,
        });
      else if (!times.gt(OVERRIDE_REFUSE_RATIO))
        warnings.push({
          file,
          line: null,
          path,
          message: `${what}; check the unit (per GPU-hour or per instance-hour?)`,
        });
    });
  });
  return { problems, warnings };
}

/**
 * What an override names must be what the catalog calls it: an offer (method and tier) a known model
 * does not have is refused with the nearest ones, unless marked `new: true` — a mistyped tier
 * ("globl") would otherwise be a new offer with only the file's prices, ranked cheapest. And one model
 * named twice (an alias and its dated id) is refused: the later entry would silently win.
 */
function vocabularyProblems(patch: RawProviderPatchFile, provider: Provider, file: string): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const first = new Map<string, number>();
  patch.models.forEach((modelPatch, m) => {
    const model = provider.models.find((x) => modelMatches(x, modelPatch.id));
    if (!model) return;
    const earlier = first.get(model.id);
    if (earlier !== undefined) {
      problems.push({
        file,
        line: null,
        path: `models[${m}].id`,
        message:
          `"${modelPatch.id}" is ${provider.id}/${model.id}, already given as models[${earlier}] ` +
          `("${patch.models[earlier]!.id}"); give each model once`,
      });
      return;
    }
    first.set(model.id, m);
    (modelPatch.offers ?? []).forEach((rawOffer, o) => {
      const tier = rawOffer.tier ?? '';
      if (rawOffer.new || model.offers.some((x) => x.method === rawOffer.method && (x.tier ?? '') === tier)) return;
      const tiers = model.offers.filter((x) => x.method === rawOffer.method).map((x) => x.tier ?? '');
      const what = `${provider.id}/${model.id}`;
      const lacks = '(an offer the catalog lacks needs new: true)';
      if (tiers.length === 0) {
        const methods = [...new Set(model.offers.map((x) => x.method))];
        problems.push({
          file,
          line: null,
          path: `models[${m}].offers[${o}].method`,
          message:
            `method "${rawOffer.method}" is not offered for ${what}${suggest(rawOffer.method, methods)} ` +
            `(it offers ${methods.join(', ')}) ${lacks}`,
        });
        return;
      }
      const named = tiers.filter(Boolean);
      problems.push({
        file,
        line: null,
        path: rawOffer.tier === undefined ? `models[${m}].offers[${o}]` : `models[${m}].offers[${o}].tier`,
        message:
          (rawOffer.tier === undefined
            ? `${what} ${rawOffer.method} needs a tier`
            : `tier "${rawOffer.tier}" is not a tier of ${what} ${rawOffer.method}${suggest(rawOffer.tier, named)}`) +
          ` (its tiers: ${tiers.map((t) => t || '(none)').join(', ')}) ${lacks}`,
      });
    });
  });
  return problems;
}

/**
 * Validate an override file against the catalog it will be merged into (known ids decide the
 * shape). `today` (YYYY-MM-DD) refuses an asOf after it.
 */
export function validateOverride(text: string, file: string, catalog: Catalog, today?: string): Validation<Override> {
  const kind = catalogFileKind(text);
  const fail = (message: string): Validation<Override> => ({
    ok: false,
    problems: [{ file, line: 1, path: '', message }],
  });
  if (kind === 'provider') {
    const id = providerIdOf(text);
    const known = catalog.providers.find((p) => p.id === id);
    if (!known) {
      // A provider the catalog lacks must say so (`new: true`): "openia" for openai would otherwise be a
      // second provider holding only the file's prices, and be ranked beside (or below) the real one.
      const full = validateNewProviderFile(text, file, today);
      if (id !== undefined && providerNewOf(text) !== true) {
        const known = catalog.providers.map((p) => p.id);
        const near = suggest(id, known);
        const path = 'provider.id';
        const notNew: CatalogProblem = {
          file,
          line: lineOfPath(text, path),
          path,
          message:
            `provider "${id}" is not in the catalog${near} ` +
            '(a provider the catalog lacks needs new: true under provider:, and to be given in full)',
        };
        // Near a known id it is most likely a typo of a partial file, whose other problems ("is required") are noise;
        // otherwise it is a new provider without its mark, checked in full as well.
        const rest = near || full.ok ? [] : full.problems;
        return { ok: false, problems: [notNew, ...rest].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
      }
      if (!full.ok) return full;
      const { new: _new, ...provider } = full.value.provider;
      return { ok: true, value: { kind: 'provider', value: { ...full.value, provider } } };
    }
    const names = new Set(allModelIds({ providers: [known] }));
    const patch = validateProviderPatch(text, file, names, today);
    if (!patch.ok) return patch;
    const vocabulary = vocabularyProblems(patch.value, known, file);
    const { problems: magnitude, warnings } = relativeMagnitude(patch.value, known, file);
    const hourly = hardwareMagnitude(catalog, known.id, patch.value.hardware ?? [], 'hardware', file);
    const problems = [...vocabulary, ...magnitude, ...hourly.problems];
    warnings.push(...hourly.warnings);
    for (const p of [...problems, ...warnings]) p.line = lineOfPath(text, p.path);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, value: { kind: 'provider-patch', value: patch.value }, warnings };
  }
  if (kind === 'hosts') {
    const hosts = new Set(catalog.gpuOffers.map((o) => o.provider));
    const patch = validateHostsPatch(text, file, hosts, today);
    if (!patch.ok) return patch;
    const problems: CatalogProblem[] = [];
    const warnings: CatalogProblem[] = [];
    patch.value.hosts.forEach((host, h) => {
      const found = hardwareMagnitude(catalog, host.id, host.hardware, `hosts[${h}].hardware`, file);
      problems.push(...found.problems);
      warnings.push(...found.warnings);
    });
    for (const p of [...problems, ...warnings]) p.line = lineOfPath(text, p.path);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, value: { kind: 'hosts', value: patch.value }, warnings };
  }
  if (kind === 'throughput') {
    const t = validateThroughputFile(text, file, today);
    return t.ok ? { ok: true, value: { kind: 'throughput', value: t.value } } : t;
  }
  if (kind === 'meta')
    return fail(
      'is a catalog meta file; ' +
        'an override file holds prices (provider:, hosts:) or throughput (gpus:, trainingThroughput:)',
    );
  const syntax = validateAnyFile(text, file);
  if (!syntax.ok && syntax.problems.some((p) => p.message.startsWith('YAML'))) return syntax;
  return fail('is not a catalog file: expected a top-level provider:, hosts: or gpus: / trainingThroughput: key');
}

/**
 * Price entries of one offer taking effect the same day in two override files: which one would
 * apply is only the order of --prices, so it is refused. Key: provider/model/method/tier/date.
 */
function sameDayConflicts(
  catalog: Catalog,
  patch: RawProviderPatchFile,
  file: string,
  seen: Map<string, string>,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const provider = catalog.providers.find((p) => p.id === patch.provider.id);
  patch.models.forEach((modelPatch, m) => {
    const model = provider?.models.find((x) => modelMatches(x, modelPatch.id));
    const modelId = model?.id ?? modelPatch.id;
    (modelPatch.offers ?? []).forEach((offer, o) => {
      offer.prices.forEach((entry, p) => {
        const key = `${patch.provider.id}/${modelId}/${offer.method}/${offer.tier ?? ''}/${entry.effectiveFrom}`;
        const other = seen.get(key);
        if (other !== undefined && other !== file)
          problems.push({
            file,
            line: null,
            path: `models[${m}].offers[${o}].prices[${p}].effectiveFrom`,
            message:
              `${entry.effectiveFrom}: ${other} also gives ${patch.provider.id}/${modelId} ${offer.method}` +
              `${offer.tier ? ` (${offer.tier})` : ''} a price from this day; ` +
              'keep one (which applies would depend on the order of --prices)',
          });
        seen.set(key, file);
      });
    });
  });
  return problems;
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
  hostBilling?: RentalBilling,
): GpuOffer[] {
  const incoming = toGpuOffers(provider, providerName, raw, from, hostBilling);
  const merged = mergeByKey(offers, incoming, hardwareKey);
  // A file's billing for an offer the catalog has replaces the catalog's (a billing has no dates to resolve by).
  for (const offer of incoming) {
    const target = offer.billing && merged.find((o) => hardwareKey(o) === hardwareKey(offer));
    if (target) target.billing = offer.billing;
  }
  return merged;
}

function mergeOffers(
  offers: readonly Offer[],
  raw: RawProviderPatchFile['models'][number]['offers'],
  from: EntryOrigin,
): Offer[] {
  const incoming = (raw ?? []).map(({ new: _new, ...rawOffer }) => toOffer(rawOffer, from));
  return mergeByKey(offers, incoming, (o) => `${o.method}/${o.tier ?? ''}`);
}

function mergeModel(model: Model, patch: RawProviderPatchFile['models'][number], from: EntryOrigin): Model {
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
      else {
        const { new: _new, force: _force, offers, ...model } = modelPatch;
        const plain = (offers ?? []).map(({ new: _offerNew, ...offer }) => offer);
        models.push(toModel({ ...model, offers: plain }, from));
      }
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
    gpuOffers = mergeHardware(gpuOffers, host.id, name, host.hardware, from, host.billing);
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

/**
 * Validate and merge override texts in order (a later file's later-dated entries win over an
 * earlier one's; two files pricing the same offer from the same day are refused); every problem of
 * every file, or the catalog, plus warnings (prices far from the shipped ones).
 */
export function mergeOverrides(
  catalog: Catalog,
  files: readonly { file: string; text: string }[],
  today?: string,
): { catalog?: Catalog; problems: CatalogProblem[]; warnings: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  const warnings: CatalogProblem[] = [];
  const seen = new Map<string, string>();
  let merged = catalog;
  for (const { file, text } of files) {
    const result = validateOverride(text, file, merged, today);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    warnings.push(...(result.warnings ?? []));
    if (result.value.kind === 'provider-patch') {
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
