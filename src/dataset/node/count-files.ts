/**
 * The Node entry used by the CLI and the library's `ftcost/tokens`: count a training file (and a
 * validation file) for a set of model encodings, with an optional progress bar, into the engine's
 * CountedDataset.
 */
import { stat } from 'node:fs/promises';
import { countFile, countStream, sizeOf } from './file.js';
import { progressBar, streamProgress, type ProgressStream } from './progress.js';
import { countedDataset, type CountedDataset, type CountOverrides } from '../report.js';

export interface CountFilesOptions {
  file: string;
  validationFile?: string;
  /** The files' names in messages, as the user wrote them (default: the paths). */
  labels?: { file?: string; validationFile?: string };
  /** The models' encodings (see modelEncodings); ignored when overrides.encoding is given. */
  encodings: readonly (string | undefined)[];
  overrides?: CountOverrides;
  /** List examples over this cap as warnings (default: overrides.maxTokensPerExample). */
  overLimitCap?: number;
  /** Where the progress bar goes (stderr), if anywhere. */
  progress?: { stream: ProgressStream; enabled: boolean };
  threads?: number;
  /** Standard input, read where a file's path is `path` (the CLI's `-`). */
  stdin?: { path: string; stream: AsyncIterable<Uint8Array> };
}

async function bytesOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0; // countFile reports the missing file with a clear message
  }
}

export async function countTrainingFiles(options: CountFilesOptions): Promise<CountedDataset> {
  const overrides = options.overrides ?? {};
  const encodings = overrides.encoding !== undefined ? [overrides.encoding] : options.encodings;
  const stdin = options.stdin;
  const fromStdin = (path: string) => stdin !== undefined && path === stdin.path;
  // Every path is checked before any counting starts: a missing validation file is reported at
  // once, not after minutes spent on the training file.
  for (const [path, label, what] of [
    [options.file, options.labels?.file, 'training file'],
    [options.validationFile, options.labels?.validationFile, 'validation file'],
  ] as const) {
    if (path !== undefined && !fromStdin(path)) await sizeOf(path, label, what);
  }
  const count = async (path: string, label: string, name: string | undefined) => {
    const countOptions = { label: name, encodings, overrides, overLimitCap: options.overLimitCap };
    if (fromStdin(path)) {
      const bar = options.progress
        ? streamProgress(options.progress.stream, { ...options.progress, label })
        : undefined;
      try {
        return await countStream(stdin!.stream, {
          ...countOptions,
          onProgress: bar ? (read, total) => bar.update(read, total) : undefined,
        });
      } finally {
        bar?.stop();
      }
    }
    const bar = options.progress
      ? progressBar(options.progress.stream, { enabled: options.progress.enabled, label, bytes: await bytesOf(path) })
      : undefined;
    try {
      return await countFile(path, {
        ...countOptions,
        threads: options.threads,
        onProgress: bar ? (read, total) => bar.update(read, total) : undefined,
      });
    } finally {
      bar?.stop();
    }
  };
  const training = await count(options.file, 'Counting', options.labels?.file);
  const validation =
    options.validationFile !== undefined
      ? await count(options.validationFile, 'Counting validation', options.labels?.validationFile)
      : undefined;
  return countedDataset(training, validation, overrides);
}
