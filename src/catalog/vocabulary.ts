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
