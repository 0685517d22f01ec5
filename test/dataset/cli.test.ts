/** CLI scenarios for counted files: estimate --file, inspect, bad files, and the progress bar's stream. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { runCli } from '../helpers/cli.js';

const TOY = 'test/fixtures/toy_chat_fine_tuning.jsonl';
const BROKEN = 'test/fixtures/broken.jsonl';

describe('ftcost estimate --file', () => {
  it('reproduces the cookbook: 4306 tokens per epoch, 20 epochs auto, 86,120 tokens charged', async () => {
    const r = await runCli([
      'estimate',
      '--file',
      TOY,
      '--encoding',
      'cl100k_base',
      '--max-tokens-per-example',
      '4096',
      '-m',
      'gpt-4o-mini',
      '-p',
      'openai',
      // OpenAI closed to new customers on 2026-05-07: this team already fine-tunes there.
      '--existing-customer',
      'openai',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const res = JSON.parse(r.stdout);
    expect(res.rows).toHaveLength(1);
    expect(res.rows[0]).toMatchObject({
      epochs: 20,
      epochsBasis: 'openai-auto',
      billedTokensPerEpoch: '4306',
      trainingTokens: '86120',
      truncatedExamples: 1,
      tokenCountExact: true,
    });
    // gpt-4o-mini training is $3.00 per 1M tokens: 86,120 × 3 / 1e6 = 0.25836.
    expect(res.rows[0].trainingCost).toBe('0.25836');
    expect(res.dataset).toMatchObject({ kind: 'counted', examples: 5 });
    expect(res.dataset.counted.training).toMatchObject({ file: TOY, examples: 5, wouldBeRejected: false });
  });

  it('the table says which limit truncated and where the tokens came from', async () => {
    const r = await runCli([
      'estimate',
      '--file',
      TOY,
      '--encoding',
      'cl100k_base',
      '--max-tokens-per-example',
      '4096',
      '-m',
      'gpt-4o-mini',
      '-p',
      'openai',
      // OpenAI closed to new customers on 2026-05-07: this team already fine-tunes there.
      '--existing-customer',
      'openai',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `Dataset: 5 examples counted in ${TOY}: 8,242 cl100k_base tokens before per-example caps`,
    );
    expect(r.stdout).toContain('86,120');
    expect(r.stdout).toContain('exceed the 4096-token limit');
  });

  it('a file with broken lines is still priced (exit 0), and says the platform would reject it', async () => {
    for (const format of ['table', 'json', 'csv', 'md']) {
      const r = await runCli(['estimate', '--file', BROKEN, '-m', 'gpt-4.1-mini', '--format', format]);
      expect(r.code).toBe(0);
      if (format === 'table') {
        expect(r.stdout).toContain('The platform would reject the training file as it is: 7 invalid line(s)');
        expect(r.stdout).toContain('line 2: invalid_json');
        expect(r.stdout).toContain('… and 2 more (--format json lists every one)');
      }
      if (format === 'json') {
        const res = JSON.parse(r.stdout);
        expect(res.dataset.counted.training.errors).toHaveLength(8);
        expect(res.rows.length).toBeGreaterThan(0);
        // Line 13 gives tools: 1 of the 6 valid examples is counted by the best public rule, so no row is exact.
        expect(res.rows.every((row: { tokenCountExact: boolean }) => !row.tokenCountExact)).toBe(true);
        expect(res.rows[0].tokenCountMethod).toContain(
          '5 of 6 example(s) exact, 1 approximate: 1 with tools or tool calls',
        );
      }
    }
  });

  it(
    'open-weight models: their own tokenizer where a package ships it, ' +
      'else an estimate labelled with how it was made',
    async () => {
      const r = await runCli(['estimate', '--file', TOY, '-p', 'together', '--format', 'json']);
      expect(r.code).toBe(0);
      const rows = JSON.parse(r.stdout).rows as { tokenCountExact: boolean; tokenCountMethod: string }[];
      expect(rows.length).toBeGreaterThan(0);
      expect(
        rows.some(
          (row) =>
            row.tokenCountExact &&
            /^counted with Llama 3's tokenizer \(@lenml\/tokenizer-llama3_1 3\.7\.2\)/.test(row.tokenCountMethod),
        ),
      ).toBe(true);
      expect(
        rows.some(
          (row) => !row.tokenCountExact && /^estimate: llama4 counted with o200k_base/.test(row.tokenCountMethod),
        ),
      ).toBe(true);
      const table = await runCli(['estimate', '--file', TOY, '-p', 'together']);
      expect(table.stdout).toMatch(/Token count estimate: llama4 counted with o200k_base/);
    },
  );

  it('a validation file is billed by Together as evaluations × validation tokens', async () => {
    const base = ['estimate', '--file', TOY, '-p', 'together', '--format', 'json', '--epochs', '1'];
    const without = JSON.parse((await runCli(base)).stdout);
    const withEval = JSON.parse((await runCli([...base, '--validation-file', TOY, '--evaluations', '2'])).stdout);
    const charge = withEval.rows[0].charges.find((c: { name: string }) => c.name === 'validation tokens');
    expect(charge).toBeDefined();
    // 2 evaluations over the same file: the validation quantity is twice the training tokens of one epoch.
    expect(Number(charge.quantity) * 1e6).toBe(2 * Number(withEval.rows[0].billedTokensPerEpoch));
    expect(without.rows[0].charges.some((c: { name: string }) => c.name === 'validation tokens')).toBe(false);
  });

  it('a missing file: exit 2, one line, no stack trace', async () => {
    const r = await runCli(['estimate', '--file', 'no/such/file.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('ftcost: cannot read "no/such/file.jsonl": no such file\n');
  });

  it('flag mistakes are one-line user errors', async () => {
    expect((await runCli(['estimate', '--file', TOY, '--examples', '5'])).stderr).toBe(
      'ftcost: give either --file or --examples, not both\n',
    );
    expect((await runCli(['estimate', '--file', TOY, '--encoding', 'klingon'])).code).toBe(2);
    expect((await runCli(['estimate', '--examples', '5', '--encoding', 'cl100k_base'])).stderr).toBe(
      'ftcost: --encoding needs --file\n',
    );
  });

  it('a file with no valid example: exit 2 naming the first problem', async () => {
    const r = await runCli(['inspect', 'test/fixtures/make-token-counts.mts']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/has no valid example to count .*line 1: invalid_json/);
  });
});

describe('ftcost inspect', () => {
  it('the cookbook analysis as a table', async () => {
    const r = await runCli(['inspect', TOY, '--encoding', 'cl100k_base', '--max-tokens-per-example', '4096']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Training file: test/fixtures/toy_chat_fine_tuning.jsonl · 5 lines · 5 valid examples · 0 invalid',
    );
    expect(r.stdout).toMatch(/cl100k_base\s+8,242\s+4,306\s+1\s+26 \/ 8,032\s+1648\.4 \/ 45/);
    expect(r.stdout).toContain('over_token_limit; line 5');
  });

  it('--model takes the model encoding and cap; JSON lists every error', async () => {
    const r = await runCli(['inspect', BROKEN, '--model', 'gpt-4o-mini', '--format', 'json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ schemaVersion: 1, kind: 'dataset' });
    expect(s.capApplied).toBe(65536);
    expect(s.training.errors.map((e: { line: number }) => e.line)).toEqual([2, 3, 4, 5, 5, 6, 7, 8]);
    expect(s.training.encodings[0]).toMatchObject({
      encoding: 'o200k_base',
      totalTokens: '184',
      billedTokensPerEpoch: '184',
    });
  });
});

describe('progress', () => {
  it('draws on stderr only when it is a terminal, never on stdout; --no-progress turns it off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ftcost-progress-'));
    const file = join(dir, 'big.jsonl');
    await generate(file, 9, 1);
    const tty = await runCli(['inspect', file, '--format', 'json'], { isTTY: true });
    expect(tty.code).toBe(0);
    expect(() => JSON.parse(tty.stdout)).not.toThrow();
    expect(tty.stdout).not.toContain('Counting');
    expect(tty.stderr).toContain('Counting');
    const off = await runCli(['inspect', file, '--format', 'json', '--no-progress'], { isTTY: true });
    expect(off.stderr).toBe('');
    expect(off.stdout).toBe(tty.stdout);
    const pipe = await runCli(['inspect', file, '--format', 'json']);
    expect(pipe.stderr).toBe('');
  });
});
