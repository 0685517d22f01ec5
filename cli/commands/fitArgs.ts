/** `ftcost fit`'s arguments and defaults, shared by its builder (./fit.ts) and its work (./fitRun.ts). */
import type { OutputArgs } from '../output.js';

/** The rank LoRA and QLoRA use unless told (LLaMA-Factory's default is 8, Unsloth's 16). */
export const DEFAULT_RANK = 16;

export interface FitArgs extends OutputArgs {
  model?: string;
  method?: string;
  seqLen?: string;
  microBatch?: string;
  rank?: string;
  gradientCheckpointing: boolean;
  precision: string;
  serve: boolean;
  context?: string;
  concurrency?: string;
  asOf?: string;
  catalog?: string;
  prices?: string[];
}
