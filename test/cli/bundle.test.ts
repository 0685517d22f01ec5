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
    /**
     * boot.cjs in a fresh Node, with Node's compile cache in `cache` (NODE_COMPILE_CACHE) or off: what
     * became of core's cache.
     */
    const boot = (cache: string | undefined, flags: string[] = [], dir = 'dist/cli') => {
      const r = spawnSync(
        process.execPath,
        [
          ...flags,
          '-e',
          `const b = require(${JSON.stringify(`./${dir}/boot.cjs`)}); ` +
            'process.stdout.write(JSON.stringify([b.codeCache, b.codeCacheFile]))',
        ],
        { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...(cache ? { NODE_COMPILE_CACHE: cache } : {}) } },
      );
      const [state, file] = JSON.parse(r.stdout) as [string, string | null];
      return { state, file: file ?? undefined };
    };
    const estimateArgs = ['estimate', '--examples', '500', '--epochs', '3'];
    const withCache = (test: (cache: string) => Promise<void> | void) => async () => {
      const cache = mkdtempSync(join(tmpdir(), 'ftcost-compile-cache-'));
      try {
        await test(cache);
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    };

    it("is off when Node's compile cache is", () => {
      expect(boot(undefined)).toEqual({ state: "off: Node's compile cache is not enabled", file: undefined });
    });

    it(
      "the first run on a Node writes it at exit (in Node's compile-cache directory), later runs use it",
      withCache((cache) => {
        const first = boot(cache);
        expect(first.state).toBe('none yet: written at exit');
        expect(first.file!.startsWith(cache)).toBe(true);
        expect(existsSync(first.file!)).toBe(true);
        expect(boot(cache)).toEqual({ state: 'used', file: first.file });
      }),
    );

    it(
      'Node flags V8 checks (--no-opt) get a cache of their own, and print the same',
      withCache(async (cache) => {
        const plain = boot(cache);
        const noOpt = boot(cache, ['--no-opt']);
        expect(noOpt.state).toBe('none yet: written at exit');
        expect(noOpt.file).not.toBe(plain.file);
        expect(boot(cache, ['--no-opt']).state).toBe('used');
        expect(bundled(estimateArgs, { flags: ['--no-opt'] })).toEqual(await runCli(estimateArgs, { today: TODAY }));
      }),
    );

    it(
      'a damaged cache (V8 would crash on it) or one cut short is not used and is written again; ' +
        'an edited core.cjs gets another',
      withCache(async (cache) => {
        const { file } = boot(cache);
        const bytes = readFileSync(file!);
        // A byte changed inside the cache: V8 checks no checksum; boot.cjs's own turns it down.
        const damaged = Buffer.from(bytes);
        const middle = damaged.length >> 1;
        damaged[middle] = damaged[middle]! ^ 0xff;
        writeFileSync(file!, damaged);
        expect(boot(cache).state).toBe('damaged: written again at exit');
        expect(boot(cache).state).toBe('used');
        writeFileSync(file!, bytes.subarray(0, bytes.length >> 1));
        expect(boot(cache).state).toBe('damaged: written again at exit');
        expect(boot(cache).state).toBe('used');
        // core.cjs edited in place (the same length, a later mtime: what patch-package leaves): another cache.
        const copy = mkdtempSync(join(tmpdir(), 'ftcost-cache-'));
        try {
          const dir = join(copy, 'cli');
          cpSync('dist/cli', dir, { recursive: true, preserveTimestamps: true });
          writeFileSync(join(copy, 'main.cjs'), "require('./cli/boot.cjs').main();");
          const rel = relative(process.cwd(), dir);
          const before = boot(cache, [], rel);
          utimesSync(join(dir, 'core.cjs'), new Date(), new Date(Date.now() + 60_000));
          const after = boot(cache, [], rel);
          expect(after.state).toBe('none yet: written at exit');
          expect(after.file).not.toBe(before.file);
          expect(bundled(estimateArgs, { entry: join(copy, 'main.cjs') })).toEqual(
            await runCli(estimateArgs, { today: TODAY }),
          );
        } finally {
          rmSync(copy, { recursive: true, force: true });
        }
      }),
    );

    it(
      'without WebAssembly (--jitless) its checksum is summed in JavaScript: written, used, refused when damaged',
      withCache((cache) => {
        const first = boot(cache, ['--jitless']);
        expect(first.state).toBe('none yet: written at exit');
        expect(boot(cache, ['--jitless']).state).toBe('used');
        const bytes = readFileSync(first.file!);
        bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0x01;
        writeFileSync(first.file!, bytes);
        expect(boot(cache, ['--jitless']).state).toBe('damaged: written again at exit');
      }),
    );

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

    it('the memory model and the architectures load only for --self-hosted and `fit` (lazy chunks)', async () => {
      // Issue 27: every run parsed the open models' architectures (JSON) and the memory model at start-up.
      const core = readFileSync('dist/cli/core.cjs', 'utf8');
      expect({
        architectures: core.includes('catalogModels'),
        memoryModel: core.includes('function activationBytes'),
      }).toEqual({ architectures: false, memoryModel: false });
      const copy = mkdtempSync(join(tmpdir(), 'ftcost-no-planner-'));
      try {
        cpSync('dist/cli', join(copy, 'cli'), { recursive: true });
        rmSync(join(copy, 'cli/lazy-src-api-selfHosted.js'));
        rmSync(join(copy, 'cli/lazy-cli-commands-fitRun.js'));
        const entry = join(copy, 'main.cjs');
        writeFileSync(entry, "require('./cli/boot.cjs').main();");
        const run = (args: string[]) => bundled(args, { entry });
        const args = ['estimate', '--examples', '500', '--epochs', '3', '--format', 'json'];
        expect(run(args)).toEqual(await runCli(args, { today: TODAY }));
        expect(run([...args, '--self-hosted']).stderr).toMatch(/lazy-src-api-selfHosted\.js/);
        expect(run(['fit', '-m', 'llama-3.1-8b', '--method', 'lora', '--seq-len', '2048']).stderr).toMatch(
          /lazy-cli-commands-fitRun\.js/,
        );
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    });

    it('its catalog files (catalog.json, in its in-memory shape; catalog-gpu.json) make the same catalog', async () => {
      const { fromCatalogData, toCatalog } = await import('../../src/catalog/model.js');
      const { default: compiled } = await import('../../src/catalog/generated/catalog.json', {
        with: { type: 'json' },
      });
      const read = (file: string) => JSON.parse(readFileSync(join('dist/cli', file), 'utf8'));
      const fromFiles = fromCatalogData(read('catalog.json'), read('catalog-gpu.json'));
      const fromSources = toCatalog(compiled as unknown as Parameters<typeof toCatalog>[0]);
      expect(fromFiles.meta).toEqual(fromSources.meta);
      expect(fromFiles.providers).toEqual(fromSources.providers);
      expect(fromFiles.gpuOffers).toEqual(fromSources.gpuOffers);
      expect(fromFiles.trainingThroughput).toEqual(fromSources.trainingThroughput);
      expect(fromFiles.servingThroughput).toEqual(fromSources.servingThroughput);
    });

    it("core's dynamic imports all go through boot's loader, to files that exist", () => {
      const core = readFileSync('dist/cli/core.cjs', 'utf8');
      expect(core).not.toMatch(/(?<![\w$.])import\(/);
      const targets = [...core.matchAll(/__ftcostImport\("\.\/([^"]+)"\)/g)].map((m) => m[1]!);
      expect(targets.length).toBeGreaterThan(5);
      for (const t of targets) expect(existsSync(join('dist/cli', t)), t).toBe(true);
    });
  });

  describe('stdout and stderr without Node streams when they are a file, a pipe or /dev/null (cli/main.ts)', () => {
    const args = ['estimate', '--examples', '500', '--epochs', '3', '--format', 'json'];
    const sh = (script: string) =>
      spawnSync('bash', ['-c', script], {
        // stdin not a socket: bash would take itself for a remote shell and read ~/.bashrc
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', FTCOST_TODAY: TODAY, LANG: 'C', NODE: process.execPath },
      });

    it('writes a file as it writes a pipe', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ftcost-stdout-'));
      try {
        const r = sh(`"$NODE" bin/ftcost.js ${args.join(' ')} > ${dir}/out.json 2> ${dir}/err.txt; echo $?`);
        expect(r.stdout).toBe('0\n');
        expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe((await runCli(args, { today: TODAY })).stdout);
        expect(readFileSync(join(dir, 'err.txt'), 'utf8')).toBe('');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('a reader that stops early (| head) ends the run quietly, exit 0', () => {
      const r = sh(`set -o pipefail; "$NODE" bin/ftcost.js ${args.join(' ')} | head -c 100 > /dev/null`);
      expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    });

    it('a mistake goes to stderr, written the same way', async () => {
      const bad = ['estimate', '--examples', 'many'];
      const r = sh(`"$NODE" bin/ftcost.js ${bad.join(' ')} 2>&1 > /dev/null | cat; echo "exit \${PIPESTATUS[0]}"`);
      const fromSources = await runCli(bad, { today: TODAY });
      expect(r.stdout).toBe(`${fromSources.stderr}exit ${fromSources.code}\n`);
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
