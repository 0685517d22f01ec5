/**
 * The catalog's file format: one YAML file per provider in pricing/, validated by these schemas.
 *
 * Every price is a quoted decimal string whose unit is in its field name (`trainingPer1M` is dollars
 * per one million training tokens, `hostingPerHour` dollars per deployed hour). YAML floats are
 * refused: a price that passed through a binary float is already wrong. Every price entry carries
 * the `source` it was read from and the date it was read (`asOf`); a price change adds an entry with
 * a later `effectiveFrom` and never overwrites one, so an estimate can be priced as of any date.
 *
 * This module is pure data description (no I/O), shared by the build step that compiles the YAML,
 * the run-time loader of user override files, and `ftcost catalog validate`.
 */
import { z } from 'zod';
import {
  AUDIENCES,
  EFFECTIVE_FROM_BASES,
  GPU_IDS,
  LIFECYCLE_EVENTS,
  PRECISIONS,
  SOURCE_KINDS,
  HARDWARE_KINDS,
  isIsoDate,
  METHODS,
  THROUGHPUT_METHODS,
} from '../domain/vocabulary.js';
import {
  type AnyPriceField,
  BASE_PRICE_FIELDS,
  HARDWARE_PRICE_FIELDS,
  PRICE_FIELDS,
  PRICE_KINDS,
} from '../domain/priceKinds.js';
export {
  AVAILABILITY_STATUSES,
  LIFECYCLE_EVENTS,
  PRECISIONS,
  SOURCE_KINDS,
  METHODS,
  SUPERVISED_METHODS,
  type Method,
  PRICE_FIELDS,
  GPU_IDS,
  type GpuId,
  HARDWARE_KINDS,
  THROUGHPUT_METHODS,
} from '../domain/vocabulary.js';

/** The catalog file format versions this build reads. */
export const CATALOG_SCHEMA_VERSIONS = [1] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD (quote it or leave it plain, not a timestamp)' })
  .regex(ISO_DATE, 'must be a date written YYYY-MM-DD')
  .refine(isIsoDate, 'is not a real calendar date');

/** A price: a decimal string, never a YAML number (which would be parsed as a binary float). */
export const decimalString = z
  .string({
    error: (iss) =>
      typeof iss.input === 'number'
        ? 'must be a quoted decimal string like "3.00" (a bare YAML number is a binary float)'
        : 'must be a quoted decimal string like "3.00"',
  })
  .regex(/^\d+(\.\d+)?$/, 'must be a non-negative decimal like "3.00" (no currency sign, no exponent)');

export const sourceUrl = z
  .string({ error: 'must be the URL the figure was read from' })
  .regex(/^https?:\/\/\S+$/, 'must be an http(s) URL');

/**
 * Where a figure comes from. Required on every price, limit, rule and lifecycle date.
 * - `source`: the URL actually read — the provider's own page, or the copy of it that was read;
 * - `asOf`: the day it was read (never a commit date or a page's "last updated");
 * - `sourceKind`: `official` (the provider's own page or docs) or `copy` (a third party's copy,
 *   a dataset, an article); a copy names the provider page it copies in `original`.
 * Default `official`: `ftcost catalog audit` flags an official source on a host that is not the
 * provider's, so a copy cannot pass as the provider's word by leaving the field out.
 */
export const provenance = {
  source: sourceUrl,
  asOf: isoDate,
  sourceKind: z.enum(SOURCE_KINDS).optional(),
  original: sourceUrl.optional(),
  note: z.string().optional(),
};

/**
 * Magnitude guards, per unit: every price kind's band comes from its row in PRICE_KINDS (a figure
 * outside it is almost always a unit mistake), plus the one non-price figure guarded the same way.
 * Kept next to the schema so every consumer (build, override files, `catalog validate`) applies the
 * same bands.
 */
export const MAGNITUDE_GUARDS: Record<GuardedField, { min: string; max: string; unit: string }> = {
  ...(Object.fromEntries(
    Object.entries(PRICE_KINDS).map(([field, kind]) => [field, { ...kind.guard, unit: kind.unit }]),
  ) as Record<AnyPriceField, { min: string; max: string; unit: string }>),
  peakBf16Tflops: { min: '10', max: '20000', unit: 'dense BF16 TFLOP/s per GPU' },
};
export type GuardedField = AnyPriceField | 'peakBf16Tflops';

/** An optional decimal-string field for each of `fields` (the schema's half of the price-kind table). */
function priceShape<F extends string>(fields: readonly F[]): { [K in F]: z.ZodOptional<typeof decimalString> } {
  return Object.fromEntries(fields.map((f) => [f, decimalString.optional()])) as {
    [K in F]: z.ZodOptional<typeof decimalString>;
  };
}

/**
 * One dated fact of an offer's life, each with its own source: from `on`, the offer is in preview,
 * deprecated, closed to new users, no longer trainable (`training-ends`: existing fine-tunes keep
 * serving), or shut down (`serving-ends`). An offer's status on any date is derived from these
 * (src/catalog/query.ts), so `--as-of` sees the world as it was on that day.
 */
export const lifecycleEventSchema = z.strictObject({
  event: z.enum(LIFECYCLE_EVENTS),
  /** The first day the event is in force (a shutdown on 2027-01-14 serves through 2027-01-13). */
  on: isoDate,
  /**
   * Whom it applies to (src/domain/vocabulary.ts AUDIENCES): a closure to new customers leaves existing ones
   * able to train. Default: `new-customers` for closed-to-new-users, `everyone` otherwise.
   */
  audience: z.enum(AUDIENCES).optional(),
  ...provenance,
});
export const lifecycleSchema = z
  .array(lifecycleEventSchema)
  .min(1, 'list at least one lifecycle event, or leave lifecycle out');

/**
 * One dated set of prices for an offer. Only the fields that apply are given. (Checks across
 * fields, such as the date range's order and "at least one price", live in validate.ts so they run
 * even when another field of the entry is wrong, and every problem is reported at once.)
 */
export const priceEntrySchema = z.strictObject({
  effectiveFrom: isoDate,
  /**
   * `first-seen`: the price was in force on `effectiveFrom`, but when it took effect is not known
   * (the first copy that shows it). Dates before it are "not known", not "no offer".
   */
  effectiveFromBasis: z.enum(EFFECTIVE_FROM_BASES).optional(),
  effectiveTo: isoDate.optional(),
  ...provenance,
  ...priceShape(PRICE_FIELDS),
  /** Validation-set tokens are billed (Together: evaluations × validation tokens). */
  billsValidationTokens: z.boolean().optional(),
  /**
   * Prices the provider charges but does not publish (or that no source ftcost could read gives):
   * recorded so that every output says "not published" instead of guessing a figure. The entry's
   * note says which of the two it is.
   */
  notPublished: z
    .array(z.enum(PRICE_FIELDS))
    .min(1, 'list at least one price field, or leave notPublished out')
    .optional(),
});

/** Prices of the un-tuned base model, for the "just prompt the base model" comparison. */
export const basePriceEntrySchema = z.strictObject({
  effectiveFrom: isoDate,
  effectiveFromBasis: z.enum(EFFECTIVE_FROM_BASES).optional(),
  effectiveTo: isoDate.optional(),
  ...provenance,
  ...priceShape(BASE_PRICE_FIELDS),
  baseInputPer1M: decimalString,
  baseOutputPer1M: decimalString,
});

export const offerSchema = z.strictObject({
  method: z.enum(METHODS),
  /** A deployment tier (Azure: global / regional / developer) or a capacity class. */
  tier: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase id')
    .optional(),
  /**
   * false: the provider says the offer is not for production (Azure's Developer tier: no SLA, the
   * deployment removed after 24 hours). Shown, but never named cheapest unless asked.
   */
  production: z.boolean().optional(),
  /** Dates of this offer's own life (a tier closing), on top of its model's and provider's. */
  lifecycle: lifecycleSchema.optional(),
  prices: z.array(priceEntrySchema).min(1, 'an offer needs at least one price entry'),
  notes: z.array(z.string()).optional(),
});

export const limitsSchema = z.strictObject({
  /** Tokens of one training example above which the platform truncates (and bills the cap). */
  maxTokensPerExample: z.number().int().positive(),
  ...provenance,
});

/** A figure seen in another source and not used, kept next to the model for a person to resolve. */
export const rejectedFigureSchema = z.strictObject({
  figure: z.string(),
  source: z.string(),
  /** The decision: why this figure was not used. `catalog audit` fails a conflict recorded without one. */
  reason: z.string().optional(),
});

export const defaultEpochsSchema = z.union([
  z.strictObject({ rule: z.literal('openai-auto'), ...provenance }),
  z.strictObject({
    value: z.number().int().positive(),
    /** The provider does not publish its default; ftcost assumes `value` and says so in every output. */
    assumed: z.boolean().optional(),
    ...provenance,
  }),
]);

export const modelSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().optional(),
  aliases: z.array(z.string().min(1)).optional(),
  /** tiktoken encoding for OpenAI models; open-weight models name their tokenizer. */
  encoding: z.string().optional(),
  parametersBillions: decimalString.optional(),
  limits: limitsSchema.optional(),
  lifecycle: lifecycleSchema.optional(),
  defaultEpochs: defaultEpochsSchema.optional(),
  pricesChecked: isoDate.optional(),
  offers: z.array(offerSchema).min(1, 'a model needs at least one offer'),
  basePrices: z.array(basePriceEntrySchema).optional(),
  notes: z.array(z.string()).optional(),
  rejected: z.array(rejectedFigureSchema).optional(),
});

const gpuId = z.enum(GPU_IDS, { error: `is not a GPU id ftcost knows (${GPU_IDS.join(', ')})` });

/** One dated hourly price of a GPU offer: per GPU-hour, or per instance-hour (divided by gpuCount). */
export const gpuPriceEntrySchema = z.strictObject({
  effectiveFrom: isoDate,
  effectiveFromBasis: z.enum(EFFECTIVE_FROM_BASES).optional(),
  effectiveTo: isoDate.optional(),
  ...provenance,
  ...priceShape(HARDWARE_PRICE_FIELDS),
});

/** Seconds in an hour and in a day: the magnitude guards of a billing increment and minimum. */
const SECONDS_PER_HOUR = 3600;
const SECONDS_PER_DAY = 86_400;

/**
 * How a rental bills its time, sourced like a price: in increments of `incrementSeconds` (1 per second,
 * 60 per minute, 3600 per hour) and never less than `minimumSeconds` a run. Both are whole seconds;
 * an increment above an hour or a minimum above a day is almost always minutes or hours typed as
 * seconds, and refused.
 */
export const rentalBillingSchema = z.strictObject({
  incrementSeconds: z
    .number({ error: 'must be a whole number of seconds (60 for per-minute billing)' })
    .int('must be a whole number of seconds (60 for per-minute billing)')
    .min(1, 'must be at least 1 second')
    .max(SECONDS_PER_HOUR, 'is over an hour: billing increments are seconds (60 per minute, 3600 per hour)'),
  minimumSeconds: z
    .number({ error: 'must be a whole number of seconds' })
    .int('must be a whole number of seconds')
    .min(0, 'must be 0 or more seconds')
    .max(SECONDS_PER_DAY, 'is over a day: billing minimums are seconds (60 for a 1-minute minimum)')
    .default(0),
  ...provenance,
});

/** GPUs rented by the hour: raw rental, a provider's dedicated endpoint, or hosted hardware (Spaces). */
export const hardwareOfferSchema = z.strictObject({
  gpu: gpuId,
  kind: z.enum(HARDWARE_KINDS),
  /** GPUs in the rented unit; prices are per GPU-hour either way. */
  gpuCount: z.number().int().min(1).max(72).default(1),
  /** Spot / interruptible capacity. */
  interruptible: z.boolean().default(false),
  /** The provider's own name for the unit ("A100 large", "8x HGX H100"). */
  label: z.string().optional(),
  /** This offer's billing, where it differs from its host's. */
  billing: rentalBillingSchema.optional(),
  prices: z.array(gpuPriceEntrySchema).min(1, 'a hardware offer needs at least one price entry'),
  notes: z.array(z.string()).optional(),
});

export const hostSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase id like "lambda"'),
  name: z.string().min(1),
  pricingUrls: z.array(sourceUrl).min(1, 'name at least one pricing page'),
  officialSources: z.array(sourceUrl).optional(),
  notes: z.array(z.string()).optional(),
  /** How the host bills its rentals' time (absent: not published, and rows are billed as computed). */
  billing: rentalBillingSchema.optional(),
  hardware: z.array(hardwareOfferSchema).min(1, 'a host needs at least one hardware offer'),
});

/** A file of GPU hosts that sell hardware by the hour and no per-token fine-tuning (Lambda, RunPod, ...). */
export const hostsFileSchema = z.strictObject({
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSIONS, {
    error: `is not a catalog schema version this ftcost reads (it reads ${CATALOG_SCHEMA_VERSIONS.join(', ')})`,
  }),
  hosts: z.array(hostSchema).min(1, 'list at least one host'),
});

export const gpuSpecSchema = z.strictObject({
  id: gpuId,
  name: z.string().min(1),
  memoryGB: z.number().int().positive(),
  /** Dense (no sparsity) BF16 tensor throughput from the vendor's datasheet. */
  peakBf16Tflops: decimalString,
  ...provenance,
});

const ratio = decimalString.refine(
  (s) => Number(s) > 0 && Number(s) <= 1,
  'must be a fraction above 0 and at most 1, like "0.40"',
);

/**
 * How ftcost derives throughput where no measurement exists: tokens/s per GPU = peak FLOP/s ×
 * utilisation / (FLOPs per token per parameter × parameters). Every figure here is an assumption
 * with a source, and every derived entry says so.
 */
export const derivationSchema = z.strictObject({
  /** Model sizes (billions of parameters) to derive figures for. */
  sizesBillions: z.array(decimalString).min(1),
  /** Model FLOPs utilisation assumed for fine-tuning. */
  trainingUtilisation: ratio,
  /** FLOPs per token per parameter: 6 for full fine-tuning (forward + backward), fewer for LoRA. */
  flopsPerTokenPerParam: z.strictObject({ full: decimalString, lora: decimalString, qlora: decimalString }),
  /** QLoRA's speed relative to LoRA (de-quantising the 4-bit weights costs time). */
  qloraSpeedFactor: ratio,
  /** Memory per parameter for each method (weights, gradients, optimizer state), for the GPUs needed. */
  bytesPerParam: z.strictObject({ full: decimalString, lora: decimalString, qlora: decimalString }),
  /** Share of GPU memory those bytes may take (the rest: activations, buffers). */
  memoryHeadroom: ratio,
  /** Derived figures needing more GPUs than this are left out (more than one node). */
  maxGpus: z.number().int().positive(),
  /** Serving: output tokens/s = peak × servingUtilisation / (2 × parameters); batched decoding is memory-bound. */
  servingUtilisation: ratio,
  /** Serving memory per parameter (weights only, BF16 = 2). */
  servingBytesPerParam: decimalString,
  /** The precision the rule's figures stand for (its memory bytes and its utilisation assume it). */
  precision: z.enum(PRECISIONS),
  ...provenance,
});

export const trainingThroughputSchema = z.strictObject({
  gpu: gpuId,
  parametersBillions: decimalString,
  method: z.enum(THROUGHPUT_METHODS),
  tokensPerSecond: decimalString,
  /** GPUs in the measured setup (tokens/s is per GPU). */
  gpus: z.number().int().positive().optional(),
  /** The precision of the run: a figure stands in only for figures of its own precision. */
  precision: z.enum(PRECISIONS),
  /** The training or serving stack and its version, e.g. "NeMo 24.12", "vLLM 0.5.4". */
  engine: z.string().optional(),
  ...provenance,
});

export const servingThroughputSchema = z.strictObject({
  gpu: gpuId,
  parametersBillions: decimalString,
  outputTokensPerSecond: decimalString,
  gpus: z.number().int().positive().optional(),
  precision: z.enum(PRECISIONS),
  engine: z.string().optional(),
  ...provenance,
});

/** pricing/throughput.yaml: GPU specs, the derivation rule, and measured throughput. */
export const throughputFileSchema = z.strictObject({
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSIONS, {
    error: `is not a catalog schema version this ftcost reads (it reads ${CATALOG_SCHEMA_VERSIONS.join(', ')})`,
  }),
  gpus: z.array(gpuSpecSchema).default([]),
  derivation: derivationSchema.optional(),
  trainingThroughput: z.array(trainingThroughputSchema).default([]),
  servingThroughput: z.array(servingThroughputSchema).default([]),
});

export const providerSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase id like "azure-openai"'),
  name: z.string().min(1),
  pricingUrls: z.array(sourceUrl).min(1, 'name at least one pricing page'),
  /**
   * Where else the provider speaks for itself (its docs domain, its GitHub org as
   * "https://github.com/openai/"): a source there may be marked official. The pricing pages'
   * domains always count. `ftcost catalog audit` uses this to catch copies cited as official.
   */
  officialSources: z.array(sourceUrl).optional(),
  currency: z.literal('USD').default('USD'),
  defaultEpochs: defaultEpochsSchema,
  lifecycle: lifecycleSchema.optional(),
  notes: z.array(z.string()).optional(),
});

export const providerFileSchema = z.strictObject({
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSIONS, {
    error: `is not a catalog schema version this ftcost reads (it reads ${CATALOG_SCHEMA_VERSIONS.join(', ')})`,
  }),
  provider: providerSchema,
  models: z.array(modelSchema).default([]),
  /** The provider's hourly hardware: dedicated endpoints, on-demand GPUs (Together, Fireworks). */
  hardware: z.array(hardwareOfferSchema).optional(),
});

/**
 * A full provider file given as an override (--prices) for a provider the catalog does not have: `provider.new: true`
 * says so on purpose, so a mistyped id of a known provider ("openia") is refused instead of becoming a new provider.
 */
export const newProviderFileSchema = providerFileSchema.extend({
  provider: providerSchema.extend({ new: z.boolean().optional() }),
});
export type RawNewProviderFile = z.infer<typeof newProviderFileSchema>;

/** A hardware offer in an override file: `force: true` accepts a price over 100× (or under 1/100 of) the shipped. */
const hardwarePatchSchema = hardwareOfferSchema.extend({ force: z.boolean().optional() });

/**
 * An override file (--prices) for a provider the catalog already has: only `provider.id` is
 * required, and a model needs only its `id` plus the offers (method, tier, prices) it changes. Its
 * entries are added to the shipped ones and win over them field by field, so a file that names only
 * a negotiated training price leaves every other price as shipped. A provider the catalog does not
 * have must be given in full (providerFileSchema).
 */
export const providerPatchFileSchema = z.strictObject({
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSIONS, {
    error: `is not a catalog schema version this ftcost reads (it reads ${CATALOG_SCHEMA_VERSIONS.join(', ')})`,
  }),
  provider: providerSchema.partial().required({ id: true }),
  models: z
    .array(
      modelSchema
        .partial()
        .required({ id: true })
        .extend({
          /**
           * The model is not in the catalog for this provider, on purpose (without it an unknown id is refused as a
           * typo).
           */
          new: z.boolean().optional(),
          /** Accept prices more than 100× (or under 1/100 of) the shipped price of the same offer. */
          force: z.boolean().optional(),
          offers: z
            .array(
              offerSchema.extend({
                /**
                 * The model's offer of this method and tier is not in the catalog, on purpose (without it an
                 * unknown tier or method of a known model is refused as a typo).
                 */
                new: z.boolean().optional(),
              }),
            )
            .optional(),
        }),
    )
    .default([]),
  hardware: z.array(hardwarePatchSchema).optional(),
});

/** An override file of GPU hosts: a known host needs only its id and the hardware it changes. */
export const hostsPatchFileSchema = z.strictObject({
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSIONS, {
    error: `is not a catalog schema version this ftcost reads (it reads ${CATALOG_SCHEMA_VERSIONS.join(', ')})`,
  }),
  hosts: z
    .array(
      hostSchema
        .partial()
        .required({ id: true })
        .extend({
          hardware: z.array(hardwarePatchSchema).min(1, 'a host needs at least one hardware offer'),
          /** The host is not in the catalog, on purpose (without it an unknown id is refused as a typo). */
          new: z.boolean().optional(),
        }),
    )
    .min(1, 'list at least one host'),
});

export const catalogMetaSchema = z.strictObject({
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSIONS),
  /** The catalog's own version: the date its prices were last reviewed, e.g. "2026.11.23". */
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/, 'must look like 2026.11.23'),
  /** Days after which a price's asOf counts as stale on the day of an estimate. */
  staleAfterDays: z.number().int().positive(),
  /** Tokens per example assumed when an estimate is not told (documented in the README). */
  defaultTokensPerExample: z.number().int().positive(),
  /**
   * Platforms people ask for that offer no fine-tuning of their own (Anthropic): asked for, they get
   * one line saying so (and since when), not "unknown provider". Providers whose fine-tuning ended
   * keep their own file with dated lifecycle events instead (Cohere, Mistral).
   */
  withoutFineTuning: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase id like "anthropic"'),
        name: z.string().min(1),
        /** The first day it had none, where it once had some; absent: never had its own. */
        since: isoDate.optional(),
        /** What to use instead, in a few words. */
        summary: z.string().min(1),
        ...provenance,
      }),
    )
    .optional(),
});

export type RawPriceEntry = z.infer<typeof priceEntrySchema>;
export type RawBasePriceEntry = z.infer<typeof basePriceEntrySchema>;
export type RawOffer = z.infer<typeof offerSchema>;
export type RawModel = z.infer<typeof modelSchema>;
export type RawProvider = z.infer<typeof providerSchema>;
export type RawProviderFile = z.infer<typeof providerFileSchema>;
export type RawCatalogMeta = z.infer<typeof catalogMetaSchema>;
export type LifecycleEvent = z.infer<typeof lifecycleEventSchema>;
export type DefaultEpochs = z.infer<typeof defaultEpochsSchema>;
export type Limits = z.infer<typeof limitsSchema>;

export type RawGpuPriceEntry = z.infer<typeof gpuPriceEntrySchema>;
export type RawProviderPatchFile = z.infer<typeof providerPatchFileSchema>;
export type RawHostsPatchFile = z.infer<typeof hostsPatchFileSchema>;
export type RawHardwareOffer = z.infer<typeof hardwareOfferSchema>;
export type RawHost = z.infer<typeof hostSchema>;
export type RawHostsFile = z.infer<typeof hostsFileSchema>;
export type RawThroughputFile = z.infer<typeof throughputFileSchema>;
export type RawGpuSpec = z.infer<typeof gpuSpecSchema>;
export type RawDerivation = z.infer<typeof derivationSchema>;

/** The compiled, validated catalog as JSON (what the build writes and packages load). */
export interface CompiledCatalog {
  meta: RawCatalogMeta;
  providers: RawProviderFile[];
  /** GPU hosts (gpu-rental.yaml, huggingface.yaml). */
  hosts?: RawHost[];
  /** GPU specs, derivation rule and measured throughput (throughput.yaml). */
  throughput?: RawThroughputFile;
}
