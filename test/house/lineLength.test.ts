/**
 * No source line over 120 characters (issue 27). Biome formats code to a line width of 120 but never splits a string,
 * a template literal or a comment; this test holds those too. Data and generated files are not sources: the compiled
 * catalog, test fixtures, goldens (*.golden), bench data, JSON and Markdown are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAX_LINE_CHARS = 120;
/** The folders of hand-written code, from the repository's root. */
const SOURCE_DIRS = ['src', 'cli', 'widget/src', 'scripts', 'bench', 'test'];
const SOURCE_FILE = /\.(ts|tsx|mts|mjs)$/;
/** Folders of generated or data files (from the repository's root), and folder names skipped anywhere. */
const SKIPPED_DIRS = new Set(['src/catalog/generated', 'test/fixtures', 'bench/data']);
const SKIPPED_NAMES = new Set(['node_modules', 'dist', 'coverage']);

/** Every source file under `dir` (relative to the root, with forward slashes), in a stable order. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return SKIPPED_NAMES.has(entry.name) || SKIPPED_DIRS.has(path) ? [] : sourceFiles(path);
      return entry.isFile() && SOURCE_FILE.test(entry.name) ? [path] : [];
    });
}

/** `file:line (N chars)` for each line of `text` longer than the limit; a character is a Unicode code point. */
function longLines(file: string, text: string): string[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    const chars = [...line].length;
    return chars > MAX_LINE_CHARS ? [`${file}:${i + 1} (${chars} chars)`] : [];
  });
}

describe('line length', () => {
  const files = SOURCE_DIRS.flatMap(sourceFiles);

  it('walks the sources (and none of the skipped folders)', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain('test/house/lineLength.test.ts');
    expect(files.filter((f) => f.startsWith('test/fixtures/') || f.includes('/node_modules/'))).toEqual([]);
  });

  it('counts characters, not bytes: 120 of them pass, 121 do not', () => {
    const text = `${'€'.repeat(120)}\r\n${'x'.repeat(121)}\n\n${'y'.repeat(119)}`;
    expect(longLines('f.ts', text)).toEqual(['f.ts:2 (121 chars)']);
  });

  it(`has no line over ${MAX_LINE_CHARS} characters in src/, cli/, widget/src/, scripts/, bench/ or test/`, () => {
    const offenders = files.flatMap((file) => longLines(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders, `lines over ${MAX_LINE_CHARS} characters:\n${offenders.join('\n')}\n`).toEqual([]);
  });
});
