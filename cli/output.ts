/**
 * Where a command's output goes and in which spreadsheet form: `--output FILE` (any format),
 * `--format xlsx` (a workbook: to a file, or to stdout only when it is not a terminal) and
 * `--csv-locale TAG` (CSV read as that locale's spreadsheet expects: docs/spreadsheets.md).
 */
import { resolve } from 'node:path';
import type { Options } from 'yargs';
import { UserError } from '../src/errors.js';
import { CSV_POINT, type CsvDialect, csvDialectFor } from '../src/render/csv.js';
import { FORMATS, type Format } from '../src/render/formats.js';
import type { WorkbookContent, WorkbookOrigin } from '../src/render/workbook.js';
import type { CliContext } from './context.js';

export const OUTPUT_FLAGS = {
  output: {
    alias: 'o',
    type: 'string',
    describe: 'Write the output to this file instead of stdout (needed for --format xlsx in a terminal)',
  },
  'csv-locale': {
    type: 'string',
    describe:
      'CSV for a spreadsheet set to this locale (de-DE, fr-FR, en-US): where it writes a decimal comma, ' +
      '";" between fields and 0,375 in numbers',
  },
} as const satisfies Record<string, Options>;

export interface OutputArgs {
  format: string;
  output?: string;
  csvLocale?: string;
}

/** The formats of a command that also writes a workbook. */
export const SHEET_FORMATS = [...FORMATS, 'xlsx'] as const;
type SheetFormat = (typeof SHEET_FORMATS)[number];

export interface OutputPlan {
  format: SheetFormat;
  /** The CSV dialect (--csv-locale; default `,` and `.`). */
  dialect: CsvDialect;
  /** Absolute path of --output, or undefined for stdout. */
  file: string | undefined;
}

/** Reads and checks --format, --output and --csv-locale together, before any work is done. */
export function outputPlan(args: OutputArgs, ctx: CliContext, formats: readonly string[] = SHEET_FORMATS): OutputPlan {
  const format = String(args.format);
  if (!formats.includes(format))
    throw new UserError(`unknown format "${format}"; use one of ${formats.join(', ')}`, { code: 'invalid-input' });
  if (args.output !== undefined && String(args.output).trim() === '')
    throw new UserError('--output was given without a file name');
  if (args.csvLocale !== undefined && format !== 'csv')
    throw new UserError(`--csv-locale shapes CSV only; add --format csv (the format is ${format})`, {
      code: 'conflicting-options',
    });
  const dialect = args.csvLocale === undefined ? CSV_POINT : csvDialectFor(String(args.csvLocale));
  if (format === 'xlsx' && args.output === undefined && ctx.stdout.isTTY === true)
    throw new UserError('--format xlsx writes a workbook, not text for a terminal: add --output FILE.xlsx', {
      code: 'conflicting-options',
    });
  return {
    format: format as SheetFormat,
    dialect,
    file: args.output === undefined ? undefined : resolve(ctx.cwd, String(args.output)),
  };
}

/** The text formats' renderer, or undefined for xlsx. */
export function textFormat(plan: OutputPlan): Format | undefined {
  return plan.format === 'xlsx' ? undefined : plan.format;
}

/** The package's version, for a workbook's "Read me". */
const FTCOST_VERSION = '0.1.0';

function origin(ctx: CliContext): WorkbookOrigin {
  return { commandLine: ctx.commandLine ?? 'ftcost', version: FTCOST_VERSION };
}

/**
 * Writes the output where the plan says: text (or CSV in the plan's dialect) or the workbook's bytes,
 * to stdout or to the --output file. A file that cannot be written is one clear line, exit 2.
 */
export async function writeOutput(
  ctx: CliContext,
  plan: OutputPlan,
  out: {
    text: () => string;
    csv: (dialect: CsvDialect) => string;
    /** Loaded lazily by the caller (a dynamic import of render/workbook.js): only a workbook pays for it. */
    workbook?: (o: WorkbookOrigin) => Promise<WorkbookContent>;
  },
): Promise<void> {
  let bytes: string | Uint8Array;
  if (plan.format === 'xlsx') {
    if (!out.workbook) throw new UserError('this command has no workbook; use --format csv or json');
    const { xlsxBytes } = await import('../src/render/xlsx.js');
    bytes = await xlsxBytes(await out.workbook(origin(ctx)), ctx.today);
  } else {
    bytes = plan.format === 'csv' ? out.csv(plan.dialect) : out.text();
  }
  if (plan.file === undefined) {
    ctx.stdout.write(bytes);
    return;
  }
  try {
    // Imported here, not at the top: node:fs/promises costs ~1.2 ms of every start-up (docs/speed.md).
    const { writeFile } = await import('node:fs/promises');
    await writeFile(plan.file, bytes);
  } catch (err) {
    throw new UserError(`cannot write --output ${plan.file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}
