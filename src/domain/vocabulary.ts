/**
 * The catalog's fixed vocabularies, kept free of the schema library so that the run-time path of an
 * `--examples` estimate (engine, CLI flag parsing) never loads zod or the YAML parser: those are
 * needed only to validate YAML (the build, --catalog, --prices, `catalog validate`).
 */

/** The fine-tuning methods a price can be for. `sft` is a provider's one standard supervised method. */
export const METHODS = ['sft', 'sft-lora', 'sft-full', 'dpo', 'dpo-lora', 'dpo-full', 'rft'] as const;
export type Method = (typeof METHODS)[number];
/** Methods an `estimate` shows by default: supervised fine-tuning in any of its forms. */
export const SUPERVISED_METHODS: readonly Method[] = ['sft', 'sft-lora', 'sft-full'];

/**
 * An offer's status on a date, derived from its dated lifecycle events, from the least to the most
 * restrictive: `training-ended` can no longer be trained (existing fine-tunes still serve);
 * `retired` can neither be trained nor served.
 */
export const AVAILABILITY_STATUSES = [
  'available',
  'preview',
  'deprecated',
  'closed-to-new-users',
  'training-ended',
  'retired',
] as const;
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];

/** Dated events of an offer's life; each moves the status from its `on` date. */
export const LIFECYCLE_EVENTS = [
  'preview',
  'deprecated',
  'closed-to-new-users',
  'training-ends',
  'serving-ends',
] as const;
export type LifecycleEventKind = (typeof LIFECYCLE_EVENTS)[number];

/**
 * What a team is to a provider, which decides the lifecycle events that apply to it: `new` (the
 * default: has never fine-tuned there), `existing` (fine-tunes there and uses what it tuned),
 * `lapsed` (an existing customer without recent use, as the provider defines it: OpenAI counts
 * fine-tuned inference in the last 60 days).
 */
const CUSTOMER_STATUSES = ['new', 'existing', 'lapsed'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/**
 * Whom a lifecycle event applies to. `closed-to-new-users` defaults to `new-customers`, every other
 * event to `everyone`; `new-and-lapsed-customers` also closes the door on existing customers
 * without recent use.
 */
export const AUDIENCES = ['everyone', 'new-customers', 'new-and-lapsed-customers'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The customer statuses each audience reaches. */
export const AUDIENCE_REACHES: Record<Audience, readonly CustomerStatus[]> = {
  everyone: CUSTOMER_STATUSES,
  'new-customers': ['new'],
  'new-and-lapsed-customers': ['new', 'lapsed'],
};

/** The audience of an event that names none. */
export function defaultAudience(event: LifecycleEventKind): Audience {
  return event === 'closed-to-new-users' ? 'new-customers' : 'everyone';
}

/** `official`: the provider's own page; `copy`: a third party's copy of it, a dataset or an article. */
export const SOURCE_KINDS = ['official', 'copy'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** `published`: the price took effect on effectiveFrom; `first-seen`: it was in force then, since when is unknown. */
export const EFFECTIVE_FROM_BASES = ['published', 'first-seen'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

/** Every price field of a price entry, with its unit in its name: see priceKinds.ts, the table they come from. */
export { PRICE_FIELDS } from './priceKinds.js';

/**
 * GPU ids ftcost knows. A closed set, so that "H100" in one file and "h100-80gb" in another cannot
 * silently become two different GPUs; a new GPU is added here (with its specs in throughput.yaml).
 */
export const GPU_IDS = [
  't4',
  'a10',
  'a10g',
  'l4',
  'l40',
  'l40s',
  'a6000',
  'rtx-4090',
  'rtx-pro-6000',
  'a100-40gb',
  'a100-80gb',
  'h100-pcie',
  'h100-sxm',
  'h100-nvl',
  'h200',
  'gh200',
  'b200',
  'b300',
  'gb300',
] as const;
export type GpuId = (typeof GPU_IDS)[number];

/** Raw GPU rental, a provider's dedicated endpoint, or hosted hardware (Hugging Face Spaces). */
export const HARDWARE_KINDS = ['gpu-rental', 'dedicated-endpoint', 'hosted-hardware'] as const;

/**
 * The numeric precision a throughput figure was measured (or is derived) at. An FP8 run on a tuned
 * stack is nearly twice a BF16 one, so a figure is only compared with, or stands in for, figures of
 * the same precision. `unstated`: the source does not say; such a figure is listed, never used.
 */
export const PRECISIONS = ['bf16', 'fp16', 'fp8', 'int4', 'unstated'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Fine-tuning methods that throughput figures are given for. */
export const THROUGHPUT_METHODS = ['lora', 'qlora', 'full'] as const;

/** Fine-tuning methods the memory model knows (src/engine/memory/), as `fit` and `--self-host-method` take them. */
export const MEMORY_METHODS = ['full', 'lora', 'qlora'] as const;
export type MemoryMethod = (typeof MEMORY_METHODS)[number];
/** Precisions of the base weights the memory model knows. */
export const MEMORY_PRECISIONS = ['bf16', 'fp8'] as const;
export type MemoryPrecision = (typeof MEMORY_PRECISIONS)[number];
