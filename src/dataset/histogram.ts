/**
 * Per-example token counts kept as a histogram (token count → number of examples): memory grows
 * with the number of *distinct* counts, not with the file, and any model's cap can be applied
 * afterwards, exactly: billed = Σ min(cap, tokens).
 */

export type HistogramJson = [tokens: number, examples: number][];

export interface Distribution {
  min: number;
  max: number;
  mean: number;
  median: number;
  p5: number;
  p95: number;
}

export class TokenHistogram {
  private readonly counts = new Map<number, number>();
  examples = 0;

  add(tokens: number, times = 1): void {
    this.counts.set(tokens, (this.counts.get(tokens) ?? 0) + times);
    this.examples += times;
  }

  merge(other: TokenHistogram | HistogramJson): void {
    const entries = other instanceof TokenHistogram ? other.counts.entries() : other;
    for (const [tokens, n] of entries) this.add(tokens, n);
  }

  toJSON(): HistogramJson {
    return [...this.counts.entries()].sort((a, b) => a[0] - b[0]);
  }

  static from(json: HistogramJson): TokenHistogram {
    const h = new TokenHistogram();
    h.merge(json);
    return h;
  }

  /** Sum of all counts (uncapped). */
  total(): bigint {
    let sum = 0n;
    for (const [tokens, n] of this.counts) sum += BigInt(tokens) * BigInt(n);
    return sum;
  }

  /** Tokens billed per epoch with a per-example cap, and how many examples the cap truncates. */
  billed(cap: number | undefined): { billedTokens: bigint; truncatedExamples: number } {
    let billedTokens = 0n;
    let truncatedExamples = 0;
    for (const [tokens, n] of this.counts) {
      const over = cap !== undefined && tokens > cap;
      if (over) truncatedExamples += n;
      billedTokens += BigInt(over ? cap : tokens) * BigInt(n);
    }
    return { billedTokens, truncatedExamples };
  }

  /** min / max / mean / median / p5 / p95, with numpy's default (linear) interpolation. */
  distribution(): Distribution | undefined {
    if (this.examples === 0) return undefined;
    const sorted = this.toJSON();
    const at = (rank: number): number => {
      let seen = 0;
      for (const [tokens, n] of sorted) {
        seen += n;
        if (rank < seen) return tokens;
      }
      return sorted[sorted.length - 1]![0];
    };
    const quantile = (q: number): number => {
      const pos = q * (this.examples - 1);
      const lo = Math.floor(pos);
      const a = at(lo);
      const b = at(Math.min(lo + 1, this.examples - 1));
      return a + (b - a) * (pos - lo);
    };
    return {
      min: sorted[0]![0],
      max: sorted[sorted.length - 1]![0],
      mean: Number(this.total()) / this.examples,
      median: quantile(0.5),
      p5: quantile(0.05),
      p95: quantile(0.95),
    };
  }
}
