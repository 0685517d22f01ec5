/**
 * Flag parsing shared by commands. yargs hands every value over as a string (parse-numbers is off)
 * so that "1e3", "0x10", "12abc" or "-5" are refused here with a clear message instead of being
 * silently coerced.
 */
import type { Argv, Options } from 'yargs';
import { ESTIMATE_COUNT_MAX } from '../src/api/checks.js';
import type { Catalog } from '../src/catalog/model.js';
import { Decimal } from '../src/decimal.js';
import { isIsoDate, METHODS, type Method } from '../src/domain/vocabulary.js';
import { formatRate, formatUsd } from '../src/format/money.js';
import { UserError } from '../src/errors.js';
import { FORMATS, type Format } from '../src/render/formats.js';
import { withoutThousands } from '../src/text/thousands.js';
import type { TerminalView } from '../src/render/terminal.js';
import { type CliContext, terminalWidth } from './context.js';

export type { Format };

export function parseCount(
  flag: string,
  raw: unknown,
  { min = 1, max = 1e12 }: { min?: number; max?: number } = {},
): number {
  // Separators between digits ("1_000", "1 000") by the rule every door shares (src/text/thousands.ts): an
  // underscore elsewhere ("__1") is not one, and is refused below. A comma is refused in a count (docs/bad-input.md).
  const text = withoutThousands(String(raw ?? '')) ?? String(raw);
  if (text.includes(','))
    throw new UserError(`--${flag} must be a whole number written without commas, got "${String(raw).trim()}"`, {
      code: 'invalid-number',
    });
  if (!/^-?\d+$/.test(text))
    throw new UserError(`--${flag} must be a whole number, got "${String(raw)}"`, { code: 'invalid-number' });
  const value = Number(text);
  if (value < min) throw new UserError(`--${flag} must be at least ${min}, got ${text}`, { code: 'invalid-number' });
  if (value > max)
    throw new UserError(`--${flag} must be at most ${max.toLocaleString('en-US')}, got ${text}`, {
      code: 'invalid-number',
    });
  return value;
}

/** --epochs: a whole number of epochs, or "auto" for each platform's default. */
/** A positive number of hours, as a decimal string (never a float): "12", "7.5". */
export function parseHours(flag: string, raw: unknown): string {
  const text = String(raw).trim();
  if (text.includes(',')) throw commaError(flag, raw, 'a number of hours');
  if (!/^\d+(\.\d+)?$/.test(text) || /^0+(\.0+)?$/.test(text))
    throw new UserError(`--${flag} must be a positive number of hours like 12 or 7.5, got "${text}"`, {
      code: 'invalid-number',
    });
  return text;
}

/**
 * A comma is never dropped: it separates thousands in groups of three ("1,000", "$12,345.50") and is
 * refused anywhere else, so a decimal comma ("1,79") is one clear line instead of $179.
 */
function commaError(flag: string, raw: unknown, what: string): UserError {
  const text = String(raw).trim();
  const decimal = /^\$?\d+,\d+$/.test(text)
    ? ` write "${text.replace(/^\$/, '').replace(',', '.')}" for a decimal,`
    : '';
  return new UserError(
    `--${flag} must be ${what} written with a decimal point, got "${text}":${decimal} ` +
      'a comma only separates thousands (1,000)',
    { code: 'invalid-number' },
  );
}

/**
 * An amount as people write it ("$3,000", "0.50"): the "$" and thousands separators dropped by the rule the
 * library and the widget read numbers by (src/text/thousands.ts), any other comma refused.
 */
function plainAmount(flag: string, raw: unknown, what = 'an amount of USD'): string {
  const text = withoutThousands(String(raw));
  if (text === undefined) throw commaError(flag, raw, what);
  return text.replace(/^\$/, '');
}

/** A positive amount of US dollars, as a decimal string (never a float): "10", "2.50", "$1,000". */
export function parseUsd(flag: string, raw: unknown): string {
  const text = plainAmount(flag, raw);
  if (!/^\d+(\.\d+)?$/.test(text) || /^0+(\.0+)?$/.test(text))
    throw new UserError(`--${flag} must be a positive amount of USD like 10 or 2.50, got "${String(raw)}"`, {
      code: 'invalid-number',
    });
  return text;
}

/**
 * How a CI guard's line shows its limit and the figures it checked: to the cent, unless a figure over the limit
 * rounds to the same cents as the limit ("exceeds the $1.80 limit: … $1.80" for a limit of 1.7999999999999999999):
 * then the limit with every digit it was given, and each figure cut (never rounded up) at the first decimal place
 * where it differs from the limit, so it shows above it: "$1.7999999999999999999 limit: … $1.80",
 * "$98.85 limit: … $98.854".
 */
export function guardAmounts(
  limit: Decimal,
  figures: readonly Decimal[],
): { limit: string; figure: (amount: Decimal) => string } {
  const clash = figures.filter((f) => !f.eq(limit) && formatUsd(f) === formatUsd(limit));
  if (clash.length === 0) return { limit: formatUsd(limit), figure: formatUsd };
  const cut = (v: Decimal, places: number) => v.toDecimalPlaces(places, Decimal.ROUND_DOWN);
  let places = 3;
  while (clash.some((f) => cut(f, places).eq(cut(limit, places)))) places++;
  return { limit: formatRate(limit), figure: (amount) => formatRate(cut(amount, places)) };
}

export function parseEpochs(raw: string): number | 'auto' {
  if (raw === 'auto') return 'auto';
  return parseCount('epochs', raw, { min: 1, max: ESTIMATE_COUNT_MAX.epochs });
}

/** The --epochs flag of every pricing command. */
export const EPOCHS_OPTION = {
  alias: 'e',
  type: 'string',
  default: 'auto',
  describe: "Epochs, or 'auto' for each platform's default (OpenAI's rule for OpenAI/Azure)",
} as const satisfies Options;

export function parseFormat(raw: unknown, allowed: readonly string[] = FORMATS): Format {
  const value = String(raw);
  if (!allowed.includes(value)) throw new UserError(`unknown format "${value}"; use one of ${allowed.join(', ')}`);
  return value as Format;
}

export function parseDate(flag: string, raw: unknown): string {
  const value = String(raw);
  if (!isIsoDate(value))
    throw new UserError(`--${flag} must be a date written YYYY-MM-DD, got "${value}"`, { code: 'invalid-date' });
  return value;
}

/**
 * A repeatable string flag, also accepting comma-separated lists: --model a --model b,c. A flag given
 * with nothing in it (`--model ""`, an unset shell variable) is refused: silently pricing every model
 * instead would be the wrong answer to the question asked.
 */
export function parseList(raw: unknown, flag?: string): string[] {
  if (raw === undefined) return [];
  const items = Array.isArray(raw) ? raw : [raw];
  const list = items
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (list.length === 0 && flag) throw new UserError(`--${flag} was given without a value`);
  return list;
}

/** Options every pricing command shares. */
export function withCatalogOptions<T>(y: Argv<T>) {
  return y
    .option('format', {
      alias: 'f',
      type: 'string',
      default: 'table',
      describe:
        `Output format: ${FORMATS.join(', ')}; ` + 'xlsx (a workbook) for estimate, budget, breakeven and catalog list',
    })
    .option('as-of', {
      type: 'string',
      describe: 'Price with what was in force on this date (YYYY-MM-DD); default today',
    })
    .option('catalog', {
      type: 'string',
      describe: 'Use the catalog YAML files in this directory instead of the embedded one',
    })
    .option('prices', {
      type: 'string',
      array: true,
      describe:
        'Merge this YAML price file over the catalog (repeatable; its prices win): ' +
        'negotiated rates, a private endpoint, another provider',
    });
}

/**
 * A warning (one line, for stderr) when --as-of asks for a day the catalog cannot answer as asked:
 * after today (prices are those known today; a change announced later is not in them), or before
 * every price the catalog has (nothing can be priced). Undefined when the date is fine.
 */
export function asOfWarning(catalog: Catalog, asOf: string, today: string): string | undefined {
  if (asOf > today)
    return (
      `ftcost: warning: --as-of ${asOf} is after today (${today}): ` +
      'these are the prices known today, not a forecast\n'
    );
  let earliest: string | undefined;
  for (const provider of catalog.providers)
    for (const model of provider.models)
      for (const offer of model.offers)
        for (const entry of offer.prices)
          if (earliest === undefined || entry.effectiveFrom < earliest) earliest = entry.effectiveFrom;
  // A date on or after a provider's earliest price is after the earliest of all: the GPU offers
  // (built on first read, from a file of their own in the bundle) are looked at only when it is not.
  if (earliest !== undefined && asOf >= earliest) return undefined;
  for (const offer of catalog.gpuOffers)
    for (const entry of offer.prices)
      if (earliest === undefined || entry.effectiveFrom < earliest) earliest = entry.effectiveFrom;
  // The as-of date defaults to today: a run pinned to an early day (FTCOST_TODAY) never gave --as-of, so the
  // warning names the day as what it is.
  const day = asOf === today ? `today (${today})` : `--as-of ${asOf}`;
  if (earliest !== undefined && asOf < earliest)
    return (
      `ftcost: warning: ${day} is before every price in the catalog ` +
      `(the earliest takes effect ${earliest}): nothing had a known price then\n`
    );
  return undefined;
}

/** `--method` values, each one of the catalog's methods (sft and dpo name their family). */
export function parseMethods(raw: unknown): Method[] {
  const methods = parseList(raw, 'method');
  for (const m of methods) {
    if (!(METHODS as readonly string[]).includes(m))
      throw new UserError(`unknown method "${m}"; use one of ${METHODS.join(', ')}`, { code: 'unknown-method' });
  }
  return methods as Method[];
}

/**
 * What the team is to each provider: by default a new customer everywhere, so nothing closed to new
 * customers is offered (estimate, budget, breakeven, catalog list).
 */
export const CUSTOMER_FLAGS = {
  'existing-customer': {
    type: 'string',
    array: true,
    describe:
      'Provider id you already fine-tune on (repeatable): platforms closed to new customers stay open to you, ' +
      'e.g. --existing-customer openai',
  },
  'lapsed-customer': {
    type: 'string',
    array: true,
    describe:
      'Provider id you fine-tuned on without recent use ' +
      '(repeatable; OpenAI: no fine-tuned inference in the last 60 days)',
  },
} as const satisfies Record<string, Options>;

export interface CustomerArgs {
  existingCustomer?: string[];
  lapsedCustomer?: string[];
}

/** The library's existingCustomers / lapsedCustomers from the flags (each checked by the library). */
export function customerOptions(args: CustomerArgs): { existingCustomers?: string[]; lapsedCustomers?: string[] } {
  return {
    existingCustomers:
      args.existingCustomer === undefined ? undefined : parseList(args.existingCustomer, 'existing-customer'),
    lapsedCustomers: args.lapsedCustomer === undefined ? undefined : parseList(args.lapsedCustomer, 'lapsed-customer'),
  };
}

/**
 * The flags that choose which offers a command prices (estimate, budget): one declaration, one help
 * text each, as the dataset flags in cli/dataset.ts.
 */
export const OFFER_FILTER_FLAGS = {
  model: {
    alias: 'm',
    type: 'string',
    array: true,
    describe: 'Model id or alias (repeatable), e.g. gpt-4o-mini',
  },
  provider: {
    alias: 'p',
    type: 'string',
    array: true,
    describe: 'Provider id (repeatable): openai, azure-openai, vertex-ai, together, ...',
  },
  method: {
    type: 'string',
    array: true,
    describe:
      'Methods to price (default: sft, every supervised form); ' +
      `sft and dpo name their family (dpo = dpo, dpo-lora, dpo-full): ${METHODS.join(', ')}`,
  },
  'include-unavailable': {
    type: 'boolean',
    default: false,
    describe:
      'Also show offers that cannot be trained on the as-of date (training ended, shut down, or closed to you), marked',
  },
  ...CUSTOMER_FLAGS,
} as const satisfies Record<string, Options>;

/**
 * The flags of the terminal view (estimate, budget, breakeven): it is what a table prints when stdout
 * is a terminal (docs/estimate.md: the terminal view); these widen it back. They change nothing in a
 * pipe, a file or another format, which always get the full output.
 */
export const VIEW_FLAGS = {
  wide: {
    type: 'boolean',
    default: false,
    describe: 'In a terminal: the full table, every column and note, as a pipe gets it (not fitted to the width)',
  },
  all: {
    type: 'boolean',
    default: false,
    describe: 'In a terminal: every row, not the first 10 (with break-evens and regimes in breakeven)',
  },
  sources: {
    type: 'boolean',
    default: false,
    describe: "In a terminal: each source's full address instead of the sites' names",
  },
} as const satisfies Record<string, Options>;

export interface ViewArgs {
  wide: boolean;
  all: boolean;
  sources: boolean;
}

/** The terminal view to render, or undefined for the full output (not a terminal, --wide, or not a table). */
export function terminalView(
  args: ViewArgs,
  ctx: Pick<CliContext, 'stdout' | 'env'>,
  format: Format,
): TerminalView | undefined {
  const width = terminalWidth(ctx);
  if (width === undefined || args.wide || format !== 'table') return undefined;
  return { width, all: args.all, sources: args.sources };
}
