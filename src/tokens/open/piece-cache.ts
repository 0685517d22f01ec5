/**
 * Counting with a tokenizer package's own code (Gemma 3, DeepSeek V3, Mistral), made affordable on
 * a training file by caching: the packages re-run their whole pipeline on every call, while a
 * dataset repeats its pieces (words, and whole strings such as a shared system prompt).
 *
 * Platform-neutral (no `node:` imports): the widget's worker uses it too.
 */

/** Bounded string → count cache; when full it stops taking entries (the first, frequent ones stay). */
class CountCache {
  private readonly map = new Map<string, number>();
  constructor(
    private readonly maxEntries: number,
    private readonly maxKeyChars: number,
  ) {}

  get(key: string, compute: (key: string) => number): number {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    const n = compute(key);
    if (key.length <= this.maxKeyChars && this.map.size < this.maxEntries) this.map.set(key, n);
    return n;
  }
}

/**
 * The slice of a transformers.js-style tokenizer (@lenml/tokenizers) used here: its normalizer,
 * pre-tokenizer and model, each callable. Going through them directly, instead of `encode()`, skips
 * the added-token splitter, so text that looks like a special token (`<｜User｜>`, `<start_of_turn>`)
 * is counted as the ordinary text it is in a training file — as ftcost does for every tokenizer.
 */
export interface HfPipeline {
  normalizer: ((text: string) => string) | null;
  pre_tokenizer: ((text: string, options: { section_index: number }) => string[]) | null;
  model: (pieces: string[]) => string[];
}

/**
 * Cuts `text` before every run of `space` chars that follows another char, except after a char in
 * `noCutAfter`. For a SentencePiece-style BPE this is exact when no token holds a space mark after
 * another char (then no merge, final or intermediate, ever crosses such a cut): true of Mistral's
 * v1 vocabulary, and of Gemma 3's but for one token, `>▁</` (hence `noCutAfter: '>'`). A run of
 * spaces stays with the word after it, as the merges may join it either way.
 */
export function cutBeforeSpaceRuns(text: string, space: string, noCutAfter = ''): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 1; i < text.length; i++) {
    if (text[i] === space && text[i - 1] !== space && !noCutAfter.includes(text[i - 1]!)) {
      pieces.push(text.slice(start, i));
      start = i;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** Counts with a transformers.js pipeline, caching each pre-tokenized piece's token count. */
export class PipelineCounter {
  private readonly pieces = new CountCache(500_000, 64);
  private readonly strings = new CountCache(10_000, 2048);

  /** `split`: a further, exact cut of each pre-tokenized piece (see cutBeforeSpaceRuns). */
  constructor(
    private readonly tokenizer: HfPipeline,
    private readonly split?: (piece: string) => string[],
  ) {}

  count(text: string): number {
    if (text.length === 0) return 0;
    return this.strings.get(text, (t) => this.countUncached(t));
  }

  private countUncached(text: string): number {
    const { normalizer, pre_tokenizer, model } = this.tokenizer;
    const normal = normalizer ? normalizer(text) : text;
    if (normal.length === 0) return 0;
    const pieces = pre_tokenizer ? pre_tokenizer(normal, { section_index: 0 }) : [normal];
    let total = 0;
    const count = (p: string) => model([p]).length;
    for (const piece of pieces) {
      if (this.split) for (const part of this.split(piece)) total += this.pieces.get(part, count);
      else total += this.pieces.get(piece, count);
    }
    return total;
  }
}

/**
 * Counts with a SentencePiece `encode` over whole strings (mistral-tokenizer-js), made piecewise:
 * the text gets SentencePiece's leading space, is cut before each run of spaces (exact for the
 * vocabularies named at cutBeforeSpaceRuns), and each piece — now always starting with a space —
 * is counted once and cached.
 */
export class SpacePieceCounter {
  private readonly pieces = new CountCache(500_000, 64);

  /** `countPiece`: tokens of a piece as it is, with no leading space added. */
  constructor(private readonly countPiece: (piece: string) => number) {}

  count(text: string): number {
    if (text.length === 0) return 0;
    let total = 0;
    // The tokenizer turns every space into ▁, so a ▁ written in the text is a space to it: make it one before cutting.
    const spaced = text.includes('\u2581') ? text.replaceAll('\u2581', ' ') : text;
    for (const piece of cutBeforeSpaceRuns(` ${spaced}`, ' ')) total += this.pieces.get(piece, this.countPiece);
    return total;
  }
}
