/**
 * What each input box of the widget is called: its label on the page and its name in every message
 * about it — the widget's own checks and the library's errors (compute.ts, WIDGET_WORDING) — from one
 * table, so a message names the box the reader sees. Keyed by the library's option names (the
 * `option` of its errors).
 */
export const LABELS = {
  examples: 'Examples',
  tokensPerExample: 'Tokens per example',
  epochs: 'Epochs',
  dataset: 'Training file',
  queriesPerDay: 'Queries per day',
  ftModel: 'Fine-tuned model',
  baseModel: 'Prompted base model',
  baseInputTokens: 'Prompted input tokens / query',
  baseCachedInputTokens: 'Cached prompt tokens / query',
  inputTokens: 'Fine-tuned input tokens / query',
  outputTokens: 'Output tokens / query',
  // One box holds both: the fine-tuned model's output and the prompted model's.
  baseOutputTokens: 'Output tokens / query',
  hoursPerDayUp: 'Hours up per day',
  horizonMonths: 'Horizon (months)',
  batchShare: 'Batch share (0–1)',
  peakFactor: 'Peak ÷ average load',
  existingCustomers: 'Already fine-tuning on',
  // Costs beyond compute and quality (components/ExtrasInputs.tsx).
  dataPrepCost: 'Data preparation (USD, once)',
  costPerLabelledExample: 'Data preparation (USD per labelled example)',
  engineeringHours: 'Engineering hours (once)',
  hourlyRate: 'Hourly rate (USD)',
  evalCost: 'Evaluation (USD per training)',
  evalExamples: 'Evaluation queries per training',
  reviewHours: 'Review hours per training',
  monitoringPerMonth: 'Monitoring (USD per month)',
  promptedSuccessRate: 'Prompted success rate (%)',
  ftSuccessRate: 'Fine-tuned success rate (%)',
  failureCost: 'Cost of a failure (USD, or retry)',
} as const;
