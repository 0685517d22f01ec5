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

/** The catalog file format versions this build reads. */
export const CATALOG_SCHEMA_VERSIONS = [1] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD (quote it or leave it plain, not a timestamp)' })
  .regex(ISO_DATE, 'must be a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar date');

/** A price: a decimal string, never a YAML number (which would be parsed as a binary float). */
export const decimalString = z
  .string({ error: (iss) => (typeof iss.input === 'number' ? 'must be a quoted decimal string like "3.00" (a bare YAML number is a binary float)' : 'must be a quoted decimal string like "3.00"') })
  .regex(/^\d+(\.\d+)?$/, 'must be a non-negative decimal like "3.00" (no currency sign, no exponent)');

export const sourceUrl = z
  .string({ error: 'must be the URL the figure was read from' })
  .regex(/^https?:\/\/\S+$/, 'must be an http(s) URL');

/** Where a figure comes from. Required on every price, limit and rule. */
export const provenance = {
  source: sourceUrl,
  asOf: isoDate,
  note: z.string().optional(),
};

/**
 * Magnitude guards, per unit. A figure outside its band is almost always a unit mistake (a per-1K
 * price typed into a per-1M field is 1,000× too small). Kept next to the schema so every consumer
 * (build, override files, `catalog validate`) applies the same bands.
 */
export const MAGNITUDE_GUARDS = {
  trainingPer1M: { min: '0.01', max: '1000', unit: 'USD per 1M training tokens' },
  inputPer1M: { min: '0.001', max: '1000', unit: 'USD per 1M input tokens' },
  cachedInputPer1M: { min: '0.0001', max: '1000', unit: 'USD per 1M cached input tokens' },
  outputPer1M: { min: '0.001', max: '1000', unit: 'USD per 1M output tokens' },
  baseInputPer1M: { min: '0.001', max: '1000', unit: 'USD per 1M input tokens' },
  baseCachedInputPer1M: { min: '0.0001', max: '1000', unit: 'USD per 1M cached input tokens' },
  baseOutputPer1M: { min: '0.001', max: '1000', unit: 'USD per 1M output tokens' },
  trainingPerHour: { min: '0.05', max: '1000', unit: 'USD per training hour' },
  hostingPerHour: { min: '0.01', max: '200', unit: 'USD per deployed hour' },
  gpuPerHour: { min: '0.05', max: '200', unit: 'USD per GPU-hour' },
  minimumChargePerJob: { min: '0', max: '100000', unit: 'USD per job' },
  storagePerMonth: { min: '0', max: '1000', unit: 'USD per model-month' },
} as const;
export type GuardedField = keyof typeof MAGNITUDE_GUARDS;

/** The fine-tuning methods a price can be for. `sft` is a provider's one standard supervised method. */
export const METHODS = ['sft', 'sft-lora', 'sft-full', 'dpo', 'dpo-lora', 'dpo-full', 'rft'] as const;
export type Method = (typeof METHODS)[number];
/** Methods an `estimate` shows by default: supervised fine-tuning in any of its forms. */
export const SUPERVISED_METHODS: readonly Method[] = ['sft', 'sft-lora', 'sft-full'];

export const AVAILABILITY_STATUSES = ['available', 'preview', 'closed-to-new-users', 'deprecated', 'retired'] as const;

export const availabilitySchema = z.strictObject({
  status: z.enum(AVAILABILITY_STATUSES),
  /** The day the offer stops (new training jobs end, or the model is shut down). */
  shutdownOn: isoDate.optional(),
  ...provenance,
});

/**
 * One dated set of prices for an offer. Only the fields that apply are given. (Checks across
 * fields, such as the date range's order and "at least one price", live in validate.ts so they run
 * even when another field of the entry is wrong, and every problem is reported at once.)
 */
export const priceEntrySchema = z.strictObject({
  effectiveFrom: isoDate,
  effectiveTo: isoDate.optional(),
  ...provenance,
  // training
  trainingPer1M: decimalString.optional(),
  trainingPerHour: decimalString.optional(),
  minimumChargePerJob: decimalString.optional(),
  // running the fine-tuned model
  inputPer1M: decimalString.optional(),
  cachedInputPer1M: decimalString.optional(),
  outputPer1M: decimalString.optional(),
  hostingPerHour: decimalString.optional(),
  storagePerMonth: decimalString.optional(),
  /** Validation-set tokens are billed (Together: evaluations × validation tokens). */
  billsValidationTokens: z.boolean().optional(),
});

/** Prices of the un-tuned base model, for the "just prompt the base model" comparison. */
export const basePriceEntrySchema = z.strictObject({
  effectiveFrom: isoDate,
  effectiveTo: isoDate.optional(),
  ...provenance,
  baseInputPer1M: decimalString,
  baseCachedInputPer1M: decimalString.optional(),
  baseOutputPer1M: decimalString,
});

export const offerSchema = z.strictObject({
  method: z.enum(METHODS),
  /** A deployment tier (Azure: global / regional / developer) or a capacity class. */
  tier: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase id').optional(),
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
  reason: z.string(),
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
  availability: availabilitySchema.optional(),
  defaultEpochs: defaultEpochsSchema.optional(),
  pricesChecked: isoDate.optional(),
  offers: z.array(offerSchema).min(1, 'a model needs at least one offer'),
  basePrices: z.array(basePriceEntrySchema).optional(),
  notes: z.array(z.string()).optional(),
  rejected: z.array(rejectedFigureSchema).optional(),
});

export const providerSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase id like "azure-openai"'),
  name: z.string().min(1),
  pricingUrls: z.array(sourceUrl).min(1, 'name at least one pricing page'),
  currency: z.literal('USD').default('USD'),
  defaultEpochs: defaultEpochsSchema,
  availability: availabilitySchema.optional(),
  notes: z.array(z.string()).optional(),
});

export const providerFileSchema = z.strictObject({
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSIONS, {
    error: `is not a catalog schema version this ftcost reads (it reads ${CATALOG_SCHEMA_VERSIONS.join(', ')})`,
  }),
  provider: providerSchema,
  models: z.array(modelSchema).default([]),
});

export const catalogMetaSchema = z.strictObject({
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSIONS),
  /** The catalog's own version: the date its prices were last reviewed, e.g. "2026.11.23". */
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/, 'must look like 2026.11.23'),
  /** Days after which a price's asOf counts as stale on the day of an estimate. */
  staleAfterDays: z.number().int().positive(),
  /** Tokens per example assumed when an estimate is not told (documented in the README). */
  defaultTokensPerExample: z.number().int().positive(),
});

export type RawPriceEntry = z.infer<typeof priceEntrySchema>;
export type RawBasePriceEntry = z.infer<typeof basePriceEntrySchema>;
export type RawOffer = z.infer<typeof offerSchema>;
export type RawModel = z.infer<typeof modelSchema>;
export type RawProvider = z.infer<typeof providerSchema>;
export type RawProviderFile = z.infer<typeof providerFileSchema>;
export type RawCatalogMeta = z.infer<typeof catalogMetaSchema>;
export type Availability = z.infer<typeof availabilitySchema>;
export type DefaultEpochs = z.infer<typeof defaultEpochsSchema>;
export type Limits = z.infer<typeof limitsSchema>;

/** The compiled, validated catalog as JSON (what the build writes and packages load). */
export interface CompiledCatalog {
  meta: RawCatalogMeta;
  providers: RawProviderFile[];
}
