/**
 * An exact, fast token *counter* for tiktoken BPE encodings (o200k_base, cl100k_base).
 *
 * Why not js-tiktoken's `encode`: it rebuilds its regexes on every call, keys its rank map by
 * "1,2,3" strings built with `Array.join`, and caches nothing, so a dataset of repeated words pays
 * the full byte-pair merge for every occurrence. Here:
 *  - text is split with the encoding's own pre-tokenizer pattern (from the rank data), made to
 *    match the Rust original exactly (see `rustCompatiblePattern`);
 *  - each piece's token count is cached in a bounded Map (pieces recur across a dataset);
 *  - only a cache miss runs the byte-pair merge, over a rank Map keyed by "binary strings"
 *    (one char per byte), with an O(n log n) heap merge for long pieces instead of O(n²).
 * Special-token text such as `<|endoftext|>` is ordinary text here (never allowed, never thrown
 * on), exactly like tiktoken's `encode_ordinary`.
 *
 * Platform-neutral: no `node:` imports, so the widget can run it in a Web Worker.
 */

/** The shape of js-tiktoken's rank files (`js-tiktoken/ranks/o200k_base`). */
import { pieceEnd, type SplitFlavor } from './split.js';

export interface BpeRankData {
  pat_str: string;
  special_tokens: Record<string, number>;
  bpe_ranks: string;
}

/** Pieces longer than this are merged with the heap; shorter ones with a simple scan (faster when small). */
const HEAP_MERGE_FROM_BYTES = 96;
/** Cache bound: the piece cache is dropped and restarted when it holds this many entries. */
const DEFAULT_CACHE_ENTRIES = 250_000;
/** Pieces longer than this are not cached (they rarely recur and would bloat the cache). */
const MAX_CACHED_PIECE_CHARS = 64;

/**
 * JavaScript's `\s` is not Rust regex's `\s` (Unicode White_Space): JS includes U+FEFF and leaves
 * out U+0085 (NEL). tiktoken runs its pattern with Rust's fancy-regex, so a literal NEL or BOM in
 * a training file would split differently in JS. Spell White_Space out to match the original.
 */
const WHITE_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

export function rustCompatiblePattern(patStr: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < patStr.length; i++) {
    const c = patStr[i]!;
    if (c === '\\') {
      const next = patStr[i + 1];
      if (next === 's') out += inClass ? WHITE_SPACE : `[${WHITE_SPACE}]`;
      else if (next === 'S') {
        if (inClass) throw new Error('\\S inside a character class is not supported');
        out += `[^${WHITE_SPACE}]`;
      } else out += c + (next ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

const SURROGATE_GLOBAL = /[\ud800-\udfff]/g;

/** Index of the first surrogate (half of an astral char) at or after `from`, or the text's length. */
function nextSurrogate(text: string, from: number): number {
  SURROGATE_GLOBAL.lastIndex = from;
  return SURROGATE_GLOBAL.exec(text)?.index ?? text.length;
}

/** base64 → one char per byte, without Buffer (browser and Node alike). */
function base64ToBinary(b64: string): string {
  return atob(b64);
}

/** UTF-8 bytes of a string as a binary string (one char per byte). ASCII strings are returned as they are. */
const utf8 = new TextEncoder();
function toBinary(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const bytes = utf8.encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) out += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return out;
}

/** "No such token": greater than every rank, so the merge's min-search skips it. */
const NO_RANK = 0x7fffffff;
/** PairTable.get's answer for a pair not looked up yet. */
const PAIR_UNKNOWN = -1;
const PAIR_TABLE_MIN_BITS = 14;
const PAIR_TABLE_MAX_BITS = 20;

/**
 * Open-addressing hash table (token id, token id) → rank of their concatenated bytes, or NO_RANK:
 * the merge's lookups without building a string per lookup. Pairs recur far more than pieces do
 * (" t" + "he" is in many words), so it fills lazily from the rank Map. Key and value side by
 * side, grown as it fills; bounded: stops taking entries at half of the largest size.
 */
class PairTable {
  /** [a, b, value] per slot; value 0: empty slot, -1: no such token, else rank + 1. */
  private slots = new Int32Array(3 << PAIR_TABLE_MIN_BITS);
  private mask = (1 << PAIR_TABLE_MIN_BITS) - 1;
  private size = 0;

  private static slotOf(a: number, b: number, mask: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x632be5ab, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0xc2b2ae3d);
    h ^= h >>> 13;
    return h & mask;
  }

  get(a: number, b: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let slot = PairTable.slotOf(a, b, mask); ; slot = (slot + 1) & mask) {
      const k = slot * 3;
      const v = slots[k + 2]!;
      if (v === 0) return PAIR_UNKNOWN;
      if (slots[k] === a && slots[k + 1] === b) return v < 0 ? NO_RANK : v - 1;
    }
  }

  set(a: number, b: number, rank: number): void {
    if (this.size >= (this.mask + 1) >> 1) {
      if (this.mask + 1 >= 1 << PAIR_TABLE_MAX_BITS) return;
      this.grow();
    }
    PairTable.put(this.slots, this.mask, a, b, rank === NO_RANK ? -1 : rank + 1);
    this.size++;
  }

  private static put(slots: Int32Array, mask: number, a: number, b: number, value: number): void {
    let slot = PairTable.slotOf(a, b, mask);
    while (slots[slot * 3 + 2] !== 0) slot = (slot + 1) & mask;
    const k = slot * 3;
    slots[k] = a;
    slots[k + 1] = b;
    slots[k + 2] = value;
  }

  private grow(): void {
    const old = this.slots;
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array((mask + 1) * 3);
    for (let k = 0; k < old.length; k += 3)
      if (old[k + 2] !== 0) PairTable.put(slots, mask, old[k]!, old[k + 1]!, old[k + 2]!);
    this.slots = slots;
    this.mask = mask;
  }
}

/** Multiplier of the polynomial byte hash: H(xy) = H(x) * P^len(y) + H(y), so a pair's hash needs no bytes. */
const P = 0x01000193;

/**
 * The vocabulary's bytes in one pool, with an open-addressing index by a composable hash: the
 * rank of token a's bytes followed by token b's is found from the two ids alone (no string built,
 * no string hashed), which is what a miss of the pair table needs.
 */
class VocabIndex {
  private readonly pool: Uint8Array;
  private readonly start: Int32Array;
  private readonly length: Int32Array;
  private readonly hash: Int32Array;
  private readonly power: Int32Array;
  /** id + 1 per slot, 0 = empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(tokenBytes: readonly (string | undefined)[]) {
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
      if (bytes === undefined) continue;
      let h = 0;
      let power = 1;
      this.start[id] = at;
      this.length[id] = bytes.length;
      for (let i = 0; i < bytes.length; i++) {
        const byte = bytes.charCodeAt(i);
        this.pool[at++] = byte;
        h = (Math.imul(h, P) + byte) | 0;
        power = Math.imul(power, P);
      }
      this.hash[id] = h;
      this.power[id] = power;
      let slot = VocabIndex.slotOf(h, this.mask);
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id + 1;
    }
  }

  private static slotOf(h: number, mask: number): number {
    const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
    return (x ^ (x >>> 13)) & mask;
  }

  /** The id of the token whose bytes are token a's then token b's, or NO_RANK. */
  pair(a: number, b: number): number {
    const length = this.length[a]! + this.length[b]!;
    const h = (Math.imul(this.hash[a]!, this.power[b]!) + this.hash[b]!) | 0;
    const pool = this.pool;
    for (let slot = VocabIndex.slotOf(h, this.mask); ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return NO_RANK;
      const id = entry - 1;
      if (this.hash[id] !== h || this.length[id] !== length) continue;
      // Same hash and length: compare the bytes.
      let at = this.start[id]!;
      let same = true;
      for (let i = this.start[a]!, end = i + this.length[a]!; same && i < end; i++) same = pool[at++] === pool[i];
      for (let i = this.start[b]!, end = i + this.length[b]!; same && i < end; i++) same = pool[at++] === pool[i];
      if (same) return id;
    }
  }
}

/**
 * Writes the UTF-8 bytes of `text` into `out` (room for 3 bytes per char) and returns how many.
 * A lone surrogate becomes U+FFFD, as TextEncoder (and so the reference binding) does.
 */
function utf8Into(text: string, out: Uint8Array): number {
  let n = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < len ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
          out[n++] = 0xf0 | (c >> 18);
          out[n++] = 0x80 | ((c >> 12) & 0x3f);
          out[n++] = 0x80 | ((c >> 6) & 0x3f);
          out[n++] = 0x80 | (c & 0x3f);
          continue;
        }
        c = 0xfffd;
      }
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return n;
}

/** The first n bytes as a binary string (one char per byte). */
function binaryOf(bytes: Uint8Array, n: number): string {
  return String.fromCharCode.apply(null, bytes.subarray(0, n) as unknown as number[]);
}

// ASCII char classes for asciiWordEnd: a one-char prefix (not a letter, digit, CR or LF), A-Z, a-z.
const A_PREFIX = 1;
const A_UPPER = 2;
const A_LOWER = 4;
const A_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 97 && c <= 122) A_CLASS[c] = A_LOWER;
  else if (c >= 65 && c <= 90) A_CLASS[c] = A_UPPER;
  else if (!(c >= 48 && c <= 57) && c !== 10 && c !== 13) A_CLASS[c] = A_PREFIX;
}

/**
 * The most common piece of English text, cut without the general splitter: an optional one-char
 * ASCII prefix, an optional capital, a-z+, ended by an ASCII char that is not a letter (o200k: or a
 * capital; a contraction after it is part of an o200k piece). -1 for anything else, which
 * split.ts's pieceEnd then cuts. Both patterns cut such a piece here (see split.ts).
 */
function asciiWordEnd(text: string, i: number, o200k: boolean): number {
  let j = i;
  let code = text.charCodeAt(j);
  if (code === 39 && !o200k) return -1; // cl100k tries a contraction first ('Re in 'Rerun)
  if (code < 128 && A_CLASS[code] === A_PREFIX) code = text.charCodeAt(++j);
  if (code < 128 && A_CLASS[code] === A_UPPER) code = text.charCodeAt(++j);
  if (!(code < 128 && A_CLASS[code] === A_LOWER)) return -1;
  do code = text.charCodeAt(++j);
  while (code < 128 && A_CLASS[code] === A_LOWER);
  if (j >= text.length) return j;
  if (code >= 128) return -1; // a non-ASCII letter or mark may go on with the piece
  const k = A_CLASS[code]!;
  if (k === A_UPPER) return o200k ? j : -1; // cl100k's \p{L}+ goes on through capitals
  if (code === 39 && o200k) return j + contractionLength(text, j);
  return j;
}

/** Length of a contraction ('s 't 're 've 'm 'll 'd, any case) at i, or 0. */
function contractionLength(text: string, i: number): number {
  const a = text.charCodeAt(i + 1) | 0x20; // lower-cased (NaN | 0x20 = 0x20 past the end; non-ASCII stays non-ASCII)
  if (a === 115 || a === 116 || a === 109 || a === 100) return 2; // s t m d
  const b = text.charCodeAt(i + 2) | 0x20;
  if ((a === 114 && b === 101) || (a === 118 && b === 101) || (a === 108 && b === 108)) return 3; // re ve ll
  return 0;
}

/**
 * ASCII pieces up to this many chars are cached in the packed table (4 + 4 + 4 chars of 7 bits, after a 4-bit
 * length).
 */
const SMALL_PIECE_CHARS = 11;
/** The packed table starts small (fits in the CPU cache) and doubles up to this size. */
const TABLE_MIN_BITS = 14;
const TABLE_MAX_BITS = 20;

/**
 * Open-addressing hash table from a short ASCII piece, packed into three int32 words, to its token
 * count (never 0 for a non-empty piece, so 0 marks an empty slot). Each slot's key and value sit
 * side by side (one cache line per probe), and the table grows with the distinct pieces seen, so a
 * dataset's working set stays as compact as it can. Bounded: stops taking entries at half of the
 * largest size (the pieces seen first are the frequent ones, so keeping them beats clearing).
 */
class PackedPieceTable {
  /** [a, b, c, count] per slot. */
  private slots = new Int32Array(4 << TABLE_MIN_BITS);
  private mask = (1 << TABLE_MIN_BITS) - 1;
  private size = 0;

  private static slotOf(a: number, b: number, c: number, mask: number): number {
    let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77), 0xc2b2ae3d);
    h ^= h >>> 15;
    return h & mask;
  }

  get(a: number, b: number, c: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let slot = PackedPieceTable.slotOf(a, b, c, mask); ; slot = (slot + 1) & mask) {
      const k = slot << 2;
      const v = slots[k + 3]!;
      if (v === 0) return 0;
      if (slots[k] === a && slots[k + 1] === b && slots[k + 2] === c) return v;
    }
  }

  set(a: number, b: number, c: number, value: number): void {
    if (this.size >= (this.mask + 1) >> 1) {
      if (this.mask + 1 >= 1 << TABLE_MAX_BITS) return;
      this.grow();
    }
    PackedPieceTable.put(this.slots, this.mask, a, b, c, value);
    this.size++;
  }

  private static put(slots: Int32Array, mask: number, a: number, b: number, c: number, value: number): void {
    let slot = PackedPieceTable.slotOf(a, b, c, mask);
    while (slots[(slot << 2) + 3] !== 0) slot = (slot + 1) & mask;
    const k = slot << 2;
    slots[k] = a;
    slots[k + 1] = b;
    slots[k + 2] = c;
    slots[k + 3] = value;
  }

  private grow(): void {
    const old = this.slots;
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array((mask + 1) << 2);
    for (let k = 0; k < old.length; k += 4)
      if (old[k + 3] !== 0) PackedPieceTable.put(slots, mask, old[k]!, old[k + 1]!, old[k + 2]!, old[k + 3]!);
    this.slots = slots;
    this.mask = mask;
  }
}

export class BpeCounter {
  private readonly ranks: Map<string, number>;
  private readonly pattern: RegExp;
  /** The same pattern, anchored at lastIndex: cuts one piece at a known piece boundary. */
  private readonly sticky: RegExp;
  private cache = new Map<string, number>();
  private readonly small = new PackedPieceTable();
  private readonly cacheEntries: number;

  private readonly flavor: SplitFlavor | undefined;
  /** Token id → its bytes as a binary string; byte → its single-byte token id. */
  private readonly tokenBytes: string[] = [];
  private readonly vocab: VocabIndex;
  private readonly byteIds = new Int32Array(256);
  private readonly pairTable = new PairTable();
  /** Scratch buffers of the merge, reused (grown when a longer piece comes). */
  private bytes = new Uint8Array(256);
  private ids = new Int32Array(128);
  private pairs = new Int32Array(128);

  /**
   * `asciiFlavor` names the hand-compiled splitter equivalent to this encoding's pattern (see
   * split.ts; despite the option's old name it cuts any text without astral chars); without it
   * every text goes through the regex.
   */
  constructor(data: BpeRankData, options: { cacheEntries?: number; asciiFlavor?: SplitFlavor } = {}) {
    this.flavor = options.asciiFlavor;
    this.ranks = new Map();
    for (const line of data.bpe_ranks.split('\n')) {
      if (!line) continue;
      const parts = line.split(' ');
      const offset = Number.parseInt(parts[1]!, 10);
      for (let i = 2; i < parts.length; i++) {
        const bytes = base64ToBinary(parts[i]!);
        this.ranks.set(bytes, offset + i - 2);
        this.tokenBytes[offset + i - 2] = bytes;
      }
    }
    for (let b = 0; b < 256; b++) {
      const id = this.ranks.get(String.fromCharCode(b));
      if (id === undefined) throw new Error(`the rank data has no token for byte ${b}`);
      this.byteIds[b] = id;
    }
    this.vocab = new VocabIndex(this.tokenBytes);
    this.pattern = new RegExp(rustCompatiblePattern(data.pat_str), 'gu');
    this.sticky = new RegExp(rustCompatiblePattern(data.pat_str), 'uy');
    this.cacheEntries = options.cacheEntries ?? DEFAULT_CACHE_ENTRIES;
  }

  /** Number of tokens of `text` (ordinary text: special-token lookalikes are plain text). */
  count(text: string): number {
    const len = text.length;
    if (len === 0) return 0;
    const flavor = this.flavor;
    if (flavor === undefined) return this.countWithPattern(text);
    // Walk piece by piece. A piece is cut by the hand-written splitter when none of the chars it
    // looked at (up to 2 past the piece) is a surrogate, and by the real pattern otherwise; both
    // start at a piece boundary, so they agree on where the next piece starts.
    let total = 0;
    let surrogate = nextSurrogate(text, 0);
    const table = this.small;
    const o200k = flavor === 'o200k';
    for (let i = 0; i < len; ) {
      if (surrogate < i) surrogate = nextSurrogate(text, i);
      let end = asciiWordEnd(text, i, o200k);
      if (end < 0) end = pieceEnd(text, i, flavor);
      // It may have looked at a surrogate: let the pattern decide.
      if (end + 2 >= surrogate && surrogate < len) end = -1;
      if (end < 0) {
        // test() moves lastIndex to the piece's end without allocating a match array.
        this.sticky.lastIndex = i;
        this.sticky.test(text);
        end = this.sticky.lastIndex;
        total += this.cachedPiece(text.slice(i, end));
        i = end;
        continue;
      }
      if (end - i <= SMALL_PIECE_CHARS) {
        // Pack the piece's 7-bit chars into three int32 words: no substring, no string hashing.
        let a = end - i;
        let b = 0;
        let c = 0;
        let any = 0;
        for (let k = i, shift = 4; k < end; k++, shift += 7) {
          const code = text.charCodeAt(k);
          any |= code;
          if (shift < 32)
            a |= code << shift; // chars 0-3 (bits 4-31, the 4th char's top bit wraps into the sign)
          else if (shift < 60) b |= code << (shift - 32);
          else c |= code << (shift - 60);
        }
        if (any > 0x7f) {
          // Not 7-bit: cached by its text.
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
  private countWithPattern(text: string): number {
    const pieces = text.match(this.pattern);
    if (pieces === null) return 0;
    let total = 0;
    for (let i = 0; i < pieces.length; i++) total += this.cachedPiece(pieces[i]!);
    return total;
  }

  private cachedPiece(piece: string): number {
    const hit = this.cache.get(piece);
    if (hit !== undefined) return hit;
    const n = this.countPiece(piece);
    if (piece.length <= MAX_CACHED_PIECE_CHARS) {
      if (this.cache.size >= this.cacheEntries) this.cache = new Map();
      this.cache.set(piece, n);
    }
    return n;
  }

  /** Tokens of one pre-tokenizer piece: 1 when the whole piece is a token, else the byte-pair merge. */
  private countPiece(piece: string): number {
    const n = this.toBytes(piece);
    if (n >= HEAP_MERGE_FROM_BYTES) return this.mergeHeap(toBinary(piece));
    // tiktoken takes a piece that is itself a token as one token, without merging. Merge first:
    // ending in one part is that answer; ending in two means the two parts' bytes, i.e. the whole
    // piece, have no rank (the merge stopped there), so the piece is not a token. Only three
    // parts or more need the (slow, string-keyed) lookup of the whole piece.
    const parts = this.mergeIds(n);
    if (parts <= 2) return parts;
    return this.ranks.has(n === piece.length ? piece : binaryOf(this.bytes, n)) ? 1 : parts;
  }

  /** UTF-8 bytes of `piece` into this.bytes (grown as needed); returns their number. */
  private toBytes(piece: string): number {
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
  private mergeIds(n: number): number {
    if (this.ids.length < n) {
      this.ids = new Int32Array(n * 2);
      this.pairs = new Int32Array(n * 2);
    }
    const ids = this.ids;
    const pairs = this.pairs;
    const bytes = this.bytes;
    const byteIds = this.byteIds;
    for (let i = 0; i < n; i++) ids[i] = byteIds[bytes[i]!]!;
    for (let i = 0; i < n - 1; i++) pairs[i] = this.pairRank(ids[i]!, ids[i + 1]!);
    let parts = n;
    while (parts > 1) {
      let min = NO_RANK;
      let at = -1;
      for (let i = 0; i < parts - 1; i++) {
        if (pairs[i]! < min) {
          min = pairs[i]!;
          at = i;
        }
      }
      if (at < 0) break;
      // Part `at` becomes the merged token; part at+1 goes.
      ids[at] = min;
      for (let i = at + 1; i < parts - 1; i++) ids[i] = ids[i + 1]!;
      for (let i = at + 1; i < parts - 2; i++) pairs[i] = pairs[i + 1]!;
      parts--;
      if (at < parts - 1) pairs[at] = this.pairRank(ids[at]!, ids[at + 1]!);
      if (at > 0) pairs[at - 1] = this.pairRank(ids[at - 1]!, ids[at]!);
    }
    return parts;
  }

  /** Rank of the bytes of token a followed by token b (= the merged token's id), or NO_RANK. */
  private pairRank(a: number, b: number): number {
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
  private mergeHeap(bytes: string): number {
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
    // A part starts at i and ends at next[i]; n is the end sentinel.
    const heapRank: number[] = [];
    const heapPos: number[] = [];
    const heapEnd: number[] = []; // end of the pair when pushed, to detect stale entries
    const less = (a: number, b: number) =>
      heapRank[a]! < heapRank[b]! || (heapRank[a] === heapRank[b] && heapPos[a]! < heapPos[b]!);
    const swap = (a: number, b: number) => {
      [heapRank[a], heapRank[b]] = [heapRank[b]!, heapRank[a]!];
      [heapPos[a], heapPos[b]] = [heapPos[b]!, heapPos[a]!];
      [heapEnd[a], heapEnd[b]] = [heapEnd[b]!, heapEnd[a]!];
    };
    const push = (rank: number, pos: number, end: number) => {
      heapRank.push(rank);
      heapPos.push(pos);
      heapEnd.push(end);
      let i = heapRank.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!less(i, p)) break;
        swap(i, p);
        i = p;
      }
    };
    const pop = () => {
      const last = heapRank.length - 1;
      swap(0, last);
      const top = { rank: heapRank.pop()!, pos: heapPos.pop()!, end: heapEnd.pop()! };
      let i = 0;
      for (;;) {
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
    const pairEnd = (i: number) => next[next[i]!]!;
    const consider = (i: number) => {
      if (i < 0 || i >= n) return;
      const end = pairEnd(i);
      if (next[i]! >= n || end > n) return;
      const rank = ranks.get(bytes.slice(i, end));
      if (rank !== undefined) push(rank, i, end);
    };
    for (let i = 0; i < n - 1; i++) consider(i);
    let parts = n;
    while (heapRank.length > 0) {
      const { pos, end } = pop();
      if (!alive[pos] || next[pos]! >= n + 1 || pairEnd(pos) !== end) continue; // stale
      const right = next[pos]!;
      alive[right] = 0;
      next[pos] = next[right]!;
      if (next[right]! <= n) prev[next[right]!] = pos;
      parts--;
      consider(prev[pos]!);
      consider(pos);
    }
    return parts;
  }
}
