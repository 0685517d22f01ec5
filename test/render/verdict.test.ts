/**
 * The verdict every break-even output opens with (issue 22: src/result/verdict.ts, its words in
 * src/render/words/verdict.ts):
 * - one golden per verdict kind: the CLI run in-process on test/fixtures/scenarios/verdict-*.yaml (and
 *   on the fixture catalog for what a scenario cannot show: assumed inputs, a left-out option, nothing
 *   buyable, an input whose range flips the cheapest), its Markdown compared byte for byte with
 *   test/golden/verdict/<case>.md.golden, first line the command (UPDATE_GOLDENS=1 refreshes them);
 * - the table, the Markdown and the terminal view open with the verdict's text (the terminal view after
 *   its one line on the cheapest at the volume); the JSON carries it;
 * - a verdict worked by hand (72/73 months);
 * - property: for random options and volumes, the verdict names the cheapest at the volume, the
 *   cheapest of the regime containing it.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEven } from '../../src/api/breakEven.js';
import { Decimal } from '../../src/decimal.js';
import { Rational } from '../../src/engine/breakEven/rational.js';
import type { BreakEvenResult } from '../../src/result/breakEven.js';
import { regimeIndexAt, type VerdictKind } from '../../src/result/verdict.js';
import { runCli } from '../helpers/cli.js';
import { commandLine, goldenText, readGolden } from '../helpers/golden.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GOLDEN_DIR = fileURLToPath(new URL('../golden/verdict/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDENS === '1';
const TODAY = '2026-11-23';
const PRICED = ['--catalog', 'test/fixtures/catalogs/golden', '--as-of', TODAY];
const scenario = (name: string) => ['breakeven', '--scenario', `test/fixtures/scenarios/verdict-${name}.yaml`];
/** Prompting ol-large against fine-tuning ol-mini (test/golden's breakeven-hosted, without its volume). */
const HOSTED = [
  'breakeven',
  ...['--base-model', 'ol-large', '--base-input-tokens', '2000', '--ft-model', 'ol-mini'],
  ...['--input-tokens', '200', '--output-tokens', '150', '--examples', '400', '--existing-customer', 'openlab'],
];

interface VerdictCase {
  name: string;
  args: readonly string[];
  kind: VerdictKind;
}

const CASES: readonly VerdictCase[] = [
  { name: 'pays-back', args: scenario('pays-back'), kind: 'pays-back' },
  { name: 'cheapest-without-training', args: scenario('cheapest-without-training'), kind: 'cheapest-without-training' },
  { name: 'never-pays-back', args: scenario('never-pays-back'), kind: 'never-pays-back' },
  // Retrained every 3 months, before a cycle's training is earned back.
  { name: 'never-pays-back-retrained', args: scenario('retrained'), kind: 'never-pays-back' },
  { name: 'pays-back-after-horizon', args: scenario('after-horizon'), kind: 'pays-back-after-horizon' },
  { name: 'cheapest-fine-tuned', args: scenario('cheapest-fine-tuned'), kind: 'cheapest-fine-tuned' },
  { name: 'no-volume', args: scenario('no-volume'), kind: 'no-volume' },
  // The catalog: tokens per example assumed (an estimate), and OpenLab left out though it would cost less.
  {
    name: 'catalog-left-out',
    args: [...HOSTED, '--queries-per-day', '500', ...PRICED],
    kind: 'never-pays-back',
  },
  // The catalog without a volume: the regimes, and the assumption they rest on.
  { name: 'catalog-no-volume', args: [...HOSTED, ...PRICED], kind: 'no-volume' },
  // Just above OpenLab's break-even (3 a day), let to compete: halving the volume flips the cheapest.
  {
    name: 'catalog-sensitivity',
    args: [...HOSTED, '--queries-per-day', '4', '--include-ending', '--sensitivity', ...PRICED],
    kind: 'pays-back',
  },
  // OL mini stops serving inside the horizon, both prompted and fine-tuned at OpenLab: nothing can be bought.
  {
    name: 'nothing-buyable',
    args: [
      ...['breakeven', '--base-model', 'ol-mini', '--base-provider', 'openlab', '--ft-model', 'ol-mini'],
      ...['--provider', 'openlab', '--existing-customer', 'openlab', '--base-input-tokens', '2000'],
      ...['--input-tokens', '200', '--output-tokens', '150', '--examples', '400', '--queries-per-day', '500'],
      ...PRICED,
    ],
    kind: 'nothing-buyable',
  },
];

async function verdictOfRun(args: readonly string[]): Promise<BreakEvenResult> {
  const { code, stdout, stderr } = await runCli([...args, '--format', 'json'], { today: TODAY, cwd: ROOT });
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as BreakEvenResult;
}

describe('the verdict: one golden per kind (test/golden/verdict)', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.kind}`, async () => {
      const res = await verdictOfRun(c.args);
      expect(res.verdict.kind).toBe(c.kind);
      const args = [...c.args, '--format', 'md'];
      const { code, stdout, stderr } = await runCli(args, { today: TODAY, cwd: ROOT });
      expect(code, stderr).toBe(0);
      expect(stdout).toContain(`**Verdict:** ${res.verdict.text}\n`);
      const command = commandLine(args, { today: TODAY });
      const file = join(GOLDEN_DIR, `${c.name}.md.golden`);
      if (UPDATE) {
        writeFileSync(file, goldenText(command, stdout));
        return;
      }
      if (!existsSync(file)) expect.fail(`missing golden ${file.slice(ROOT.length)}: UPDATE_GOLDENS=1 creates it`);
      const golden = readGolden(readFileSync(file, 'utf8'));
      expect(golden.command).toBe(command);
      expect(stdout, `${file.slice(ROOT.length)} differs (UPDATE_GOLDENS=1 refreshes it)`).toBe(golden.output);
    });
  }

  it('every golden here belongs to a case', () => {
    const expected = new Set(CASES.map((c) => `${c.name}.md.golden`));
    const orphans = readdirSync(GOLDEN_DIR).filter((n) => n.endsWith('.golden') && !expected.has(n));
    if (UPDATE) for (const n of orphans) rmSync(join(GOLDEN_DIR, n));
    else expect(orphans).toEqual([]);
  });
});

describe('every break-even output opens with the verdict', () => {
  it('table: after the title and settings; Markdown: after the context; terminal: after the cheapest', async () => {
    const args = scenario('pays-back');
    const { text } = (await verdictOfRun(args)).verdict;
    const table = (await runCli([...args, '--format', 'table'], { today: TODAY, cwd: ROOT })).stdout.split('\n');
    expect(table.slice(2, 5)).toEqual(['', text, '']);
    const md = (await runCli([...args, '--format', 'md'], { today: TODAY, cwd: ROOT })).stdout.split('\n');
    expect(md.slice(3, 6)).toEqual(['', `**Verdict:** ${text}`, '']);
    // The terminal view's first paragraph: the cheapest at the volume and its cost, then the verdict.
    const terminal = await runCli(args, { today: TODAY, cwd: ROOT, isTTY: true, env: { COLUMNS: '400' } });
    expect(terminal.stdout.split('\n').slice(0, 3)).toEqual([
      'Cheapest at 500 queries/day: ft, $202.08/month.',
      text,
      '',
    ]);
  });

  it('the JSON verdict, worked by hand: 600 ÷ (0.04 × 500 × 730/24) = 72/73 months', async () => {
    const v = (await verdictOfRun(scenario('pays-back'))).verdict;
    expect(v).toMatchObject({
      kind: 'pays-back',
      option: 'ft',
      queriesPerDay: '500',
      monthsExact: '72/73',
      baseline: 'prompted',
      horizonMonths: '12',
      restsOn: [],
    });
    if (v.kind !== 'pays-back') throw new Error(v.kind);
    // Cheapest above 600/12 × 24/730 ÷ 0.04 = 3000/73 a day, up to 48 = 0.01 q + 1200/730: 338400/73.
    expect(v.regime).toMatchObject({ cheapest: 'ft', fromQueriesPerDayExact: '3000/73' });
    expect(v.regime?.toQueriesPerDayExact).toBe('338400/73');
    expect([v.below?.cheapest, v.above?.cheapest]).toEqual(['prompted', 'gpu']);
    expect(v.text).toBe(
      'ft (Fine-tuned small model) pays back its one-time cost in 0.99 months at 500 queries/day and is the ' +
        'cheapest option from 42 to 4,636 queries/day for the next 12 months; below that, choose prompted ' +
        '(Prompting the large model); above 4,636 queries/day, choose gpu (Rented GPUs).',
    );
  });

  it('rests on the assumed tokens per example: "an estimate", naming it', async () => {
    const v = (await verdictOfRun(CASES.find((c) => c.name === 'catalog-left-out')!.args)).verdict;
    expect(v.restsOn).toEqual([{ kind: 'assumed', input: 'tokens-per-example', value: '500' }]);
    expect(v.text).toMatch(/ This is an estimate: it assumes 500 tokens per training example\.$/);
  });
});

/** A price string of 0 – max hundredths ("0.37"). */
const price = (max: number) => fc.integer({ min: 0, max }).map((n) => new Decimal(n).div(100).toFixed());
const optionArb = fc.record(
  {
    perQuery: fc.integer({ min: 0, max: 500 }).map((n) => new Decimal(n).div(10_000).toFixed()),
    monthly: price(30_000),
    oneTime: price(500_000),
    hourly: price(500),
    capacityPerDay: fc.integer({ min: 20, max: 3000 }),
  },
  { requiredKeys: [] },
);

describe("property: the verdict names the regime's cheapest at the volume", () => {
  it("for random options and volumes, verdict.option is cheapestAtVolume and its regime's cheapest", () => {
    fc.assert(
      fc.property(
        fc.array(optionArb, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 1, max: 24 }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        (raw, q, horizon, retrain) => {
          const options = raw.map((o, i) => {
            const priced = (o.perQuery ?? o.monthly ?? o.oneTime ?? o.hourly) ? o : { ...o, perQuery: '0' };
            // A capacity needs an hourly price (one door: the scenario check refuses it otherwise).
            const { capacityPerDay, ...rest } = priced;
            return { id: `o${i}`, ...rest, ...(rest.hourly && capacityPerDay ? { capacityPerDay } : {}) };
          });
          const res = breakEven({
            options,
            queriesPerDay: q,
            horizonMonths: horizon,
            retrainEveryMonths: retrain,
            chartSamples: 2,
            today: TODAY,
          });
          const v = res.verdict;
          expect(v.option).toBe(res.cheapestAtVolume);
          expect(v.option).not.toBeNull();
          if (v.kind === 'nothing-buyable' || v.kind === 'no-volume') throw new Error(v.kind);
          // Nothing that competes costs less at the volume.
          const total = (id: string) => new Decimal(res.options.find((o) => o.id === id)!.atVolume!.totalPerMonth);
          for (const o of res.options) expect(total(o.id).gte(total(v.option).minus('1e-40'))).toBe(true);
          // The regime holding the volume, when listed, is the verdict's, and names the same option.
          const i = regimeIndexAt(res.regimes, Rational.from(q));
          if (i >= 0) {
            expect(res.regimes[i]!.cheapest).toBe(v.option);
            expect(v.regime).toEqual(res.regimes[i]);
          } else expect(v.regime).toBeNull();
          expect(v.text.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('without a volume: no option is named, the lowest regime is', () => {
    fc.assert(
      fc.property(fc.array(optionArb, { minLength: 1, maxLength: 3 }), (raw) => {
        const options = raw.map((o, i) => ({ id: `o${i}`, perQuery: o.perQuery ?? '0', oneTime: o.oneTime }));
        const res = breakEven({ options, chartSamples: 2, today: TODAY });
        expect(res.verdict).toMatchObject({ kind: 'no-volume', option: null, lowest: res.regimes[0]!.cheapest });
      }),
      { numRuns: 50 },
    );
  });
});
