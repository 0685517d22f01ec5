import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);

// src/tokens/split.ts
var KNOWN = 1;
var LU = 2;
var LL = 4;
var LB = 8;
var MK = 16;
var NUM = 32;
var WS = 64;
var NL = 128;
var SURROGATE = 256;
var LETTER = LU | LL | LB;
var UP = LU | LB | MK;
var LO = LL | LB | MK;
var CLASS = new Uint16Array(65536);
var IS_UPPER = /^[\p{Lu}\p{Lt}]$/u;
var IS_LOWER = new RegExp("^\\p{Ll}$", "u");
var IS_OTHER_LETTER = /^[\p{Lm}\p{Lo}]$/u;
var IS_MARK = new RegExp("^\\p{M}$", "u");
var IS_NUMBER = new RegExp("^\\p{N}$", "u");
var IS_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;
function classify(code) {
  if (code >= 55296 && code <= 57343) return KNOWN | SURROGATE;
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
function cls(text, i) {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  const k = CLASS[code];
  return k !== 0 ? k : CLASS[code] = classify(code);
}
function isPrefix(k) {
  return k !== 0 && (k & (NL | LETTER | NUM)) === 0;
}
function isOther(k) {
  return k !== 0 && (k & (WS | LETTER | NUM)) === 0;
}
var APOSTROPHE = 39;
function contractionAt(text, i) {
  if (text.charCodeAt(i) !== APOSTROPHE) return 0;
  const a = text.charCodeAt(i + 1) | 32;
  if (a === 115 || a === 116 || a === 109 || a === 100) return 2;
  const b = text.charCodeAt(i + 2) | 32;
  if (a === 114 && b === 101 || a === 118 && b === 101 || a === 108 && b === 108) return 3;
  return 0;
}
function upperThenLower(text, p) {
  let r = p;
  while (cls(text, r) & UP) r++;
  let k = r;
  while (k >= p && !(cls(text, k) & LO)) k--;
  if (k < p) return -1;
  let e = k + 1;
  while (cls(text, e) & LO) e++;
  return e;
}
function upperRun(text, p) {
  let e = p;
  while (cls(text, e) & UP) e++;
  if (e === p) return -1;
  while (cls(text, e) & LO) e++;
  return e;
}
function whitespaceEnd(text, i) {
  let end = i;
  let lastNewline = -1;
  for (; ; ) {
    const k = cls(text, end);
    if (!(k & WS)) break;
    if (k & NL) lastNewline = end;
    end++;
  }
  if (lastNewline >= 0) return lastNewline + 1;
  if (end === text.length) return end;
  return end - i >= 2 ? end - 1 : end;
}
function pieceEnd(text, i, flavor) {
  const c = cls(text, i);
  if (flavor === "o200k") {
    if (c & (LETTER | MK) || isPrefix(c) && cls(text, i + 1) & (LETTER | MK)) {
      let e = isPrefix(c) ? upperThenLower(text, i + 1) : -1;
      if (e < 0) e = upperThenLower(text, i);
      if (e < 0 && isPrefix(c)) e = upperRun(text, i + 1);
      if (e < 0) e = upperRun(text, i);
      if (e >= 0) return e + contractionAt(text, e);
    }
  } else {
    const contraction = contractionAt(text, i);
    if (contraction) return i + contraction;
    if (text.charCodeAt(i) === APOSTROPHE && text.charCodeAt(i + 1) > 127) return -1;
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
  const punctStart = text.charCodeAt(i) === 32 && isOther(cls(text, i + 1)) ? i + 1 : i;
  if (isOther(cls(text, punctStart))) {
    let end = punctStart + 1;
    while (isOther(cls(text, end))) end++;
    for (; ; ) {
      const code = text.charCodeAt(end);
      if (code === 10 || code === 13 || flavor === "o200k" && code === 47) end++;
      else break;
    }
    return end;
  }
  return whitespaceEnd(text, i);
}

// src/tokens/bpe.ts
var HEAP_MERGE_FROM_BYTES = 96;
var DEFAULT_CACHE_ENTRIES = 25e4;
var MAX_CACHED_PIECE_CHARS = 64;
var WHITE_SPACE = "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
function rustCompatiblePattern(patStr) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < patStr.length; i++) {
    const c = patStr[i];
    if (c === "\\") {
      const next = patStr[i + 1];
      if (next === "s") out += inClass ? WHITE_SPACE : `[${WHITE_SPACE}]`;
      else if (next === "S") {
        if (inClass) throw new Error("\\S inside a character class is not supported");
        out += `[^${WHITE_SPACE}]`;
      } else out += c + (next ?? "");
      i++;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += c;
  }
  return out;
}
var NON_ASCII = /[^\x00-\x7f]/;
var SURROGATE_GLOBAL = /[\ud800-\udfff]/g;
function nextSurrogate(text, from) {
  SURROGATE_GLOBAL.lastIndex = from;
  return SURROGATE_GLOBAL.exec(text)?.index ?? text.length;
}
function base64ToBinary(b64) {
  return atob(b64);
}
var utf8 = new TextEncoder();
function toBinary(text) {
  if (!NON_ASCII.test(text)) return text;
  const bytes = utf8.encode(text);
  let out = "";
  for (let i = 0; i < bytes.length; i += 4096) out += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return out;
}
var NO_RANK = 2147483647;
var PAIR_UNKNOWN = -1;
var PAIR_TABLE_MIN_BITS = 14;
var PAIR_TABLE_MAX_BITS = 20;
var PairTable = class _PairTable {
  /** [a, b, value] per slot; value 0: empty slot, -1: no such token, else rank + 1. */
  slots = new Int32Array(3 << PAIR_TABLE_MIN_BITS);
  mask = (1 << PAIR_TABLE_MIN_BITS) - 1;
  size = 0;
  static slotOf(a, b, mask) {
    let h = Math.imul(a, 2654435761) ^ Math.imul(b + 1663821227, 2246822519);
    h ^= h >>> 15;
    h = Math.imul(h, 3266489917);
    h ^= h >>> 13;
    return h & mask;
  }
  get(a, b) {
    const slots = this.slots;
    const mask = this.mask;
    for (let slot = _PairTable.slotOf(a, b, mask); ; slot = slot + 1 & mask) {
      const k = slot * 3;
      const v = slots[k + 2];
      if (v === 0) return PAIR_UNKNOWN;
      if (slots[k] === a && slots[k + 1] === b) return v < 0 ? NO_RANK : v - 1;
    }
  }
  set(a, b, rank) {
    if (this.size >= this.mask + 1 >> 1) {
      if (this.mask + 1 >= 1 << PAIR_TABLE_MAX_BITS) return;
      this.grow();
    }
    _PairTable.put(this.slots, this.mask, a, b, rank === NO_RANK ? -1 : rank + 1);
    this.size++;
  }
  static put(slots, mask, a, b, value) {
    let slot = _PairTable.slotOf(a, b, mask);
    while (slots[slot * 3 + 2] !== 0) slot = slot + 1 & mask;
    const k = slot * 3;
    slots[k] = a;
    slots[k + 1] = b;
    slots[k + 2] = value;
  }
  grow() {
    const old = this.slots;
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array((mask + 1) * 3);
    for (let k = 0; k < old.length; k += 3)
      if (old[k + 2] !== 0) _PairTable.put(slots, mask, old[k], old[k + 1], old[k + 2]);
    this.slots = slots;
    this.mask = mask;
  }
};
var P = 16777619;
var VocabIndex = class _VocabIndex {
  pool;
  start;
  length;
  hash;
  power;
  /** id + 1 per slot, 0 = empty. */
  slots;
  mask;
  constructor(tokenBytes) {
    const ids = tokenBytes.length;
    let total = 0;
    for (let id = 0; id < ids; id++) total += tokenBytes[id]?.length ?? 0;
    this.pool = new Uint8Array(total);
    this.start = new Int32Array(ids);
    this.length = new Int32Array(ids);
    this.hash = new Int32Array(ids);
    this.power = new Int32Array(ids);
    let bits = 1;
    while (1 << bits < ids * 2) bits++;
    this.slots = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    let at = 0;
    for (let id = 0; id < ids; id++) {
      const bytes = tokenBytes[id];
      if (bytes === void 0) continue;
      let h = 0;
      let power = 1;
      this.start[id] = at;
      this.length[id] = bytes.length;
      for (let i = 0; i < bytes.length; i++) {
        const byte = bytes.charCodeAt(i);
        this.pool[at++] = byte;
        h = Math.imul(h, P) + byte | 0;
        power = Math.imul(power, P);
      }
      this.hash[id] = h;
      this.power[id] = power;
      let slot = _VocabIndex.slotOf(h, this.mask);
      while (this.slots[slot] !== 0) slot = slot + 1 & this.mask;
      this.slots[slot] = id + 1;
    }
  }
  static slotOf(h, mask) {
    const x = Math.imul(h ^ h >>> 16, 73244475);
    return (x ^ x >>> 13) & mask;
  }
  /** The id of the token whose bytes are token a's then token b's, or NO_RANK. */
  pair(a, b) {
    const length = this.length[a] + this.length[b];
    const h = Math.imul(this.hash[a], this.power[b]) + this.hash[b] | 0;
    const pool = this.pool;
    for (let slot = _VocabIndex.slotOf(h, this.mask); ; slot = slot + 1 & this.mask) {
      const entry = this.slots[slot];
      if (entry === 0) return NO_RANK;
      const id = entry - 1;
      if (this.hash[id] !== h || this.length[id] !== length) continue;
      let at = this.start[id];
      let same = true;
      for (let i = this.start[a], end = i + this.length[a]; same && i < end; i++) same = pool[at++] === pool[i];
      for (let i = this.start[b], end = i + this.length[b]; same && i < end; i++) same = pool[at++] === pool[i];
      if (same) return id;
    }
  }
};
function utf8Into(text, out) {
  let n = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) out[n++] = c;
    else if (c < 2048) {
      out[n++] = 192 | c >> 6;
      out[n++] = 128 | c & 63;
    } else {
      if (c >= 55296 && c <= 57343) {
        const next = i + 1 < len ? text.charCodeAt(i + 1) : 0;
        if (c <= 56319 && next >= 56320 && next <= 57343) {
          c = 65536 + (c - 55296 << 10) + (next - 56320);
          i++;
          out[n++] = 240 | c >> 18;
          out[n++] = 128 | c >> 12 & 63;
          out[n++] = 128 | c >> 6 & 63;
          out[n++] = 128 | c & 63;
          continue;
        }
        c = 65533;
      }
      out[n++] = 224 | c >> 12;
      out[n++] = 128 | c >> 6 & 63;
      out[n++] = 128 | c & 63;
    }
  }
  return n;
}
function binaryOf(bytes, n) {
  return String.fromCharCode.apply(null, bytes.subarray(0, n));
}
var A_PREFIX = 1;
var A_UPPER = 2;
var A_LOWER = 4;
var A_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 97 && c <= 122) A_CLASS[c] = A_LOWER;
  else if (c >= 65 && c <= 90) A_CLASS[c] = A_UPPER;
  else if (!(c >= 48 && c <= 57) && c !== 10 && c !== 13) A_CLASS[c] = A_PREFIX;
}
function asciiWordEnd(text, i, o200k) {
  let j = i;
  let code = text.charCodeAt(j);
  if (code === 39 && !o200k) return -1;
  if (code < 128 && A_CLASS[code] === A_PREFIX) code = text.charCodeAt(++j);
  if (code < 128 && A_CLASS[code] === A_UPPER) code = text.charCodeAt(++j);
  if (!(code < 128 && A_CLASS[code] === A_LOWER)) return -1;
  do
    code = text.charCodeAt(++j);
  while (code < 128 && A_CLASS[code] === A_LOWER);
  if (j >= text.length) return j;
  if (code >= 128) return -1;
  const k = A_CLASS[code];
  if (k === A_UPPER) return o200k ? j : -1;
  if (code === 39 && o200k) return j + contractionLength(text, j);
  return j;
}
function contractionLength(text, i) {
  const a = text.charCodeAt(i + 1) | 32;
  if (a === 115 || a === 116 || a === 109 || a === 100) return 2;
  const b = text.charCodeAt(i + 2) | 32;
  if (a === 114 && b === 101 || a === 118 && b === 101 || a === 108 && b === 108) return 3;
  return 0;
}
var SMALL_PIECE_CHARS = 11;
var TABLE_MIN_BITS = 14;
var TABLE_MAX_BITS = 20;
var PackedPieceTable = class _PackedPieceTable {
  /** [a, b, c, count] per slot. */
  slots = new Int32Array(4 << TABLE_MIN_BITS);
  mask = (1 << TABLE_MIN_BITS) - 1;
  size = 0;
  static slotOf(a, b, c, mask) {
    let h = Math.imul(a ^ Math.imul(b, 2654435761) ^ Math.imul(c, 2246822519), 3266489917);
    h ^= h >>> 15;
    return h & mask;
  }
  get(a, b, c) {
    const slots = this.slots;
    const mask = this.mask;
    for (let slot = _PackedPieceTable.slotOf(a, b, c, mask); ; slot = slot + 1 & mask) {
      const k = slot << 2;
      const v = slots[k + 3];
      if (v === 0) return 0;
      if (slots[k] === a && slots[k + 1] === b && slots[k + 2] === c) return v;
    }
  }
  set(a, b, c, value) {
    if (this.size >= this.mask + 1 >> 1) {
      if (this.mask + 1 >= 1 << TABLE_MAX_BITS) return;
      this.grow();
    }
    _PackedPieceTable.put(this.slots, this.mask, a, b, c, value);
    this.size++;
  }
  static put(slots, mask, a, b, c, value) {
    let slot = _PackedPieceTable.slotOf(a, b, c, mask);
    while (slots[(slot << 2) + 3] !== 0) slot = slot + 1 & mask;
    const k = slot << 2;
    slots[k] = a;
    slots[k + 1] = b;
    slots[k + 2] = c;
    slots[k + 3] = value;
  }
  grow() {
    const old = this.slots;
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array(mask + 1 << 2);
    for (let k = 0; k < old.length; k += 4)
      if (old[k + 3] !== 0) _PackedPieceTable.put(slots, mask, old[k], old[k + 1], old[k + 2], old[k + 3]);
    this.slots = slots;
    this.mask = mask;
  }
};
var BpeCounter = class {
  ranks;
  pattern;
  /** The same pattern, anchored at lastIndex: cuts one piece at a known piece boundary. */
  sticky;
  cache = /* @__PURE__ */ new Map();
  small = new PackedPieceTable();
  cacheEntries;
  flavor;
  /** Token id → its bytes as a binary string; byte → its single-byte token id. */
  tokenBytes = [];
  vocab;
  byteIds = new Int32Array(256);
  pairTable = new PairTable();
  /** Scratch buffers of the merge, reused (grown when a longer piece comes). */
  bytes = new Uint8Array(256);
  ids = new Int32Array(128);
  pairs = new Int32Array(128);
  /**
   * `asciiFlavor` names the hand-compiled splitter equivalent to this encoding's pattern (see
   * split.ts; despite the option's old name it cuts any text without astral chars); without it
   * every text goes through the regex.
   */
  constructor(data, options = {}) {
    this.flavor = options.asciiFlavor;
    this.ranks = /* @__PURE__ */ new Map();
    for (const line of data.bpe_ranks.split("\n")) {
      if (!line) continue;
      const parts = line.split(" ");
      const offset = Number.parseInt(parts[1], 10);
      for (let i = 2; i < parts.length; i++) {
        const bytes = base64ToBinary(parts[i]);
        this.ranks.set(bytes, offset + i - 2);
        this.tokenBytes[offset + i - 2] = bytes;
      }
    }
    for (let b = 0; b < 256; b++) {
      const id = this.ranks.get(String.fromCharCode(b));
      if (id === void 0) throw new Error(`the rank data has no token for byte ${b}`);
      this.byteIds[b] = id;
    }
    this.vocab = new VocabIndex(this.tokenBytes);
    this.pattern = new RegExp(rustCompatiblePattern(data.pat_str), "gu");
    this.sticky = new RegExp(rustCompatiblePattern(data.pat_str), "uy");
    this.cacheEntries = options.cacheEntries ?? DEFAULT_CACHE_ENTRIES;
  }
  /** Number of tokens of `text` (ordinary text: special-token lookalikes are plain text). */
  count(text) {
    const len = text.length;
    if (len === 0) return 0;
    const flavor = this.flavor;
    if (flavor === void 0) return this.countWithPattern(text);
    let total = 0;
    let surrogate = nextSurrogate(text, 0);
    const table = this.small;
    const o200k = flavor === "o200k";
    for (let i = 0; i < len; ) {
      if (surrogate < i) surrogate = nextSurrogate(text, i);
      let end = asciiWordEnd(text, i, o200k);
      if (end < 0) end = pieceEnd(text, i, flavor);
      if (end + 2 >= surrogate && surrogate < len) end = -1;
      if (end < 0) {
        this.sticky.lastIndex = i;
        this.sticky.test(text);
        end = this.sticky.lastIndex;
        total += this.cachedPiece(text.slice(i, end));
        i = end;
        continue;
      }
      if (end - i <= SMALL_PIECE_CHARS) {
        let a = end - i;
        let b = 0;
        let c = 0;
        let any = 0;
        for (let k = i, shift = 4; k < end; k++, shift += 7) {
          const code = text.charCodeAt(k);
          any |= code;
          if (shift < 32)
            a |= code << shift;
          else if (shift < 60) b |= code << shift - 32;
          else c |= code << shift - 60;
        }
        if (any > 127) {
          total += this.cachedPiece(text.slice(i, end));
          i = end;
          continue;
        }
        let n = table.get(a, b, c);
        if (n === 0) {
          n = this.countPiece(text.slice(i, end));
          table.set(a, b, c, n);
        }
        total += n;
      } else {
        total += this.cachedPiece(text.slice(i, end));
      }
      i = end;
    }
    return total;
  }
  /** The plain path: split with the pattern, count each piece (cached). */
  countWithPattern(text) {
    const pieces = text.match(this.pattern);
    if (pieces === null) return 0;
    let total = 0;
    for (let i = 0; i < pieces.length; i++) total += this.cachedPiece(pieces[i]);
    return total;
  }
  cachedPiece(piece) {
    const hit = this.cache.get(piece);
    if (hit !== void 0) return hit;
    const n = this.countPiece(piece);
    if (piece.length <= MAX_CACHED_PIECE_CHARS) {
      if (this.cache.size >= this.cacheEntries) this.cache = /* @__PURE__ */ new Map();
      this.cache.set(piece, n);
    }
    return n;
  }
  /** Tokens of one pre-tokenizer piece: 1 when the whole piece is a token, else the byte-pair merge. */
  countPiece(piece) {
    const n = this.toBytes(piece);
    if (n >= HEAP_MERGE_FROM_BYTES) return this.mergeHeap(toBinary(piece));
    const parts = this.mergeIds(n);
    if (parts <= 2) return parts;
    return this.ranks.has(n === piece.length ? piece : binaryOf(this.bytes, n)) ? 1 : parts;
  }
  /** UTF-8 bytes of `piece` into this.bytes (grown as needed); returns their number. */
  toBytes(piece) {
    const len = piece.length;
    if (this.bytes.length < len * 3) this.bytes = new Uint8Array(len * 3);
    return utf8Into(piece, this.bytes);
  }
  /**
   * tiktoken's `_byte_pair_merge` over token ids: repeatedly merge the lowest-ranked adjacent pair
   * (leftmost on ties). Every part is a token at every step (a byte, or a merged pair), so the
   * rank of two adjacent parts' bytes is a lookup by their two ids (see pairRank): no substrings.
   * Returns the number of parts left, i.e. the piece's tokens. O(n²), for short pieces.
   */
  mergeIds(n) {
    if (this.ids.length < n) {
      this.ids = new Int32Array(n * 2);
      this.pairs = new Int32Array(n * 2);
    }
    const ids = this.ids;
    const pairs = this.pairs;
    const bytes = this.bytes;
    const byteIds = this.byteIds;
    for (let i = 0; i < n; i++) ids[i] = byteIds[bytes[i]];
    for (let i = 0; i < n - 1; i++) pairs[i] = this.pairRank(ids[i], ids[i + 1]);
    let parts = n;
    while (parts > 1) {
      let min = NO_RANK;
      let at = -1;
      for (let i = 0; i < parts - 1; i++) {
        if (pairs[i] < min) {
          min = pairs[i];
          at = i;
        }
      }
      if (at < 0) break;
      ids[at] = min;
      for (let i = at + 1; i < parts - 1; i++) ids[i] = ids[i + 1];
      for (let i = at + 1; i < parts - 2; i++) pairs[i] = pairs[i + 1];
      parts--;
      if (at < parts - 1) pairs[at] = this.pairRank(ids[at], ids[at + 1]);
      if (at > 0) pairs[at - 1] = this.pairRank(ids[at - 1], ids[at]);
    }
    return parts;
  }
  /** Rank of the bytes of token a followed by token b (= the merged token's id), or NO_RANK. */
  pairRank(a, b) {
    const table = this.pairTable;
    let rank = table.get(a, b);
    if (rank === PAIR_UNKNOWN) {
      rank = this.vocab.pair(a, b);
      table.set(a, b, rank);
    }
    return rank;
  }
  /**
   * The same merge in O(n log n) for long pieces (a 1 MB run of letters is one piece): parts in a
   * doubly linked list, candidate pairs in a min-heap keyed by (rank, start) with lazy deletion.
   * The (rank, start) order is tiktoken's order: lowest rank first, the leftmost on ties.
   */
  mergeHeap(bytes) {
    const n = bytes.length;
    const ranks = this.ranks;
    const next = new Int32Array(n + 1);
    const prev = new Int32Array(n + 1);
    const alive = new Uint8Array(n + 1);
    for (let i = 0; i <= n; i++) {
      next[i] = i + 1;
      prev[i] = i - 1;
      alive[i] = 1;
    }
    const heapRank = [];
    const heapPos = [];
    const heapEnd = [];
    const less = (a, b) => heapRank[a] < heapRank[b] || heapRank[a] === heapRank[b] && heapPos[a] < heapPos[b];
    const swap = (a, b) => {
      [heapRank[a], heapRank[b]] = [heapRank[b], heapRank[a]];
      [heapPos[a], heapPos[b]] = [heapPos[b], heapPos[a]];
      [heapEnd[a], heapEnd[b]] = [heapEnd[b], heapEnd[a]];
    };
    const push = (rank, pos, end) => {
      heapRank.push(rank);
      heapPos.push(pos);
      heapEnd.push(end);
      let i = heapRank.length - 1;
      while (i > 0) {
        const p = i - 1 >> 1;
        if (!less(i, p)) break;
        swap(i, p);
        i = p;
      }
    };
    const pop = () => {
      const last = heapRank.length - 1;
      swap(0, last);
      const top = { rank: heapRank.pop(), pos: heapPos.pop(), end: heapEnd.pop() };
      let i = 0;
      for (; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heapRank.length && less(l, m)) m = l;
        if (r < heapRank.length && less(r, m)) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
      return top;
    };
    const pairEnd = (i) => next[next[i]];
    const consider = (i) => {
      if (i < 0 || i >= n) return;
      const end = pairEnd(i);
      if (next[i] >= n || end > n) return;
      const rank = ranks.get(bytes.slice(i, end));
      if (rank !== void 0) push(rank, i, end);
    };
    for (let i = 0; i < n - 1; i++) consider(i);
    let parts = n;
    while (heapRank.length > 0) {
      const { pos, end } = pop();
      if (!alive[pos] || next[pos] >= n + 1 || pairEnd(pos) !== end) continue;
      const right = next[pos];
      alive[right] = 0;
      next[pos] = next[right];
      if (next[right] <= n) prev[next[right]] = pos;
      parts--;
      consider(prev[pos]);
      consider(pos);
    }
    return parts;
  }
};

export {
  BpeCounter
};
