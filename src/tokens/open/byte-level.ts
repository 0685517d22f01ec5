/**
 * Byte-level BPE vocabularies of Hugging Face `tokenizer.json` files (Llama 3, Qwen2/2.5/3) turned
 * into the rank data of ftcost's fast tiktoken-style counter (../bpe.ts).
 *
 * Why this is exact: both vocabularies were made with tiktoken (Llama 3's first 100,256 tokens are
 * cl100k_base's; Qwen's 151,643 regular tokens are its own `qwen.tiktoken`), so a token's id is its
 * merge rank, and tiktoken's "merge the lowest-ranked adjacent pair" is what the Hugging Face
 * BPE with `ignore_merges` computes on them. test/dataset/open-tokenizers.test.ts checks it
 * against the package's own encode() on generated text.
 *
 * Platform-neutral: no `node:` imports, no Buffer.
 */
import type { BpeRankData } from '../bpe.js';

/** The slice of a Hugging Face tokenizer.json this module reads. */
export interface HfTokenizerJson {
  model: { type: string; vocab: Record<string, number> | [string, number][] };
  normalizer?: { type: string } | null;
  pre_tokenizer?: {
    type: string;
    pretokenizers?: { type: string; pattern?: { Regex?: string } }[];
    pattern?: { Regex?: string };
  } | null;
}

/** GPT-2's bytes_to_unicode, inverted: the printable char a byte-level vocabulary uses → the byte. */
function unicodeToByte(): Map<string, number> {
  const bytes: number[] = [];
  for (let b = 33; b <= 126; b++) bytes.push(b);
  for (let b = 161; b <= 172; b++) bytes.push(b);
  for (let b = 174; b <= 255; b++) bytes.push(b);
  const chars = bytes.slice();
  let n = 0;
  for (let b = 0; b < 256; b++) {
    if (!bytes.includes(b)) {
      bytes.push(b);
      chars.push(256 + n++);
    }
  }
  const out = new Map<string, number>();
  for (const [i, b] of bytes.entries()) out.set(String.fromCharCode(chars[i]!), b);
  return out;
}

/**
 * Rewrites the Oniguruma/Rust inline flag group `(?i:...)` (which JavaScript before ES2025 does not
 * parse) as a plain group with each ASCII letter spelt in both cases. Only the contraction group of
 * these patterns uses it ('s 't 're 've 'm 'll 'd), which has no classes or escapes to worry about.
 */
export function expandCaseInsensitiveGroups(pattern: string): string {
  return pattern.replace(/\(\?i:([^()]*)\)/g, (_, body: string) => {
    if (/[\\[\]]/.test(body)) throw new Error(`unsupported (?i:...) group: ${body}`);
    return `(?:${body.replace(/[A-Za-z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)})`;
  });
}

/** The split pattern of a byte-level tokenizer: a Split(Regex) step before ByteLevel(use_regex: false). */
function splitPattern(json: HfTokenizerJson): string {
  const pre = json.pre_tokenizer;
  const steps = pre?.type === 'Sequence' ? (pre.pretokenizers ?? []) : pre ? [pre] : [];
  const splits = steps.filter((s) => s.type === 'Split');
  const regex = splits[0]?.pattern?.Regex;
  if (splits.length !== 1 || regex === undefined || !steps.some((s) => s.type === 'ByteLevel')) {
    throw new Error('not a single-regex byte-level tokenizer');
  }
  return expandCaseInsensitiveGroups(regex);
}

/** base64 of a byte array, without Buffer. */
function base64(bytes: number[]): string {
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The vocabulary as js-tiktoken rank data (one `! <rank> <base64>` line per token, the format
 * ../bpe.ts reads), with the tokenizer's own split pattern. Added/special tokens are not in
 * `model.vocab`, so they stay out: text that looks like one is ordinary text, as everywhere in ftcost.
 */
export function byteLevelRankData(json: HfTokenizerJson): BpeRankData {
  if (json.model.type !== 'BPE') throw new Error(`expected a BPE model, got ${json.model.type}`);
  const toByte = unicodeToByte();
  const entries = Array.isArray(json.model.vocab) ? json.model.vocab : Object.entries(json.model.vocab);
  const lines: string[] = [];
  for (const [token, id] of entries) {
    const bytes: number[] = [];
    for (const ch of token) {
      const b = toByte.get(ch);
      if (b === undefined) throw new Error(`token ${id} is not byte-level text: ${JSON.stringify(token)}`);
      bytes.push(b);
    }
    lines.push(`! ${id} ${base64(bytes)}`);
  }
  return { pat_str: splitPattern(json), special_tokens: {}, bpe_ranks: lines.join('\n') };
}
