/**
 * The pre-tokenizer patterns of o200k_base and cl100k_base, hand-compiled over a per-character
 * class table, for any text in the Basic Multilingual Plane.
 *
 * Why: V8 runs the Unicode-property pattern at ~55 MB/s, and non-English text used to go through
 * it piece by piece; a char-code scanner with a class table runs several times faster. Classes are
 * computed lazily, once per distinct UTF-16 code unit, with the very same `\p{…}` properties the
 * regex uses (so both agree whatever Unicode version the engine has). Surrogates (astral
 * characters: emoji, math letters) are not classified: the caller cuts pieces near them with the
 * real pattern. test/dataset/tokens.test.ts checks, by property test over ASCII and random
 * Unicode, that this cuts exactly where the pattern does.
 *
 * Reading the patterns (the first alternative that matches at a position wins; `P` is a one-char
 * prefix that is not CR/LF, a letter or a number — marks and spaces can be one):
 *  o200k: P? UP* LO+ C?  |  P? UP+ LO* C?  |  \p{N}{1,3}  |  ` ?` OTHER+ [\r\n/]*  |  whitespace
 *         where UP = Lu Lt Lm Lo M, LO = Ll Lm Lo M (Lm, Lo and marks are in both), C is a
 *         contraction ('s 't 're 've 'm 'll 'd, any case), OTHER = not \s, \p{L} or \p{N}.
 *         With the regex's backtracking, UP* gives back its last Lm/Lo/M when LO+ needs one.
 *  cl100k: C  |  P? \p{L}+  |  \p{N}{1,3}  |  ` ?` OTHER+ [\r\n]*  |  whitespace.
 *  whitespace (both): a run that contains CR/LF ends after its last CR/LF (\s*[\r\n]+); else a run
 *         followed by a non-space keeps its last char for the next piece (\s+(?!\S)), unless it is
 *         a single char (\s+). \s is Unicode White_Space, as in the Rust original (see bpe.ts).
 */

export type SplitFlavor = 'o200k' | 'cl100k';

// Class bits. KNOWN marks a computed entry (0 = not classified yet).
const KNOWN = 1;
const LU = 2; // Lu, Lt
const LL = 4; // Ll
const LB = 8; // Lm, Lo: letters of both case sets
const MK = 16; // M: marks (in both case sets of o200k, but not \p{L})
const NUM = 32; // \p{N}
const WS = 64; // White_Space
const NL = 128; // \r or \n
const SURROGATE = 256;

const LETTER = LU | LL | LB;
const UP = LU | LB | MK;
const LO = LL | LB | MK;

const CLASS = new Uint16Array(65536);

// The same properties as the patterns; White_Space spelled out as in bpe.ts's rustCompatiblePattern.
const IS_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const IS_LOWER = /^\p{Ll}$/u;
const IS_OTHER_LETTER = /^[\p{Lm}\p{Lo}]$/u;
const IS_MARK = /^\p{M}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return KNOWN | SURROGATE;
  const ch = String.fromCharCode(code);
  let k = KNOWN;
  if (IS_UPPER.test(ch)) k |= LU;
  else if (IS_LOWER.test(ch)) k |= LL;
  else if (IS_OTHER_LETTER.test(ch)) k |= LB;
  else if (IS_MARK.test(ch)) k |= MK;
  else if (IS_NUMBER.test(ch)) k |= NUM;
  else if (IS_SPACE.test(ch)) k |= WS;
  if (code === 10 || code === 13) k |= NL;
  return k;
}

for (let c = 0; c < 128; c++) CLASS[c] = classify(c);

/** Class of the char at i; 0 past the end. */
function cls(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  const k = CLASS[code]!;
  return k !== 0 ? k : (CLASS[code] = classify(code));
}

/** A one-char prefix of the letter alternatives: not CR/LF, a letter or a number. */
function isPrefix(k: number): boolean {
  return k !== 0 && (k & (NL | LETTER | NUM)) === 0;
}

/** Not \s, \p{L} or \p{N} (marks and surrogates included). */
function isOther(k: number): boolean {
  return k !== 0 && (k & (WS | LETTER | NUM)) === 0;
}

const APOSTROPHE = 39;

/** Length of a contraction ('s 't 're 've 'm 'll 'd, any ASCII case) at i, or 0. */
function contractionAt(text: string, i: number): number {
  if (text.charCodeAt(i) !== APOSTROPHE) return 0;
  const a = text.charCodeAt(i + 1) | 0x20; // lower-cased (NaN | 0x20 = 0x20 past the end; non-ASCII stays non-ASCII)
  if (a === 115 || a === 116 || a === 109 || a === 100) return 2; // s t m d
  const b = text.charCodeAt(i + 2) | 0x20;
  if ((a === 114 && b === 101) || (a === 118 && b === 101) || (a === 108 && b === 108)) return 3; // re ve ll
  return 0;
}

/** o200k's UP* LO+ at p (with the regex's backtracking): its end, or -1. */
function upperThenLower(text: string, p: number): number {
  let r = p;
  while (cls(text, r) & UP) r++;
  // UP* gives back chars from its end until LO+ can start: the largest k ≤ r whose char is LO.
  let k = r;
  while (k >= p && !(cls(text, k) & LO)) k--;
  if (k < p) return -1;
  let e = k + 1;
  while (cls(text, e) & LO) e++;
  return e;
}

/** o200k's UP+ LO* at p: its end, or -1. */
function upperRun(text: string, p: number): number {
  let e = p;
  while (cls(text, e) & UP) e++;
  if (e === p) return -1;
  while (cls(text, e) & LO) e++;
  return e;
}

/** End of the whitespace piece starting at i (text[i] is whitespace). */
function whitespaceEnd(text: string, i: number): number {
  let end = i;
  let lastNewline = -1;
  for (;;) {
    const k = cls(text, end);
    if (!(k & WS)) break;
    if (k & NL) lastNewline = end;
    end++;
  }
  if (lastNewline >= 0) return lastNewline + 1; // \s*[\r\n]+
  if (end === text.length) return end; // \s+(?!\S) at the end of the text
  return end - i >= 2 ? end - 1 : end; // \s+(?!\S) leaves one space for the next piece; else \s+
}

/**
 * End of the piece that starts at `i` (i < text.length), as the encoding's pattern cuts it, or -1
 * when only the real pattern can tell. It looks at most 2 chars past the end it returns; when a
 * surrogate is among the chars it looked at, the answer is meaningless and the caller must use
 * the real pattern instead.
 */
export function pieceEnd(text: string, i: number, flavor: SplitFlavor): number {
  const c = cls(text, i);
  if (flavor === 'o200k') {
    if (c & (LETTER | MK) || (isPrefix(c) && cls(text, i + 1) & (LETTER | MK))) {
      let e = isPrefix(c) ? upperThenLower(text, i + 1) : -1;
      if (e < 0) e = upperThenLower(text, i);
      if (e < 0 && isPrefix(c)) e = upperRun(text, i + 1);
      if (e < 0) e = upperRun(text, i);
      if (e >= 0) return e + contractionAt(text, e);
    }
  } else {
    const contraction = contractionAt(text, i);
    if (contraction) return i + contraction;
    // Llama 3 runs this pattern with a case-insensitive (?i:'s|...), where 'ſ' (U+017F) is an s:
    // leave an apostrophe before any non-ASCII char to the real pattern.
    if (text.charCodeAt(i) === APOSTROPHE && text.charCodeAt(i + 1) > 0x7f) return -1;
    let start = -1;
    if (c & LETTER) start = i;
    else if (isPrefix(c) && cls(text, i + 1) & LETTER) start = i + 1;
    if (start >= 0) {
      let end = start + 1;
      while (cls(text, end) & LETTER) end++;
      return end;
    }
  }
  if (c & NUM) {
    let end = i + 1;
    while (end < i + 3 && cls(text, end) & NUM) end++;
    return end;
  }
  // ` ?` OTHER+ then [\r\n/]* (o200k) or [\r\n]* (cl100k).
  const punctStart = text.charCodeAt(i) === 32 && isOther(cls(text, i + 1)) ? i + 1 : i;
  if (isOther(cls(text, punctStart))) {
    let end = punctStart + 1;
    while (isOther(cls(text, end))) end++;
    for (;;) {
      const code = text.charCodeAt(end);
      if (code === 10 || code === 13 || (flavor === 'o200k' && code === 47)) end++;
      else break;
    }
    return end;
  }
  return whitespaceEnd(text, i);
}
