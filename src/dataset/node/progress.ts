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

/** Show the cursor, wrap lines again: what cli-progress's hideCursor and linewrap: false undo until stop(). */
export const RESTORE_TERMINAL = '\x1b[?25h\x1b[?7h';

/** The part of `process` the bar needs to hear Ctrl-C: tests pass their own. */
export interface InterruptSource {
  once(event: 'SIGINT', listener: () => void): unknown;
  removeListener(event: 'SIGINT', listener: () => void): unknown;
  kill(pid: number, signal: 'SIGINT'): unknown;
  pid: number;
}

export function progressBar(
  stream: ProgressStream,
  options: { enabled: boolean; label: string; bytes: number },
  signals: InterruptSource = process,
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
  // Ctrl-C ends the process before stop() runs: the terminal would be left with no cursor and no line wrap.
  // Restore both, then let the signal do what it does without a listener (exit 130, no partial output).
  const interrupted = () => {
    bar.stop();
    stream.write(RESTORE_TERMINAL);
    signals.kill(signals.pid, 'SIGINT');
  };
  signals.once('SIGINT', interrupted);
  return {
    update(read) {
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      bar.update(read, { done: mb(read), rate: (read / 1e6 / seconds).toFixed(1) });
    },
    stop() {
      signals.removeListener('SIGINT', interrupted);
      bar.stop();
    },
  };
}
