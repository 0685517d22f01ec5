/**
 * The CSV cell rules every export shares (src/render/csv.ts): formula-like text is defused, numbers
 * never are, the locale's dialect moves the separator and the decimal mark of numbers only, text is
 * ASCII, and a list in one cell splits back into its items.
 */
import { describe, expect, it } from 'vitest';
import {
  asciiText,
  baseName,
  CSV_COMMA,
  CSV_POINT,
  csvDialectFor,
  csvText,
  defused,
  listCell,
} from '../../src/render/csv.js';
import { isUserError } from '../../src/errors.js';

describe('formula injection (OWASP: a leading apostrophe)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1+1', "'+1+1"],
    ['-1+1', "'-1+1"],
    ['@SUM(1,1)', "'@SUM(1,1)"],
    ['\t=1+2', "'\t=1+2"],
    ['\r=1+2', "'\r=1+2"],
    ['=HYPERLINK("http://example.com","x")', '\'=HYPERLINK("http://example.com","x")'],
  ])('text %j becomes %j', (text, out) => {
    expect(defused(text)).toBe(out);
  });

  it.each(['-0.5', '-12', '0.375', '1533.008', 'gpt-4o-mini', 'a=b', ''])('%j is left as it is', (text) => {
    expect(defused(text)).toBe(text);
  });

  it('a defused cell is quoted, so the apostrophe and what follows stay one text cell', () => {
    expect(csvText({ header: ['model', 'cost'], rows: [['=1+1', '-0.5']] })).toBe('model,cost\n"\'=1+1",-0.5\n');
  });
});

describe('dialects', () => {
  it('a decimal-comma locale gets ";" between fields and a comma in numbers, text untouched', () => {
    const table = { header: ['model', 'training_cost', 'note'], rows: [['gpt-4.1', '1533.008', 'a; b, c 0.5']] };
    expect(csvText(table, CSV_COMMA)).toBe('model;training_cost;note\ngpt-4.1;1533,008;"a; b, c 0.5"\n');
    expect(csvText(table, CSV_POINT)).toBe('model,training_cost,note\ngpt-4.1,1533.008,"a; b, c 0.5"\n');
  });

  it('numbers, booleans and empty cells', () => {
    expect(csvText({ header: ['a', 'b', 'c', 'd'], rows: [[1.5, true, null, '-0.25']] }, CSV_COMMA)).toBe(
      'a;b;c;d\n1,5;true;;-0,25\n',
    );
  });

  it.each([
    ['de-DE', CSV_COMMA],
    ['fr-FR', CSV_COMMA],
    ['es', CSV_COMMA],
    ['pt-BR', CSV_COMMA],
    ['en-US', CSV_POINT],
    ['en-GB', CSV_POINT],
    ['ja-JP', CSV_POINT],
  ])('%s reads numbers as %j', (tag, dialect) => {
    expect(csvDialectFor(tag)).toEqual(dialect);
  });

  it('a tag that is not a locale is one clear error naming the input', () => {
    let err: unknown;
    try {
      csvDialectFor('de_DE!!');
    } catch (e) {
      err = e;
    }
    expect(isUserError(err) && err.message).toBe(
      'csvLocale: "de_DE!!" is not a locale tag (examples: en-US, de-DE, fr-FR)',
    );
  });
});

describe("ASCII text (Calc's default import does not read UTF-8)", () => {
  it.each([
    ['365 × 24 ÷ 12', '365 x 24 / 12'],
    ['1–50 epochs — assumed', '1-50 epochs - assumed'],
    ['OpenAI’s “default”…', 'OpenAI\'s "default"...'],
    ['≤ 2× ± 10%', '<= 2x +/- 10%'],
    ['Café Zürich', 'Cafe Zurich'],
    ['模型', '??'],
    ['plain ascii', 'plain ascii'],
  ])('%j → %j', (text, out) => {
    expect(asciiText(text)).toBe(out);
  });

  it('every cell and header is written in ASCII', () => {
    const text = csvText({ header: ['note'], rows: [['365 × 24 ÷ 12'], ['✅ ❌']] });
    expect(text).toMatch(/^[\u0000-\u007f]*$/);
    expect(text).toBe('note\n365 x 24 / 12\nyes no\n');
  });
});

describe('lists in one cell', () => {
  it('items joined by " | " split back exactly, a "|" inside an item written "/"', () => {
    const items = ['prompt caching: 1,200 of 2,000 tokens; at the cached rate', 'a | b', 'c'];
    const cell = listCell(items)!;
    expect(cell).toBe('prompt caching: 1,200 of 2,000 tokens; at the cached rate | a / b | c');
    expect(cell.split(' | ')).toEqual([items[0], 'a / b', 'c']);
    expect(listCell([])).toBeNull();
  });
});

describe('file names', () => {
  it.each([
    ['/home/ana/data/train.jsonl', 'train.jsonl'],
    ['C:\\Users\\ana\\train.jsonl', 'train.jsonl'],
    ['train.jsonl', 'train.jsonl'],
    ['(stdin)', '(stdin)'],
  ])('%s → %s', (path, name) => {
    expect(baseName(path)).toBe(name);
  });
});
