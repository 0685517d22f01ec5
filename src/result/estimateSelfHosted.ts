/**
 * `estimate --self-hosted`'s rows in the estimate's contract (schema 3): each self-hosted row as a row
 * of EstimateResult, ranked with the hosted ones, and the plan they rest on. Loaded with the planner
 * (src/api/selfHosted.ts), not with src/result/estimate.ts, so the widget's first script stays without it.
 */
import { daysBetween } from '../domain/dates.js';
import { RUNNING_PRICE_FIELDS, type RunningPriceField } from '../domain/priceKinds.js';
import { toDecimalString } from '../decimal.js';
import type { Estimate } from '../engine/training/estimate.js';
import type { SelfHostedPlan, SelfHostedRow } from '../engine/training/selfHosted.js';
import {
  ESTIMATE_SELF_HOSTED_SCHEMA_VERSION,
  type EstimateFacts,
  type EstimateResult,
  type EstimateRowJson,
  type SelfHostedRows,
} from './estimate.js';

/** A self-hosted row in the estimate's row contract: one charge, GPU-hours × $/GPU-hour. */
function selfHostedRowJson(r: SelfHostedRow, e: Estimate, epochs: number, epochsAssumed: boolean, range: boolean) {
  const entry = r.gpuPerHour.entry;
  const gpuHours = toDecimalString(r.gpuHours.toDecimal());
  const billedGpuHours = toDecimalString(r.billedGpuHours.toDecimal());
  const gpuPerHour = toDecimalString(r.gpuPerHour.amount);
  const cost = toDecimalString(r.trainingCost.toDecimal());
  const ageDays = daysBetween(entry.asOf, e.today);
  const json: EstimateRowJson = {
    provider: r.provider,
    providerName: r.providerName,
    model: r.model,
    modelName: r.modelName ?? null,
    method: r.throughput.method === 'full' ? 'sft-full' : 'sft-lora',
    tier: null,
    epochs,
    epochsBasis: epochsAssumed ? 'assumed' : 'requested',
    billedTokensPerEpoch: r.tokens.billedTokens.toString(),
    trainingTokens: r.trainingTokens.toString(),
    truncatedExamples: r.tokens.truncatedExamples,
    tokenCountExact: r.tokens.exact,
    tokenCountMethod: r.tokens.method,
    trainingPer1M: null,
    trainingPerHour: gpuPerHour,
    trainingCost: cost,
    missingPrice: null,
    currency: 'USD',
    charges: [
      {
        name: 'GPU-hours',
        unit: 'GPU-hour',
        quantity: billedGpuHours,
        unitPrice: gpuPerHour,
        total: cost,
        source: entry.source,
        asOf: entry.asOf,
      },
    ],
    source: entry.source,
    asOf: entry.asOf,
    stale: ageDays > e.staleAfterDays,
    priceAgeDays: ageDays,
    availability: null,
    billing: 'per-hour',
    production: true,
    trainingHours: billedGpuHours,
    sourceKind: entry.sourceKind ?? 'official',
    original: entry.original ?? null,
    effectiveFromFirstSeen: false,
    running: {
      ...(Object.fromEntries(RUNNING_PRICE_FIELDS.map((f) => [f, null])) as { [F in RunningPriceField]: null }),
      hostingPerMonth: null,
    },
    warnings: [],
    ...(range ? { trainingCostRange: null, trainingCostRangeSources: [] } : {}),
    kind: 'self-hosted',
    gpu: r.gpu,
    gpuName: r.gpuName,
    gpus: r.gpus,
    gpuHours,
    jobOverheadGpuHours: toDecimalString(r.jobOverheadGpuHours.toDecimal()),
    billedGpuHours,
    billingIncrementSeconds: r.billing?.incrementSeconds ?? null,
    billingMinimumSeconds: r.billing?.minimumSeconds ?? null,
    billingSource: r.billing?.source ?? null,
    gpuPerHour,
    memoryPerGpuGiB: toDecimalString(r.memoryPerGpuGiB),
    sequenceLength: r.sequenceLength,
    tokensPerSecondPerGpu: toDecimalString(r.throughput.tokensPerSecond),
    throughputBasis: r.throughput.basis,
    throughputSource: r.throughput.source,
    throughputAsOf: r.throughput.asOf,
  };
  return json;
}

/**
 * Adds the self-hosted rows, ranked with the hosted ones by training cost (after a hosted row of the
 * same cost; rows without a cost stay last), their plan as an assumption, and the left-out facts.
 */
function withSelfHosted(
  result: EstimateResult,
  facts: EstimateFacts,
  e: Estimate,
  sh: SelfHostedPlan,
  range: boolean,
): void {
  result.schemaVersion = ESTIMATE_SELF_HOSTED_SCHEMA_VERSION;
  const rows = result.rows.map((json, i) => ({ json, facts: facts.rows[i]! }));
  for (const r of sh.training.rows) {
    const json = selfHostedRowJson(r, e, sh.epochs, sh.epochsAssumed, range);
    const cost = r.trainingCost.toDecimal();
    const at = rows.findIndex((x) => x.json.trainingCost === null || cost.lt(x.json.trainingCost));
    const entry = { json, facts: { warnings: [], missingPrice: null, ...(range ? { rangeBounds: [] } : {}) } };
    if (at < 0) rows.push(entry);
    else rows.splice(at, 0, entry);
  }
  result.rows = rows.map((x) => x.json);
  facts.rows = rows.map((x) => x.facts);
  facts.assumptions.push(sh.plan);
  if (sh.epochsAssumed) facts.assumptions.push({ kind: 'self-hosted-epochs-assumed', epochs: sh.epochs });
  facts.selfHostedLeftOut = sh.training.leftOut;
  result.selfHosted = {
    method: sh.plan.method,
    precision: sh.plan.precision,
    microBatch: sh.plan.microBatch,
    gradientCheckpointing: sh.plan.gradientCheckpointing,
    loraRank: sh.plan.loraRank,
    headroom: sh.plan.headroom,
    jobOverheadMinutes: sh.plan.jobOverheadMinutes,
    jobOverheadAssumed: sh.plan.jobOverheadAssumed,
    epochs: sh.epochs,
    epochsAssumed: sh.epochsAssumed,
    leftOut: [], // worded from the facts
  };
}

/** The plan's rows with what adds them to a result (ResultContext.selfHosted). */
export function selfHostedRows(plan: SelfHostedPlan): SelfHostedRows {
  return { plan, addTo: (result, facts, e, range) => withSelfHosted(result, facts, e, plan, range) };
}
