/**
 * A counting worker thread: counts bytes [start, end) of a file (cut at newlines by file.ts) with
 * line numbers from 1, and posts the mergeable count back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { counterOptions, countersFor } from '../count.js';
import { DatasetCounter } from '../counter.js';
import { readRange, type WorkerMessage, type WorkerTask } from './file.js';

const PROGRESS_EVERY_BYTES = 4 * 1024 * 1024;

async function main(task: WorkerTask): Promise<void> {
  const options = { ...task.options, encodings: task.plans.map((p) => p.name) };
  const counter = new DatasetCounter({ ...counterOptions(task.plans, await countersFor(task.plans), options), atFileStart: task.atFileStart });
  let read = 0;
  let reported = 0;
  await readRange(task.path, task.start, task.end, (chunk) => {
    counter.push(chunk);
    read += chunk.length;
    if (read - reported >= PROGRESS_EVERY_BYTES) {
      reported = read;
      parentPort!.postMessage({ type: 'progress', bytes: read } satisfies WorkerMessage);
    }
  });
  parentPort!.postMessage({ type: 'progress', bytes: read } satisfies WorkerMessage);
  parentPort!.postMessage({ type: 'done', count: counter.end() } satisfies WorkerMessage);
}

main(workerData as WorkerTask).catch((err: unknown) => {
  parentPort!.postMessage({ type: 'error', message: (err as Error)?.stack ?? String(err) } satisfies WorkerMessage);
});
