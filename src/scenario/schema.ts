/**
 * The scenario file of `ftcost breakeven --scenario FILE.yaml`: custom options priced by the user.
 *
 *   hoursPerMonth: 730        # a month is this many hours (default 730; 720 on request)
 *   queriesPerDay: 500        # the volume the per-option costs are computed at
 *   horizonMonths: 12         # one-time costs are spread over this (or over retrainEveryMonths)
 *   baseline: prompted        # what training pays back against (default: the first option without oneTime)
 *   options:
 *     - { id: prompted, perQuery: "0.05" }
 *     - { id: azure-ft, perQuery: "0.01", hourly: "2.00", oneTime: "300" }
 *     - { id: gpu, hourly: "1.20", capacityPerDay: "250000" }
 *
 * Prices are quoted decimal strings (a bare YAML number is a binary float); counts (queries, hours,
 * months) may be plain numbers. Pure data description: no I/O.
 */
import { z } from 'zod';
import { d } from '../decimal.js';
import { EXTRA_COST_INPUT_KEYS } from '../domain/extraCosts.js';
import { isHoursPerDay } from '../domain/hours.js';

const SCENARIO_SCHEMA_VERSIONS = [1] as const;

/** A price: a quoted, non-negative decimal string. */
const price = z
  .string({
    error: (iss) =>
      typeof iss.input === 'number'
        ? 'must be a quoted decimal string like "0.05" (a bare YAML number is a binary float)'
        : 'must be a quoted decimal string like "0.05"',
  })
  .superRefine((v, ctx) => {
    if (/^\s*-/.test(v)) ctx.addIssue({ code: 'custom', message: `must not be negative (got "${v}")` });
    else if (!/^\d+(\.\d+)?$/.test(v))
      ctx.addIssue({
        code: 'custom',
        message: `must be a decimal like "0.05" (no currency sign, no exponent; got "${v}")`,
      });
  });

/** A count or a quantity that is not money: a plain non-negative number or a decimal string. */
const quantity = (what: string) =>
  z
    .union(
      [
        z.number().refine((n) => /^\d+(\.\d+)?$/.test(String(n)), `must be a plain non-negative number (${what})`),
        z.string().regex(/^\d+(\.\d+)?$/, `must be a non-negative number (${what})`),
      ],
      {
        error: `must be a non-negative number (${what})`,
      },
    )
    .transform((v) => String(v));

const positive = (what: string) => quantity(what).refine((v) => /[1-9]/.test(v), `must be more than 0 (${what})`);

const PRICE_KEYS = ['perQuery', 'hourly', 'monthly', 'oneTime'] as const;

/** A share of usable answers: a number in (0, 1] or a string "0.96" / "96%". */
const successRate = z
  .union([z.number(), z.string()], { error: 'must be a share like 0.96 or a percent like "96%"' })
  .transform((v) => String(v).trim())
  .refine((v) => {
    const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(v);
    if (!m) return false;
    const r = d(m[1]!).div(m[2] ? 100 : 1);
    return r.gt(0) && r.lte(1);
  }, 'must be more than 0 and at most 1 (a share like 0.96, or a percent like "96%")');

/** What a failed answer costs: "retry" or a USD price string. */
const failureCost = z.union([z.literal('retry'), price], {
  error: 'must be retry, or a quoted USD amount like "0.50" (a person fixing the answer)',
});

const scenarioOptionSchema = z
  .strictObject({
    id: z
      .string({ error: 'is required: a short name for the option, e.g. "prompted"' })
      .regex(/^[A-Za-z0-9][A-Za-z0-9._/:-]*$/, 'must be a short id (letters, digits, . _ / : -)'),
    name: z.string().optional(),
    /** USD per query. */
    perQuery: price.optional(),
    /** USD per replica-hour. */
    hourly: price.optional(),
    /** Hours a replica is up per day (default 24). */
    hoursPerDay: quantity('hours a replica is up per day')
      .refine((v) => isHoursPerDay(d(v)), 'must be more than 0 and at most 24 (hours a replica is up per day)')
      .optional(),
    /** USD per month. */
    monthly: price.optional(),
    /** USD once (training), spread over the amortization months. */
    oneTime: price.optional(),
    /** Queries one replica serves per day. */
    capacityPerDay: positive('queries one replica serves per day').optional(),
    /** Costs beyond compute, USD: once for the decision (spread over the horizon). */
    dataPreparation: price.optional(),
    engineering: price.optional(),
    /** USD at every training cycle (spread like oneTime). */
    evaluationPerCycle: price.optional(),
    reviewPerCycle: price.optional(),
    /** USD per month: monitoring and people. */
    monitoringPerMonth: price.optional(),
    /** The share of answers usable as they are: 0 < R ≤ 1, or a percent string "96%". Default 1. */
    successRate: successRate.optional(),
    /** A fine-tuned option: it pays the costs given for every fine-tuned option, and takes ftSuccessRate. */
    fineTuned: z.boolean({ error: 'must be true or false' }).optional(),
    /**
     * Your measured serving throughput, output tokens/s one replica sustains under load (the CLI's
     * --serve-tokens-per-second, for the replica `hourly` prices): with tokensPerQuery it gives
     * capacityPerDay = tokens/s × 3,600 × hoursPerDay ÷ tokensPerQuery, whole queries.
     */
    serveTokensPerSecond: positive('output tokens/s one replica sustains').optional(),
    /** Tokens a query costs a replica (prompt + output), with serveTokensPerSecond. */
    tokensPerQuery: positive('tokens a query, prompt + output').optional(),
    /**
     * Your measured training throughput, tokens/s of the whole training job (--train-tokens-per-second):
     * with trainingTokens and trainingPerHour it gives oneTime = trainingTokens ÷ (tokens/s × 3,600) ×
     * trainingPerHour.
     */
    trainTokensPerSecond: positive('training tokens/s').optional(),
    /** Tokens trained on (every epoch), with trainTokensPerSecond. */
    trainingTokens: positive('training tokens').optional(),
    /** USD per hour of the training job, with trainTokensPerSecond. */
    trainingPerHour: price.optional(),
    /** Its labelled training examples, for costPerLabelledExample. */
    trainingExamples: positive('labelled training examples')
      .refine((v) => !v.includes('.'), 'must be a whole number (labelled training examples)')
      .optional(),
  })
  .superRefine((o, ctx) => {
    const together = (keys: readonly (keyof typeof o)[], instead: keyof typeof o) => {
      const given = keys.filter((k) => o[k] !== undefined);
      if (given.length > 0 && given.length < keys.length)
        ctx.addIssue({
          code: 'custom',
          path: [given[0]!],
          message: `goes with ${keys.filter((k) => o[k] === undefined).join(' and ')} (your measured throughput)`,
        });
      else if (given.length > 0 && o[instead] !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [instead],
          message: `is computed from ${keys[0]}: give one or the other`,
        });
    };
    together(['serveTokensPerSecond', 'tokensPerQuery'], 'capacityPerDay');
    together(['trainTokensPerSecond', 'trainingTokens', 'trainingPerHour'], 'oneTime');
    if (o.serveTokensPerSecond !== undefined && o.hourly === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['serveTokensPerSecond'],
        message: 'needs hourly: the throughput is of the replica hourly prices',
      });
    if (!PRICE_KEYS.some((k) => o[k] !== undefined) && o.trainingPerHour === undefined) {
      ctx.addIssue({ code: 'custom', message: `gives no price (give at least one of ${PRICE_KEYS.join(', ')})` });
    }
    if (o.capacityPerDay !== undefined && o.hourly === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['capacityPerDay'],
        message: 'needs hourly: a capacity adds replicas, and hourly is what one replica costs',
      });
    }
    if (o.hoursPerDay !== undefined && o.hourly === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['hoursPerDay'],
        message: 'needs hourly (the hours a replica is up price nothing without it)',
      });
    }
  });

export const scenarioSchema = z
  .strictObject({
    schemaVersion: z
      .literal(SCENARIO_SCHEMA_VERSIONS, {
        error: `is not a scenario version this ftcost reads (it reads ${SCENARIO_SCHEMA_VERSIONS.join(', ')})`,
      })
      .optional(),
    hoursPerMonth: positive('hours in a month, 730 or 720').optional(),
    queriesPerDay: quantity('queries per day').optional(),
    horizonMonths: positive('months').optional(),
    retrainEveryMonths: positive('months').optional(),
    baseline: z.string().optional(),
    /** What a failed answer costs where an option gives a successRate: retry (default) or USD to fix it. */
    failureCost: failureCost.optional(),
    /**
     * Costs beyond compute paid by every option marked fineTuned (the library's keys and units; a flag given on the
     * command line wins over the file, as for queriesPerDay).
     */
    dataPrepCost: price.optional(),
    costPerLabelledExample: price.optional(),
    engineeringHours: quantity('hours of engineering').optional(),
    hourlyRate: price.optional(),
    evalExamples: quantity('evaluation queries per training cycle')
      .refine((v) => !v.includes('.'), 'must be a whole number (evaluation queries per training cycle)')
      .optional(),
    evalCost: price.optional(),
    reviewHours: quantity('hours of review per training cycle').optional(),
    monitoringPerMonth: price.optional(),
    /** The success rate of every option not marked fineTuned / of every option marked so. */
    promptedSuccessRate: successRate.optional(),
    ftSuccessRate: successRate.optional(),
    options: z
      .array(scenarioOptionSchema, {
        error: 'is required: a list of options, e.g. - { id: prompted, perQuery: "0.05" }',
      })
      .min(1, 'needs at least one option'),
  })
  .superRefine((s, ctx) => {
    const seen = new Map<string, number>();
    s.options.forEach((o, i) => {
      if (seen.has(o.id))
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'id'],
          message: `"${o.id}" is also the id of options[${seen.get(o.id)}]; ids must be unique`,
        });
      else seen.set(o.id, i);
    });
    if (s.baseline !== undefined && !seen.has(s.baseline)) {
      ctx.addIssue({
        code: 'custom',
        path: ['baseline'],
        message: `"${s.baseline}" is not the id of an option (${[...seen.keys()].join(', ')})`,
      });
    }
  });

export type ScenarioInput = z.infer<typeof scenarioSchema>;

/** The comparison-wide costs beyond compute and success rates a scenario may give (the library's keys). */
export const SCENARIO_EXTRA_KEYS = [
  ...EXTRA_COST_INPUT_KEYS,
  'promptedSuccessRate',
  'ftSuccessRate',
] as const satisfies readonly (keyof ScenarioInput)[];

/** Every key a scenario may have, for "did you mean" on an unknown one. */
export const SCENARIO_KEYS = [
  'schemaVersion',
  'hoursPerMonth',
  'queriesPerDay',
  'horizonMonths',
  'retrainEveryMonths',
  'baseline',
  'failureCost',
  ...SCENARIO_EXTRA_KEYS,
  'options',
] as const;
export const OPTION_KEYS = [
  'id',
  'name',
  'perQuery',
  'hourly',
  'hoursPerDay',
  'monthly',
  'oneTime',
  'capacityPerDay',
  'dataPreparation',
  'engineering',
  'evaluationPerCycle',
  'reviewPerCycle',
  'monitoringPerMonth',
  'successRate',
  'fineTuned',
  'trainingExamples',
  'serveTokensPerSecond',
  'tokensPerQuery',
  'trainTokensPerSecond',
  'trainingTokens',
  'trainingPerHour',
] as const;
