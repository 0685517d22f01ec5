/**
 * A counting worker thread: takes byte ranges of a file (cut at newlines by file.ts) from the
 * shared range counter until none is left, posts each range's mergeable count (line numbers from
 * 1 within the range), then `done`. One token counter for all its ranges, so its caches stay warm.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { countersFor } from '../count.js';
import { countRanges, type WorkerMessage, type WorkerTask } from './file.js';

const PROGRESS_EVERY_BYTES = 4 * 1024 * 1024;

async function main(task: WorkerTask): Promise<void> {
  const counters = await countersFor(task.plans);
  let read = 0;
  let reported = 0;
  await countRanges(
    task.path,
    task.points,
    new Int32Array(task.next),
    task.plans,
    counters,
    task.options,
    (index, count) => parentPort!.postMessage({ type: 'range', index, count } satisfies WorkerMessage),
    (bytes) => {
      read += bytes;
      if (read - reported >= PROGRESS_EVERY_BYTES) {
        reported = read;
        parentPort!.postMessage({ type: 'progress', bytes: read } satisfies WorkerMessage);
      }
    },
  );
  parentPort!.postMessage({ type: 'progress', bytes: read } satisfies WorkerMessage);
  parentPort!.postMessage({ type: 'done' } satisfies WorkerMessage);
}

main(workerData as WorkerTask).catch((err: unknown) => {
  parentPort!.postMessage({ type: 'error', message: (err as Error)?.stack ?? String(err) } satisfies WorkerMessage);
});
