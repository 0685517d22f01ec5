/**
 * Counting a training file on disk (Node only): one streaming pass in constant memory. Small files
 * are counted in this thread; large ones are cut at newlines into many byte ranges of a few MB,
 * which this thread and worker threads (one per extra core, see worker.ts) take one at a time
 * from a shared counter until none is left, so a thread slowed by other work on the machine
 * simply takes fewer ranges. Each thread keeps one token counter (its piece caches stay warm
 * across ranges). The ranges' counts are merged in file order, so line numbers and duplicate
 * detection are the same as a single pass.
 */
import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../../errors.js';
import { notAFileReason } from '../../catalog/inputFile.js';
import { counterOptions, countersFor, plansFor, type CountOptions } from '../count.js';
import {
  DatasetCounter,
  Deduper,
  emptyCount,
  mergeCounts,
  type CounterOptions,
  type DatasetCount,
} from '../counter.js';
import type { DatasetReport } from '../report.js';
import type { EncodingPlan } from '../../tokens/encodings.js';

/** Files at least this large are counted by worker threads (below it, starting workers costs more than it saves). */
const PARALLEL_FROM_BYTES = 16 * 1024 * 1024;
/** Size of the ranges threads take one at a time: small enough that the last one finishes soon after the others. */
const RANGE_BYTES = 4 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
/** How often a worker reports bytes read, for the progress bar. */
const PROGRESS_EVERY_BYTES = 4 * 1024 * 1024;

export interface CountFileOptions extends CountOptions {
  /**
   * Counting threads, this one included; default: one per core (at most 2) for files ≥ 16 MiB, else 1 (this thread
   * alone).
   */
  threads?: number;
  /** Size of the ranges threads take (default 4 MiB); tests make it small to cut a small file into many. */
  rangeBytes?: number;
  /** Called with bytes read so far and the file's size. */
  onProgress?: (bytesRead: number, bytesTotal: number) => void;
  /** The file's name in messages (as the user wrote it); default: the path. */
  label?: string;
}

/**
 * What a worker is asked to do (posted as workerData): count ranges [points[k], points[k+1]) for k taken from
 * `next`.
 */
export interface WorkerTask {
  path: string;
  points: number[];
  /** One int32: the index of the next range to take (Atomics.add), shared by every counting thread. */
  next: SharedArrayBuffer;
  plans: EncodingPlan[];
  options: Omit<CountOptions, 'encodings'>;
}

export type WorkerMessage =
  | { type: 'progress'; bytes: number }
  | { type: 'range'; index: number; count: DatasetCount }
  | { type: 'done' }
  | { type: 'error'; message: string };

/**
 * The size of a readable regular file, or a UserError in words. The file is opened here (not only
 * stat'ed) so an unreadable one is refused before counting starts. Pipes and devices are refused:
 * the reader splits the file into byte ranges by its size, which a stream does not have.
 */
export async function sizeOf(path: string, label = path, what = 'training file'): Promise<number> {
  if (label === '' || path === '') throw new UserError(`the ${what} path is empty`);
  try {
    const s = await stat(path);
    // The same check as every YAML input (src/catalog/inputFile.ts), without the size limit: training files are big.
    const reason = notAFileReason(s, 'JSONL');
    if (reason !== undefined) throw new UserError(`cannot read "${label}": ${reason}`);
    await (await open(path, 'r')).close();
    return s.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : (err as Error).message;
    throw new UserError(`cannot read "${label}": ${why}`);
  }
}

/** Reads bytes [start, end) of a file in chunks, feeding `counter`. */
async function readRange(
  path: string,
  start: number,
  end: number,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(CHUNK_BYTES);
    let position = start;
    while (position < end) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK_BYTES, end - position), position);
      if (bytesRead === 0) break;
      position += bytesRead;
      onChunk(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

/** Offsets that cut the file into `parts` ranges, each ending just after a newline. */
async function splitPoints(path: string, size: number, parts: number): Promise<number[]> {
  const points = [0];
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(64 * 1024);
    for (let k = 1; k < parts; k++) {
      let position = Math.max(Math.floor((size * k) / parts), points[points.length - 1]!);
      let cut = size;
      while (position < size) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        if (bytesRead === 0) break;
        const nl = buffer.subarray(0, bytesRead).indexOf(0x0a);
        if (nl >= 0) {
          cut = position + nl + 1;
          break;
        }
        position += bytesRead;
      }
      points.push(cut);
    }
  } finally {
    await handle.close();
  }
  points.push(size);
  return points;
}

function startWorker(task: WorkerTask): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./worker.js', import.meta.url), { workerData: task });
  // Under tsx / vitest this module is TypeScript source, and Node 20 does not pass the parent's
  // loader hooks to workers: register tsx inside the worker, then load the TypeScript worker.
  const tsx = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const worker = new URL('./worker.ts', import.meta.url).href;
  const boot =
    `import(${JSON.stringify(pathToFileURL(tsx).href)})` +
    `.then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(boot, { eval: true, workerData: task });
}

/** Runs one worker until no range is left; each range's count goes to `onRange`. */
function runWorker(
  task: WorkerTask,
  onRange: (index: number, count: DatasetCount) => void,
  onBytes: (bytes: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(task);
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onBytes(m.bytes);
      else if (m.type === 'range') onRange(m.index, m.count);
      else if (m.type === 'done') {
        settled = true;
        resolve();
        void worker.terminate();
      } else {
        settled = true;
        reject(new Error(m.message));
      }
    });
    worker.on('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`counting worker stopped with code ${code}`));
    });
  });
}

/**
 * Counts ranges [points[k], points[k+1]) with `counters`, taking k from the shared `next` until
 * none is left (this thread's share of the work; worker.ts runs the same loop).
 */
export async function countRanges(
  path: string,
  points: number[],
  next: Int32Array,
  plans: EncodingPlan[],
  counters: CounterOptions['counters'],
  options: Omit<CountOptions, 'encodings'>,
  onRange: (index: number, count: DatasetCount) => void,
  onBytes: (bytes: number) => void,
): Promise<void> {
  const base = counterOptions(plans, counters, { ...options, encodings: [] });
  for (let k = Atomics.add(next, 0, 1); k < points.length - 1; k = Atomics.add(next, 0, 1)) {
    const counter = new DatasetCounter({ ...base, atFileStart: k === 0 });
    await readRange(path, points[k]!, points[k + 1]!, (chunk) => {
      counter.push(chunk);
      onBytes(chunk.length);
    });
    onRange(k, counter.end());
  }
}

/** Shifts a range's line numbers (counted from 1) to the file's. */
function shiftLines(count: DatasetCount, by: number): DatasetCount {
  if (by === 0) return count;
  for (const e of count.errors) e.line += by;
  for (const w of count.warnings) w.line += by;
  count.exampleLines = count.exampleLines.map((l) => l + by);
  return count;
}

/**
 * Counts a stream (standard input): one pass in this thread, in constant memory; progress reports
 * bytes read with a total of 0 (not known).
 */
export async function countStream(input: AsyncIterable<Uint8Array>, options: CountFileOptions): Promise<DatasetReport> {
  const plans = plansFor(options.encodings, options.overrides);
  const counter = new DatasetCounter(counterOptions(plans, await countersFor(plans), options));
  const progress = options.onProgress;
  let read = 0;
  let reported = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    counter.push(bytes);
    read += bytes.length;
    if (progress && read - reported >= PROGRESS_EVERY_BYTES) {
      reported = read;
      progress(read, 0);
    }
  }
  const count = new Deduper().take(counter.end());
  return { file: options.label, count, plans };
}

export async function countFile(path: string, options: CountFileOptions): Promise<DatasetReport> {
  const size = await sizeOf(path, options.label);
  const plans = plansFor(options.encodings, options.overrides);
  const threads = options.threads ?? (size >= PARALLEL_FROM_BYTES ? Math.min(2, availableParallelism()) : 1);
  const progress = options.onProgress;
  let count: DatasetCount;
  if (threads <= 1) {
    const counter = new DatasetCounter(counterOptions(plans, await countersFor(plans), options));
    let read = 0;
    let reported = 0;
    await readRange(path, 0, size, (chunk) => {
      counter.push(chunk);
      read += chunk.length;
      if (progress && read - reported >= PROGRESS_EVERY_BYTES) {
        reported = read;
        progress(read, size);
      }
    });
    count = new Deduper().take(counter.end());
  } else {
    const rangeBytes = options.rangeBytes ?? RANGE_BYTES;
    const points = await splitPoints(path, size, Math.max(threads, Math.ceil(size / rangeBytes)));
    const next = new SharedArrayBuffer(4);
    const counts = new Array<DatasetCount>(points.length - 1);
    const onRange = (index: number, c: DatasetCount) => {
      counts[index] = c;
    };
    const options_ = {
      overrides: options.overrides,
      overLimitCap: options.overLimitCap,
      maxLineBytes: options.maxLineBytes,
    };
    // Bytes counted by each thread, for the progress bar (this thread is index 0).
    const done = new Array<number>(threads).fill(0);
    const report = () =>
      progress?.(
        done.reduce((a, b) => a + b, 0),
        size,
      );
    // Workers first, so they load their rank files while this thread loads its own.
    const workers = Array.from({ length: threads - 1 }, (_, w) =>
      runWorker({ path, points, next, plans, options: options_ }, onRange, (bytes) => {
        done[w + 1] = bytes;
        report();
      }),
    );
    let mine = 0;
    let reported = 0;
    const here = countersFor(plans).then((counters) =>
      countRanges(path, points, new Int32Array(next), plans, counters, options_, onRange, (bytes) => {
        mine += bytes;
        if (mine - reported >= PROGRESS_EVERY_BYTES) {
          reported = mine;
          done[0] = mine;
          report();
        }
      }),
    );
    await Promise.all([here, ...workers]);
    const deduper = new Deduper();
    count = emptyCount();
    for (const part of counts) {
      const lines = count.lines;
      mergeCounts(count, deduper.take(shiftLines(part, lines)));
    }
  }
  progress?.(size, size);
  return { file: path, count, plans };
}
