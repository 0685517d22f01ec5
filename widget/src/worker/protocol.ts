/** Messages between the widget and its counting worker (structured-cloneable, JSON-safe counts). */
import type { DatasetCount } from '../../../src/dataset/counter.js';
import type { EncodingPlan } from '../../../src/tokens/encodings.js';

export interface CountRequest {
  type: 'count';
  file: File;
  /** Catalog encodings of the models compared (o200k_base, cl100k_base, llama3, ...). */
  encodings: (string | undefined)[];
}

export type WorkerMessage =
  | { type: 'status'; text: string }
  | { type: 'progress'; bytes: number; totalBytes: number }
  | { type: 'done'; count: DatasetCount; plans: EncodingPlan[] }
  | { type: 'error'; message: string };
