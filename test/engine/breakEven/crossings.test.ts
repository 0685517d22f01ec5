import { describe, expect, it } from 'vitest';
import { d } from '../../../src/decimal.js';
import { analyzeAllPairs, analyzePair, regimeAt, regimesOf } from '../../../src/engine/breakEven/crossings.js';
import { analyzeBreakEven } from '../../../src/engine/breakEven/analysis.js';
import { costPerDayAt, toCurve, type CostOption } from '../../../src/engine/breakEven/costCurve.js';
import { Rational } from '../../../src/engine/breakEven/rational.js';

const S = { hoursPerMonth: d(730), amortizationMonths: d(12) };
const curve = (o: Partial<CostOption> & { id: string }) => toCurve({ kind: 'custom', ...o }, S);
const crossings = (p: ReturnType<typeof analyzePair>) =>
  p.crossings.map((c) => `${c.at} ${c.kind} ${c.cheaperBelow}>${c.cheaperAbove}`);

const prompted = curve({ id: 'prompted', perQuery: d('0.05') });
const azureFt = curve({ id: 'azure-ft', perQuery: d('0.01'), hourly: d('2.00') });
// A rented GPU: 1.00/h per replica, 1,000 queries a day each.
const gpu = curve({ id: 'gpu', hourly: d('1.00'), capacityPerDay: d('1000') });

describe('break-evens between two options', () => {
  it('the worked example: 0.05/query vs 0.01/query + 2.00/h break even at exactly 1,200 queries/day', () => {
    // 2.00 × 24 = 48 a day fixed; 48 / (0.05 − 0.01) = 1,200.
    const p = analyzePair(prompted, azureFt);
    expect(crossings(p)).toEqual(['1200 equal prompted>azure-ft']);
    expect(costPerDayAt(prompted, Rational.of(1200n)).toFractionString()).toBe('60');
    expect(costPerDayAt(azureFt, Rational.of(1200n)).toFractionString()).toBe('60');
    expect(p.alwaysCheaper).toBeNull();
  });

  it('options that never cross: the cheaper one is named', () => {
    const cheap = curve({ id: 'cheap', perQuery: d('0.01') });
    const dear = curve({ id: 'dear', perQuery: d('0.02'), monthly: d('10') });
    const p = analyzePair(dear, cheap);
    expect(p.crossings).toEqual([]);
    expect(p.alwaysCheaper).toBe('cheap');
  });

  it('parallel lines with different fixed costs never cross', () => {
    const p = analyzePair(
      curve({ id: 'a', perQuery: d('0.01'), monthly: d('100') }),
      curve({ id: 'b', perQuery: d('0.01'), monthly: d('50') }),
    );
    expect(p.crossings).toEqual([]);
    expect(p.alwaysCheaper).toBe('b');
  });

  it('a step option crosses a linear one three times, two of them at replica jumps', () => {
    // azure-ft: 48 + 0.01q. gpu: 24 × ceil(q/1000).
    // q ≤ 2000: gpu ≤ 48 < azure. Just above 2000 gpu is 72 > azure 68.00…: jump at 2000.
    // On (2000, 3000]: 48 + 0.01q = 72 at q = 2400 (equal). Just above 3000 gpu 96 > azure 78: jump at 3000.
    // Far out gpu costs 0.024/query on average > 0.01, so azure stays cheaper.
    const p = analyzePair(azureFt, gpu);
    expect(crossings(p)).toEqual(['2000 jump gpu>azure-ft', '2400 equal azure-ft>gpu', '3000 jump gpu>azure-ft']);
    expect(costPerDayAt(azureFt, Rational.of(2400n)).eq(costPerDayAt(gpu, Rational.of(2400n)))).toBe(true);
  });

  it('a break-even that does not end in base ten is exact as a fraction', () => {
    // 0.05q = 0.0009q + 15 × 24/730  →  q = (360/730) / 0.0491 = 360000/35843
    const lin = curve({ id: 'lin', perQuery: d('0.0009'), monthly: d('15') });
    const p = analyzePair(prompted, lin);
    expect(p.crossings[0]!.at.toFractionString()).toBe('360000/35843');
    expect(costPerDayAt(prompted, p.crossings[0]!.at).eq(costPerDayAt(lin, p.crossings[0]!.at))).toBe(true);
  });

  it('two step options with the same average cost per query alternate forever: one period is reported', () => {
    // a: 12 + 0.024q (monthly 365 at 730 h = 12/day); gpu: 24 × ceil(q/1000). a − gpu is −12 just after
    // each multiple of 1,000 and +12 at the next: equal halfway (500), then a jump back at 1,000.
    const a = curve({ id: 'a', perQuery: d('0.024'), monthly: d('365') });
    const p = analyzePair(a, gpu);
    expect(crossings(p)).toEqual(['500 equal a>gpu', '1000 jump gpu>a']);
    expect(p.repeatsEvery?.toFractionString()).toBe('1000');
  });

  it('two capacities: the boundaries of both are visited', () => {
    // 720-h months so 150 a month is exactly 5 a day. s1: 12/day per 300 queries; s2: 18/day per 400 queries + 5/day.
    const S720 = { hoursPerMonth: d(720), amortizationMonths: d(12) };
    const s1 = toCurve({ id: 's1', kind: 'custom', hourly: d('0.5'), capacityPerDay: d(300) }, S720);
    const s2 = toCurve({ id: 's2', kind: 'custom', hourly: d('0.75'), capacityPerDay: d(400), monthly: d(150) }, S720);
    const p = analyzePair(s1, s2);
    // Brute force on a grid that hits every boundary (multiples of 100): each flip of the strict order
    // between grid points g0 (last point with a strict order) and g must hold one reported crossing in [g0, g].
    let last = 0;
    let lastAt = 0;
    const flips: [number, number][] = [];
    for (let q = 0; q <= 6000; q += 10) {
      const diff = costPerDayAt(s1, Rational.of(BigInt(q)))
        .minus(costPerDayAt(s2, Rational.of(BigInt(q))))
        .sign();
      if (diff !== 0 && last !== 0 && diff !== last) flips.push([lastAt, q]);
      if (diff !== 0) [last, lastAt] = [diff, q];
    }
    expect(flips.length).toBeGreaterThan(0);
    expect(p.crossings.length).toBe(flips.length);
    p.crossings.forEach((c, i) => {
      expect(c.at.gte(Rational.of(BigInt(flips[i]![0])))).toBe(true);
      expect(c.at.lte(Rational.of(BigInt(flips[i]![1])))).toBe(true);
    });
  });

  it('ties over a whole range are not a crossing when the order comes back the same', () => {
    const S720 = { hoursPerMonth: d(720), amortizationMonths: d(12) };
    const a = toCurve({ id: 'a', kind: 'custom', hourly: d('0.5'), capacityPerDay: d(300) }, S720); // 12/day per 300
    const b = toCurve({ id: 'b', kind: 'custom', hourly: d('0.5'), capacityPerDay: d(400) }, S720); // 12/day per 400
    // Equal up to 300; on (300, 400] a is 24 > b 12; on (400, 600] both 24; on (600, 800] a 36 > 24 ...
    const p = analyzePair(a, b);
    expect(p.crossings).toEqual([]);
    expect(p.alwaysCheaper).toBe('b');
  });
});

describe('regimes', () => {
  it('name the cheapest option on each range from 0 to infinity', () => {
    const curves = [prompted, azureFt, gpu];
    const { regimes } = regimesOf(curves, analyzeAllPairs(curves));
    // gpu is 24/day up to 1,000: cheaper than prompted above 480 (0.05q = 24).
    // From 1,000 to 2,000 gpu is 48 vs prompted 50..100 and azure 58..68: gpu.
    // Above 2,000: azure 68+ vs gpu 72; azure from there on, except (2400, 3000] where gpu (72) is cheaper.
    expect(regimes.map((r) => `${r.cheapest} ${r.from}..${r.to ?? '∞'}`)).toEqual([
      'prompted 0..480',
      'gpu 480..2000',
      'azure-ft 2000..2400',
      'gpu 2400..3000',
      'azure-ft 3000..∞',
    ]);
  });

  it(
    'two options that keep swapping, beyond their first period: small and big ' +
      'alternate up to 18,000, then flat wins (720-hour month)',
    () => {
      const S720 = { hoursPerMonth: d(720), amortizationMonths: d(12) };
      // big: 3.00/h × 24 = 72 a day per replica of 3,000; small: 2.00/h × 24 = 48 per replica of 2,000,
      // plus 300 × 24 / 720 = 10 a day; flat: 14,400 × 24 / 720 = 480 a day. big and small both average
      // 0.024 per query, so they swap forever (period 6,000); flat undercuts both once big needs its
      // 7th replica (504 > 480, above 18,000) and small its 10th (10 + 480 = 490).
      const big = toCurve({ id: 'big', kind: 'custom', hourly: d(3), capacityPerDay: d(3000) }, S720);
      const small = toCurve(
        { id: 'small', kind: 'custom', hourly: d(2), capacityPerDay: d(2000), monthly: d(300) },
        S720,
      );
      const flat = toCurve({ id: 'flat', kind: 'custom', monthly: d(14400) }, S720);
      const map = regimesOf([big, small, flat], analyzeAllPairs([big, small, flat]));
      expect(map.regimes.map((r) => `${r.cheapest} ${r.from}..${r.to ?? '∞'}`)).toEqual([
        'small 0..2000',
        'big 2000..3000',
        'small 3000..4000',
        'big 4000..6000',
        'small 6000..8000',
        'big 8000..9000',
        'small 9000..10000',
        'big 10000..12000',
        'small 12000..14000',
        'big 14000..15000',
        'small 15000..16000',
        'big 16000..18000',
        'flat 18000..∞',
      ]);
      expect(map.repeat).toBeNull();
      expect(regimeAt(map, Rational.of(13000n))).toBe('small');
      // Without flat, the two alternate forever: the period is listed once and repeats.
      const pair = regimesOf([big, small], analyzeAllPairs([big, small]));
      expect(pair.repeat && `${pair.repeat.after} every ${pair.repeat.every}`).toBe('0 every 6000');
      expect(pair.regimes.map((r) => `${r.cheapest} ${r.from}..${r.to}`)).toEqual([
        'small 0..2000',
        'big 2000..3000',
        'small 3000..4000',
        'big 4000..6000',
      ]);
      expect(regimeAt(pair, Rational.of(13000n))).toBe('small'); // 13,000 − 2 × 6,000 = 1,000
      expect(regimeAt(pair, Rational.of(17000n))).toBe('big'); // 17,000 − 2 × 6,000 = 5,000
      expect(regimeAt(pair, Rational.of(12000n))).toBe('big'); // the period's last volume belongs to it
    },
  );

  it('one option alone is one regime', () => {
    expect(regimesOf([prompted], [])).toEqual({
      regimes: [{ cheapest: 'prompted', from: Rational.ZERO, to: null }],
      repeat: null,
      searchedUpTo: null,
    });
  });
});

describe('the whole analysis', () => {
  const run = (queriesPerDay: number) =>
    analyzeBreakEven({
      options: [
        { id: 'prompted', kind: 'custom', perQuery: d('0.05') },
        { id: 'ft', kind: 'custom', perQuery: d('0.01'), oneTime: d('600') },
      ],
      queriesPerDay: d(queriesPerDay),
      hoursPerMonth: d(730),
      amortizationMonths: d(12),
      horizonMonths: d(12),
    });

  it('costs each option per month at the volume, split into training, hosting and tokens', () => {
    const a = run(500);
    const ft = a.options[1]!.atVolume!;
    expect(ft.training.toFractionString()).toBe('50'); // 600 / 12
    expect(ft.hosting.toFractionString()).toBe('0');
    // 0.01 × 500 × 730 / 24 = 1825/12 (152.083…)
    expect(ft.tokens.toFractionString()).toBe('1825/12');
    // prompted: 0.05 × 500 × 730/24 = 9125/12 (760.416…)
    expect(a.options[0]!.atVolume!.total.toFractionString()).toBe('9125/12');
  });

  it('pays training back against the baseline: 600 / (0.04 × 500 × 730/24) = 72/73 months', () => {
    const a = run(500);
    expect(a.baseline).toBe('prompted');
    expect(a.options[1]!.payback?.months?.toFractionString()).toBe('72/73');
    expect(a.options[1]!.payback?.withinHorizon).toBe(true);
    expect(a.options[0]!.payback).toBeNull();
  });

  it('training amortised over 12 months breaks even at 600/12 × 24/730 / 0.04 = 3000/73 queries/day', () => {
    const a = run(500);
    expect(a.pairs[0]!.crossings[0]!.at.toFractionString()).toBe('3000/73');
    expect(a.cheapestAtVolume).toBe('ft');
  });

  it('never pays back at zero volume', () => {
    const a = run(0);
    expect(a.options[1]!.payback).toMatchObject({
      paysBack: false,
      months: null,
      recoveryMonths: null,
      reason: 'costs-more-to-run',
    });
    expect(a.cheapestAtVolume).toBe('prompted');
  });

  it('retraining: a cycle whose training is not earned back within the cycle never pays back', () => {
    // The case: retrained every 3 months, the fine-tune saves too little to earn a cycle's
    // training back inside the cycle. prompted 0.05/query; ft 0.045/query + 600 per training run:
    // at 500/day the saving is 0.005 × 500 × 730/24 = 76.04…/month → 600 / 76.04… = 7.89 months > 3.
    const a = analyzeBreakEven({
      options: [
        { id: 'prompted', kind: 'custom', perQuery: d('0.05') },
        { id: 'ft', kind: 'custom', perQuery: d('0.045'), oneTime: d('600') },
      ],
      queriesPerDay: d(500),
      hoursPerMonth: d(730),
      amortizationMonths: d(3),
      retrainEveryMonths: d(3),
      horizonMonths: d(12),
    });
    const p = a.options[1]!.payback!;
    expect(p).toMatchObject({ paysBack: false, months: null, reason: 'not-within-cycle', withinHorizon: false });
    // 600 / (0.005 × 500 × 730/24) = 600 × 24 / (2.5 × 730) = 576/73 months (7.89 > 3)
    expect(p.recoveryMonths!.toFractionString()).toBe('576/73');
    // Trained once over a 12-month horizon, the same saving earns it back in 576/73 months: it pays back.
    const once = analyzeBreakEven({
      options: [
        { id: 'prompted', kind: 'custom', perQuery: d('0.05') },
        { id: 'ft', kind: 'custom', perQuery: d('0.045'), oneTime: d('600') },
      ],
      queriesPerDay: d(500),
      hoursPerMonth: d(730),
      amortizationMonths: d(12),
      horizonMonths: d(12),
    });
    expect(once.options[1]!.payback).toMatchObject({ paysBack: true, reason: null, withinHorizon: true });
    expect(once.options[1]!.payback!.months!.toFractionString()).toBe('576/73');
  });

  it(
    'an option that stops serving inside the horizon is costed but never named ' +
      'cheapest, and pays back only within its remaining life',
    () => {
      // ft is the cheapest at 500/day (see above) — until it is marked as ending in 0.5 months.
      const a = analyzeBreakEven({
        options: [
          { id: 'prompted', kind: 'custom', perQuery: d('0.05') },
          {
            id: 'ft',
            kind: 'custom',
            perQuery: d('0.01'),
            oneTime: d('600'),
            excluded: [{ kind: 'given', text: 'stops serving 2027-01-14' }],
            servingEndsOn: '2027-01-14',
            remainingMonths: Rational.of(1n, 2n),
          },
        ],
        queriesPerDay: d(500),
        hoursPerMonth: d(730),
        amortizationMonths: d(12),
        horizonMonths: d(12),
      });
      expect(a.cheapestAtVolume).toBe('prompted');
      expect(a.regimes.map((r) => r.cheapest)).toEqual(['prompted']);
      expect(a.excluded).toEqual([{ id: 'ft', reasons: [{ kind: 'given', text: 'stops serving 2027-01-14' }] }]);
      // Still costed and crossed: its break-even with prompted is listed. Its training is spread over the
      // 1/2 month it has left, not the 12-month horizon: 600 ÷ 1/2 × 24/730 ÷ 0.04 = 72000/73.
      expect(a.pairs[0]!.crossings[0]!.at.toFractionString()).toBe('72000/73');
      // Its running costs stop at the shutdown: half a month of 0.01 × 500 × 730/24 = 1825/24, plus one training.
      expect(a.options[1]!.atVolume!.overHorizon.toFractionString()).toBe('16225/24');
      // 72/73 months to earn back > 0.5 months left.
      expect(a.options[1]!.payback).toMatchObject({ paysBack: false, reason: 'not-within-remaining-life' });
    },
  );

  it('without a volume: break-evens and regimes, no at-volume figures and no payback', () => {
    const a = analyzeBreakEven({
      options: [
        { id: 'prompted', kind: 'custom', perQuery: d('0.05') },
        { id: 'ft', kind: 'custom', perQuery: d('0.01'), oneTime: d('600') },
      ],
      queriesPerDay: null,
      hoursPerMonth: d(730),
      amortizationMonths: d(12),
      horizonMonths: d(12),
    });
    expect(a.cheapestAtVolume).toBeNull();
    expect(a.options.map((o) => [o.atVolume, o.payback])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(a.regimes.map((r) => `${r.cheapest} ${r.from}..${r.to ?? '∞'}`)).toEqual([
      'prompted 0..3000/73',
      'ft 3000/73..∞',
    ]);
  });

  it('samples the chart on a log scale around the volume and the crossings', () => {
    const a = run(500);
    expect(a.chart.volumes.length).toBe(61);
    expect(a.chart.volumes[0]!.toFractionString()).toBe('1'); // a decade below the 41.1 crossing
    expect(a.chart.volumes.at(-1)!.toFractionString()).toBe('10000'); // a decade above 500
    expect(a.chart.series.map((s) => s.id)).toEqual(['prompted', 'ft']);
  });
});
