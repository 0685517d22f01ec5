/**
 * The catalog in memory: the validated YAML with every price turned into a Decimal (from its
 * string, never through a float), each entry marked with where it came from. The look-ups every
 * consumer shares (a model by id or alias, the price in force on a date, availability) are in
 * query.ts.
 *
 * Built in two steps, so the CLI can take the first at build time: catalogData() gives the catalog
 * its in-memory shape as plain JSON (prices still decimal strings, defaults filled in, every entry
 * marked with its origin), and fromCatalogData() turns those strings into Decimals where they stand
 * and adds the GPU part, read on first use. toCatalog() is the two together.
 */
import { d, type Decimal } from '../decimal.js';
import { BASE_PRICE_FIELDS, PRICE_FIELDS, type BasePriceField, type PriceField } from '../domain/priceKinds.js';
import { deriveThroughput } from './throughput.js';
import type { RentalBilling } from '../domain/hardware.js';
import type { Precision } from '../domain/vocabulary.js';
import type {
  LifecycleEvent,
  CompiledCatalog,
  Method,
  RawBasePriceEntry,
  RawCatalogMeta,
  RawModel,
  RawPriceEntry,
  RawProvider,
  RawHardwareOffer,
  RawGpuSpec,
  RawDerivation,
  RawOffer,
  RawThroughputFile,
  RawHost,
} from './schema.js';

type Decimalized<T, K extends keyof T> = Omit<T, K> & { [P in K]?: Decimal };

export { PRICE_FIELDS, BASE_PRICE_FIELDS };
export type { PriceField };

/**
 * Where an entry came from. `origin` names it ("catalog", or the --prices file's path, for display);
 * `override` says which it is, so a --prices file that happens to be called "catalog" is still an
 * override (and wins over the shipped prices).
 */
export interface EntryOrigin {
  origin: string;
  override: boolean;
}

/** The shipped catalog. */
const SHIPPED: EntryOrigin = { origin: 'catalog', override: false };

/** A user's --prices file, named by its path. */
export function overrideFile(file: string): EntryOrigin {
  return { origin: file, override: true };
}

export type PriceEntry = Decimalized<RawPriceEntry, PriceField> & EntryOrigin;
export type BasePriceEntry = Decimalized<RawBasePriceEntry, BasePriceField> & EntryOrigin;

export interface Offer {
  method: Method;
  tier?: string;
  /** false: the provider says it is not for production (no SLA; Azure's Developer tier). */
  production: boolean;
  /** The offer's own dated lifecycle events (its model's and provider's apply too). */
  lifecycle?: LifecycleEvent[];
  prices: PriceEntry[];
  notes: string[];
}

export interface Model extends Omit<RawModel, 'offers' | 'basePrices' | 'parametersBillions'> {
  parametersBillions?: Decimal;
  offers: Offer[];
  basePrices: BasePriceEntry[];
}

export interface Provider extends RawProvider {
  models: Model[];
}

/** What kind of hourly hardware an offer is: raw GPU rental, a provider's dedicated endpoint, hosted hardware (HF). */
export type HardwareOfferKind = 'gpu-rental' | 'dedicated-endpoint' | 'hosted-hardware';

interface GpuPriceEntry {
  effectiveFrom: string;
  effectiveFromBasis?: 'published' | 'first-seen';
  effectiveTo?: string;
  source: string;
  asOf: string;
  sourceKind?: 'official' | 'copy';
  original?: string;
  note?: string;
  /** USD per GPU per hour (for a multi-GPU instance: the instance price ÷ GPUs, noted as derived). */
  gpuPerHour: Decimal;
  /** The instance price it was derived from, where the source quotes one. */
  instancePerHour?: Decimal;
  /** The shipped catalog or a --prices file. */
  origin: string;
  override: boolean;
}

/** One GPU (or GPU instance) a provider rents by the hour. */
export interface GpuOffer {
  provider: string;
  providerName: string;
  kind: HardwareOfferKind;
  /** Catalog GPU id, e.g. "h100-sxm", "a100-80gb", "l40s". */
  gpu: string;
  /** GPUs in the rented unit (prices are still per GPU-hour). */
  gpuCount: number;
  /** Interruptible / spot capacity. */
  interruptible: boolean;
  /** The provider's own name for the unit ("A100 large", "8x HGX H100"). */
  label?: string;
  /** How its time is billed: the offer's own, else its host's; absent when neither is published. */
  billing?: RentalBilling;
  prices: GpuPriceEntry[];
  notes: string[];
}

export type { GpuSpec, ServingThroughput, TrainingThroughput } from './throughput.js';
import type { GpuSpec, ServingThroughput, TrainingThroughput } from './throughput.js';

export interface Catalog {
  meta: RawCatalogMeta;
  providers: Provider[];
  gpuOffers: GpuOffer[];
  trainingThroughput: TrainingThroughput[];
  servingThroughput: ServingThroughput[];
  /** GPU datasheet figures (throughput.yaml); absent in hand-built test catalogs. */
  gpuSpecs?: GpuSpec[];
  /** The rule derived throughput was computed with (kept so an override can re-derive). */
  throughputDerivation?: RawDerivation;
}

/**
 * Decimal strings to Decimals, one Decimal per distinct string: a catalog repeats few figures (the
 * shipped one has 788 prices and model sizes, 191 distinct), and a Decimal is never changed once
 * made (every decimal.js operation returns a new one; the library's catalog is frozen), so entries
 * can share one. One conversion (fromCatalogData) keeps one; `d` itself makes a Decimal each call.
 */
type Decimals = (value: string) => Decimal;

function decimals(): Decimals {
  const made = new Map<string, Decimal>();
  return (value) => {
    let x = made.get(value);
    if (x === undefined) made.set(value, (x = d(value)));
    return x;
  };
}

/** In each entry, every field of `fields` that holds a decimal string made a Decimal where it stands. */
function decimalize(entries: readonly object[], fields: readonly string[], dec: Decimals): void {
  for (const entry of entries) {
    const values = entry as Record<string, unknown>;
    for (const field of fields) {
      const value = values[field];
      if (typeof value === 'string') values[field] = dec(value);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Step 1: the in-memory shape as data (JSON in, JSON out)

/** A price entry as data: its prices still decimal strings. */
type PriceEntryData = RawPriceEntry & EntryOrigin;
type BasePriceEntryData = RawBasePriceEntry & EntryOrigin;

interface OfferData extends Omit<Offer, 'prices'> {
  prices: PriceEntryData[];
}

interface ModelData extends Omit<RawModel, 'offers' | 'basePrices'> {
  offers: OfferData[];
  basePrices: BasePriceEntryData[];
}

interface ProviderData extends RawProvider {
  models: ModelData[];
}

/** The catalog in its in-memory shape with its prices still decimal strings, the GPU part left out. */
export interface CatalogData {
  meta: RawCatalogMeta;
  providers: ProviderData[];
}

/**
 * The GPU part of a catalog, as a compiled catalog holds it (a compiled catalog is one): hosts,
 * throughput, and each provider's hardware, by the provider's index.
 */
export interface CatalogGpuPart {
  hosts?: RawHost[];
  throughput?: RawThroughputFile;
  providers: readonly { hardware?: RawHardwareOffer[] }[];
}

function offerData(offer: RawOffer, from: EntryOrigin): OfferData {
  return {
    method: offer.method,
    tier: offer.tier,
    production: offer.production ?? true,
    lifecycle: offer.lifecycle,
    notes: offer.notes ?? [],
    prices: offer.prices.map((entry) => ({ ...entry, origin: from.origin, override: from.override })),
  };
}

function basePricesData(entries: readonly RawBasePriceEntry[] | undefined, from: EntryOrigin): BasePriceEntryData[] {
  return (entries ?? []).map((entry) => ({ ...entry, origin: from.origin, override: from.override }));
}

function modelData(model: RawModel, from: EntryOrigin): ModelData {
  return {
    ...model,
    // Named even when absent (undefined), as the in-memory model always has it; JSON leaves it out.
    parametersBillions: model.parametersBillions,
    offers: model.offers.map((offer) => offerData(offer, from)),
    basePrices: basePricesData(model.basePrices, from),
  };
}

/**
 * A compiled catalog (validated YAML) in its in-memory shape, prices still strings: new objects
 * throughout, so fromCatalogData() may convert them where they stand. Plain data: the CLI's build
 * writes it as JSON (scripts/cli-bundle.ts), so a run parses the shape instead of building it.
 */
export function catalogData(compiled: CompiledCatalog, from: EntryOrigin = SHIPPED): CatalogData {
  return {
    meta: compiled.meta,
    providers: compiled.providers.map(({ provider, models }) => ({
      ...provider,
      models: models.map((model) => modelData(model, from)),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Step 2: decimal strings → Decimals, where they stand

function decimalizeModel(model: ModelData, dec: Decimals): Model {
  if (typeof model.parametersBillions === 'string')
    (model as unknown as Model).parametersBillions = dec(model.parametersBillions);
  for (const offer of model.offers) decimalize(offer.prices, PRICE_FIELDS, dec);
  decimalize(model.basePrices, BASE_PRICE_FIELDS, dec);
  return model as unknown as Model;
}

/** The offer's or its host's billing (the schema defaults the minimum to 0); absent stays absent. */
function rentalBilling(raw: RentalBilling | undefined): { billing?: RentalBilling } {
  return raw === undefined ? {} : { billing: raw };
}

/** Raw hardware offers → in-memory GPU offers (an instance price becomes a per-GPU-hour price, exactly). */
export function toGpuOffers(
  provider: string,
  providerName: string,
  offers: readonly RawHardwareOffer[],
  from: EntryOrigin,
  hostBilling?: RentalBilling,
): GpuOffer[] {
  return offers.map((offer) => ({
    provider,
    providerName,
    kind: offer.kind,
    gpu: offer.gpu,
    gpuCount: offer.gpuCount ?? 1,
    interruptible: offer.interruptible ?? false,
    label: offer.label,
    ...rentalBilling(offer.billing ?? hostBilling),
    notes: offer.notes ?? [],
    prices: offer.prices.map((entry) => {
      const instancePerHour = entry.instancePerHour === undefined ? undefined : d(entry.instancePerHour);
      // validate.ts guarantees one of the two; the instance price is split evenly over its GPUs.
      const gpuPerHour =
        entry.gpuPerHour !== undefined ? d(entry.gpuPerHour) : instancePerHour!.div(offer.gpuCount ?? 1);
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
        override: from.override,
      };
    }),
  }));
}

export function toGpuSpecs(specs: readonly RawGpuSpec[]): GpuSpec[] {
  return specs.map((s) => ({ ...s, peakBf16Tflops: d(s.peakBf16Tflops) }));
}

export function toOffer(offer: RawOffer, from: EntryOrigin): Offer {
  const data = offerData(offer, from);
  decimalize(data.prices, PRICE_FIELDS, d);
  return data as unknown as Offer;
}

export function toBasePrices(entries: readonly RawBasePriceEntry[] | undefined, from: EntryOrigin): BasePriceEntry[] {
  const data = basePricesData(entries, from);
  decimalize(data, BASE_PRICE_FIELDS, d);
  return data as unknown as BasePriceEntry[];
}

export function toModel(model: RawModel, from: EntryOrigin): Model {
  return decimalizeModel(modelData(model, from), d);
}

/** The provenance of a measured throughput figure as read from a throughput file. */
function measured(
  t: { source: string; asOf: string; note?: string; gpus?: number; precision: Precision; engine?: string },
  origin: string,
) {
  return {
    basis: 'measured' as const,
    source: t.source,
    asOf: t.asOf,
    note: t.note,
    minGpus: t.gpus,
    origin,
    precision: t.precision,
    engine: t.engine,
  };
}

export function toTrainingThroughput(
  raw: RawThroughputFile['trainingThroughput'],
  origin: string,
): TrainingThroughput[] {
  return raw.map((t) => ({
    gpu: t.gpu,
    parametersBillions: d(t.parametersBillions),
    method: t.method,
    tokensPerSecond: d(t.tokensPerSecond),
    ...measured(t, origin),
  }));
}

export function toServingThroughput(raw: RawThroughputFile['servingThroughput'], origin: string): ServingThroughput[] {
  return raw.map((t) => ({
    gpu: t.gpu,
    parametersBillions: d(t.parametersBillions),
    outputTokensPerSecond: d(t.outputTokensPerSecond),
    ...measured(t, origin),
  }));
}

export function toCatalog(compiled: CompiledCatalog, from: EntryOrigin = SHIPPED): Catalog {
  return fromCatalogData(catalogData(compiled, from), compiled, from);
}

/**
 * The catalog from its data (catalogData's, or the JSON the CLI's build wrote of it), which it takes
 * over: decimal strings become Decimals where they stand (one per distinct string). Each field of
 * `gpu` is read only when something GPU is first read, and only the ones it needs.
 */
export function fromCatalogData(data: CatalogData, gpu: CatalogGpuPart, from: EntryOrigin = SHIPPED): Catalog {
  const origin = from.origin;
  const dec = decimals();
  for (const provider of data.providers) for (const model of provider.models) decimalizeModel(model, dec);
  const providers = data.providers as unknown as Provider[];
  // Everything GPU — rented hardware offers, datasheets, measured and derived throughput — is read
  // only by self-hosting options and the catalog listings; an estimate never asks. So it is built
  // on first read, once (the derived table was a fifth of `ftcost estimate`'s start-up), and not
  // even read before then: the CLI's bundled catalog keeps it in a second file, parsed on that
  // first read (scripts/cli-bundle.ts).
  let tables:
    | {
        gpuSpecs: GpuSpec[];
        measuredTraining: TrainingThroughput[];
        measuredServing: ServingThroughput[];
        derivation?: RawDerivation;
      }
    | undefined;
  const gpuData = () => {
    if (tables) return tables;
    const throughput = gpu.throughput;
    tables = {
      gpuSpecs: toGpuSpecs(throughput?.gpus ?? []),
      measuredTraining: toTrainingThroughput(throughput?.trainingThroughput ?? [], origin),
      measuredServing: toServingThroughput(throughput?.servingThroughput ?? [], origin),
      derivation: throughput?.derivation,
    };
    return tables;
  };
  let derived: ReturnType<typeof deriveThroughput> | undefined;
  const derive = () => {
    if (derived) return derived;
    const { gpuSpecs, derivation, measuredTraining, measuredServing } = gpuData();
    derived = derivation
      ? deriveThroughput(gpuSpecs, derivation, measuredTraining, measuredServing)
      : { training: [], serving: [] };
    return derived;
  };
  let gpuOffers: GpuOffer[] | undefined;
  let trainingThroughput: TrainingThroughput[] | undefined;
  let servingThroughput: ServingThroughput[] | undefined;
  return {
    meta: data.meta,
    providers,
    get gpuOffers() {
      return (gpuOffers ??= [
        ...providers.flatMap((provider, i) =>
          toGpuOffers(provider.id, provider.name, gpu.providers[i]?.hardware ?? [], from),
        ),
        ...(gpu.hosts ?? []).flatMap((host) => toGpuOffers(host.id, host.name, host.hardware, from, host.billing)),
      ]);
    },
    get trainingThroughput() {
      return (trainingThroughput ??= [
        ...gpuData().measuredTraining,
        ...derive().training.map((t) => ({ ...t, origin })),
      ]);
    },
    get servingThroughput() {
      return (servingThroughput ??= [...gpuData().measuredServing, ...derive().serving.map((t) => ({ ...t, origin }))]);
    },
    get gpuSpecs() {
      return gpuData().gpuSpecs;
    },
    get throughputDerivation() {
      return gpuData().derivation;
    },
  };
}
