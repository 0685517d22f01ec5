/**
 * The shipped CLI is a bundle (scripts/build-cli.ts → dist/cli/), while every other CLI test runs
 * the sources in-process. Here the bundle, started the way `npx ftcost` starts it (bin/ftcost.js in
 * a fresh Node), must print byte for byte what run() prints from the sources: on the common path,
 * on the lazy chunks (a catalog directory: yaml + zod; a file count: the tokenizer), through the
 * bundled counting worker (a file ≥ 16 MiB is counted on two threads), and on errors and help.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BREAKEVEN_SHIPPED, breakevenArgv, runCli } from '../helpers/cli.js';

const TODAY = '2026-11-23';
const BREAKEVEN_ARGS = breakevenArgv(BREAKEVEN_SHIPPED);
const built = existsSync('dist/cli/boot.cjs');

/** The built CLI in a fresh Node: from bin/ftcost.js, or another entry (a copy of dist/cli), with Node flags. */
function bundled(args: string[], { entry = 'bin/ftcost.js', flags = [] as string[] } = {}) {
  const r = spawnSync(process.execPath, [...flags, entry, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', FTCOST_TODAY: TODAY, LANG: 'C' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)('the bundled CLI (dist/cli) prints what the sources print', () => {
  const cases: [string, string[]][] = [
    ['the common path', ['estimate', '--examples', '500', '--epochs', '3']],
    ['JSON', ['estimate', '--examples', '500', '--epochs', '3', '--format', 'json']],
    ['a catalog directory (yaml and zod, lazily)', ['catalog', 'list', '--catalog', 'test/fixtures/catalogs/golden']],
    ['a counted file (the tokenizer, lazily)', ['inspect', 'test/fixtures/toy_chat_fine_tuning.jsonl']],
    // break-even and budget: lazy chunks whose decimal.js, engine and catalog are core's (one Decimal class)
    ['break-even', [...BREAKEVEN_ARGS, '--format', 'json']],
    ['break-even as a table', BREAKEVEN_ARGS],
    ['budget', ['budget', '--examples', '500', '--max-cost', '10']],
    ['a catalog audit (zod, lazily)', ['catalog', 'audit', 'test/fixtures/catalogs/golden']],
    ['an unknown flag', ['estimate', '--examples', '500', '--epoch', '3']],
    ['a misspelt command', ['estimat', '--examples', '500']],
    ['a bad value', ['estimate', '--examples', 'many']],
    ['no command', []],
  ];
  for (const [name, args] of cases) {
    it(name, async () => {
      const fromSources = await runCli(args, { today: TODAY });
      expect(bundled(args)).toEqual(fromSources);
    });
  }

  describe('core.cjs and its V8 code cache (scripts/cli-bundle.ts)', () => {
    const codeCache = (flags: string[], dir = 'dist/cli') =>
      spawnSync(
        process.execPath,
        [...flags, '-e', `process.stdout.write(require(${JSON.stringify(`./${dir}/boot.cjs`)}).codeCache)`],
        { encoding: 'utf8' },
      ).stdout;
    const estimateArgs = ['estimate', '--examples', '500', '--epochs', '3'];

    it('a plain Node uses the cache the build wrote', () => {
      expect(codeCache([])).toBe('used');
    });

    it('a Node whose V8 flags differ has it rejected, compiles from source and prints the same', async () => {
      expect(codeCache(['--no-opt'])).toBe('rejected by V8');
      expect(bundled(estimateArgs, { flags: ['--no-opt'] })).toEqual(await runCli(estimateArgs, { today: TODAY }));
    });

    it('is not trusted once core.cjs is newer (edited in place) or the cache is not the one written (V8 checks neither)', async () => {
      const copy = mkdtempSync(join(tmpdir(), 'ftcost-cache-'));
      try {
        const dir = join(copy, 'cli');
        cpSync('dist/cli', dir, { recursive: true, preserveTimestamps: true });
        writeFileSync(join(copy, 'main.cjs'), "require('./cli/boot.cjs').main();");
        const rel = relative(process.cwd(), dir);
        expect(codeCache([], rel)).toBe('used');
        // The same length and a later mtime: what a hand edit or patch-package leaves.
        const core = join(dir, 'core.cjs');
        utimesSync(core, new Date(), new Date(Date.now() + 60_000));
        expect(codeCache([], rel)).toBe('not used: core.cjs changed after it');
        expect(bundled(estimateArgs, { entry: join(copy, 'main.cjs') })).toEqual(
          await runCli(estimateArgs, { today: TODAY }),
        );
        // A cut-short cache, however new.
        const cache = readdirSync(dir).find((f) => f.endsWith('.v8cache'))!;
        const bytes = readFileSync(join(dir, cache));
        writeFileSync(join(dir, cache), bytes.subarray(0, bytes.length >> 1));
        utimesSync(join(dir, cache), new Date(), new Date(Date.now() + 120_000));
        expect(codeCache([], rel)).toBe('not used: not the cache the build wrote');
        expect(bundled(estimateArgs, { entry: join(copy, 'main.cjs') })).toEqual(
          await runCli(estimateArgs, { today: TODAY }),
        );
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    });

    it('stack traces (--verbose) point into core.cjs at the throw', () => {
      const r = bundled(['estimate', '--examples', 'many', '--verbose']);
      const [, line, column] = /core\.cjs:(\d+):(\d+)/.exec(r.stderr)!;
      const text = readFileSync('dist/cli/core.cjs', 'utf8').split('\n')[Number(line) - 1]!;
      expect(text.slice(Number(column) - 1)).toMatch(/^new UserError\(/);
    });

    it('the lazy chunks read decimal.js and the engine from core instead of carrying copies', () => {
      const withDecimalJs = readdirSync('dist/cli').filter(
        (f) => /\.c?js$/.test(f) && readFileSync(join('dist/cli', f), 'utf8').includes('[DecimalError]'),
      );
      expect(withDecimalJs).toEqual(['core.cjs']);
      expect(readFileSync('dist/cli/lazy-src-api-breakEven.js', 'utf8')).toMatch(
        /require\("\.\/boot\.cjs"\)\.core\.m\d+/,
      );
    });

    it('an estimate never reads the GPU part of the catalog (catalog-gpu.json); the GPU listing does', async () => {
      const copy = mkdtempSync(join(tmpdir(), 'ftcost-no-gpu-'));
      try {
        cpSync('dist/cli', join(copy, 'cli'), { recursive: true });
        rmSync(join(copy, 'cli/catalog-gpu.json'));
        const entry = join(copy, 'main.cjs');
        writeFileSync(entry, "require('./cli/boot.cjs').main();");
        const run = (args: string[]) => bundled(args, { entry });
        for (const format of ['table', 'json', 'csv']) {
          const args = ['estimate', '--examples', '500', '--epochs', '3', '--format', format];
          expect(run(args)).toEqual(await runCli(args, { today: TODAY }));
        }
        expect(run(['catalog', 'list', '--kind', 'gpu-rental']).stderr).toMatch(/catalog-gpu\.json/);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    });

    it("core's dynamic imports all go through boot's loader, to files that exist", () => {
      const core = readFileSync('dist/cli/core.cjs', 'utf8');
      expect(core).not.toMatch(/(?<![\w$.])import\(/);
      const targets = [...core.matchAll(/__ftcostImport\("\.\/([^"]+)"\)/g)].map((m) => m[1]!);
      expect(targets.length).toBeGreaterThan(5);
      for (const t of targets) expect(existsSync(join('dist/cli', t)), t).toBe(true);
    });
  });

  it('--help lays out the help text (string-width loads on demand)', async () => {
    for (const args of [['--help'], ['estimate', '--help']]) {
      const b = bundled(args);
      expect(b.code).toBe(0);
      expect(b.stderr).toBe('');
      // The layout depends on the terminal width (none here: 100 columns), so only its content is compared.
      const words = (s: string) => s.split(/\s+/).filter(Boolean);
      expect(words(b.stdout)).toEqual(words((await runCli(args, { today: TODAY })).stdout));
    }
  });

  describe('a file large enough for two threads goes through the bundled worker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ftcost-bundle-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    it('and counts what the sources count', async () => {
      const toy = readFileSync('test/fixtures/toy_chat_fine_tuning.jsonl', 'utf8').trim().split('\n');
      // Each copy of the toy file's lines differs (a numbered system line) so nothing is a duplicate.
      const lines: string[] = [];
      let bytes = 0;
      for (let i = 0; bytes < 17 * 1024 * 1024; i++) {
        for (const line of toy) {
          const ex = JSON.parse(line) as { messages: { role: string; content: string }[] };
          const copy = JSON.stringify({ messages: [{ role: 'system', content: `copy ${i}` }, ...ex.messages] });
          lines.push(copy);
          bytes += copy.length + 1;
        }
      }
      const file = join(dir, 'big.jsonl');
      writeFileSync(file, lines.join('\n') + '\n');
      const args = ['inspect', file, '--format', 'json'];
      const fromBundle = bundled(args);
      expect(fromBundle.stderr).toBe('');
      expect(fromBundle.code).toBe(0);
      expect((JSON.parse(fromBundle.stdout) as { training: { examples: number } }).training.examples).toBe(
        lines.length,
      );
      // The sources count it on two threads too (their worker through tsx): the same report, to the token.
      expect(fromBundle).toEqual(await runCli(args, { today: TODAY }));
    }, 120_000);
  });
});
