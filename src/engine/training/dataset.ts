/**
 * What the engine needs to know about a training set: how many examples, and how many tokens one
 * epoch bills for a given model (its encoding, and its per-example cap: longer examples are
 * truncated and billed at the cap). Two kinds exist: assumed (examples × tokens per example, from
 * flags) and counted (from a real file, per encoding; see src/dataset/).
 */

export interface EpochTokens {
  /** Tokens billed for one pass over the training set. */
  billedTokens: bigint;
  /** Examples longer than the model's cap (billed at the cap). */
  truncatedExamples: number;
  /** True when counted with the model's real tokenizer; false for an assumption or an approximation. */
  exact: boolean;
  /** How the count was made, in words, for the output. */
  method: string;
  /** The per-example cap actually applied, where it is not the model's own (--max-tokens-per-example). */
  cap?: number;
}

export interface TrainingDataset {
  kind: 'assumed' | 'counted';
  examples: number;
  /** Tokens of one epoch for a model with this encoding and per-example cap. */
  epochTokens(encoding: string | undefined, maxTokensPerExample: number | undefined): EpochTokens;
  /** Tokens of the validation set for that model, where one was given. */
  validationTokens?(encoding: string | undefined, maxTokensPerExample: number | undefined): EpochTokens;
  /**
   * A counted file's JSON-safe summary, for the result (absent for an assumed set). A method of the
   * counted set, so that an estimate from typed numbers carries no code to summarise files (the
   * widget's first script is one).
   */
  summary?(): object;
}

/** A training set described by flags: `examples` examples of `tokensPerExample` tokens each. */
export function assumedDataset(examples: number, tokensPerExample: number): TrainingDataset {
  for (const [name, value] of [
    ['examples', examples],
    ['tokensPerExample', tokensPerExample],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 1)
      throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
  return {
    kind: 'assumed',
    examples,
    epochTokens(_encoding, maxTokensPerExample) {
      const capped = maxTokensPerExample !== undefined && tokensPerExample > maxTokensPerExample;
      const perExample = capped ? maxTokensPerExample : tokensPerExample;
      return {
        billedTokens: BigInt(examples) * BigInt(perExample!),
        truncatedExamples: capped ? examples : 0,
        exact: false,
        method: `${examples} examples × ${perExample} tokens${capped ? ` (capped from ${tokensPerExample})` : ''}`,
      };
    },
  };
}
