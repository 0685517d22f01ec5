import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  countRanges,
  countersFor
} from "./chunk-3H54WAH5.js";
import "./chunk-37GUDAXV.js";
import "./chunk-6KZCIXKI.js";
import "./chunk-PWLRGBZO.js";
import "./chunk-PVLPJRTA.js";
import "./chunk-ZT4WRAGS.js";

// src/dataset/node/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var PROGRESS_EVERY_BYTES = 4 * 1024 * 1024;
async function main(task) {
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
    (index, count) => parentPort.postMessage({ type: "range", index, count }),
    (bytes) => {
      read += bytes;
      if (read - reported >= PROGRESS_EVERY_BYTES) {
        reported = read;
        parentPort.postMessage({ type: "progress", bytes: read });
      }
    }
  );
  parentPort.postMessage({ type: "progress", bytes: read });
  parentPort.postMessage({ type: "done" });
}
main(workerData).catch((err) => {
  parentPort.postMessage({ type: "error", message: err?.stack ?? String(err) });
});
