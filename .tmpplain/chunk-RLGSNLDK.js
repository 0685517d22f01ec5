import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);

// src/catalog/priceKinds.ts
var PRICE_FIELDS = [
  "trainingPer1M",
  "trainingPerHour",
  "minimumChargePerJob",
  "maximumChargePerJob",
  "inputPer1M",
  "cachedInputPer1M",
  "batchInputPer1M",
  "batchOutputPer1M",
  "outputPer1M",
  "hostingPerHour",
  "storagePerMonth"
];
var BASE_PRICE_FIELDS = [
  "baseInputPer1M",
  "baseCachedInputPer1M",
  "baseBatchInputPer1M",
  "baseBatchOutputPer1M",
  "baseOutputPer1M"
];
var HARDWARE_PRICE_FIELDS = ["gpuPerHour", "instancePerHour"];
var PRICE_KINDS = {
  trainingPer1M: {
    unit: "USD per 1M training tokens",
    label: "/1M train",
    role: "training",
    guard: { min: "0.01", max: "1000" },
    csv: "training_per_1m"
  },
  trainingPerHour: {
    unit: "USD per training hour",
    label: "/h train",
    role: "training",
    guard: { min: "0.05", max: "1000" },
    csv: "training_per_hour"
  },
  minimumChargePerJob: {
    unit: "USD per job",
    label: " min/job",
    role: "training",
    guard: { min: "0", max: "100000" },
    csv: "minimum_charge_per_job"
  },
  maximumChargePerJob: {
    unit: "USD per job (cap)",
    label: " max/job",
    role: "training",
    guard: { min: "1", max: "1000000" },
    csv: "maximum_charge_per_job"
  },
  inputPer1M: {
    unit: "USD per 1M input tokens",
    label: "/1M in",
    role: "per-query",
    guard: { min: "0.001", max: "1000" },
    csv: "input_per_1m"
  },
  cachedInputPer1M: {
    unit: "USD per 1M cached input tokens",
    label: "/1M cached",
    role: "per-query",
    guard: { min: "0.0001", max: "1000" },
    csv: "cached_input_per_1m"
  },
  batchInputPer1M: {
    unit: "USD per 1M batch input tokens",
    label: "/1M batch in",
    role: "per-query",
    guard: { min: "0.0001", max: "1000" },
    csv: "batch_input_per_1m"
  },
  batchOutputPer1M: {
    unit: "USD per 1M batch output tokens",
    label: "/1M batch out",
    role: "per-query",
    guard: { min: "0.0001", max: "1000" },
    csv: "batch_output_per_1m"
  },
  outputPer1M: {
    unit: "USD per 1M output tokens",
    label: "/1M out",
    role: "per-query",
    guard: { min: "0.001", max: "1000" },
    csv: "output_per_1m"
  },
  hostingPerHour: {
    unit: "USD per deployed hour",
    label: "/h hosting",
    role: "hourly",
    guard: { min: "0.01", max: "200" },
    csv: "hosting_per_hour"
  },
  storagePerMonth: {
    unit: "USD per model-month",
    label: "/model-month",
    role: "monthly",
    guard: { min: "0", max: "1000" },
    csv: "storage_per_month"
  },
  baseInputPer1M: {
    unit: "USD per 1M input tokens",
    label: "/1M base in",
    role: "per-query",
    guard: { min: "0.001", max: "1000" },
    csv: "base_input_per_1m"
  },
  baseCachedInputPer1M: {
    unit: "USD per 1M cached input tokens",
    label: "/1M base cached",
    role: "per-query",
    guard: { min: "0.0001", max: "1000" },
    csv: "base_cached_input_per_1m"
  },
  baseBatchInputPer1M: {
    unit: "USD per 1M batch input tokens",
    label: "/1M base batch in",
    role: "per-query",
    guard: { min: "0.0001", max: "1000" },
    csv: "base_batch_input_per_1m"
  },
  baseBatchOutputPer1M: {
    unit: "USD per 1M batch output tokens",
    label: "/1M base batch out",
    role: "per-query",
    guard: { min: "0.0001", max: "1000" },
    csv: "base_batch_output_per_1m"
  },
  baseOutputPer1M: {
    unit: "USD per 1M output tokens",
    label: "/1M base out",
    role: "per-query",
    guard: { min: "0.001", max: "1000" },
    csv: "base_output_per_1m"
  },
  gpuPerHour: {
    unit: "USD per GPU-hour",
    label: "/GPU-h",
    role: "hourly",
    guard: { min: "0.05", max: "200" },
    csv: "gpu_per_hour"
  },
  // A multi-GPU instance's hourly price: up to 8 GPUs at the per-GPU-hour ceiling (ftcost divides it by gpuCount).
  instancePerHour: {
    unit: "USD per instance-hour",
    label: "/instance-h",
    role: "hourly",
    guard: { min: "0.05", max: "1600" },
    csv: "instance_per_hour"
  }
};
var RUNNING_PRICE_FIELDS = PRICE_FIELDS.filter(
  (f) => PRICE_KINDS[f].role !== "training"
);
function withUnitLabel(field, formattedAmount) {
  return `${formattedAmount}${PRICE_KINDS[field].label}`;
}

// src/catalog/vocabulary.ts
var METHODS = ["sft", "sft-lora", "sft-full", "dpo", "dpo-lora", "dpo-full", "rft"];
var SUPERVISED_METHODS = ["sft", "sft-lora", "sft-full"];
var AVAILABILITY_STATUSES = [
  "available",
  "preview",
  "deprecated",
  "closed-to-new-users",
  "training-ended",
  "retired"
];
var LIFECYCLE_EVENTS = [
  "preview",
  "deprecated",
  "closed-to-new-users",
  "training-ends",
  "serving-ends"
];
var SOURCE_KINDS = ["official", "copy"];
var EFFECTIVE_FROM_BASES = ["published", "first-seen"];
var ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isIsoDate(text) {
  if (!ISO_DATE.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}
var GPU_IDS = [
  "t4",
  "a10",
  "a10g",
  "l4",
  "l40",
  "l40s",
  "a6000",
  "rtx-4090",
  "rtx-pro-6000",
  "a100-40gb",
  "a100-80gb",
  "h100-pcie",
  "h100-sxm",
  "h100-nvl",
  "h200",
  "gh200",
  "b200",
  "b300"
];
var HARDWARE_KINDS = ["gpu-rental", "dedicated-endpoint", "hosted-hardware"];
var PRECISIONS = ["bf16", "fp16", "fp8", "int4", "unstated"];
var THROUGHPUT_METHODS = ["lora", "qlora", "full"];

export {
  PRICE_FIELDS,
  BASE_PRICE_FIELDS,
  HARDWARE_PRICE_FIELDS,
  PRICE_KINDS,
  RUNNING_PRICE_FIELDS,
  withUnitLabel,
  METHODS,
  SUPERVISED_METHODS,
  AVAILABILITY_STATUSES,
  LIFECYCLE_EVENTS,
  SOURCE_KINDS,
  EFFECTIVE_FROM_BASES,
  isIsoDate,
  GPU_IDS,
  HARDWARE_KINDS,
  PRECISIONS,
  THROUGHPUT_METHODS
};
