/**
 * Tables for spreadsheets: the cells every CSV (and the workbook, see xlsx.ts) is written from, and
 * the CSV text itself — safe to open in a spreadsheet and the same in every locale.
 *
 * Three hazards a CSV meets in Excel or LibreOffice Calc, each handled here once for every command:
 * - Formula injection: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 *   is run as a formula on import (a model id from a price override file can be any string). Such a
 *   cell gets a leading `'`, OWASP's advice (https://owasp.org/www-community/attacks/CSV_Injection);
 *   a number cell never does (`-0.5` stays a number).
 * - Decimal commas: a German import reads `0.375` as 375. `--csv-locale de-DE` writes `;` between
 *   fields and `0,375` in number cells, as that locale's import expects; the default is `,` and `.`.
 * - Mojibake: Calc's default import does not read UTF-8, so the text is kept ASCII (`×` → `x`).
 */
import { UserError } from '../errors.js';

export type Cell = string | number | boolean | null;

/** One table of a result: its columns (snake_case, unit in the name) and rows of plain cells. */
export interface SheetTable {
  /** The sheet's name in a workbook ("Estimate", "Options"). */
  name: string;
  header: readonly string[];
  rows: readonly (readonly Cell[])[];
}

/** How a spreadsheet locale reads a CSV: the field separator and the decimal mark in numbers. */
export interface CsvDialect {
  separator: ',' | ';';
  decimalMark: '.' | ',';
}

export const CSV_POINT: CsvDialect = { separator: ',', decimalMark: '.' };
export const CSV_COMMA: CsvDialect = { separator: ';', decimalMark: ',' };

/**
 * The dialect a locale's spreadsheet import expects (a BCP 47 tag: "de-DE", "fr", "en-US"): its
 * decimal mark from the runtime's locale data, and `;` between fields where the mark is a comma
 * (what Excel and Calc use as the list separator there).
 */
export function csvDialectFor(locale: string): CsvDialect {
  let mark: string | undefined;
  try {
    mark = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  } catch {
    throw new UserError(
      (w) => `${w.option('csvLocale')}: "${locale}" is not a locale tag (examples: en-US, de-DE, fr-FR)`,
      { option: 'csvLocale' },
    );
  }
  return mark === ',' ? CSV_COMMA : CSV_POINT;
}

/** A plain decimal number as the result writes one: never defused, and its mark follows the locale. */
const NUMBER = /^-?\d+(\.\d+)?$/;

export function isNumberText(text: string): boolean {
  return NUMBER.test(text);
}

/** Characters a spreadsheet could take for the start of a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The non-ASCII characters ftcost's own text uses, in ASCII. */
const ASCII: Record<string, string> = {
  '×': 'x',
  '÷': '/',
  '–': '-',
  '—': '-',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '…': '...',
  '≤': '<=',
  '≥': '>=',
  '≈': '~',
  '→': '->',
  '±': '+/-',
  '·': '-',
  '•': '-',
  '✅': 'yes',
  '❌': 'no',
  '\u00a0': ' ',
};

/**
 * Text in ASCII: ftcost's own symbols by the table above, accented letters without their accents,
 * anything else as `?` (there is none in the shipped catalog; a user's override file might have some).
 */
export function asciiText(text: string): string {
  if (!/[^\u0000-\u007f]/.test(text)) return text;
  let out = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else if (ASCII[ch] !== undefined) out += ASCII[ch];
    else {
      const bare = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += /^[\u0000-\u007f]+$/.test(bare) ? bare : '?';
    }
  }
  return out;
}

/** A text cell that a spreadsheet will keep as text: formula-like starts get a leading `'`. */
export function defused(text: string): string {
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

function csvCell(value: Cell, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    const text = String(value);
    return dialect.decimalMark === ',' ? text.replace('.', ',') : text;
  }
  if (typeof value === 'boolean') return String(value);
  if (NUMBER.test(value)) return dialect.decimalMark === ',' ? value.replace('.', ',') : value;
  const text = defused(asciiText(value));
  const special = dialect.separator === ',' ? /[",\n\r]/ : /[";\n\r]/;
  return special.test(text) || text.startsWith("'") ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV text: a header line, then one line per row, each ending in `\n`. */
export function csvText(table: Pick<SheetTable, 'header' | 'rows'>, dialect: CsvDialect = CSV_POINT): string {
  return (
    [table.header, ...table.rows].map((r) => r.map((c) => csvCell(c, dialect)).join(dialect.separator)).join('\n') +
    '\n'
  );
}

/**
 * A list in one cell (assumptions, notes), split safely: items joined by ` | `, and a `|` inside an
 * item written `/` so that splitting on `|` always gives the items back.
 */
export function listCell(items: readonly string[]): string | null {
  return items.length ? items.map((i) => i.replace(/\|/g, '/')).join(' | ') : null;
}

/** A file's name without its folders (a spreadsheet row never carries a local path); null stays null. */
export function baseName(path: string | null): string | null {
  return path === null ? null : (path.split(/[\\/]/).pop() ?? path);
}
