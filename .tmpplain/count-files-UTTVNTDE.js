import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  countFile,
  countStream,
  sizeOf
} from "./chunk-3H54WAH5.js";
import {
  countedDataset
} from "./chunk-37GUDAXV.js";
import "./chunk-6KZCIXKI.js";
import "./chunk-PWLRGBZO.js";
import "./chunk-PVLPJRTA.js";
import "./chunk-ZT4WRAGS.js";

// src/dataset/node/count-files.ts
import { stat } from "node:fs/promises";

// src/dataset/node/progress.ts
import cliProgress from "cli-progress";
var NONE = { update() {
}, stop() {
} };
var PROGRESS_FROM_BYTES = 8 * 1024 * 1024;
function streamProgress(stream, options) {
  if (!options.enabled || stream.isTTY !== true) return NONE;
  const started = Date.now();
  let drawn = 0;
  let width = 0;
  return {
    update(read) {
      const now = Date.now();
      if (now - drawn < 200) return;
      drawn = now;
      const seconds = Math.max(1e-3, (now - started) / 1e3);
      const line = `${options.label}: ${(read / 1e6).toFixed(1)} MB read | ${(read / 1e6 / seconds).toFixed(1)} MB/s`;
      width = Math.max(width, line.length);
      stream.write(`\r${line.padEnd(width)}`);
    },
    stop() {
      if (width > 0) stream.write(`\r${" ".repeat(width)}\r`);
    }
  };
}
function progressBar(stream, options) {
  if (!options.enabled || stream.isTTY !== true || options.bytes < PROGRESS_FROM_BYTES) return NONE;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${options.label} [{bar}] {percentage}% | {done}/{size} MB | {rate} MB/s | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5
    },
    cliProgress.Presets.shades_classic
  );
  const mb = (n) => (n / 1e6).toFixed(1);
  const started = Date.now();
  bar.start(options.bytes, 0, { done: "0.0", size: mb(options.bytes), rate: "0.0" });
  return {
    update(read) {
      const seconds = Math.max(1e-3, (Date.now() - started) / 1e3);
      bar.update(read, { done: mb(read), rate: (read / 1e6 / seconds).toFixed(1) });
    },
    stop() {
      bar.stop();
    }
  };
}

// src/dataset/node/count-files.ts
async function bytesOf(path) {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}
async function countTrainingFiles(options) {
  const overrides = options.overrides ?? {};
  const encodings = overrides.encoding !== void 0 ? [overrides.encoding] : options.encodings;
  const stdin = options.stdin;
  const fromStdin = (path) => stdin !== void 0 && path === stdin.path;
  for (const [path, label] of [
    [options.file, options.labels?.file],
    [options.validationFile, options.labels?.validationFile]
  ]) {
    if (path !== void 0 && !fromStdin(path)) await sizeOf(path, label);
  }
  const count = async (path, label, name) => {
    const countOptions = { label: name, encodings, overrides, overLimitCap: options.overLimitCap };
    if (fromStdin(path)) {
      const bar2 = options.progress ? streamProgress(options.progress.stream, { ...options.progress, label }) : void 0;
      try {
        return await countStream(stdin.stream, {
          ...countOptions,
          onProgress: bar2 ? (read, total) => bar2.update(read, total) : void 0
        });
      } finally {
        bar2?.stop();
      }
    }
    const bar = options.progress ? progressBar(options.progress.stream, { enabled: options.progress.enabled, label, bytes: await bytesOf(path) }) : void 0;
    try {
      return await countFile(path, {
        ...countOptions,
        threads: options.threads,
        onProgress: bar ? (read, total) => bar.update(read, total) : void 0
      });
    } finally {
      bar?.stop();
    }
  };
  const training = await count(options.file, "Counting", options.labels?.file);
  const validation = options.validationFile !== void 0 ? await count(options.validationFile, "Counting validation", options.labels?.validationFile) : void 0;
  return countedDataset(training, validation, overrides);
}
export {
  countTrainingFiles
};
