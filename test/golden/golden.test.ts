/**
 * Golden-output tests: every command × every format it supports, run in-process on the fixture
 * catalog test/fixtures/catalogs/golden (fictional, frozen prices) with a fixed day and --as-of, and
 * compared byte for byte with test/golden/<command>-<variant>.<format>.golden (stdout) and
 * <command>-<variant>.<format>.stderr.golden (stderr, only when there is some). The exit code is
 * asserted inline. Each file's first line is the command that made it (`$ ftcost … # today: …`,
 * test/helpers/golden.ts), checked to be exactly the command run; the output follows it.
 *
 * Refresh: UPDATE_GOLDENS=1 npx vitest run test/golden   (then review the diff: see README.md here)
 * Without UPDATE_GOLDENS a missing golden is a failure, never silently created.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { commandLine, goldenText, readGolden } from '../helpers/golden.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GOLDEN_DIR = fileURLToPath(new URL('.', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDENS === '1';

/** The day of every run (staleness, price ages) and the prices' as-of date: nothing depends on the clock. */
const TODAY = '2026-11-23';
const CATALOG = ['--catalog', 'test/fixtures/catalogs/golden'];
const PRICED = [...CATALOG, '--as-of', TODAY];

const ALL = ['table', 'json', 'csv', 'md'] as const;
const TABLE_JSON = ['table', 'json'] as const;

interface GoldenCase {
  /** The golden's name: <command>-<variant>. */
  name: string;
  args: readonly string[];
  formats: readonly string[];
  /** Expected exit code (default 0). */
  code?: number;
}

const BREAKEVEN_HOSTED = [
  '--base-model',
  'ol-large',
  '--base-input-tokens',
  '2000',
  '--ft-model',
  'ol-mini',
  '--input-tokens',
  '200',
  '--output-tokens',
  '150',
  '--queries-per-day',
  '500',
  '--examples',
  '400',
  // OpenLab closed to new users on 2026-06-01: this team already fine-tunes there.
  '--existing-customer',
  'openlab',
];
const BREAKEVEN_SELF_HOSTED = [
  '--base-model',
  'llama-70b',
  '--base-input-tokens',
  '1500',
  '--ft-model',
  'llama-8b',
  '--input-tokens',
  '200',
  '--output-tokens',
  '300',
  '--queries-per-day',
  '20000',
  '--examples',
  '2000',
  '--tokens-per-example',
  '600',
];

const CASES: readonly GoldenCase[] = [
  // estimate: every offer of the catalog (LoRA/full, tiers, hourly hosting, a minimum charge, a stale price,
  // closed-to-new-users).
  {
    name: 'estimate-all',
    args: ['estimate', '--examples', '500', '--tokens-per-example', '400', ...PRICED],
    formats: ALL,
  },
  // Before OpenLab's 2026-04-01 price cut: the earlier dated entry prices it.
  {
    // The same team as an existing OpenLab customer: OpenLab's rows come back, trainable until 2027-03-01.
    name: 'estimate-existing-customer',
    args: ['estimate', '--examples', '500', '--tokens-per-example', '400', '--existing-customer', 'openlab', ...PRICED],
    formats: TABLE_JSON,
  },
  {
    name: 'estimate-before-price-cut',
    args: ['estimate', '--examples', '50', '--model', 'ol-mini', ...CATALOG, '--as-of', '2026-03-01'],
    formats: ['table'],
  },
  // A counted file the platform would reject: csv says so on stderr.
  {
    name: 'estimate-broken-file',
    args: [
      'estimate',
      '--file',
      'test/fixtures/broken.jsonl',
      '--model',
      'ol-mini',
      '--existing-customer',
      'openlab',
      '--no-progress',
      ...PRICED,
    ],
    formats: ['table', 'csv'],
  },
  // A user mistake: exit 2, one line on stderr with a suggestion, nothing on stdout.
  {
    name: 'estimate-unknown-model',
    args: ['estimate', '--examples', '500', '--model', 'ol-mnii', ...PRICED],
    formats: ['table'],
    code: 2,
  },

  // Ranges: an assumed token count (±50%) and auto epochs (OpenAI-like rule ±1) widen the band; the sources are listed.
  {
    name: 'estimate-range',
    args: ['estimate', '--examples', '500', '--range', ...PRICED],
    formats: ALL,
  },

  // Self-hosted rows (--self-hosted) on a catalog whose open models have architecture figures: each GPU's
  // smallest node the job fits on, ranked with the hosted rows; the L4 (70B) and the A100 (no 70B
  // throughput figure) left out with their reasons.
  {
    name: 'estimate-self-hosted',
    args: [
      'estimate',
      '--examples',
      '500',
      '--tokens-per-example',
      '400',
      '--epochs',
      '3',
      '--self-hosted',
      '--catalog',
      'test/fixtures/catalogs/self-hosted',
      '--as-of',
      TODAY,
    ],
    formats: ALL,
  },

  // The budget solver, both questions: the most examples of 400 tokens × 3 epochs for $10 ...
  {
    name: 'budget-examples',
    args: ['budget', '--max-cost', '10', '--tokens-per-example', '400', '--epochs', '3', ...PRICED],
    formats: ALL,
  },
  // ... and the most epochs of 400 × 400 tokens for $10 (Confluence's $12 minimum charge cannot fit).
  {
    name: 'budget-epochs',
    args: ['budget', '--max-cost', '10', '--examples', '400', '--tokens-per-example', '400', ...PRICED],
    formats: ALL,
  },

  {
    name: 'inspect-toy',
    args: ['inspect', 'test/fixtures/toy_chat_fine_tuning.jsonl', '--no-progress', ...CATALOG],
    formats: TABLE_JSON,
  },
  {
    name: 'inspect-broken',
    args: ['inspect', 'test/fixtures/broken.jsonl', '--no-progress', ...CATALOG],
    formats: TABLE_JSON,
  },

  // Prompting a large closed model vs fine-tuning a small one per token and on hourly deployments.
  { name: 'breakeven-hosted', args: ['breakeven', ...BREAKEVEN_HOSTED, ...PRICED], formats: ALL },
  // An open-weight model: serverless LoRA, a dedicated endpoint, self-hosted on rented GPUs, and a full fine-tune left
  // out.
  { name: 'breakeven-self-hosted', args: ['breakeven', ...BREAKEVEN_SELF_HOSTED, ...PRICED], formats: ALL },
  {
    name: 'breakeven-scenario-steps',
    args: ['breakeven', '--scenario', 'test/fixtures/scenarios/steps.yaml'],
    formats: ALL,
  },

  // ftcost fit: QLoRA of Llama 3.1 8B on the fixture's two GPUs (architecture figures are the shipped ones).
  {
    name: 'fit-qlora',
    args: ['fit', '-m', 'llama-3.1-8b', '--method', 'qlora', '--seq-len', '4096', ...PRICED],
    formats: ALL,
  },

  { name: 'catalog-list', args: ['catalog', 'list', ...PRICED], formats: ALL },
  // What a new customer can fine-tune on the day, and the platforms it cannot.
  { name: 'catalog-trainable', args: ['catalog', 'list', '--trainable', ...PRICED], formats: ALL },
  { name: 'catalog-show-ol-mini', args: ['catalog', 'show', 'ol-mini', ...PRICED], formats: TABLE_JSON },
  { name: 'catalog-show-h100-sxm', args: ['catalog', 'show', 'h100-sxm', ...PRICED], formats: TABLE_JSON },
  {
    name: 'catalog-diff',
    args: ['catalog', 'diff', '--from', '2026-03-01', '--to', '2026-11-01', ...CATALOG],
    formats: ALL,
  },
];

function goldenFile(name: string, format: string, stream: 'stdout' | 'stderr'): string {
  return join(GOLDEN_DIR, `${name}.${format}${stream === 'stderr' ? '.stderr' : ''}.golden`);
}

/**
 * The only normalisation: the text of a JSON.parse error comes from the JavaScript engine (V8), not
 * from ftcost, and may change with the Node version. Everything else is compared exactly.
 */
function normalise(text: string): string {
  return text.replace(/the line is not valid JSON \([^)\n]*\)/g, 'the line is not valid JSON (<JSON.parse message>)');
}

/**
 * Compare with the golden (its first line with the command run, the rest with the output), or write it under
 * UPDATE_GOLDENS=1. An empty stderr has no golden file.
 */
function checkGolden(file: string, command: string, actual: string, optional: boolean): void {
  if (UPDATE) {
    if (optional && actual === '') rmSync(file, { force: true });
    else writeFileSync(file, goldenText(command, actual));
    return;
  }
  if (!existsSync(file)) {
    if (optional && actual === '') return;
    expect.fail(
      `missing golden ${file.slice(ROOT.length)}; ` +
        'create it with UPDATE_GOLDENS=1 npx vitest run test/golden and review it',
    );
  }
  const golden = readGolden(readFileSync(file, 'utf8'));
  const refresh = 'UPDATE_GOLDENS=1 npx vitest run test/golden refreshes it';
  expect(golden.command, `${file.slice(ROOT.length)}: the first line is not the command run (${refresh})`).toBe(
    command,
  );
  expect(actual, `${file.slice(ROOT.length)} differs (${refresh})`).toBe(golden.output);
}

describe('golden outputs (fixture catalog, today fixed)', () => {
  for (const c of CASES) {
    for (const format of c.formats) {
      it(`${c.name} --format ${format}`, async () => {
        const args = [...c.args, '--format', format];
        const { code, stdout, stderr } = await runCli(args, { today: TODAY, cwd: ROOT });
        const command = commandLine(args, { today: TODAY });
        // Nothing machine-dependent may reach the output: a path is shown as given (relative).
        expect(stdout).not.toContain(ROOT);
        expect(stderr).not.toContain(ROOT);
        checkGolden(goldenFile(c.name, format, 'stdout'), command, normalise(stdout), false);
        checkGolden(goldenFile(c.name, format, 'stderr'), command, normalise(stderr), true);
        expect(code, `exit code of ${command}\n${stderr}`).toBe(c.code ?? 0);
      });
    }
  }

  it('every golden file belongs to a case (a renamed or removed case leaves none behind)', () => {
    const expected = new Set(
      CASES.flatMap((c) =>
        c.formats.flatMap((f) => [goldenFile(c.name, f, 'stdout'), goldenFile(c.name, f, 'stderr')]),
      ),
    );
    const orphans = readdirSync(GOLDEN_DIR)
      .filter((n) => n.endsWith('.golden'))
      .map((n) => join(GOLDEN_DIR, n))
      .filter((f) => !expected.has(f));
    if (UPDATE) for (const f of orphans) rmSync(f);
    else expect(orphans.map((f) => f.slice(ROOT.length))).toEqual([]);
  });
});
