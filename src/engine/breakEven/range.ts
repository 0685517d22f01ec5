/**
 * Error bars on break-even volumes (`breakeven --range`): the training set at the low and high bound
 * of its documented spread (src/engine/training/range.ts: an assumed tokens per example ±50%, a stand-in
 * tokenizer's count ±10%) changes every fine-tune's training cost, which moves the break-evens. Each
 * crossing of the expected analysis is matched with the same crossing (the same pair, the k-th of its
 * crossings) of the analyses at the bounds; its band is the least and the greatest of the volumes found.
 * Pure and exact.
 */
import type { BreakEvenAnalysis } from './analysis.js';
import type { DatasetSpread } from '../training/range.js';
import { Rational } from './rational.js';

interface BreakEvenBand {
  low: Rational;
  expected: Rational;
  high: Rational;
  /** False when at some bound the two options no longer cross this way (the band covers the bounds where they do). */
  atEveryBound: boolean;
}

export interface BreakEvenRangeAnalysis {
  /** One per crossing of the expected analysis, in its order. */
  bands: BreakEvenBand[];
  /** Each option's total monthly cost at the volume, at the bounds (by option id; none without a volume). */
  totals: Map<string, { low: Rational; expected: Rational; high: Rational }>;
  /** The spread applied (none: nothing about the training set is uncertain, every band has zero width). */
  spread: Pick<DatasetSpread, 'source' | 'bounds'> | null;
}

const key = (between: readonly string[]) => between.join('\u0000');

export function breakEvenBands(
  expected: BreakEvenAnalysis,
  atBounds: readonly BreakEvenAnalysis[],
  spread: DatasetSpread | null,
): BreakEvenRangeAnalysis {
  const byPair = atBounds.map((a) => new Map(a.pairs.map((p) => [key(p.between), p])));
  const bands = expected.crossings.map(({ pair, crossing }) => {
    const k = pair.crossings.indexOf(crossing);
    let low = crossing.at;
    let high = crossing.at;
    let atEveryBound = true;
    for (const pairs of byPair) {
      const other = pairs.get(key(pair.between))?.crossings[k];
      if (!other || other.cheaperBelow !== crossing.cheaperBelow) {
        atEveryBound = false;
        continue;
      }
      low = Rational.min(low, other.at);
      high = Rational.max(high, other.at);
    }
    return { low, expected: crossing.at, high, atEveryBound };
  });
  const totals = new Map<string, { low: Rational; expected: Rational; high: Rational }>();
  for (const o of expected.options) {
    if (!o.atVolume) continue;
    let low = o.atVolume.total;
    let high = low;
    for (const a of atBounds) {
      const at = a.options.find((x) => x.option.id === o.option.id)?.atVolume?.total;
      if (!at) continue;
      low = Rational.min(low, at);
      high = Rational.max(high, at);
    }
    totals.set(o.option.id, { low, expected: o.atVolume.total, high });
  }
  return { bands, totals, spread: spread && { source: spread.source, bounds: spread.bounds } };
}
