/**
 * The widget bundles decimal.js without the methods no ftcost code calls (widget/build/decimalSubset.ts).
 * Held here: no source the widget could bundle calls one of them, and what is left is decimal.js itself
 * (the same results as the whole library for the operations ftcost uses).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { decimalSubset, REMOVED_ALIASES, REMOVED_METHODS, REMOVED_STATICS } from '../../widget/build/decimalSubset.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const source = readFileSync(join(createRequire(import.meta.url).resolve('decimal.js'), '../decimal.mjs'), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe("the widget's decimal.js subset", () => {
  it('leaves out only methods that nothing in src/ or widget/src/ calls', () => {
    const names = [...new Set<string>([...REMOVED_METHODS, ...REMOVED_ALIASES, ...REMOVED_STATICS])];
    // A call `.cos(`, not Math.cos( or Math.random(.
    const call = new RegExp(`(?<!\\bMath)\\.(${names.join('|')})\\(`);
    const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'widget/src'))];
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(call);
  });

  it('is decimal.js without them: the rest computes as the whole library does', async () => {
    const { Decimal: Subset } = (await import(
      `data:text/javascript;base64,${Buffer.from(decimalSubset(source)).toString('base64')}`
    )) as { Decimal: typeof DecimalJs };
    const x = new Subset('2');
    for (const name of [...REMOVED_METHODS, ...REMOVED_ALIASES])
      expect((x as unknown as Record<string, unknown>)[name], name).toBeUndefined();
    for (const name of REMOVED_STATICS)
      expect((Subset as unknown as Record<string, unknown>)[name], name).toBeUndefined();
    const a = ['1234.5678', '0.035', '3', '-7.125', '1e-9', '730'];
    for (const p of a)
      for (const q of a) {
        const [s, w] = [new Subset(p), new DecimalJs(p)];
        expect(s.times(q).div(7).plus(q).minus(p).toFixed(12)).toBe(w.times(q).div(7).plus(q).minus(p).toFixed(12));
        expect(s.abs().log(10).toSignificantDigits(20).toString()).toBe(
          w.abs().log(10).toSignificantDigits(20).toString(),
        );
        expect(new Subset(10).pow(s.toDecimalPlaces(0)).toString()).toBe(
          new DecimalJs(10).pow(w.toDecimalPlaces(0)).toString(),
        );
      }
  });
});
