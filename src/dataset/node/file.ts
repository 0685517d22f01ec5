/**
 * Counting a training file on disk (Node only): one streaming pass in constant memory. Small files
 * are counted in this thread; large ones are cut into byte ranges at newlines and counted by worker
 * threads, one per core (see worker.ts), then merged in file order, so line numbers and duplicate
 * detection are the same as a single pass.
 */
import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../../errors.js';
import { counterOptions, countersFor, plansFor, type CountOptions } from '../count.js';
import { DatasetCounter, Deduper, emptyCount, mergeCounts, type DatasetCount } from '../counter.js';
import type { DatasetReport } from '../report.js';
import type { EncodingPlan } from '../../tokens/encodings.js';

/** Files at least this large are counted by worker threads (below it, starting workers costs more than it saves). */
export const PARALLEL_FROM_BYTES = 16 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
/** How often a worker reports bytes read, for the progress bar. */
const PROGRESS_EVERY_BYTES = 4 * 1024 * 1024;

export interface CountFileOptions extends CountOptions {
  /** Worker threads; default: one per core (at most 2) for files ≥ 16 MiB, else 0 (this thread). */
  threads?: number;
  /** Called with bytes read so far and the file's size. */
  onProgress?: (bytesRead: number, bytesTotal: number) => void;
  /** The file's name in messages (as the user wrote it); default: the path. */
  label?: string;
}

/** What a worker is asked to do (posted as workerData). */
export interface WorkerTask {
  path: string;
  start: number;
  end: number;
  atFileStart: boolean;
  plans: EncodingPlan[];
  options: Omit<CountOptions, 'encodings'>;
}

export type WorkerMessage = { type: 'progress'; bytes: number } | { type: 'done'; count: DatasetCount } | { type: 'error'; message: string };

async function sizeOf(path: string, label = path): Promise<number> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new UserError(`cannot read "${label}": it is a directory, not a JSONL file`);
    return s.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new UserError(`cannot read "${label}": ${why}`);
  }
}

/** Reads bytes [start, end) of a file in chunks, feeding `counter`. */
export async function readRange(path: string, start: number, end: number, onChunk: (chunk: Uint8Array) => void): Promise<void> {
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
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: task });
  // Under tsx / vitest this module is TypeScript source, and Node 20 does not pass the parent's
  // loader hooks to workers: register tsx inside the worker, then load the TypeScript worker.
  const tsx = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  const worker = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(boot, { eval: true, workerData: task });
}

function runWorker(task: WorkerTask, onBytes: (bytes: number) => void): Promise<DatasetCount> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(task);
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onBytes(m.bytes);
      else if (m.type === 'done') {
        settled = true;
        resolve(m.count);
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

/** Shifts a range's line numbers (counted from 1) to the file's. */
function shiftLines(count: DatasetCount, by: number): DatasetCount {
  if (by === 0) return count;
  for (const e of count.errors) e.line += by;
  for (const w of count.warnings) w.line += by;
  count.exampleLines = count.exampleLines.map((l) => l + by);
  return count;
}

export async function countFile(path: string, options: CountFileOptions): Promise<DatasetReport> {
  const size = await sizeOf(path, options.label);
  const plans = plansFor(options.encodings, options.overrides);
  const threads = options.threads ?? (size >= PARALLEL_FROM_BYTES ? Math.min(2, availableParallelism()) : 0);
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
    const points = await splitPoints(path, size, threads);
    const done = new Array<number>(threads).fill(0);
    const { encodings: _omit, ...rest } = options;
    const counts = await Promise.all(
      points.slice(0, -1).map((start, k) =>
        runWorker({ path, start, end: points[k + 1]!, atFileStart: k === 0, plans, options: { overrides: rest.overrides, overLimitCap: rest.overLimitCap, maxLineBytes: rest.maxLineBytes } }, (bytes) => {
          done[k] = bytes;
          progress?.(done.reduce((a, b) => a + b, 0), size);
        }),
      ),
    );
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
