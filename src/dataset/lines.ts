/**
 * Byte chunks in, numbered lines out, in one pass: a partial last line is carried to the next
 * chunk, a last line without a newline is still a line, "\r\n" and "\n" both end a line, and a
 * UTF-8 BOM at the start of the file is dropped. Memory is one chunk plus the longest line, and a
 * line longer than `maxLineBytes` is not kept at all: it is reported (as too long) and skipped.
 * Platform-neutral: Uint8Array in, no Node APIs, so a browser Web Worker can run it too.
 */

export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
const NEWLINE = 0x0a;
const CR = 0x0d;

export interface LineSink {
  /** One line's bytes, without its line ending. `bytes` is only valid during the call. */
  line(bytes: Uint8Array, lineNumber: number): void;
  /** A line over the byte limit, skipped unread. */
  tooLong(lineNumber: number, bytes: number): void;
}

export class LineSplitter {
  private carry: Uint8Array[] = [];
  private carryBytes = 0;
  private skipping = false;
  private lineNumber: number;
  private atFileStart: boolean;

  constructor(
    private readonly sink: LineSink,
    options: { firstLineNumber?: number; maxLineBytes?: number; atFileStart?: boolean } = {},
  ) {
    this.lineNumber = options.firstLineNumber ?? 1;
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    this.atFileStart = options.atFileStart ?? this.lineNumber === 1;
  }

  private readonly maxLineBytes: number;

  /** The number the next line will get. */
  get nextLineNumber(): number {
    return this.lineNumber;
  }

  push(chunk: Uint8Array): void {
    let start = 0;
    while (start < chunk.length) {
      const nl = chunk.indexOf(NEWLINE, start);
      const end = nl < 0 ? chunk.length : nl;
      if (this.skipping) {
        this.carryBytes += end - start;
      } else if (this.carryBytes + (end - start) > this.maxLineBytes) {
        this.carryBytes += end - start;
        this.carry = [];
        this.skipping = true;
      } else if (nl >= 0 && this.carry.length === 0) {
        this.emit(chunk.subarray(start, end)); // the common case: a whole line inside the chunk, no copy
        start = nl + 1;
        continue;
      } else {
        this.carry.push(chunk.slice(start, end));
        this.carryBytes += end - start;
      }
      if (nl < 0) return;
      this.flushCarry();
      start = nl + 1;
    }
  }

  /** The end of the input: a last line without a final newline is still a line. */
  end(): void {
    if (this.carryBytes > 0 || this.skipping) this.flushCarry();
  }

  private flushCarry(): void {
    if (this.skipping) {
      this.sink.tooLong(this.lineNumber++, this.carryBytes);
      this.atFileStart = false;
    } else {
      let line: Uint8Array;
      if (this.carry.length === 1) line = this.carry[0]!;
      else {
        line = new Uint8Array(this.carryBytes);
        let at = 0;
        for (const part of this.carry) {
          line.set(part, at);
          at += part.length;
        }
      }
      this.emit(line);
    }
    this.carry = [];
    this.carryBytes = 0;
    this.skipping = false;
  }

  private emit(bytes: Uint8Array): void {
    let line = bytes;
    if (this.atFileStart) {
      this.atFileStart = false;
      if (line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) line = line.subarray(3);
    }
    if (line.length > 0 && line[line.length - 1] === CR) line = line.subarray(0, line.length - 1);
    this.sink.line(line, this.lineNumber++);
  }
}
