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

export const AVAILABILITY_STATUSES = ['available', 'preview', 'closed-to-new-users', 'deprecated', 'retired'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

/** Every price field of a price entry, with its unit in its name: see priceKinds.ts, the table they come from. */
export { PRICE_FIELDS, type PriceField } from './priceKinds.js';

/**
 * GPU ids ftcost knows. A closed set, so that "H100" in one file and "h100-80gb" in another cannot
 * silently become two different GPUs; a new GPU is added here (with its specs in throughput.yaml).
 */
export const GPU_IDS = [
  't4', 'a10', 'a10g', 'l4', 'l40', 'l40s', 'a6000', 'rtx-4090', 'rtx-pro-6000',
  'a100-40gb', 'a100-80gb', 'h100-pcie', 'h100-sxm', 'h100-nvl', 'h200', 'gh200', 'b200', 'b300',
] as const;
export type GpuId = (typeof GPU_IDS)[number];

/** Raw GPU rental, a provider's dedicated endpoint, or hosted hardware (Hugging Face Spaces). */
export const HARDWARE_KINDS = ['gpu-rental', 'dedicated-endpoint', 'hosted-hardware'] as const;

/** Fine-tuning methods that throughput figures are given for. */
export const THROUGHPUT_METHODS = ['lora', 'qlora', 'full'] as const;
