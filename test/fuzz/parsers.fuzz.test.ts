/**
 * Fuzzing as tests (fast-check): random and mutated inputs to every parser — JSONL lines, scenario
 * YAML, price overrides, catalog files, CLI argv. Properties: a user mistake is exit 2 (never 1,
 * never "internal error"); a JSONL run accounts for every line (counted, blank or an error); a valid
 * line counts the same alone as inside a broken file. Bounded (fixed seeds, few runs) to a few seconds.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';
import { mergeOverrides } from '../../src/catalog/override.js';
import { validateAnyFile } from '../../src/catalog/validate.js';
import { countDataset } from '../../src/dataset/count.js';
import { fileSummary } from '../../src/dataset/report.js';
import { UserError } from '../../src/errors.js';
import { parseScenario } from '../../src/scenario/parse.js';
import { fixtureCatalog } from '../helpers/catalog.js';

const SEED = 20261123;
const TOY = readFileSync(join(import.meta.dirname, '../fixtures/toy_chat_fine_tuning.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');

/** A mutation of a real example line: cut, spliced, a character replaced, nested deep, or made huge. */
const mutatedLine = fc.oneof(
  fc
    .tuple(fc.constantFrom(...TOY), fc.nat(), fc.nat())
    .map(([l, a, b]) => l.slice(0, a % l.length) + l.slice(b % l.length)),
  fc.tuple(fc.constantFrom(...TOY), fc.nat(), fc.string({ maxLength: 4 })).map(([l, a, s]) => {
    const i = a % l.length;
    return l.slice(0, i) + s + l.slice(i + 1);
  }),
  fc
    .integer({ min: 1, max: 3000 })
    .map(
      (d) =>
        `{"tools":${'['.repeat(d)}${']'.repeat(d)},` +
        '"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}]}',
    ),
  fc.integer({ min: 1, max: 3000 }).map((d) => '{"a":'.repeat(d) + '1' + '}'.repeat(d)),
  fc.integer({ min: 1, max: 20_000 }).map((n) =>
    JSON.stringify({
      messages: [
        { role: 'user', content: 'x'.repeat(n) },
        { role: 'assistant', content: 'y' },
      ],
    }),
  ),
  fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b).toString('latin1').replace(/\n/g, ' ')),
  fc.json().map((j) => j.replace(/\n/g, ' ')),
  fc.constantFrom(...TOY),
);

describe('fuzz: JSONL lines', () => {
  it('every line is counted, blank or an error; valid lines count the same alone as in a broken file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutatedLine, { minLength: 1, maxLength: 8 }), async (lines) => {
        const s = fileSummary(await countDataset(lines.join('\n'), { encodings: ['o200k_base'] }));
        const errorLines = new Set(s.errors.map((e) => e.line));
        expect(s.lines).toBe(lines.length);
        expect(s.examples + s.blankLines + errorLines.size).toBe(lines.length);
        expect(s.invalidLines).toBe(errorLines.size);
        // The valid lines alone give the same tokens.
        const invalid = new Set(s.errors.map((e) => e.line - 1));
        const valid = lines.filter((l, i) => !invalid.has(i) && l.trim() !== '');
        if (valid.length === 0) return;
        const alone = fileSummary(await countDataset(valid.join('\n'), { encodings: ['o200k_base'] }));
        expect(alone.examples).toBe(s.examples);
        expect(alone.encodings[0]!.totalTokens).toBe(s.encodings[0]!.totalTokens);
      }),
      { seed: SEED, numRuns: 25 },
    );
  });
});

/** Runs `f`; a UserError is a refusal (fine), anything else thrown is a bug. */
function refusedOrOk(f: () => unknown): void {
  try {
    f();
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
  }
}

const yamlish = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.json().map((j) => j),
  fc.constantFrom(
    'options:\n  - { id: a, perQuery: "0.05" }\n',
    'hoursPerMonth: 730\noptions:\n  - { id: b, hourly: "2.00", capacityPerDay: 1000 }\n',
    'schemaVersion: 1\nprovider:\n  id: openlab\nmodels:\n  - id: ol-mini\n',
    'a: &a [1]\nb: [*a, *a]\noptions: *a\n',
  ),
);
/** A YAML text with characters replaced or dropped at random places. */
const mutatedYaml = fc
  .tuple(
    yamlish,
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('', ':', '-', '&x', '*x', '"', '\n  ', '{', '[', '\t')), {
      maxLength: 4,
    }),
  )
  .map(([text, edits]) => {
    let t = text;
    for (const [at, s] of edits) {
      const i = t.length ? at % t.length : 0;
      t = t.slice(0, i) + s + t.slice(i + 1);
    }
    return t;
  });

describe('fuzz: YAML files', () => {
  it('scenario YAML: parsed or refused with a UserError', () => {
    fc.assert(
      fc.property(mutatedYaml, (text) => refusedOrOk(() => parseScenario(text, 's.yaml'))),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('catalog files and price overrides: problems in words, never a throw', () => {
    const catalog = fixtureCatalog();
    fc.assert(
      fc.property(mutatedYaml, (text) => {
        validateAnyFile(text, 'f.yaml', '2026-11-23');
        const merged = mergeOverrides(catalog, [{ file: 'p.yaml', text }], '2026-11-23');
        for (const p of merged.problems) expect(p.message).not.toMatch(/\n/);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

const WORDS = [
  'estimate',
  'inspect',
  'catalog',
  'list',
  'show',
  'validate',
  'breakeven',
  '-',
  '--file',
  '--examples',
  '-n',
  '--epochs',
  '--prices',
  '--as-of',
  '--format',
  'json',
  '-m',
  'gpt-4o-mini',
  '-p',
  'openai',
  '500',
  '0',
  '-1',
  '1e9',
  'x',
  '',
  '--max-tokens-per-example',
  '--encoding',
  '--tokens-per-example',
  '--validation-file',
  '/missing',
];

describe('fuzz: CLI argv', () => {
  it('exit 0 or 2, never 1 ("internal error")', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 6 }), async (argv) => {
        let stderr = '';
        const code = await run(argv, {
          stdout: { write: () => true },
          stderr: { write: (s: string) => (stderr += s) },
          env: {},
          cwd: process.cwd(),
          today: '2026-11-23',
        });
        expect(stderr).not.toMatch(/internal error/);
        expect([0, 2]).toContain(code);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
