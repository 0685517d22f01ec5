/**
 * The pre-tokenizer patterns of o200k_base and cl100k_base, hand-compiled for ASCII text.
 *
 * Why: on typical training text the regex split is most of the counting time (V8 runs the
 * Unicode-property pattern at ~55 MB/s), while a char-code scanner over ASCII runs several times
 * faster. It is only ever used on strings that are entirely ASCII (the caller checks); anything
 * else goes through the real pattern. test/dataset/ascii-split.test.ts checks, by property test,
 * that it cuts exactly where the pattern does.
 *
 * Reading the patterns for ASCII (Lu = A-Z, Ll = a-z, N = 0-9, \s = \t\n\v\f\r and space; the
 * Lt/Lm/Lo/M classes have no ASCII members). The first alternative that matches at a position wins:
 *  o200k: letters with an optional one-char prefix (not CR/LF/letter/digit): [A-Z]*[a-z]+ or
 *         [A-Z]+[a-z]*, then an optional contraction ('s 't 're 've 'm 'll 'd, any case);
 *         1-3 digits; ` ?` + a run of punctuation + [\r\n/]*; whitespace rules (below).
 *  cl100k: a contraction first; letters with the optional prefix (\p{L}+, no case split);
 *         1-3 digits; ` ?` + punctuation + [\r\n]*; whitespace rules.
 *  whitespace (both): a run that contains CR/LF ends after its last CR/LF (\s*[\r\n]+); else a run
 *         followed by a non-space keeps its last char for the next piece (\s+(?!\S)), unless it
 *         is a single char (\s+).
 */

export type AsciiFlavor = 'o200k' | 'cl100k';

// Character classes of the ASCII range, as bit flags.
const LOWER = 1;
const UPPER = 2;
const DIGIT = 4;
const SPACE = 8; // \s
const NEWLINE = 16; // \r or \n
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 97 && c <= 122) CLASS[c] = LOWER;
  else if (c >= 65 && c <= 90) CLASS[c] = UPPER;
  else if (c >= 48 && c <= 57) CLASS[c] = DIGIT;
  else if (c === 10 || c === 13) CLASS[c] = SPACE | NEWLINE;
  else if (c === 9 || c === 11 || c === 12 || c === 32) CLASS[c] = SPACE;
}
const LETTER = LOWER | UPPER;
const APOSTROPHE = 39;
const SLASH = 47;

function cls(text: string, i: number): number {
  return i < text.length ? CLASS[text.charCodeAt(i)]! : 0;
}

/** Length of a contraction ('s 't 're 've 'm 'll 'd, any case) at i, or 0. */
function contractionAt(text: string, i: number): number {
  if (text.charCodeAt(i) !== APOSTROPHE) return 0;
  const a = text.charCodeAt(i + 1) | 0x20; // lower-cased (NaN | 0x20 = 0x20 past the end)
  if (a === 115 || a === 116 || a === 109 || a === 100) return 2; // s t m d
  const b = text.charCodeAt(i + 2) | 0x20;
  if ((a === 114 && b === 101) || (a === 118 && b === 101) || (a === 108 && b === 108)) return 3; // re ve ll
  return 0;
}

/** End of the whitespace piece starting at i (text[i] is whitespace), or -1 (see asciiPieceEnd). */
function whitespaceEnd(text: string, i: number): number {
  let end = i;
  let lastNewline = -1;
  while (end < text.length) {
    const k = CLASS[text.charCodeAt(end)]!;
    if (!(k & SPACE)) break;
    if (k & NEWLINE) lastNewline = end;
    end++;
  }
  // The run stopped at a non-ASCII char, which may be whitespace too (U+00A0, U+3000...): only the
  // real pattern can tell where this piece ends.
  if (end < text.length && text.charCodeAt(end) > 0x7f) return -1;
  if (lastNewline >= 0) return lastNewline + 1; // \s*[\r\n]+
  if (end === text.length) return end; // \s+(?!\S) at the end of the text
  return end - i >= 2 ? end - 1 : end; // \s+(?!\S) leaves one space for the next piece; else \s+
}

/**
 * End of the piece that starts at `i`, judged from ASCII chars only; -1 when that is not enough.
 * Callers may pass text with non-ASCII chars after `i`: a result that reaches (ends at) a non-ASCII
 * char must be discarded too, since the piece may go on through it.
 */
export function asciiPieceEnd(text: string, i: number, flavor: AsciiFlavor): number {
  const c = CLASS[text.charCodeAt(i)]!;
  if (flavor === 'cl100k') {
    const contraction = contractionAt(text, i);
    if (contraction) return i + contraction;
  }
  // Letters, with an optional one-char prefix that is not CR/LF, a letter or a digit.
  let start = -1;
  if (c & LETTER) start = i;
  else if (!(c & (NEWLINE | DIGIT)) && cls(text, i + 1) & LETTER) start = i + 1;
  if (start >= 0) {
    let end = start;
    if (flavor === 'o200k') {
      while (cls(text, end) & UPPER) end++;
      while (cls(text, end) & LOWER) end++;
      return end + contractionAt(text, end);
    }
    while (cls(text, end) & LETTER) end++;
    return end;
  }
  if (c & DIGIT) {
    let end = i + 1;
    while (end < i + 3 && cls(text, end) & DIGIT) end++;
    return end;
  }
  // ` ?[^\s\p{L}\p{N}]+` then [\r\n/]* (o200k) or [\r\n]* (cl100k).
  const punctStart = text.charCodeAt(i) === 32 ? i + 1 : i;
  if (punctStart < text.length && cls(text, punctStart) === 0) {
    let end = punctStart + 1;
    while (end < text.length && cls(text, end) === 0) end++;
    for (;;) {
      const code = text.charCodeAt(end);
      if (code === 10 || code === 13 || (flavor === 'o200k' && code === SLASH)) end++;
      else break;
    }
    return end;
  }
  return whitespaceEnd(text, i);
}
