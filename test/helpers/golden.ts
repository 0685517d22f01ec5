/**
 * A golden file's first line is the command that made it, as a person would type it (issue 27):
 * `$ [ENV=value …] ftcost <args>  # today: <day>`, with what a shell cannot say (a terminal, the day
 * the test fixes) in the comment. The output follows from the second line on, byte for byte.
 */

/** An argument as a POSIX shell reads it back: bare when it is safe, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** The first line of a golden: `$ [ENV=value …] ftcost <args>  # [in a terminal; ]today: <day>`. */
export function commandLine(
  args: readonly string[],
  opts: { today: string; env?: Readonly<Record<string, string>>; terminal?: boolean },
): string {
  const env = Object.entries(opts.env ?? {}).map(([name, value]) => `${name}=${shellWord(value)} `);
  const where = opts.terminal ? 'in a terminal; ' : '';
  return `$ ${env.join('')}ftcost ${args.map(shellWord).join(' ')}  # ${where}today: ${opts.today}`;
}

/** A golden file's text: the command line, then the output. */
export function goldenText(command: string, output: string): string {
  return `${command}\n${output}`;
}

/** A golden file's text split into its first line (the command) and the output after it. */
export function readGolden(text: string): { command: string; output: string } {
  const end = text.indexOf('\n');
  return end === -1 ? { command: text, output: '' } : { command: text.slice(0, end), output: text.slice(end + 1) };
}
