/** The terminal view's layout helpers (src/render/terminal.ts): a table fitted to a width, paragraphs wrapped. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FitColumn, fitTable, shortProviderName, textWidth, wrap } from '../../src/render/terminal.js';

const word = fc.stringMatching(/^[A-Za-z0-9$.,/()-]{1,30}$/);
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const figure = fc.integer({ min: 0, max: 10_000_000 }).map((n) => `$${n.toLocaleString('en-US')}.00`);

/** A table: the first column a figure never dropped, then text and figure columns, some droppable. */
const table = fc
  .array(fc.record({ kind: fc.constantFrom('text', 'figure'), drop: fc.boolean() }), { minLength: 1, maxLength: 8 })
  .chain((specs) => {
    const columns: FitColumn[] = [
      { header: 'Cost', align: 'right' },
      ...specs.map((s, i) =>
        s.kind === 'text'
          ? { header: `T${i}`, shrink: { soft: 12, hard: 4 }, ...(s.drop ? { drop: i } : {}) }
          : { header: `F${i}`, align: 'right' as const, ...(s.drop ? { drop: i } : {}) },
      ),
    ];
    const cell = (c: FitColumn) => (c.shrink ? text : figure);
    return fc.record({
      columns: fc.constant(columns),
      rows: fc.array(fc.tuple(...columns.map(cell)), { minLength: 1, maxLength: 12 }),
      width: fc.integer({ min: 20, max: 200 }),
    });
  });

describe('fitTable', () => {
  it('fits any width that its fixed columns and the text floors allow, never cutting a figure', () => {
    fc.assert(
      fc.property(table, ({ columns, rows, width }) => {
        const { lines, dropped } = fitTable(columns, rows, width);
        const kept = columns.filter((c) => !dropped.includes(c.header));
        // What cannot shrink or go: the figures never dropped, the text at its hard floor.
        const floor = columns
          .filter((c) => c.drop === undefined)
          .map((c, _, all) => {
            const i = columns.indexOf(c);
            const natural = Math.max(textWidth(c.header), ...rows.map((r) => textWidth(r[i]!)));
            return (c.shrink ? Math.min(natural, c.shrink.hard) : natural) + (all.length > 1 ? 2 : 0);
          })
          .reduce((a, b) => a + b, 0);
        if (floor <= width) for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(width);
        // Every figure of a kept column is printed whole on its row.
        rows.forEach((r, k) => {
          kept.forEach((c) => {
            if (!c.shrink) expect(lines[k + 2]).toContain(r[columns.indexOf(c)]!);
          });
        });
        // Columns go in their drop order: a column is dropped only after every lower rank.
        const ranks = columns.filter((c) => c.drop !== undefined).sort((a, b) => a.drop! - b.drop!);
        expect(dropped).toEqual(ranks.slice(0, dropped.length).map((c) => c.header));
      }),
      { numRuns: 500 },
    );
  });

  it('cuts text down to its soft width before dropping a column, and drops before cutting below it', () => {
    const columns: FitColumn[] = [
      { header: 'Model', shrink: { soft: 20, hard: 6 } },
      { header: 'Tokens', align: 'right', drop: 1 },
      { header: 'Cost', align: 'right' },
    ];
    const rows = [['Llama 3.1 8B Instruct Turbo', '750,000', '$0.36']];
    expect(fitTable(columns, rows, 40)).toEqual({
      lines: [
        'Model                      Tokens   Cost',
        '------------------------  -------  -----',
        'Llama 3.1 8B Instruct T…  750,000  $0.36',
      ],
      dropped: [],
    });
    expect(fitTable(columns, rows, 34).lines[2]).toBe('Llama 3.1 8B Instruct Turbo  $0.36');
    expect(fitTable(columns, rows, 34).dropped).toEqual(['Tokens']);
    expect(fitTable(columns, rows, 20).lines[2]).toBe('Llama 3.1 8B…  $0.36');
  });
});

describe('wrap', () => {
  it('keeps every line within the width and every word, in order (an address whole)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(word, fc.constant('https://example.com/a/very/long/path/to/a/price/page.html')), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.integer({ min: 10, max: 120 }),
        (words, width) => {
          const lines = wrap(words.join(' '), width);
          for (const l of lines)
            if (textWidth(l) > width)
              expect(l.trim()).toBe('https://example.com/a/very/long/path/to/a/price/page.html');
          const long = words.filter((w) => textWidth(w) > width - 2 && !w.startsWith('https://'));
          if (long.length === 0) expect(lines.map((l) => l.trim()).join(' ')).toBe(words.join(' '));
        },
      ),
      { numRuns: 500 },
    );
  });
});

it('short provider names: a trailing " AI" or " Cloud" dropped, a few by hand', () => {
  expect(
    [
      'Together AI',
      'Crusoe Cloud',
      'Thinking Machines Tinker',
      'Amazon Bedrock',
      'Google Vertex AI',
      'OpenAI',
      'Azure OpenAI',
    ].map(shortProviderName),
  ).toEqual(['Together', 'Crusoe', 'Tinker', 'Bedrock', 'Vertex AI', 'OpenAI', 'Azure OpenAI']);
});
