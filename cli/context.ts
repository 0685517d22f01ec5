/** What a command may touch of the outside world, injected so tests run the CLI in-process. */
export interface Writer {
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
}

export function todayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
