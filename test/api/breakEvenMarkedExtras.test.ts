/**
 * Costs beyond compute given once for a custom comparison (issue 22): options marked `fineTuned: true` pay them
 * and take ftSuccessRate, the others take promptedSuccessRate; the seed case computes the same figures whether
 * the option carries them itself (quality-seed.yaml) or the comparison does (quality-seed-marked.yaml).
 * The sensitivity varies the extras when given. Figures by hand, on a 720-hour (30-day) month.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakEven, type CustomBreakEvenOptions } from '../../src/api/breakEven.js';
import { UserError } from '../../src/errors.js';
import { parseScenario } from '../../src/scenario/parse.js';

const TODAY = '2026-11-23';
const scenario = (name: string): CustomBreakEvenOptions => {
  const file = `test/fixtures/scenarios/${name}.yaml`;
  const { file: scenarioFile, ...s } = parseScenario(readFileSync(file, 'utf8'), file);
  return { ...s, scenarioFile, today: TODAY };
};
type Result = ReturnType<typeof breakEven>;
const opt = (r: Result, id: string) => r.options.find((o) => o.id === id)!;
const refused = (input: CustomBreakEvenOptions) => {
  try {
    breakEven(input);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as Error).message;
  }
  throw new Error('not refused');
};

describe('comparison-wide extras on options marked fineTuned', () => {
  const own = breakEven(scenario('quality-seed'));
  const marked = breakEven(scenario('quality-seed-marked'));

  it('the marked seed case is the per-option one, figure for figure', () => {
    // $3 × 1,000 labelled examples = $3,000 data preparation → 250 a month; monitoring 100; training 600 → 50.
    expect(opt(marked, 'fine-tuned').extraCosts).toMatchObject({ dataPreparation: '3000', monitoringPerMonth: '100' });
    expect(opt(marked, 'fine-tuned').atVolume).toMatchObject({
      trainingPerMonth: '50',
      extrasPerMonth: '350',
      failuresPerMonth: '300',
      totalPerMonth: '760',
    });
    // The prompted option pays no extras and takes the prompted rate: 15,000 × 0.3 × 0.50 = 2,250 in failures.
    expect(opt(marked, 'prompted').atVolume).toMatchObject({ extrasPerMonth: '0', totalPerMonth: '2550' });
    expect(marked.options.map((o) => o.atVolume)).toEqual(own.options.map((o) => o.atVolume));
    expect(marked.breakEvens).toEqual(own.breakEvens);
    // 3,600 paid once ÷ (2,550 − 460) saved a month = 360/209 months.
    expect(marked.verdict).toMatchObject({ kind: own.verdict.kind, option: 'fine-tuned' });
  });

  it('evaluation queries are priced at each marked option its own per-query price, every cycle', () => {
    const r = breakEven({ ...scenario('quality-seed-marked'), evalExamples: 200 });
    // 200 × $0.004 = $0.80 per cycle, one cycle in 12 months → 0.80 / 12 a month on top of 350.
    expect(opt(r, 'fine-tuned').extraCosts?.evaluationPerCycle).toBe('0.8');
    expect(opt(r, 'prompted').extraCosts?.evaluationPerCycle).toBe('0');
  });

  it('refuses what it cannot apply or would count twice, in one line', () => {
    const base = scenario('quality-seed-marked');
    const unmarked = { ...base, options: base.options.map(({ fineTuned: _, ...o }) => o) };
    expect(refused(unmarked)).toMatch(/costPerLabelledExample applies to the fine-tuned options, and none is marked/);
    const twice = { ...base, dataPrepCost: undefined, costPerLabelledExample: undefined, evalCost: '5' };
    twice.options = twice.options.map((o) => (o.fineTuned ? { ...o, evaluationPerCycle: '9' } : o));
    expect(refused(twice)).toMatch(/option "fine-tuned" gives its own evaluationPerCycle.*give one/);
    const rateTwice = { ...base, options: base.options.map((o) => (o.fineTuned ? { ...o, successRate: '90%' } : o)) };
    expect(refused(rateTwice)).toMatch(/option "fine-tuned" gives its own successRate, and ftSuccessRate sets it too/);
    const noCount = { ...base, options: base.options.map(({ trainingExamples: _, ...o }) => o) };
    expect(refused(noCount)).toMatch(/costPerLabelledExample needs its trainingExamples/);
    const notBoolean = { ...base, options: base.options.map((o) => ({ ...o, fineTuned: 'yes' as never })) };
    expect(refused(notBoolean)).toMatch(/options\[0\]\.fineTuned must be true or false/);
    expect(
      refused({ ...base, options: [base.options[1]!, base.options[1]!].map((o, i) => ({ ...o, id: `o${i}` })) }),
    ).toMatch(/promptedSuccessRate applies to the options not marked fineTuned, and there is none/);
  });
});

describe('sensitivity of the costs beyond compute', () => {
  const r = breakEven({ ...scenario('quality-seed'), sensitivity: true });
  const row = (input: string) => r.sensitivity!.inputs.find((i) => i.input === input)!;

  it('varies each group given, by hand', () => {
    // Expected saving 2,550 − 760 = 1,790 a month.
    // Data preparation $3,000 over 12 months = 250 a month: ×0.5 saves 125 more, ×2 costs 250 more.
    expect(row('one-time-extras')).toMatchObject({
      range: '×0.5 – ×2',
      low: { value: '×0.5', savingPerMonth: '1915' },
      high: { value: '×2', savingPerMonth: '1540' },
      swing: '375',
    });
    // Monitoring $100 a month: ±50.
    expect(row('monitoring-per-month')).toMatchObject({
      low: { savingPerMonth: '1840' },
      high: { savingPerMonth: '1740' },
    });
    // A failure's fix, $0.50: failures 2,250 (prompted) − 300 (fine-tuned) = 1,950 of the saving, ×0.5 – ×1.5.
    expect(row('failure-cost')).toMatchObject({
      low: { savingPerMonth: '815' },
      high: { savingPerMonth: '2765' },
      swing: '1950',
    });
    expect(r.sensitivity!.inputs.some((i) => i.input === 'per-cycle-extras')).toBe(false);
  });

  it('has no extras rows when none is given', () => {
    const plain = breakEven({
      ...scenario('quality-seed'),
      sensitivity: true,
      options: [
        { id: 'prompted', perQuery: '0.02' },
        { id: 'fine-tuned', perQuery: '0.004', oneTime: '600' },
      ],
      failureCost: undefined,
    });
    const inputs = plain.sensitivity!.inputs.map((i) => i.input);
    for (const extra of ['one-time-extras', 'per-cycle-extras', 'monitoring-per-month', 'failure-cost'])
      expect(inputs).not.toContain(extra);
  });
});
