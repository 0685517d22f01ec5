/**
 * Every kind of price the catalog knows, as one typed table: its unit, the magnitude band that
 * catches a unit mistake, its role in a cost, its short label for tables and its CSV column. The
 * schema, the magnitude guards, the running-cost roles, the unit labels and the CSV columns are all
 * derived from this table, so a new price kind is one row here — and a row without a label (or a
 * field without a row) is a type error, not a blank column discovered by a user.
 *
 * Kept free of the schema library (like vocabulary.ts): the run-time path of an `--examples`
 * estimate reads labels and roles from here without loading zod or the YAML parser.
 */

/** The price fields of a fine-tuning offer's price entry. The unit is part of every name. */
export const PRICE_FIELDS = [
  'trainingPer1M',
  'trainingPerHour',
  'minimumChargePerJob',
  'maximumChargePerJob',
  'inputPer1M',
  'cachedInputPer1M',
  'batchInputPer1M',
  'batchOutputPer1M',
  'outputPer1M',
  'hostingPerHour',
  'storagePerMonth',
] as const;
export type PriceField = (typeof PRICE_FIELDS)[number];

/** The un-tuned base model's prices (the "just prompt the base model" comparison). */
export const BASE_PRICE_FIELDS = [
  'baseInputPer1M',
  'baseCachedInputPer1M',
  'baseBatchInputPer1M',
  'baseBatchOutputPer1M',
  'baseOutputPer1M',
] as const;
export type BasePriceField = (typeof BASE_PRICE_FIELDS)[number];

/** Hourly hardware prices (GPU rental, dedicated endpoints). */
export const HARDWARE_PRICE_FIELDS = ['gpuPerHour', 'instancePerHour'] as const;
type HardwarePriceField = (typeof HARDWARE_PRICE_FIELDS)[number];

export type AnyPriceField = PriceField | BasePriceField | HardwarePriceField;

/**
 * What a price pays for, which decides where it enters a cost:
 * - `training`: once per training job (tokens × epochs, hours, or a per-job minimum);
 * - `per-query`: per token of each query served;
 * - `hourly`: per hour a deployment or GPU is up, called or not;
 * - `monthly`: per month the fine-tuned model exists, used or not.
 */
type PriceRole = 'training' | 'per-query' | 'hourly' | 'monthly';

export interface PriceKind {
  /** The unit in words, as validation messages and `catalog show` print it. */
  unit: string;
  /** Suffix after the amount in tables: "$3.00/1M train". */
  label: string;
  role: PriceRole;
  /**
   * A figure outside [min, max] is almost always a unit mistake (a per-1K price typed into a
   * per-1M field is 1,000× too small). Decimal strings: compared exactly.
   */
  guard: { min: string; max: string };
  /** The column name in CSV outputs (snake_case, unit in the name). */
  csv: string;
}

export const PRICE_KINDS: Record<AnyPriceField, PriceKind> = {
  trainingPer1M: {
    unit: 'USD per 1M training tokens',
    label: '/1M train',
    role: 'training',
    guard: { min: '0.01', max: '1000' },
    csv: 'training_per_1m',
  },
  trainingPerHour: {
    unit: 'USD per training hour',
    label: '/h train',
    role: 'training',
    guard: { min: '0.05', max: '1000' },
    csv: 'training_per_hour',
  },
  minimumChargePerJob: {
    unit: 'USD per job',
    label: ' min/job',
    role: 'training',
    guard: { min: '0', max: '100000' },
    csv: 'minimum_charge_per_job',
  },
  maximumChargePerJob: {
    unit: 'USD per job (cap)',
    label: ' max/job',
    role: 'training',
    guard: { min: '1', max: '1000000' },
    csv: 'maximum_charge_per_job',
  },
  inputPer1M: {
    unit: 'USD per 1M input tokens',
    label: '/1M in',
    role: 'per-query',
    guard: { min: '0.001', max: '1000' },
    csv: 'input_per_1m',
  },
  cachedInputPer1M: {
    unit: 'USD per 1M cached input tokens',
    label: '/1M cached',
    role: 'per-query',
    guard: { min: '0.0001', max: '1000' },
    csv: 'cached_input_per_1m',
  },
  batchInputPer1M: {
    unit: 'USD per 1M batch input tokens',
    label: '/1M batch in',
    role: 'per-query',
    guard: { min: '0.0001', max: '1000' },
    csv: 'batch_input_per_1m',
  },
  batchOutputPer1M: {
    unit: 'USD per 1M batch output tokens',
    label: '/1M batch out',
    role: 'per-query',
    guard: { min: '0.0001', max: '1000' },
    csv: 'batch_output_per_1m',
  },
  outputPer1M: {
    unit: 'USD per 1M output tokens',
    label: '/1M out',
    role: 'per-query',
    guard: { min: '0.001', max: '1000' },
    csv: 'output_per_1m',
  },
  hostingPerHour: {
    unit: 'USD per deployed hour',
    label: '/h hosting',
    role: 'hourly',
    guard: { min: '0.01', max: '200' },
    csv: 'hosting_per_hour',
  },
  storagePerMonth: {
    unit: 'USD per model-month',
    label: '/model-month',
    role: 'monthly',
    guard: { min: '0', max: '1000' },
    csv: 'storage_per_month',
  },
  baseInputPer1M: {
    unit: 'USD per 1M input tokens',
    label: '/1M base in',
    role: 'per-query',
    guard: { min: '0.001', max: '1000' },
    csv: 'base_input_per_1m',
  },
  baseCachedInputPer1M: {
    unit: 'USD per 1M cached input tokens',
    label: '/1M base cached',
    role: 'per-query',
    guard: { min: '0.0001', max: '1000' },
    csv: 'base_cached_input_per_1m',
  },
  baseBatchInputPer1M: {
    unit: 'USD per 1M batch input tokens',
    label: '/1M base batch in',
    role: 'per-query',
    guard: { min: '0.0001', max: '1000' },
    csv: 'base_batch_input_per_1m',
  },
  baseBatchOutputPer1M: {
    unit: 'USD per 1M batch output tokens',
    label: '/1M base batch out',
    role: 'per-query',
    guard: { min: '0.0001', max: '1000' },
    csv: 'base_batch_output_per_1m',
  },
  baseOutputPer1M: {
    unit: 'USD per 1M output tokens',
    label: '/1M base out',
    role: 'per-query',
    guard: { min: '0.001', max: '1000' },
    csv: 'base_output_per_1m',
  },
  gpuPerHour: {
    unit: 'USD per GPU-hour',
    label: '/GPU-h',
    role: 'hourly',
    guard: { min: '0.05', max: '200' },
    csv: 'gpu_per_hour',
  },
  // A multi-GPU instance's hourly price: up to 8 GPUs at the per-GPU-hour ceiling (ftcost divides it by gpuCount).
  instancePerHour: {
    unit: 'USD per instance-hour',
    label: '/instance-h',
    role: 'hourly',
    guard: { min: '0.05', max: '1600' },
    csv: 'instance_per_hour',
  },
};

/** The price fields of an offer that price running the fine-tuned model (not training it). */
export type RunningPriceField = Exclude<
  PriceField,
  'trainingPer1M' | 'trainingPerHour' | 'minimumChargePerJob' | 'maximumChargePerJob'
>;
export const RUNNING_PRICE_FIELDS: readonly RunningPriceField[] = PRICE_FIELDS.filter(
  (f): f is RunningPriceField => PRICE_KINDS[f].role !== 'training',
);

/** "$3.00/1M train": an amount already formatted for people, with its unit label. */
export function withUnitLabel(field: AnyPriceField, formattedAmount: string): string {
  return `${formattedAmount}${PRICE_KINDS[field].label}`;
}
