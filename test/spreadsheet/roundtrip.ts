/**
 * What a CSV says against what Calc made of it: every number the CSV writes reads back as that
 * number, every ISO date as that date, true/false as a boolean or that text, every empty field as an
 * empty cell, every other field as the same text (so no mojibake, no lost quote, no cell that became
 * a formula).
 */
import { d } from '../../src/decimal.js';
import { cellAt, type Cell, type Sheet } from '../helpers/calc.js';

/**
 * RFC 4180 with the given separator: quoted fields may hold separators, quotes ("") and newlines; LF or CRLF;
 * a leading BOM is dropped.
 */
export function parseCsv(text: string, separator: ',' | ';'): string[][] {
  const records: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || (ch === '\r' && s[i + 1] === '\n')) {
      if (ch === '\r') i++;
      row.push(field);
      records.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('CSV: unterminated quote');
  if (field !== '' || row.length) {
    row.push(field);
    records.push(row);
  }
  return records;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = { '.': /^-?\d+(\.\d+)?$/, ',': /^-?\d+(,\d+)?$/ } as const;
const MOJIBAKE = /[ÃÂ\uFFFD]/;

function show(cell: Cell): string {
  const formula = cell.formula ? ` formula ${cell.formula}` : '';
  return `${cell.type} ${JSON.stringify(cell.value)}${formula}`;
}

/**
 * Problems, one line per column and kind ("column training_cost: 3 numbers read back as string,
 * e.g. row 2: …"), or [] when Calc holds exactly what the CSV says. `decimalMark` is the CSV's.
 */
export function roundTripProblems(records: string[][], sheet: Sheet, decimalMark: '.' | ','): string[] {
  const found = new Map<string, { count: number; example: string }>();
  const note = (col: number, kind: string, example: string) => {
    const key = `column ${records[0]?.[col] ?? col + 1}: ${kind}`;
    const seen = found.get(key);
    if (seen) seen.count++;
    else found.set(key, { count: 1, example });
  };
  if (sheet.rows.length !== records.length) {
    found.set(`${records.length} CSV records, ${sheet.rows.length} rows in Calc`, { count: 1, example: '' });
  }
  records.forEach((record, r) => {
    const width = Math.max(record.length, sheet.rows[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const want = record[c] ?? '';
      const got = cellAt(sheet, r, c);
      const at = `row ${r + 1}: CSV ${JSON.stringify(want)}, Calc ${show(got)}`;
      if (got.formula !== null) note(c, 'a formula', at);
      if (MOJIBAKE.test(got.text)) note(c, 'mojibake', at);
      if (want === '') {
        if (got.type !== 'empty') note(c, 'an empty field read back as content', at);
      } else if (NUMBER[decimalMark].test(want)) {
        const exact = d(decimalMark === ',' ? want.replace(',', '.') : want);
        const ok =
          (got.type === 'float' || got.type === 'currency') &&
          d(got.value).minus(exact).abs().lte(exact.abs().times('1e-12').plus('1e-12'));
        if (!ok) note(c, `a number read back as ${got.type === 'float' ? 'another number' : got.type}`, at);
      } else if (want === 'true' || want === 'false') {
        // An English import makes TRUE/FALSE cells of them, a German one keeps the text: both are right.
        const ok = (got.type === 'boolean' && got.value === want) || (got.type === 'string' && got.text === want);
        if (!ok) note(c, `a boolean read back as ${got.type}`, at);
      } else if (ISO_DATE.test(want)) {
        if (got.type !== 'date' || !got.value.startsWith(want)) note(c, 'a date read back otherwise', at);
      } else if (got.type !== 'string' || got.text !== want) {
        note(c, got.type === 'string' ? 'text read back changed' : `text read back as ${got.type}`, at);
      }
    }
  });
  return [...found].map(([key, { count, example }]) => (example ? `${key} (${count}×), e.g. ${example}` : key));
}
