/**
 * The shipped CLI is a bundle (scripts/build-cli.ts → dist/cli/), while every other CLI test runs
 * the sources in-process. Here the bundle, started the way `npx ftcost` starts it (bin/ftcost.js in
 * a fresh Node), must print byte for byte what run() prints from the sources: on the common path,
 * on the lazy chunks (a catalog directory: yaml + zod; a file count: the tokenizer), through the
 * bundled counting worker (a file ≥ 16 MiB is counted on two threads), and on errors and help.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const TODAY = '2026-11-23';
const built = existsSync('dist/cli/main.js');

function bundled(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/ftcost.js', ...args], {
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
