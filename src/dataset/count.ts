/**
 * Counting a whole dataset held in memory (a string or bytes): what tests and a browser Web Worker
 * use. The Node file reader (./node/file.ts) streams the same DatasetCounter over a file instead.
 */
import { loadCounter, type ExactEncoding } from '../tokens/encodings.js';
import type { TextCounter } from './chat-tokens.js';
import { DatasetCounter, Deduper, type CounterOptions } from './counter.js';
import { checkCountOverrides, planFor, type CountOverrides, type DatasetReport } from './report.js';
import type { EncodingPlan } from '../tokens/encodings.js';

export interface CountOptions {
  /** The models' encodings (catalog names: o200k_base, llama3, ...); undefined = a model naming none. */
  encodings: readonly (string | undefined)[];
  overrides?: CountOverrides;
  /** List examples over this cap as warnings (default: --max-tokens-per-example, where given). */
  overLimitCap?: number;
  maxLineBytes?: number;
}

/** The distinct plans for a set of model encodings (each tiktoken encoding is counted once). */
export function plansFor(encodings: readonly (string | undefined)[], overrides: CountOverrides = {}): EncodingPlan[] {
  checkCountOverrides(overrides);
  const list = encodings.length ? encodings : [undefined];
  const byName = new Map<string, EncodingPlan>();
  for (const e of list) {
    const plan = planFor(e, overrides);
    byName.set(plan.name, plan);
  }
  return [...byName.values()];
}

export async function countersFor(
  plans: readonly EncodingPlan[],
): Promise<Partial<Record<ExactEncoding, TextCounter>>> {
  const out: Partial<Record<ExactEncoding, TextCounter>> = {};
  for (const plan of plans) out[plan.base] ??= await loadCounter(plan.base);
  return out;
}

export function counterOptions(
  plans: readonly EncodingPlan[],
  counters: CounterOptions['counters'],
  options: CountOptions,
): CounterOptions {
  const cap = options.overLimitCap ?? options.overrides?.maxTokensPerExample;
  return {
    counters,
    maxLineBytes: options.maxLineBytes,
    withoutImages: [...new Set(plans.filter((p) => p.withoutImages).map((p) => p.base))],
    overLimit: cap !== undefined ? { encoding: plans[0]!.base, cap } : undefined,
  };
}

export async function countDataset(
  input: string | Uint8Array,
  options: CountOptions,
  file?: string,
): Promise<DatasetReport> {
  const plans = plansFor(options.encodings, options.overrides);
  const counter = new DatasetCounter(counterOptions(plans, await countersFor(plans), options));
  if (typeof input === 'string') counter.pushText(input);
  else counter.push(input);
  const count = new Deduper().take(counter.end());
  return { file, count, plans };
}
