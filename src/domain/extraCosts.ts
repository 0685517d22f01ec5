/**
 * The names of the costs beyond compute (docs/breakeven.md), in the order outputs list them: the
 * library's option keys, which the CLI writes as flags (dataPrepCost → --data-prep-cost) and the engine
 * reads (src/engine/breakEven/options/extras.ts types each one).
 */
export const EXTRA_COST_INPUT_KEYS = [
  'dataPrepCost',
  'costPerLabelledExample',
  'engineeringHours',
  'hourlyRate',
  'evalExamples',
  'evalCost',
  'reviewHours',
  'monitoringPerMonth',
] as const;
