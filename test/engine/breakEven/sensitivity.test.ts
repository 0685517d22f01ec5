/** breakEven(…, sensitivity): each input at the low and high end of its range, sorted by swing (hand-computed). */
import { describe, expect, it } from 'vitest';
import { breakEven, breakEvenFromCatalog } from '../../../src/api/breakEven.js';
import { d } from '../../../src/decimal.js';
import { tornadoLines, tornadoSvg } from '../../../src/render/tornado.js';
import { fixtureCatalog } from '../../helpers/catalog.js';

/** A decimal string equal to num/den (60 significant digits for a repeating one). */
const isFraction = (s: string | null, num: number, den = 1) =>
  expect(d(s!).times(den).minus(num).abs().lt('1e-50'), `${s} = ${num}/${den}`).toBe(true);

// The worked example with a training run: prompted $0.05/query against a fine-tune at $0.01/query
// + $2.00/h + $120 training (spread over the 12-month horizon: $10/month), at 500 queries/day.
const SCENARIO = {
  options: [
    { id: 'prompted', perQuery: '0.05' },
    { id: 'azure-ft', perQuery: '0.01', hourly: '2.00', oneTime: '120' },
  ],
  queriesPerDay: 500,
  today: '2026-11-23',
};

describe('sensitivity: an hourly option against a per-token one', () => {
  const s = breakEven({ ...SCENARIO, sensitivity: true }).sensitivity!;

  it('compares the fine-tune with the prompted baseline, hosting $/h first', () => {
    expect([s.baseline, s.option]).toEqual(['prompted', 'azure-ft']);
    // Expected: prompted 0.05 × 500 × 730/24 = 760.41666…; azure-ft 0.01 × 500 × 730/24 + 2 × 730 + 10
    // = 152.08333… + 1460 + 10 = 1622.08333…; saving 760.41666… − 1622.08333… = −861.66666… = −2585/3.
    isFraction(s.expected.savingPerMonth, -2585, 3);
    // Break-even: (48 + 10 × 24/730) / 0.04 a day = (3504/73 + 24/73) × 25 = 88200/73.
    expect(s.expected.breakEvenQueriesPerDayExact).toBe('88200/73');
    // Swings: hosting ±50% of 1460 → 1460; prompted price ×0.5/×1.5 → 760.41666…; volume 250/750 →
    // 0.04 × 500 × 730/24 = 608.333…; fine-tuned price → 152.0833…; horizon 6/24 months → 120/6 − 120/24 = 15;
    // training size ×0.5/×1.5 → 10; epochs ×1/×2 → 10 (a tie keeps the documented order).
    expect(s.inputs.map((i) => i.input)).toEqual([
      'hosting-per-hour',
      'prompted-input-tokens',
      'queries-per-day',
      'ft-input-tokens',
      'horizon-months',
      'training-examples',
      'epochs',
    ]);
    expect(s.inputs.map((i) => i.swing)).toEqual([
      '1460',
      expect.stringMatching(/^760\.41666/),
      expect.stringMatching(/^608\.3333/),
      expect.stringMatching(/^152\.08333/),
      '15',
      '10',
      '10',
    ]);
  });

  it('hosting $/h at ×0.5 and ×1.5, by hand', () => {
    const h = s.inputs[0]!;
    expect([h.low.value, h.high.value]).toEqual(['×0.5', '×1.5']);
    // Low: $1.00/h → azure-ft 152.08333… + 730 + 10 = 892.08333…; saving 760.41666… − 892.08333… = −131.666… = −395/3.
    isFraction(h.low.savingPerMonth, -395, 3);
    // High: $3.00/h → 152.08333… + 2190 + 10 = 2352.08333…; saving −1591.666… = −4775/3.
    isFraction(h.high.savingPerMonth, -4775, 3);
    // Break-evens (shown rounded up: 609 and 1,809): (24 + 24/73)/0.04 = 1776/73 × 25 = 44400/73; (72 + 24/73)/0.04 =
    // 5280/73 × 25 = 132000/73.
    expect([h.low.breakEvenQueriesPerDayExact, h.high.breakEvenQueriesPerDayExact]).toEqual(['44400/73', '132000/73']);
  });

  it('lists what it could not vary, and leaves results without it unchanged', () => {
    expect(s.notApplicable.map((n) => n.input)).toEqual(['output-tokens', 'cached-share', 'throughput']);
    expect(breakEven(SCENARIO)).not.toHaveProperty('sensitivity');
    expect(() => breakEven({ ...SCENARIO, queriesPerDay: null, sensitivity: true })).toThrow(
      'sensitivity needs a volume',
    );
    expect(() => breakEven({ ...SCENARIO, sensitivity: { option: 'nope' } })).toThrow('"nope" is not one of');
  });

  it('renders a tornado: ASCII lines sorted by swing, and an SVG', () => {
    const result = breakEven({ ...SCENARIO, sensitivity: true });
    const lines = tornadoLines(result);
    expect(lines[0]).toBe(
      'Sensitivity: total monthly saving (training included) of azure-ft against ' +
        'prompted at 500 queries/day (expected -$861.67, break-even 1,209)',
    );
    const rows = lines[1]!.split('\n').slice(2);
    expect(rows[0]).toMatch(
      /^hosting \$\/h +×0\.5 – ×1\.5 +#+\|-+ +-\$131\.67 +-\$1,591\.67 +\$1,460\.00 +609 → 1,809$/,
    );
    const svg = tornadoSvg(result);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.indexOf('>hosting $/h<')).toBeLessThan(svg.indexOf('>epochs<'));
    expect(svg.match(/<rect /g)).toHaveLength(2 * 7);
    expect(tornadoSvg(breakEven(SCENARIO))).toBe('');
  });
});

describe('sensitivity on the fixture catalog: token counts rebuild the options', () => {
  it('output tokens ×0.5/×1.5 move the saving of openlab ol-mini against the prompted ol-large by hand', () => {
    const s = breakEvenFromCatalog({
      catalog: fixtureCatalog(),
      today: '2026-11-23',
      baseModel: 'ol-large',
      baseInputTokens: 2000,
      ftModel: 'ol-mini',
      providers: ['openlab'],
      inputTokens: 200,
      outputTokens: 150,
      queriesPerDay: 500,
      examples: 400,
      selfHosted: false,
      sensitivity: true,
    }).sensitivity!;
    expect([s.baseline, s.option]).toEqual(['prompted/ol-large', 'openlab']);
    const out = s.inputs.find((i) => i.input === 'output-tokens')!;
    expect([out.low.value, out.high.value]).toEqual(['×0.5', '×1.5']);
    // Output costs $10/M prompted (ol-large) and $1.20/M fine-tuned (ol-mini at openlab): each output token
    // saves $8.80/M. 75 → 225 tokens is 150 more a query: 150 × 8.8/1M × 500 × 730/24 = 0.66 × 30.41666… = 20.075.
    // (Each saving is a repeating decimal cut to 60 digits; the swing is computed exactly.)
    isFraction(d(out.high.savingPerMonth).minus(out.low.savingPerMonth).toFixed(), 20.075);
    expect(out.swing).toBe('20.075');
  });
});
