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
import { asciiPieceEnd, type AsciiFlavor } from './ascii-split.js';

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

const NON_ASCII_GLOBAL = /[^\x00-\x7f]/g;

/** Index of the first non-ASCII char at or after `from`, or the text's length. */
function nextNonAscii(text: string, from: number): number {
  NON_ASCII_GLOBAL.lastIndex = from;
  return NON_ASCII_GLOBAL.exec(text)?.index ?? text.length;
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

/** ASCII pieces up to this many chars are cached in the packed table (4 + 4 + 4 chars of 7 bits, after a 4-bit length). */
const SMALL_PIECE_CHARS = 11;
const TABLE_BITS = 19;

/**
 * Open-addressing hash table from a short ASCII piece, packed into three int32 words, to its token
 * count (never 0 for a non-empty piece, so 0 marks an empty slot). Bounded: stops taking entries when half full.
 */
class PackedPieceTable {
  private readonly keys = new Int32Array(3 << TABLE_BITS);
  private readonly values = new Int32Array(1 << TABLE_BITS);
  private size = 0;
  private static readonly MASK = (1 << TABLE_BITS) - 1;

  private slotOf(a: number, b: number, c: number): number {
    let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77), 0xc2b2ae3d);
    h ^= h >>> 15;
    return h & PackedPieceTable.MASK;
  }

  get(a: number, b: number, c: number): number {
    const keys = this.keys;
    for (let slot = this.slotOf(a, b, c); ; slot = (slot + 1) & PackedPieceTable.MASK) {
      const v = this.values[slot]!;
      if (v === 0) return 0;
      const k = slot * 3;
      if (keys[k] === a && keys[k + 1] === b && keys[k + 2] === c) return v;
    }
  }

  set(a: number, b: number, c: number, value: number): void {
    // Full (half the slots used): keep what is there. The pieces seen first are the frequent ones,
    // so keeping them beats clearing; a rare piece past this point is merged again when it recurs.
    if (this.size >= 1 << (TABLE_BITS - 1)) return;
    let slot = this.slotOf(a, b, c);
    while (this.values[slot] !== 0) slot = (slot + 1) & PackedPieceTable.MASK;
    const k = slot * 3;
    this.keys[k] = a;
    this.keys[k + 1] = b;
    this.keys[k + 2] = c;
    this.values[slot] = value;
    this.size++;
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

  private readonly asciiFlavor: AsciiFlavor | undefined;

  /**
   * `asciiFlavor` names the hand-compiled ASCII splitter equivalent to this encoding's pattern
   * (see ascii-split.ts); without it every text goes through the regex.
   */
  constructor(data: BpeRankData, options: { cacheEntries?: number; asciiFlavor?: AsciiFlavor } = {}) {
    this.asciiFlavor = options.asciiFlavor;
    this.ranks = new Map();
    for (const line of data.bpe_ranks.split('\n')) {
      if (!line) continue;
      const parts = line.split(' ');
      const offset = Number.parseInt(parts[1]!, 10);
      for (let i = 2; i < parts.length; i++) this.ranks.set(base64ToBinary(parts[i]!), offset + i - 2);
    }
    this.pattern = new RegExp(rustCompatiblePattern(data.pat_str), 'gu');
    this.sticky = new RegExp(rustCompatiblePattern(data.pat_str), 'uy');
    this.cacheEntries = options.cacheEntries ?? DEFAULT_CACHE_ENTRIES;
  }

  /** Number of tokens of `text` (ordinary text: special-token lookalikes are plain text). */
  count(text: string): number {
    const len = text.length;
    if (len === 0) return 0;
    const flavor = this.asciiFlavor;
    if (flavor === undefined) return this.countWithPattern(text);
    // Walk piece by piece. A piece is cut by the ASCII scanner when everything it looked at is
    // ASCII (it ends before the next non-ASCII char), and by the real pattern otherwise; both
    // start at a piece boundary, so they agree on where the next piece starts.
    let total = 0;
    let nonAscii = nextNonAscii(text, 0);
    const table = this.small;
    for (let i = 0; i < len; ) {
      if (nonAscii < i) nonAscii = nextNonAscii(text, i);
      let end = nonAscii > i ? asciiPieceEnd(text, i, flavor) : -1;
      if (end >= nonAscii && nonAscii < len) end = -1; // it reached a non-ASCII char: let the pattern decide
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
        for (let k = i, shift = 4; k < end; k++, shift += 7) {
          const code = text.charCodeAt(k);
          if (shift < 32) a |= code << shift; // chars 0-3 (bits 4-31, the 4th char's top bit wraps into the sign)
          else if (shift < 60) b |= code << (shift - 32);
          else c |= code << (shift - 60);
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
    const bytes = toBinary(piece);
    if (this.ranks.has(bytes)) return 1;
    return bytes.length < HEAP_MERGE_FROM_BYTES ? this.mergeScan(bytes) : this.mergeHeap(bytes);
  }

  /** tiktoken's `_byte_pair_merge`: repeatedly merge the lowest-ranked adjacent pair (leftmost on ties). */
  private mergeScan(bytes: string): number {
    const ranks = this.ranks;
    // starts[i] = start offset of part i; parts end where the next starts.
    const starts: number[] = [];
    for (let i = 0; i <= bytes.length; i++) starts.push(i);
    const rankAt = (i: number): number => {
      if (i + 2 >= starts.length) return Infinity;
      return ranks.get(bytes.slice(starts[i]!, starts[i + 2]!)) ?? Infinity;
    };
    const pairRanks: number[] = [];
    for (let i = 0; i < starts.length - 2; i++) pairRanks.push(rankAt(i));
    while (pairRanks.length > 0) {
      let min = Infinity;
      let at = -1;
      for (let i = 0; i < pairRanks.length; i++) {
        if (pairRanks[i]! < min) {
          min = pairRanks[i]!;
          at = i;
        }
      }
      if (at < 0) break;
      starts.splice(at + 1, 1);
      pairRanks.splice(at, 1);
      if (at < pairRanks.length) pairRanks[at] = rankAt(at);
      if (at > 0) pairRanks[at - 1] = rankAt(at - 1);
    }
    return starts.length - 1;
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
    const less = (a: number, b: number) => heapRank[a]! < heapRank[b]! || (heapRank[a] === heapRank[b] && heapPos[a]! < heapPos[b]!);
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
