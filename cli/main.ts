/**
 * Process entry: wires the real streams, environment and clock into run(). bin/ftcost.js calls
 * main() through dist/cli/boot.cjs (scripts/cli-bundle.ts), which is CommonJS: no top-level await.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { run } from './run.js';
import { type CliContext, todayOf } from './context.js';
import { isIsoDate } from '../src/domain/vocabulary.js';

export function main(): void {
  // A reader that stops early (`| head`) is not an error: the rest of the output is dropped and the run
  // ends with its own exit code (an over-budget guard is still 1: docs/ci-guard.md). A full disk is one
  // line, not a stack trace.
  const pipe = { closed: false };
  const stdout = () => {
    if (process.stdout.listenerCount('error') === 0)
      process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EPIPE' || pipe.closed) {
          pipe.closed = true;
          return;
        }
        process.stderr.write(`ftcost: cannot write the output: ${err.message}\n`);
        process.exit(2);
      });
    return process.stdout;
  };

  // FTCOST_TODAY pins the day of the run (staleness, the default --as-of) for reproducible output.
  const pinned = process.env.FTCOST_TODAY;
  if (pinned !== undefined && !isIsoDate(pinned)) {
    process.stderr.write(`ftcost: FTCOST_TODAY must be a date written YYYY-MM-DD, got "${pinned}"\n`);
    process.exit(2);
  }

  void run(process.argv.slice(2), {
    stdout: writerFor(1, stdout, pipe),
    stderr: writerFor(2, () => process.stderr, { closed: false }),
    env: process.env,
    cwd: process.cwd(),
    today: pinned ?? todayOf(new Date()),
    // process.stdin is created only when a command reads it (`-`), so other runs never touch it.
    stdin: {
      get stream() {
        return process.stdin;
      },
      // node:tty (and net, stream, which it loads: ~3 ms) only for a command that reads stdin.
      get isTTY() {
        const { isatty } = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
        return isatty(0);
      },
    },
  }).then((code) => {
    process.exitCode = code;
  });
}

/**
 * fd 1 or 2 as run() writes to it. A terminal, anything else not recognised, and every stream on
 * Windows get Node's own stream, as before. A file, pipe, socket or /dev/null gets the bytes with
 * fs.writeSync, as Node's stream does for a file: creating that stream loads Node's stream and net
 * modules, 1.5–4 ms before the first byte (docs/speed.md). EPIPE (the reader has gone) closes `pipe`:
 * that write and every later one are dropped. Any other failure (EAGAIN) sends that write, and every
 * later one, to Node's stream, which reports the failure as before.
 */
function writerFor(fd: 1 | 2, stream: () => NodeJS.WriteStream, pipe: { closed: boolean }): CliContext['stdout'] {
  if (!plainOutput(fd)) return stream();
  let fallback: NodeJS.WriteStream | undefined;
  return {
    write(chunk) {
      if (pipe.closed) return true;
      if (fallback) return fallback.write(chunk);
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written);
        return true;
      } catch (err) {
        // The reader has gone: nothing more can be written, and the exit code stays the run's.
        if ((err as NodeJS.ErrnoException).code === 'EPIPE') {
          pipe.closed = true;
          return true;
        }
        fallback = stream();
        return fallback.write(bytes.subarray(written));
      }
    },
  };
}

function plainOutput(fd: number): boolean {
  if (process.platform === 'win32') return false;
  try {
    const s = fstatSync(fd);
    if (s.isFile() || s.isFIFO() || s.isSocket()) return true;
    return s.isCharacterDevice() && s.rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}
