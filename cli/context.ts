/** What a command may touch of the outside world, injected so tests run the CLI in-process. */
interface Writer {
  write(chunk: string | Uint8Array): unknown;
  /** True when the stream is a terminal (colour, progress bars, charts in colour, the terminal view). */
  isTTY?: boolean;
  /** The terminal's width in columns, where the stream knows it (a TTY). */
  columns?: number;
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
  /** The command line as typed (`ftcost estimate -n 500 …`), for a workbook's "Read me". */
  commandLine?: string;
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

/** The narrowest width the terminal view lays out for: below it lines may be longer than the terminal. */
const MIN_WIDTH = 40;

/**
 * The width of the terminal stdout writes to, or undefined when stdout is not a terminal (a pipe, a
 * file, a test): then every command prints its full, stable output. COLUMNS, when set to a number,
 * overrides the width the terminal reports; without either, 80.
 */
export function terminalWidth(ctx: Pick<CliContext, 'stdout' | 'env'>): number | undefined {
  if (ctx.stdout.isTTY !== true) return undefined;
  const fromEnv = /^\d+$/.test(ctx.env.COLUMNS ?? '') ? Number(ctx.env.COLUMNS) : 0;
  const width = fromEnv > 0 ? fromEnv : ctx.stdout.columns || 80;
  return Math.max(MIN_WIDTH, width);
}
