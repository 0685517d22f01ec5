/**
 * The CLI as a function: run(argv, ctx) → exit code. 0 success, 2 a user mistake (one clear line on
 * stderr, no stack trace unless --verbose), 1 a bug in ftcost. Tests call it in-process.
 */
import yargs from 'yargs';
import { isUserError, UserError } from '../src/errors.js';
import { commands } from './commands/index.js';
import { CLI_WORDING } from './wording.js';
import { STDIN_FILE, type CliContext } from './context.js';

const VERSION = '0.1.0';

/**
 * Flags that may be given more than once (each adds to a list), with their aliases; any other flag given twice is a
 * mistake.
 */
const REPEATABLE = new Set([
  'model',
  'm',
  'provider',
  'p',
  'method',
  'prices',
  'kind',
  'ft-model',
  'ftModel',
  'existing-customer',
  'lapsed-customer',
  'targets',
  '_',
  '$0',
]);

function refuseRepeatedFlags(args: Record<string, unknown>): void {
  // yargs lists a flag under its name, its camelCase form and its aliases, all with the same array.
  const names = new Map<string, string>();
  for (const [key, value] of Object.entries(args)) {
    if (!Array.isArray(value) || REPEATABLE.has(key)) continue;
    const dashed = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    if (REPEATABLE.has(dashed)) continue;
    const given = value.map(String).join(', ');
    const known = names.get(given);
    if (!known || dashed.length > known.length) names.set(given, dashed);
  }
  for (const [given, name] of names) throw new UserError(`--${name} was given more than once (${given}); give it once`);
}

/**
 * yargs names an unknown flag by its camel-cased key ("Unknown argument: asOf"): named as typed instead
 * ("--as-of"). A name that was not typed as a flag (an extra positional argument) is left as it is.
 */
function asFlags(message: string, argv: readonly string[]): string {
  const m = /^(Unknown arguments?): (.*)$/.exec(message);
  if (!m) return message;
  const typed = (flag: string) => argv.some((a) => a === flag || a.startsWith(`${flag}=`));
  const names = m[2]!.split(', ').map((name) => {
    const dashed = `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    if (typed(dashed)) return dashed;
    if (typed(`--${name}`)) return `--${name}`;
    return name;
  });
  return `${m[1]}: ${names.join(', ')}`;
}

/** What the selected command's flags take, from its yargs declarations (its builder's getOptions()). */
interface FlagKinds {
  /** Flags that take a value (strings and lists), by every name they answer to. */
  values: Set<string>;
  /** Switches (booleans), by every name they answer to. */
  switches: Set<string>;
  /** Each alias's long name ("n" → "examples"), for messages. */
  longName: Map<string, string>;
}

function flagKinds(options: {
  string?: string[];
  number?: string[];
  array?: string[];
  boolean?: string[];
  alias?: Record<string, string[]>;
}): FlagKinds {
  const switches = new Set(options.boolean ?? []);
  const values = new Set(
    [...(options.string ?? []), ...(options.number ?? []), ...(options.array ?? [])].filter((k) => !switches.has(k)),
  );
  const longName = new Map<string, string>();
  for (const [name, aliases] of Object.entries(options.alias ?? {})) for (const a of aliases) longName.set(a, name);
  return { values, switches, longName };
}

/**
 * A number written with a leading minus ("-Infinity", "-1e3", "-.5", "-NaN"): yargs reads "-Infinity" after `-n` as
 * the short flags -I -n -f -i -n -i -t -y ("Unknown arguments: I, i, y"), and `-n` as given without a value.
 */
const NEGATIVE_NUMBER = /^-(\d|\.\d|inf(inity)?$|nan$)/i;

/**
 * A value that looks like a negative number, after a flag, is that flag's value (`-n -Infinity` → `-n=-Infinity`):
 * the flag's own check then refuses it by name ("--examples must be a whole number"). No flag of ftcost is a digit
 * or spells "inf" or "nan", so nothing else is joined.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (const arg of argv) {
    const last = out.at(-1);
    if (last !== undefined && /^-{1,2}[a-z][\w-]*$/i.test(last) && NEGATIVE_NUMBER.test(arg))
      out[out.length - 1] = `${last}=${arg}`;
    else out.push(arg);
  }
  return out;
}

/**
 * One rule for every flag of every command, from how the command declares it: a flag that takes a value given
 * with nothing after it (`--format` at the end, or before another flag) is refused — yargs would use its default
 * (`--format` → table, `--epochs` → auto) or an empty list (`--prices` → none), which is not what was asked; and a
 * switch given twice (`--no-progress --progress`) is refused, as any other flag given twice is: the last one would
 * silently win.
 */
function refuseMissingValues(argv: readonly string[], kinds: FlagKinds): void {
  const seen = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return;
    const m = /^(--?)([^=]+)(=.*)?$/s.exec(arg);
    if (!m || (m[1] === '-' && m[2]!.length !== 1)) continue;
    const typed = m[2]!;
    const name = kinds.longName.get(typed) ?? typed;
    const flag = `--${name}`;
    if (kinds.values.has(typed) && m[3] === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next.length > 1))
        throw new UserError(`${flag} was given without a value`);
    }
    const switchName = kinds.switches.has(typed) ? name : typed.startsWith('no-') ? typed.slice(3) : undefined;
    if (switchName !== undefined && kinds.switches.has(switchName)) {
      const forms = [...(seen.get(switchName) ?? []), arg];
      seen.set(switchName, forms);
      if (forms.length > 1)
        throw new UserError(`--${switchName} was given more than once (${forms.join(', ')}); give it once`);
    }
  }
}

/**
 * A switch takes no value, or exactly true or false: yargs reads `--range=yes` and `--include-ending=1`
 * as false, the opposite of what was meant.
 */
function refuseSwitchValues(argv: readonly string[], args: Record<string, unknown>): void {
  for (const arg of argv) {
    if (arg === '--') return;
    const m = /^--(?:no-)?([\w-]+)=(.*)$/s.exec(arg);
    if (!m) continue;
    const key = m[1]!.replace(/-([a-z])/g, (_c, l: string) => l.toUpperCase());
    if (typeof args[key] === 'boolean' && m[2] !== 'true' && m[2] !== 'false')
      throw new UserError(`--${m[1]} is a switch: give it alone, or as --${m[1]}=true / =false, got "${arg}"`);
  }
}

/** yargs spreads some messages over lines ("Invalid values:\n  Argument: …"): keep all of it, on one line. */
function oneLine(message: string): string {
  return message.trim().replace(/\s*\n\s*/g, ' ');
}

/**
 * yargs lays out a command's whole help text after every successful parse (usage.cacheHelpMessage,
 * called from its runCommand), in case a failure in a handler it runs later wants to print it. ftcost
 * runs the handler itself, after parsing, and prints help only for --help (which yargs lays out on
 * demand), so that layout was pure cost: 30–40 ms of string-width on every `ftcost estimate`.
 * The usage object is yargs' own, reached through its internal-methods accessor (absent from the
 * type definitions); the --help goldens pin that help still prints unchanged.
 */
function skipHelpCache(parser: object): void {
  const internal = (parser as { getInternalMethods?: () => { getUsageInstance(): { cacheHelpMessage(): void } } })
    .getInternalMethods;
  if (typeof internal !== 'function') return;
  internal.call(parser).getUsageInstance().cacheHelpMessage = () => {};
}

/** The command line as a shell would take it back: arguments with spaces or quotes in single quotes. */
function commandLine(argv: readonly string[]): string {
  const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
  return ['ftcost', ...argv.map(quote)].join(' ');
}

export async function run(argv: readonly string[], ctx: CliContext): Promise<number> {
  const verbose = argv.includes('--verbose');
  // biome-ignore lint/suspicious/noExplicitAny: the selected command's handler takes the arguments its builder declared
  let selected: { handler: (a: any, c: CliContext) => Promise<number>; args: unknown; kinds: FlagKinds } | undefined;
  // The last command builder yargs ran: the selected command's, when its handler runs.
  let built: { getOptions(): Parameters<typeof flagKinds>[0] } | undefined;
  const parser = yargs()
    .scriptName('ftcost')
    .usage('ftcost — what a fine-tune costs on each platform, and when it pays back.\n\nUsage: $0 <command> [options]')
    .parserConfiguration({
      'parse-numbers': false,
      'parse-positional-numbers': false,
      'camel-case-expansion': true,
      'strip-dashed': true,
    })
    .option('verbose', { type: 'boolean', default: false, describe: 'Show stack traces of errors' })
    .strict()
    .demandCommand(1, 'name a command, e.g. ftcost estimate --examples 500 --epochs 3')
    .recommendCommands()
    .version(VERSION)
    .alias('help', 'h')
    .wrap(Math.min(110, ctx.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UserError(asFlags(oneLine(msg), argv));
    })
    .epilogue(
      'Prices come from the embedded catalog (ftcost catalog list); every figure carries its source and date.\n' +
        'Docs: README.md',
    );
  skipHelpCache(parser);
  for (const mod of commands) {
    parser.command(
      mod.command as string,
      mod.describe,
      (y) => {
        const b = mod.builder(y);
        built = b as unknown as typeof built;
        return b;
      },
      (args) => {
        selected = { handler: mod.handler, args, kinds: flagKinds(built?.getOptions() ?? {}) };
      },
    );
  }
  try {
    let helpOutput = '';
    // A lone `-` names standard input (`inspect -`, `--file -`); a file literally named "(stdin)" stays a file
    // (./ keeps it a path to the same file).
    const args = joinNegativeValues(argv.map((a) => (a === '-' ? STDIN_FILE : a === STDIN_FILE ? `./${a}` : a)));
    await parser.parseAsync(args, {}, (_err: unknown, _args: unknown, output: string) => {
      helpOutput = output;
    });
    if (!selected) {
      // --help or --version: yargs produced the text instead of running a command.
      if (helpOutput) ctx.stdout.write(helpOutput.endsWith('\n') ? helpOutput : helpOutput + '\n');
      return 0;
    }
    refuseMissingValues(args, selected.kinds);
    refuseRepeatedFlags(selected.args as Record<string, unknown>);
    refuseSwitchValues(args, selected.args as Record<string, unknown>);
    return await selected.handler(selected.args, { ...ctx, commandLine: commandLine(argv) });
  } catch (err) {
    if (isUserError(err)) {
      ctx.stderr.write(`ftcost: ${err.messageIn(CLI_WORDING)}\n`);
      for (const line of err.details) ctx.stderr.write(`  ${line}\n`);
      if (verbose && err.stack) ctx.stderr.write(err.stack + '\n');
      return err.exitCode;
    }
    const e = err as Error;
    // yargs reports its own parse errors (unknown flags, missing values) as plain Errors.
    if (e && e.name === 'YError') {
      ctx.stderr.write(`ftcost: ${oneLine(e.message)}\n`);
      if (verbose && e.stack) ctx.stderr.write(e.stack + '\n');
      return 2;
    }
    ctx.stderr.write(`ftcost: internal error: ${e?.message ?? String(err)}\n`);
    ctx.stderr.write(
      verbose && e?.stack ? e.stack + '\n' : 'This is a bug in ftcost; run again with --verbose for details.\n',
    );
    return 1;
  }
}
