/** Types of bench/generate.mjs (the deterministic benchmark data generator), for tests that reuse it. */
export function prng(seed: number): () => number;
export function examples(seed: number): Generator<string, never, unknown>;
export function generate(path: string, megabytes: number, seed?: number): Promise<{ bytes: number; lines: number }>;
