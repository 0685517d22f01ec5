/**
 * The progress bar of a long count: bytes, rate and ETA on stderr, and only when stderr is a
 * terminal and --no-progress is not given. It never touches stdout, so JSON output stays clean.
 */
import cliProgress from 'cli-progress';

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  update(bytesRead: number, bytesTotal: number): void;
  stop(): void;
}

const NONE: Progress = { update() {}, stop() {} };

/** Files smaller than this finish before a bar would be worth drawing. */
const PROGRESS_FROM_BYTES = 8 * 1024 * 1024;

/**
 * Progress of a stream whose size is not known (standard input): bytes read and rate, redrawn on
 * one line at most 5 times a second, cleared at the end; only on a terminal.
 */
export function streamProgress(stream: ProgressStream, options: { enabled: boolean; label: string }): Progress {
  if (!options.enabled || stream.isTTY !== true) return NONE;
  const started = Date.now();
  let drawn = 0;
  let width = 0;
  return {
    update(read) {
      const now = Date.now();
      if (now - drawn < 200) return;
      drawn = now;
      const seconds = Math.max(0.001, (now - started) / 1000);
      const line = `${options.label}: ${(read / 1e6).toFixed(1)} MB read | ${(read / 1e6 / seconds).toFixed(1)} MB/s`;
      width = Math.max(width, line.length);
      stream.write(`\r${line.padEnd(width)}`);
    },
    stop() {
      if (width > 0) stream.write(`\r${' '.repeat(width)}\r`);
    },
  };
}

export function progressBar(
  stream: ProgressStream,
  options: { enabled: boolean; label: string; bytes: number },
): Progress {
  if (!options.enabled || stream.isTTY !== true || options.bytes < PROGRESS_FROM_BYTES) return NONE;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: `${options.label} [{bar}] {percentage}% | {done}/{size} MB | {rate} MB/s | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const mb = (n: number) => (n / 1e6).toFixed(1);
  const started = Date.now();
  bar.start(options.bytes, 0, { done: '0.0', size: mb(options.bytes), rate: '0.0' });
  return {
    update(read) {
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      bar.update(read, { done: mb(read), rate: (read / 1e6 / seconds).toFixed(1) });
    },
    stop() {
      bar.stop();
    },
  };
}
