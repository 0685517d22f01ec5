/**
 * The dataset counter: lines in, a mergeable count out. For every line: decode (strict UTF-8),
 * parse, check the format, and for a valid example count its tokens once per tiktoken encoding
 * needed (all encodings in the same pass), into per-encoding histograms. Invalid lines are kept
 * as errors with their line number and excluded; warnings are counted (details kept for the first
 * WARNING_DETAILS_PER_CODE of each code, so memory stays flat on a file full of warnings).
 *
 * Platform-neutral (strings / Uint8Array in, no `node:` imports): the Node file reader and its
 * worker threads, and a browser Web Worker, all drive this same class.
 */
import type { ExactEncoding } from '../tokens/encodings.js';
import { exampleTokens, type TextCounter } from './chat-tokens.js';
import { TokenHistogram, type HistogramJson } from './histogram.js';
import { DEFAULT_MAX_LINE_BYTES, LineSplitter, type LineSink } from './lines.js';
import {
  checkExample,
  MAX_JSON_DEPTH,
  nestsDeeperThan,
  type ApproximateReason,
  type ErrorCode,
  type LineProblem,
  type WarningCode,
} from './validate.js';

const WARNING_DETAILS_PER_CODE = 1000;

export interface EncodingCount {
  histogram: HistogramJson;
  assistantTokens: number;
  /**
   * The same count with image parts left out (CounterOptions.withoutImages): what an open-weight model counted
   * with this tokenizer as a stand-in is billed for (EncodingPlan.withoutImages). Absent when not asked for.
   */
  withoutImages?: { histogram: HistogramJson; assistantTokens: number };
}

/** What a counter has seen: JSON-safe, so worker threads can post it, and mergeable. */
export interface DatasetCount {
  bytes: number;
  lines: number;
  blankLines: number;
  examples: number;
  invalidLines: number;
  /** Valid examples counted by the best public rule rather than exactly (tools, images, audio, files). */
  approximateExamples: number;
  /** Valid examples with each reason (an example may have several). */
  approximateReasons: Partial<Record<ApproximateReason, number>>;
  /** Image parts of valid examples, and those whose size was not in the file (counted at ASSUMED_IMAGE_SIZE). */
  images: number;
  imagesSizeAssumed: number;
  errors: LineProblem<ErrorCode>[];
  warningCounts: Partial<Record<WarningCode, number>>;
  warnings: LineProblem<WarningCode>[];
  /** Keyed by the tokenizer that counted (o200k_base, cl100k_base, llama3, …). */
  encodings: Partial<Record<ExactEncoding, EncodingCount>>;
  /** Hash of every valid example and its line, for duplicate detection across batches (see Deduper). */
  exampleHashes: number[];
  exampleLines: number[];
}

export interface CounterOptions {
  counters: Partial<Record<ExactEncoding, TextCounter>>;
  /**
   * Tokenizers that also keep a count without image parts (EncodingCount.withoutImages), for the open-weight models
   * they stand in for: an OpenAI model counted with the same tokenizer keeps OpenAI's image rule.
   */
  withoutImages?: readonly ExactEncoding[];
  /** List examples over this many tokens (of this encoding) as `over_token_limit` warnings. */
  overLimit?: { encoding: ExactEncoding; cap: number };
  maxLineBytes?: number;
  /** Line number of the first line pushed (a worker counting a byte range of a file). */
  firstLineNumber?: number;
  /** Whether the first byte pushed is the file's first (where a BOM may be); default: yes. */
  atFileStart?: boolean;
}

/** The same counter, image parts left out (a counter may be a class instance: its methods are bound, not spread). */
function leavingImagesOut(counter: TextCounter): TextCounter {
  return { count: (text) => counter.count(text), chatTemplate: counter.chatTemplate, images: false };
}

function mergeInto(
  mine: { histogram: HistogramJson; assistantTokens: number },
  other: { histogram: HistogramJson; assistantTokens: number },
): void {
  const h = TokenHistogram.from(mine.histogram);
  h.merge(other.histogram);
  mine.histogram = h.toJSON();
  mine.assistantTokens += other.assistantTokens;
}

function copyOf(c: EncodingCount): EncodingCount {
  const w = c.withoutImages;
  return {
    histogram: c.histogram,
    assistantTokens: c.assistantTokens,
    ...(w ? { withoutImages: { histogram: w.histogram, assistantTokens: w.assistantTokens } } : {}),
  };
}

/** 53-bit string hash (cyrb53): two independent 32-bit lanes, so collisions are negligible below billions of lines. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function emptyCount(): DatasetCount {
  return {
    bytes: 0,
    lines: 0,
    blankLines: 0,
    examples: 0,
    invalidLines: 0,
    approximateExamples: 0,
    approximateReasons: {},
    images: 0,
    imagesSizeAssumed: 0,
    errors: [],
    warningCounts: {},
    warnings: [],
    encodings: {},
    exampleHashes: [],
    exampleLines: [],
  };
}

export class DatasetCounter implements LineSink {
  private readonly count = emptyCount();
  private readonly histograms = new Map<
    ExactEncoding,
    {
      histogram: TokenHistogram;
      assistantTokens: number;
      counter: TextCounter;
      withoutImages?: { histogram: TokenHistogram; assistantTokens: number; counter: TextCounter };
    }
  >();
  private readonly splitter: LineSplitter;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly options: CounterOptions) {
    for (const [encoding, counter] of Object.entries(options.counters) as [ExactEncoding, TextCounter][]) {
      const withoutImages = options.withoutImages?.includes(encoding)
        ? { histogram: new TokenHistogram(), assistantTokens: 0, counter: leavingImagesOut(counter) }
        : undefined;
      this.histograms.set(encoding, { histogram: new TokenHistogram(), assistantTokens: 0, counter, withoutImages });
    }
    this.splitter = new LineSplitter(this, {
      firstLineNumber: options.firstLineNumber,
      maxLineBytes: options.maxLineBytes,
      atFileStart: options.atFileStart ?? true,
    });
  }

  /** Feed raw bytes of the file, in order. */
  push(chunk: Uint8Array): void {
    this.count.bytes += chunk.length;
    this.splitter.push(chunk);
  }

  /** Feed a whole text (tests, a pasted file in the browser). */
  pushText(text: string): void {
    this.push(new TextEncoder().encode(text));
  }

  end(): DatasetCount {
    this.splitter.end();
    for (const [encoding, h] of this.histograms) {
      const w = h.withoutImages;
      this.count.encodings[encoding] = {
        histogram: h.histogram.toJSON(),
        assistantTokens: h.assistantTokens,
        ...(w ? { withoutImages: { histogram: w.histogram.toJSON(), assistantTokens: w.assistantTokens } } : {}),
      };
    }
    return this.count;
  }

  tooLong(line: number, bytes: number): void {
    this.count.lines++;
    this.count.invalidLines++;
    this.count.errors.push({
      line,
      code: 'line_too_long',
      message:
        `the line is ${bytes.toLocaleString('en-US')} bytes long, over ftcost's own limit of ` +
        `${(this.options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES).toLocaleString('en-US')} bytes per line ` +
        '(a limit of this tool, not of the platform); it was not read or counted',
    });
  }

  line(bytes: Uint8Array, line: number): void {
    this.count.lines++;
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      this.invalid(line, 'invalid_json', 'the line is not valid UTF-8 (JSON text must be UTF-8)');
      return;
    }
    this.addText(text, line);
  }

  /** One line's text (already decoded, without its line ending). */
  addText(text: string, line: number): void {
    try {
      this.addLine(text, line);
    } catch (err) {
      // A line too big for this process to handle (stack or memory exhausted): that line's error, not the run's.
      if (!(err instanceof RangeError)) throw err;
      this.invalid(line, 'nested_too_deep', `the line is too large or complex to read (${err.message})`);
    }
  }

  private addLine(text: string, line: number): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      if (text.trim() === '') {
        this.count.blankLines++;
        return;
      }
      this.invalid(line, 'invalid_json', `the line is not valid JSON (${(err as Error).message.split('\n')[0]})`);
      return;
    }
    if (nestsDeeperThan(value, MAX_JSON_DEPTH)) {
      this.invalid(
        line,
        'nested_too_deep',
        `the line nests lists/objects more than ${MAX_JSON_DEPTH} levels deep; ftcost reads up to ${MAX_JSON_DEPTH}`,
      );
      return;
    }
    const checked = checkExample(value);
    if (!checked.ok) {
      this.count.invalidLines++;
      for (const e of checked.errors) this.count.errors.push({ line, code: e.code, message: e.message });
      return;
    }
    this.count.examples++;
    const { approximate, images } = checked.example;
    if (approximate.length > 0) this.count.approximateExamples++;
    for (const reason of approximate)
      this.count.approximateReasons[reason] = (this.count.approximateReasons[reason] ?? 0) + 1;
    this.count.images += images.length;
    this.count.imagesSizeAssumed += images.filter((i) => !i.size && i.detail !== 'low').length;
    for (const w of checked.warnings) this.warn(line, w.code, w.message);
    for (const [encoding, h] of this.histograms) {
      const tokens = exampleTokens(checked.example, h.counter);
      h.histogram.add(tokens.total);
      h.assistantTokens += tokens.assistant;
      const w = h.withoutImages;
      if (w) {
        // Counted again only when there is an image to leave out.
        const text = images.length > 0 ? exampleTokens(checked.example, w.counter) : tokens;
        w.histogram.add(text.total);
        w.assistantTokens += text.assistant;
      }
      const over = this.options.overLimit;
      if (over && over.encoding === encoding && tokens.total > over.cap) {
        this.warn(
          line,
          'over_token_limit',
          `${tokens.total} tokens (${encoding}), over the ${over.cap}-token limit: truncated when billed and trained`,
        );
      }
    }
    this.count.exampleHashes.push(hash53(text.trim()));
    this.count.exampleLines.push(line);
  }

  private invalid(line: number, code: ErrorCode, message: string): void {
    this.count.invalidLines++;
    this.count.errors.push({ line, code, message });
  }

  private warn(line: number, code: WarningCode, message: string): void {
    const n = (this.count.warningCounts[code] ?? 0) + 1;
    this.count.warningCounts[code] = n;
    if (n <= WARNING_DETAILS_PER_CODE) this.count.warnings.push({ line, code, message });
  }
}

/**
 * Finds duplicate examples across batches fed in file order: the first occurrence is kept, each
 * later one is a `duplicate_example` warning naming the first. Memory: one entry per distinct example.
 */
export class Deduper {
  private readonly firstLine = new Map<number, number>();

  /** Adds `count`'s examples; returns it with its duplicate warnings added and its hashes dropped. */
  take(count: DatasetCount): DatasetCount {
    for (let i = 0; i < count.exampleHashes.length; i++) {
      const h = count.exampleHashes[i]!;
      const line = count.exampleLines[i]!;
      const first = this.firstLine.get(h);
      if (first === undefined) this.firstLine.set(h, line);
      else {
        const n = (count.warningCounts.duplicate_example ?? 0) + 1;
        count.warningCounts.duplicate_example = n;
        if (n <= WARNING_DETAILS_PER_CODE)
          count.warnings.push({ line, code: 'duplicate_example', message: `the same example as line ${first}` });
      }
    }
    count.exampleHashes = [];
    count.exampleLines = [];
    return count;
  }
}

/** Adds `b` into `a` (batches of one file, in order). */
export function mergeCounts(a: DatasetCount, b: DatasetCount): DatasetCount {
  a.bytes += b.bytes;
  a.lines += b.lines;
  a.blankLines += b.blankLines;
  a.examples += b.examples;
  a.invalidLines += b.invalidLines;
  a.approximateExamples += b.approximateExamples;
  for (const [reason, n] of Object.entries(b.approximateReasons) as [ApproximateReason, number][])
    a.approximateReasons[reason] = (a.approximateReasons[reason] ?? 0) + n;
  a.images += b.images;
  a.imagesSizeAssumed += b.imagesSizeAssumed;
  for (const e of b.errors) a.errors.push(e);
  for (const [code, n] of Object.entries(b.warningCounts) as [WarningCode, number][]) {
    const before = a.warningCounts[code] ?? 0;
    a.warningCounts[code] = before + n;
    const room = Math.max(0, WARNING_DETAILS_PER_CODE - before);
    if (room > 0) for (const w of b.warnings.filter((x) => x.code === code).slice(0, room)) a.warnings.push(w);
  }
  for (const [encoding, c] of Object.entries(b.encodings) as [ExactEncoding, EncodingCount][]) {
    const mine = a.encodings[encoding];
    if (!mine) a.encodings[encoding] = copyOf(c);
    else {
      mergeInto(mine, c);
      if (mine.withoutImages && c.withoutImages) mergeInto(mine.withoutImages, c.withoutImages);
    }
  }
  for (const h of b.exampleHashes) a.exampleHashes.push(h);
  for (const l of b.exampleLines) a.exampleLines.push(l);
  return a;
}
