/** What a command may touch of the outside world, injected so tests run the CLI in-process. */
interface Writer {
  write(chunk: string): unknown;
  /** True when the stream is a terminal (colour, progress bars, charts in colour). */
  isTTY?: boolean;
}

export interface CliContext {
  stdout: Writer;
  stderr: Writer;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The day of the run (YYYY-MM-DD): staleness and the default --as-of. */
  today: string;
  /** Standard input, for `--file -` and `inspect -` (absent: there is none to read). */
  stdin?: { stream: AsyncIterable<Uint8Array>; isTTY?: boolean };
}

/**
 * What a `-` file argument becomes before yargs sees it (yargs reads a lone `-` as an empty value,
 * or as an unknown argument after a flag): the training file read from standard input. Also the
 * file's name in outputs.
 */
export const STDIN_FILE = '(stdin)';

export function todayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
