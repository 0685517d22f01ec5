/**
 * Tokenizer plans (./plan.ts, re-exported) and the loader of each tokenizer: rank files and
 * vocabularies are megabytes of JS, imported here only, lazily, when a file is counted (an
 * `--examples` estimate never loads them). The estimate path imports ./plan.ts, never this module,
 * so a browser bundle of the root entry does not reach the optional open-weight tokenizer packages.
 */
import { BpeCounter, type BpeRankData } from './bpe.js';
import { isOpenTokenizer } from './open/ids.js';
import type { TemplatedCounter } from './open/templates.js';
import type { ExactEncoding, TiktokenEncoding } from './plan.js';

export {
  EXACT_ENCODINGS,
  KNOWN_ENCODINGS,
  planEncoding,
  type EncodingPlan,
  type ExactEncoding,
} from './plan.js';

const loading = new Map<TiktokenEncoding, Promise<BpeCounter>>();

/** Import one tokenizer and build its counter (once per process). */
export function loadCounter(encoding: ExactEncoding): Promise<TemplatedCounter> {
  if (isOpenTokenizer(encoding)) return import('./open/load.js').then((m) => m.loadOpenCounter(encoding));
  let counter = loading.get(encoding);
  if (!counter) {
    counter = importRanks(encoding).then(
      (ranks) => new BpeCounter(ranks, { asciiFlavor: encoding === 'o200k_base' ? 'o200k' : 'cl100k' }),
    );
    loading.set(encoding, counter);
  }
  return counter;
}

async function importRanks(encoding: TiktokenEncoding): Promise<BpeRankData> {
  // Literal specifiers, so bundlers can split each rank file into its own lazily loaded chunk.
  switch (encoding) {
    case 'o200k_base':
      return (await import('js-tiktoken/ranks/o200k_base')).default as BpeRankData;
    case 'cl100k_base':
      return (await import('js-tiktoken/ranks/cl100k_base')).default as BpeRankData;
  }
}
