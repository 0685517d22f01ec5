/**
 * LibreOffice Calc as a test oracle (issue 28: "checked in a real spreadsheet"). Debian's
 * `libreoffice-calc-nogui` runs headless, with no UNO bridge and no Python: every step is one
 * `soffice --headless --convert-to fods` call, and the flat ODS (.fods) XML that Calc writes is
 * read back here.
 *
 * - Import a CSV: `--infilter="Text - txt - csv (StarCalc):<separator>,34,<charset>,1,,<language>"`
 *   (tokens: field separator as a char code, text delimiter `"`, 76 = UTF-8 or empty = the system's
 *   charset, first line 1, no column formats, 1033 = en-US / 1031 = de-DE; the tokens left out keep
 *   Calc's own defaults, which evaluate a cell that starts with `=` as a formula and detect ISO dates),
 *   or no --infilter at all: what Calc does to a .csv given no options (comma, en-US, Windows-1252).
 * - Open a workbook (.xlsx): Calc picks the filter from the file.
 * - SUM with Calc's own formula: the .fods Calc wrote for the imported file gets one more sheet with
 *   a `SUM` formula cell per asked column, each with a wrong cached result (-1), and a canary
 *   `=1+1` whose cached result is 7; Calc converts that .fods to .fods again and recalculates on
 *   load (Calc 7.4 did so even set to "never recalculate"; the fresh profile sets
 *   Formula/Load/ODFRecalcMode to "always" all the same). A canary that does not read back 2 fails
 *   the call, so a sum can never be a cached value we wrote. The values summed are the ones Calc
 *   parsed on import: a .fods keeps every cell's value as Calc holds it.
 *   (Simpler than a UNO script: no python3-uno, no listening office process to start and stop.)
 *
 * Each harness has its own fresh profile (`-env:UserInstallation=file:///tmp/ftcost-calc-…/profile`):
 * a second soffice on the same profile would hand its job to the first one, and runs in parallel
 * vitest workers would collide. Calls on one harness are queued, never concurrent. soffice runs
 * with LC_ALL/LANG=C.UTF-8, so "the system's charset" is UTF-8 on every machine.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The soffice command (SOFFICE_PATH overrides). */
const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';
const CALL_TIMEOUT_MS = 120_000;
const CSV_FILTER = 'Text - txt - csv (StarCalc)';
const LANGUAGE_IDS = { 'en-US': 1033, 'de-DE': 1031 } as const;

/** Whether `soffice` is on PATH (or SOFFICE_PATH names a file): looked up, never started. */
export function sofficeInstalled(): boolean {
  if (process.env.SOFFICE_PATH) return existsSync(process.env.SOFFICE_PATH);
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, 'soffice')));
}

/** How a CSV is imported: Calc's own default (no filter options), or explicit options. */
export type CsvImport =
  | 'calc-default'
  | { separator: ',' | ';'; charset: 'utf-8' | 'system'; language: keyof typeof LANGUAGE_IDS };

/** The --infilter value for an import, or null for Calc's default (no --infilter). */
function csvFilter(how: CsvImport): string | null {
  if (how === 'calc-default') return null;
  const charset = how.charset === 'utf-8' ? '76' : '';
  return `${CSV_FILTER}:${how.separator.charCodeAt(0)},34,${charset},1,,${LANGUAGE_IDS[how.language]}`;
}

/** A cell's ODF value type ('empty': no content; 'error': a formula whose result is an error). */
type CellType = 'empty' | 'float' | 'currency' | 'percentage' | 'date' | 'time' | 'boolean' | 'string' | 'error';

export interface Cell {
  type: CellType;
  /**
   * Numbers: office:value as Calc wrote it; dates: office:date-value (2026-12-07 or 2026-12-07T10:00:00);
   * strings: the text.
   */
  value: string;
  /** What the cell shows: its paragraphs joined by newlines. */
  text: string;
  /** The cell's formula (`of:=…`), or null. An imported text that Calc turned into a formula has one. */
  formula: string | null;
  /** Hyperlinks in the cell's text. */
  links: string[];
}

export interface Sheet {
  name: string;
  /** rows[r][c], 0-based; empty rows inside the sheet are []; trailing empty rows and cells are left out. */
  rows: Cell[][];
}

export interface Book {
  /** The .fods Calc wrote. */
  fods: string;
  sheets: Sheet[];
}

const EMPTY: Cell = Object.freeze({ type: 'empty', value: '', text: '', formula: null, links: [] }) as Cell;

/** A cell by 0-based row and column; missing cells are empty. */
export function cellAt(sheet: Sheet, row: number, col: number): Cell {
  return sheet.rows[row]?.[col] ?? EMPTY;
}

export function isNumeric(cell: Cell): boolean {
  return cell.type === 'float' || cell.type === 'currency' || cell.type === 'percentage';
}

/** Spreadsheet column letters of a 0-based index (0 → A, 26 → AA). */
function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export class Calc {
  private readonly root = mkdtempSync(join(tmpdir(), 'ftcost-calc-'));
  private readonly profile = join(this.root, 'profile');
  private queue: Promise<unknown> = Promise.resolve();
  private calls = 0;
  /** Every soffice command line this harness ran, with its duration (for reports). */
  readonly log: { argv: string[]; ms: number }[] = [];

  constructor() {
    mkdirSync(join(this.profile, 'user'), { recursive: true });
    // Recalculate formulas on load, whatever generator wrote the file (0 = always).
    writeFileSync(
      join(this.profile, 'user', 'registrymodifications.xcu'),
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"' +
          ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        ...['ODFRecalcMode', 'OOXMLRecalcMode'].map(
          (name) =>
            '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">' +
            `<prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`,
        ),
        '</oor:items>',
      ].join('\n'),
    );
  }

  /** A path in this harness's scratch directory (removed by dispose). */
  path(name: string): string {
    return join(this.root, name);
  }

  /** Writes `content` to a scratch file and returns its path. */
  write(name: string, content: string | Uint8Array): string {
    const file = this.path(name);
    writeFileSync(file, content);
    return file;
  }

  /** Imports CSV files, all the same way, in one soffice call. */
  importCsv(files: string[], how: CsvImport): Promise<Book[]> {
    return this.convert(files, csvFilter(how));
  }

  /** Opens workbooks (.xlsx, .ods, …) in one soffice call. */
  open(files: string[]): Promise<Book[]> {
    return this.convert(files, null);
  }

  /**
   * Calc's SUM over data rows 2…last of one column per request (0-based column of the named sheet),
   * all in one soffice call; each result is the office:value Calc computed.
   */
  async sums(requests: { book: Book; sheet: string; column: number }[]): Promise<string[]> {
    if (requests.length === 0) return [];
    const byBook = new Map<Book, number[]>();
    requests.forEach((r, i) => {
      byBook.set(r.book, [...(byBook.get(r.book) ?? []), i]);
    });
    const call = ++this.calls;
    const dir = this.path(`sums-${call}`);
    mkdirSync(dir);
    const inputs: string[] = [];
    for (const [book, indices] of byBook) {
      const xml = readFileSync(book.fods, 'utf8');
      const at = xml.lastIndexOf('</table:table>');
      if (at < 0) throw new Error(`${book.fods}: no sheet`);
      const cells = indices.map((i) => {
        const { sheet, column } = requests[i]!;
        const rows = book.sheets.find((s) => s.name === sheet)?.rows.length;
        if (rows === undefined) throw new Error(`${book.fods}: no sheet named ${sheet}`);
        const col = columnLetters(column);
        const ref = `[$'${sheet.replaceAll("'", "''")}'.${col}2:.${col}${Math.max(rows, 2)}]`;
        return formulaCell(`of:=SUM(${ref})`, '-1');
      });
      const added =
        '<table:table table:name="ftcost_sums"><table:table-row>' +
        `${formulaCell('of:=1+1', '7')}${cells.join('')}</table:table-row></table:table>`;
      const end = at + '</table:table>'.length;
      const file = join(dir, `${inputs.length}.fods`);
      writeFileSync(file, xml.slice(0, end) + added + xml.slice(end));
      inputs.push(file);
    }
    const books = await this.convert(inputs, null);
    const results: string[] = new Array(requests.length);
    [...byBook.values()].forEach((indices, b) => {
      const row = books[b]!.sheets.find((s) => s.name === 'ftcost_sums')?.rows[0] ?? [];
      const canary = row[0];
      if (canary?.type !== 'float' || canary.value !== '2') {
        throw new Error(`Calc did not recalculate on load: =1+1 reads back ${JSON.stringify(canary)}`);
      }
      indices.forEach((i, k) => {
        const cell = row[k + 1];
        if (!cell || !isNumeric(cell)) throw new Error(`SUM for request ${i} reads back ${JSON.stringify(cell)}`);
        results[i] = cell.value;
      });
    });
    return results;
  }

  /** Removes the profile and every scratch file. */
  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  /** Converts files to .fods in one soffice call (queued behind earlier calls) and parses them. */
  private convert(files: string[], infilter: string | null): Promise<Book[]> {
    const job = this.queue.then(async () => {
      const call = ++this.calls;
      const inDir = this.path(`in-${call}`);
      const outDir = this.path(`out-${call}`);
      mkdirSync(inDir);
      // Copies with distinct names: Calc names each output after its input's base name.
      const inputs = files.map((f, i) => {
        const copy = join(inDir, `${i}-${basename(f, extname(f))}${extname(f)}`);
        copyFileSync(f, copy);
        return copy;
      });
      const argv = [
        `-env:UserInstallation=${pathToFileURL(this.profile).href}`,
        '--headless',
        '--norestore',
        ...(infilter === null ? [] : [`--infilter=${infilter}`]),
        '--convert-to',
        'fods',
        '--outdir',
        outDir,
        ...inputs,
      ];
      const output = await this.soffice(argv);
      return inputs.map((input) => {
        const fods = join(outDir, `${basename(input, extname(input))}.fods`);
        if (!existsSync(fods)) throw new Error(`soffice did not convert ${input}:\n${output}`);
        return { fods, sheets: parseFods(readFileSync(fods, 'utf8')) };
      });
    });
    this.queue = job.catch(() => undefined);
    return job;
  }

  private soffice(argv: string[]): Promise<string> {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      // Its own process group, so a timeout ends soffice.bin too, not only the wrapper script.
      const child = spawn(SOFFICE, argv, {
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
      });
      let output = '';
      child.stdout.on('data', (b: Buffer) => (output += b));
      child.stderr.on('data', (b: Buffer) => (output += b));
      const timer = setTimeout(() => {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      }, CALL_TIMEOUT_MS);
      child.on('error', (err) => {
        clearTimeout(timer);
        reject(
          new Error(
            `cannot run ${SOFFICE} (${err.message}); ` +
              'install LibreOffice Calc: apt-get install -y libreoffice-calc-nogui',
          ),
        );
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        this.log.push({ argv: [SOFFICE, ...argv], ms: Date.now() - started });
        if (code === 0) resolve(output);
        else reject(new Error(`${SOFFICE} ${argv.join(' ')} ended with ${signal ?? `exit ${code}`}:\n${output}`));
      });
    });
  }
}

function formulaCell(formula: string, cached: string): string {
  return (
    `<table:table-cell table:formula="${escapeXml(formula)}" office:value-type="float" office:value="${cached}">` +
    `<text:p>${cached}</text:p></table:table-cell>`
  );
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!;
  });
}

/**
 * The sheets of a flat ODS document, as Calc writes it: tags with double-quoted attributes, no CDATA.
 * Only what the tests read: each cell's value type and value, text, formula and links. Text inside
 * comments (office:annotation) is not the cell's. Repeated empty rows and cells (Calc writes a
 * formatted empty tail as one element repeated a million times) are kept as counts and only
 * materialised when something follows them.
 */
function parseFods(xml: string): Sheet[] {
  const sheets: Sheet[] = [];
  let sheet: Sheet | null = null;
  let emptyRows = 0;
  let row: Cell[] | null = null;
  let rowRepeat = 1;
  let emptyCells = 0;
  let cell: { attrs: Record<string, string>; paragraphs: string[]; links: string[] } | null = null;
  let inParagraph = 0;
  let inAnnotation = 0;

  const endCell = (attrs: Record<string, string>, paragraphs: string[], links: string[]) => {
    const repeat = Number(attrs['table:number-columns-repeated'] ?? 1);
    const text = paragraphs.join('\n');
    const formula = attrs['table:formula'] ?? null;
    const valueType = attrs['office:value-type'];
    if (!valueType && formula === null && text === '') {
      emptyCells += repeat;
      return;
    }
    const type: CellType = attrs['calcext:value-type'] === 'error' ? 'error' : ((valueType ?? 'string') as CellType);
    const value =
      type === 'date'
        ? attrs['office:date-value']!
        : type === 'time'
          ? attrs['office:time-value']!
          : type === 'boolean'
            ? attrs['office:boolean-value']!
            : type === 'string' || type === 'error'
              ? (attrs['office:string-value'] ?? text)
              : attrs['office:value']!;
    for (; emptyCells > 0; emptyCells--) row!.push(EMPTY);
    for (let i = 0; i < repeat; i++) row!.push({ type, value, text, formula, links });
  };

  const tag = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|([^<]+)/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [, closing, name, rawAttrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (cell && inParagraph && !inAnnotation) cell.paragraphs[cell.paragraphs.length - 1] += unescapeXml(text);
      continue;
    }
    if (name === undefined) continue;
    const attrs: Record<string, string> = {};
    if (rawAttrs) for (const a of rawAttrs.matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[a[1]!] = unescapeXml(a[2]!);
    const opening = !closing;
    const closes = !!closing || !!selfClosing;
    switch (name) {
      case 'table:table':
        if (opening) {
          sheet = { name: attrs['table:name'] ?? '', rows: [] };
          emptyRows = 0;
        }
        if (closes && sheet) {
          sheets.push(sheet);
          sheet = null;
        }
        break;
      case 'table:table-row':
        if (opening) {
          row = [];
          rowRepeat = Number(attrs['table:number-rows-repeated'] ?? 1);
          emptyCells = 0;
        }
        if (closes && sheet && row) {
          if (row.length === 0) emptyRows += rowRepeat;
          else {
            if (rowRepeat > 10_000) throw new Error(`a row with content repeated ${rowRepeat} times`);
            for (; emptyRows > 0; emptyRows--) sheet.rows.push([]);
            for (let i = 0; i < rowRepeat; i++) sheet.rows.push(i === 0 ? row : [...row]);
          }
          row = null;
        }
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (opening) cell = { attrs, paragraphs: [], links: [] };
        if (closes && cell && row) {
          endCell(cell.attrs, cell.paragraphs, cell.links);
          cell = null;
        }
        break;
      case 'office:annotation':
        if (opening && !selfClosing) inAnnotation++;
        else if (closing) inAnnotation--;
        break;
      case 'text:p':
        if (cell && !inAnnotation) {
          if (opening) cell.paragraphs.push('');
          if (opening && !selfClosing) inParagraph++;
          else if (closing) inParagraph--;
        }
        break;
      default:
        if (!cell || !inParagraph || inAnnotation || !opening) break;
        if (name === 'text:s') cell.paragraphs[cell.paragraphs.length - 1] += ' '.repeat(Number(attrs['text:c'] ?? 1));
        else if (name === 'text:tab') cell.paragraphs[cell.paragraphs.length - 1] += '\t';
        else if (name === 'text:line-break') cell.paragraphs[cell.paragraphs.length - 1] += '\n';
        else if (name === 'text:a' && attrs['xlink:href']) cell.links.push(attrs['xlink:href']);
    }
  }
  return sheets;
}
