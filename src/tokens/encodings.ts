/**
 * Which tokenizer counts a model's text. A catalog model names its `encoding`: the tiktoken
 * encodings of OpenAI models (o200k_base, cl100k_base) are counted exactly; the open-weight
 * families (llama3, qwen2, mistral, gemma3, deepseek, gemini) have no tokenizer in the npm
 * packages ftcost ships, so their counts are estimates made with a tiktoken encoding and are
 * labelled `exact: false` with the method in words.
 *
 * Rank files are 1–2 MB of JS each: they are imported here only, lazily, when a file is counted
 * (an `--examples` estimate never loads them).
 */
import { BpeCounter, type BpeRankData } from './bpe.js';

export const EXACT_ENCODINGS = ['o200k_base', 'cl100k_base'] as const;
export type ExactEncoding = (typeof EXACT_ENCODINGS)[number];

/** The encoding used for a model whose catalog entry names none. */
export const FALLBACK_ENCODING = 'o200k_base';

export interface EncodingPlan {
  /** The name asked for (a catalog model's `encoding`, or --encoding). */
  name: string;
  /** The tiktoken encoding that actually counts it. */
  base: ExactEncoding;
  exact: boolean;
  /** How the count is made, in words, for the output. */
  method: string;
}

/**
 * Open-weight tokenizers → the tiktoken encoding that stands in for them. Llama 3's tokenizer is a
 * tiktoken BPE whose first 100,256 tokens are cl100k_base's, with cl100k_base's split pattern, so
 * cl100k_base is its nearest stand-in; the others are byte-level BPE or SentencePiece vocabularies
 * of 128k–262k tokens, closer in size to o200k_base. None of these ratios is measured here.
 */
const STAND_INS: Record<string, { base: ExactEncoding; why: string }> = {
  llama3: { base: 'cl100k_base', why: "Llama 3's 128k vocabulary extends cl100k_base's 100k tokens with the same split pattern" },
  qwen2: { base: 'o200k_base', why: "Qwen2's 151k byte-level BPE vocabulary is not shipped in an npm package ftcost uses" },
  mistral: { base: 'o200k_base', why: "Mistral's tokenizer is not shipped in an npm package ftcost uses" },
  gemma3: { base: 'o200k_base', why: "Gemma 3's 262k SentencePiece vocabulary is not shipped in an npm package ftcost uses" },
  deepseek: { base: 'o200k_base', why: "DeepSeek's 128k byte-level BPE vocabulary is not shipped in an npm package ftcost uses" },
  gemini: { base: 'o200k_base', why: "Gemini's tokenizer is not published as a package ftcost uses" },
};

export function isExactEncoding(name: string): name is ExactEncoding {
  return (EXACT_ENCODINGS as readonly string[]).includes(name);
}

export const KNOWN_ENCODINGS: readonly string[] = [...EXACT_ENCODINGS, ...Object.keys(STAND_INS)];

/** How `name` will be counted; undefined for an encoding ftcost does not know. */
export function planEncoding(name: string | undefined): EncodingPlan | undefined {
  if (name === undefined) {
    return { name: FALLBACK_ENCODING, base: FALLBACK_ENCODING, exact: false, method: `estimate: the model names no tokenizer; counted with ${FALLBACK_ENCODING}` };
  }
  if (isExactEncoding(name)) return { name, base: name, exact: true, method: `counted exactly with ${name} (OpenAI chat rule)` };
  const standIn = STAND_INS[name];
  if (!standIn) return undefined;
  return {
    name,
    base: standIn.base,
    exact: false,
    method: `estimate: ${name} counted with ${standIn.base} (${standIn.why}); the real count may differ by several percent`,
  };
}

const loading = new Map<ExactEncoding, Promise<BpeCounter>>();

/** Import one rank file and build its counter (once per process). */
export function loadCounter(encoding: ExactEncoding): Promise<BpeCounter> {
  let counter = loading.get(encoding);
  if (!counter) {
    counter = importRanks(encoding).then((ranks) => new BpeCounter(ranks, { asciiFlavor: encoding === 'o200k_base' ? 'o200k' : 'cl100k' }));
    loading.set(encoding, counter);
  }
  return counter;
}

async function importRanks(encoding: ExactEncoding): Promise<BpeRankData> {
  // Literal specifiers, so bundlers can split each rank file into its own lazily loaded chunk.
  switch (encoding) {
    case 'o200k_base':
      return (await import('js-tiktoken/ranks/o200k_base')).default as BpeRankData;
    case 'cl100k_base':
      return (await import('js-tiktoken/ranks/cl100k_base')).default as BpeRankData;
  }
}
