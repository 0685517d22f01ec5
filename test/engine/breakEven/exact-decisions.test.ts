/**
 * Issue 21, items 3–5 and the misleading outputs, each on a minimal scenario with its answer derived by
 * hand (in the comments): replica counts as exact integer strings; regimes that end where a search
 * stopped instead of contradicting the last break-even; one tie rule for the crossings, the regimes
 * and the cheapest at a volume; the × on break-evens with a left-out option; break-evens below one
 * query a day; the sensitivity rows of a scenario named for what they scale.
 */
import { describe, expect, it } from 'vitest';
import { breakEven, type CustomOptionInput } from '../../../src/api/breakEven.js';
import { d } from '../../../src/decimal.js';
import { analyzePair, regimeAt, regimesOf } from '../../../src/engine/breakEven/crossings.js';
import { analyzeBreakEven } from '../../../src/engine/breakEven/analysis.js';
import { toCurve } from '../../../src/engine/breakEven/costCurve.js';
import { Rational } from '../../../src/engine/breakEven/rational.js';
import { breakEvenCsv, breakEvenJson, breakEvenMarkdown, breakEvenTable } from '../../../src/render/breakeven.js';
import { noteWords } from '../../../src/render/words/notes.js';
import { toBreakEvenResult } from '../../../src/result/breakEven.js';

/** The library's words for the results' facts. */
const words = noteWords();

const TODAY = '2026-12-07';
const regimeList = (res: {
  regimes: { cheapest: string; fromQueriesPerDayExact: string; toQueriesPerDayExact: string | null }[];
}) => res.regimes.map((r) => `${r.cheapest} ${r.fromQueriesPerDayExact}..${r.toQueriesPerDayExact ?? '∞'}`);
const crossingList = (res: ReturnType<typeof breakEven>) =>
  res.breakEvens.map((b) => `${b.queriesPerDayExact} ${b.kind} ${b.cheaperBelow}>${b.cheaperAbove}`);
/** The CSV's rows as column → cell maps (no cell here holds a comma). */
function csvRows(csv: string): Record<string, string>[] {
  const [head, ...rows] = csv.trimEnd().split('\n');
  const cols = head!.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((cell, i) => [cols[i]!, cell])));
}

describe('item 3: replica counts are exact integers of any size', () => {
  // One replica serves 1 query a day, so the replicas are the volume itself. 30,023,997,515,803,311 is
  // past 2^53 (9,007,199,254,740,992): as a JSON number it reads back as 30,023,997,515,803,310.
  const Q = '30023997515803311';
  const run = (queriesPerDay: string) =>
    breakEven({
      today: TODAY,
      queriesPerDay,
      options: [
        { id: 'api', perQuery: '0.01' },
        { id: 'gpu', hourly: '1', capacityPerDay: 1 },
      ],
    });

  it('1 query a day: one replica, the string "1"', () => {
    const gpu = run('1').options.find((o) => o.id === 'gpu')!;
    expect(gpu.atVolume!.replicas).toBe('1');
    // 1.00/h × 24 h × 730/24 = $730 a month.
    expect(gpu.atVolume!.hostingPerMonth).toBe('730');
  });

  it('30,023,997,515,803,311 queries a day: exactly that many replicas in JSON, the table and the CSV', () => {
    expect(Number(Q).toString()).toBe('30023997515803310'); // what a JSON number would have said
    const res = run(Q);
    const gpu = res.options.find((o) => o.id === 'gpu')!;
    expect(gpu.atVolume!.replicas).toBe(Q);
    // Through the JSON text as well: a string survives JSON.parse.
    const parsed = JSON.parse(breakEvenJson(res)) as typeof res;
    expect(parsed.options.find((o) => o.id === 'gpu')!.atVolume!.replicas).toBe(Q);
    expect(parsed.schemaVersion).toBe(4);
    // 730 × 30,023,997,515,803,311 = 21,917,518,186,536,417,030 a month.
    expect(gpu.atVolume!.hostingPerMonth).toBe('21917518186536417030');
    const gpuLine = breakEvenTable(res)
      .split('\n')
      .find((l) => l.startsWith('gpu'))!;
    expect(gpuLine).toContain(' 30,023,997,515,803,311 ');
    const gpuRow = csvRows(breakEvenCsv(res)).find((r) => r.record === 'option' && r.option === 'gpu')!;
    expect(gpuRow.replicas).toBe(Q);
  });
});

describe('item 4: past the search budget the regimes stop where the search stopped', () => {
  // api: 0.02400001 a query. gpu: 1.00/h = 24 a day per replica of 1,000 queries: 0.024 a query on
  // average, 1e-8 less than api, so the two keep crossing — twice per replica — until ~2.4e9 queries a
  // day, far past the budget of 200,000 replica steps per pair: the search stops at 200,000 × 1,000.
  // On the last replica step (199,999,000, 200,000,000], gpu runs 200,000 replicas (4,800,000 a day):
  // just above 199,999,000 api is cheaper (0.02400001 × 199,999,000 = 4,799,977.99999 < 4,800,000: a
  // jump crossing, gpu > api), and they are equal at 4,800,000 / 0.02400001 = 480000000000000/2400001
  // (≈ 199,999,916.67), above which gpu is cheaper up to where the search stopped.
  const S = { hoursPerMonth: d(730), amortizationMonths: d(12) };
  const api = toCurve({ id: 'api', kind: 'custom', perQuery: d('0.02400001') }, S);
  const gpu = toCurve({ id: 'gpu', kind: 'custom', hourly: d('1'), capacityPerDay: d(1000) }, S);

  it('the last regime agrees with the last break-even and ends at 200,000,000 (searchedUpTo)', () => {
    const pair = analyzePair(api, gpu);
    expect(pair.searchedUpTo?.toFractionString()).toBe('200000000');
    expect(pair.crossings.slice(-2).map((c) => `${c.at} ${c.kind} ${c.cheaperBelow}>${c.cheaperAbove}`)).toEqual([
      '199999000 jump gpu>api',
      '480000000000000/2400001 equal api>gpu',
    ]);
    const map = regimesOf([api, gpu], [pair]);
    expect(map.searchedUpTo?.toFractionString()).toBe('200000000');
    expect(map.repeat).toBeNull();
    expect(map.regimes.slice(-2).map((r) => `${r.cheapest} ${r.from}..${r.to}`)).toEqual([
      'api 199999000..480000000000000/2400001',
      'gpu 480000000000000/2400001..200000000',
    ]);
    // One regime per crossing range: the 399,999 crossings make 400,000 regimes, none merged across a crossing.
    expect(pair.crossings.length).toBe(399_999);
    expect(map.regimes.length).toBe(400_000);
    // Past where the search stopped nothing is named.
    expect(regimeAt(map, Rational.of(200_000_001n))).toBeNull();
    expect(regimeAt(map, Rational.of(199_999_950n))).toBe('gpu');
  });

  it('the JSON says where the regimes stop, and the table and CSV say the cheapest is not known past it', () => {
    const a = analyzeBreakEven({
      options: [
        { id: 'api', kind: 'custom', perQuery: d('0.02400001') },
        { id: 'gpu', kind: 'custom', hourly: d('1'), capacityPerDay: d(1000) },
      ],
      queriesPerDay: null,
      hoursPerMonth: d(730),
      amortizationMonths: d(12),
      horizonMonths: d(12),
      chartSamples: 2,
    });
    const res = toBreakEvenResult(a, { today: TODAY, source: { kind: 'scenario', file: null }, words });
    expect(res.regimesSearchedUpTo).toEqual({ queriesPerDay: '200000000', queriesPerDayExact: '200000000' });
    expect(res.regimes.at(-1)).toMatchObject({
      cheapest: 'gpu',
      fromQueriesPerDayExact: '480000000000000/2400001',
      toQueriesPerDayExact: '200000000',
    });
    expect(res.breakEvens.at(-1)).toMatchObject({
      queriesPerDayExact: '480000000000000/2400001',
      cheaperAbove: 'gpu',
    });
    // The renderers on the last rows only (400,000 regimes and 399,999 break-evens print, slowly).
    const tail = { ...res, breakEvens: res.breakEvens.slice(-2), regimes: res.regimes.slice(-2) };
    const table = breakEvenTable(tail);
    expect(table).toContain(
      [
        '  199,999,000 – 199,999,917 api',
        '  199,999,917 – 200,000,000 gpu',
        '  above 200,000,000      not known: the search for crossings stopped at 200,000,000 queries/day',
      ].join('\n'),
    );
    expect(breakEvenMarkdown(tail)).toContain('| 200,000,000 | ∞ | not known (the search stopped here) |');
    const last = csvRows(breakEvenCsv(tail)).at(-1)!;
    expect(last).toMatchObject({ record: 'regime', option: '', queries_per_day: '200000000', kind: 'not-searched' });
  }, 60_000);
});

describe('item 5: one tie rule for the crossings, the regimes and the cheapest at a volume', () => {
  // step: 1.00/h = 24 a day per replica of 1,000 queries. flat: $1,460 a month = 1,460 × 24/730 = 48 a day.
  // (0, 1,000]: step 24 < 48. (1,000, 2,000]: step 48 = flat 48, a tie. Above 2,000: step 72+ > 48.
  // The tie keeps the one cheaper just below (step), so the order changes at 2,000, where they are
  // equal ($1,460 a month each), not at 1,000.
  const step = { id: 'step', hourly: '1', capacityPerDay: 1000 };
  const flat = { id: 'flat', monthly: '1460' };
  const run = (options: CustomOptionInput[], queriesPerDay: string) =>
    breakEven({ today: TODAY, queriesPerDay, options });

  it('step listed first: "flat cheaper above 2,000", step the regime up to 2,000 and the cheapest at 1,500', () => {
    const res = run([step, flat], '1500');
    expect(crossingList(res)).toEqual(['2000 equal step>flat']);
    expect(res.breakEvens[0]!.monthlyCost).toEqual({ step: '1460', flat: '1460' });
    expect(regimeList(res)).toEqual(['step 0..2000', 'flat 2000..∞']);
    expect(res.cheapestAtVolume).toBe('step');
    expect(run([step, flat], '2000').cheapestAtVolume).toBe('step');
    expect(run([step, flat], '2000.001').cheapestAtVolume).toBe('flat');
    expect(run([step, flat], '1000').cheapestAtVolume).toBe('step');
    expect(breakEvenTable(res)).toMatch(/^ +2,000 +step \/ flat +flat cheaper above +both \$1,460\.00\/month$/m);
  });

  it('flat listed first: the same answers (the rule does not depend on the order listed)', () => {
    const res = run([flat, step], '1500');
    expect(crossingList(res)).toEqual(['2000 equal step>flat']);
    expect(regimeList(res)).toEqual(['step 0..2000', 'flat 2000..∞']);
    expect(res.cheapestAtVolume).toBe('step');
  });

  it('equal from 0 on: the one cheaper where they first differ is named from 0, even when listed second', () => {
    // even: $730 a month = 24 a day. step: 24 a day up to 1,000, then 48+. Equal on [0, 1,000], even
    // cheaper above: even is the cheapest at every volume, no break-even.
    const even = { id: 'even', monthly: '730' };
    const res = run([step, even], '500');
    expect(crossingList(res)).toEqual([]);
    expect(regimeList(res)).toEqual(['even 0..∞']);
    expect(res.cheapestAtVolume).toBe('even');
    expect(res.pairs[0]!.alwaysCheaper).toBe('even');
  });

  it('equal everywhere: the one listed first', () => {
    const res = run(
      [
        { id: 'x', perQuery: '0.01', monthly: '100' },
        { id: 'y', perQuery: '0.01', monthly: '100' },
      ],
      '500',
    );
    expect(crossingList(res)).toEqual([]);
    expect(regimeList(res)).toEqual(['x 0..∞']);
    expect(res.cheapestAtVolume).toBe('x');
  });

  it('equal at one volume: the break-even itself belongs below it', () => {
    // 0.05q = 0.01q + 2.00 × 24 at q = 48 / 0.04 = 1,200.
    const options = [
      { id: 'prompted', perQuery: '0.05' },
      { id: 'ft', perQuery: '0.01', hourly: '2' },
    ];
    const at1200 = run(options, '1200');
    expect(crossingList(at1200)).toEqual(['1200 equal prompted>ft']);
    expect(regimeList(at1200)).toEqual(['prompted 0..1200', 'ft 1200..∞']);
    expect(at1200.cheapestAtVolume).toBe('prompted');
    expect(run(options, '1200.0001').cheapestAtVolume).toBe('ft');
  });

  it(
    'three options, one of them tied with the cheapest over a ' + 'range: regimes change only at listed break-evens',
    () => {
      // As above, plus dear at 0.03 a query. dear ≤ step's 24 up to 800 (equal there: dear keeps it); step
      // on (800, 1,000]; just above 1,000 step is 48 > dear's 30 (a jump crossing); dear up to 0.03q = 48 at
      // 1,600, where all three cost 48; above it step = flat = 48 < dear, and of the two tied, step was
      // cheaper just below where they last differed ((800, 1,000]: 24 < 48): step up to 2,000, then flat.
      const res = run([step, flat, { id: 'dear', perQuery: '0.03' }], '1500');
      expect(regimeList(res)).toEqual([
        'dear 0..800',
        'step 800..1000',
        'dear 1000..1600',
        'step 1600..2000',
        'flat 2000..∞',
      ]);
      for (let i = 1; i < res.regimes.length; i++) {
        const [below, above] = [res.regimes[i - 1]!.cheapest, res.regimes[i]!.cheapest];
        const at = res.regimes[i]!.fromQueriesPerDayExact;
        expect(
          res.breakEvens.some(
            (b) => b.queriesPerDayExact === at && b.cheaperBelow === below && b.cheaperAbove === above,
          ),
        ).toBe(true);
      }
      expect(res.cheapestAtVolume).toBe('dear');
    },
  );
});

describe('also misleading: the × on left-out pairs, break-evens below one a day, scenario sensitivity rows', () => {
  const S = {
    hoursPerMonth: d(730),
    amortizationMonths: d(12),
    horizonMonths: d(12),
  };

  it(
    'a break-even with a left-out option carries its × in the table ' + 'and Markdown, and competes=false in the CSV',
    () => {
      // prompted 0.05/query vs ft 0.01/query + $600 once over 12 months (50 a month = 50 × 24/730 a day):
      // 0.04q = 1200/730 → q = 3000/73. ft is left out (it stops serving inside the horizon).
      const a = analyzeBreakEven({
        ...S,
        options: [
          { id: 'prompted', kind: 'custom', perQuery: d('0.05') },
          {
            id: 'ft',
            kind: 'custom',
            perQuery: d('0.01'),
            oneTime: d('600'),
            excluded: [{ kind: 'given', text: 'stops serving 2027-01-14' }],
          },
        ],
        queriesPerDay: d(500),
      });
      const res = toBreakEvenResult(a, { today: TODAY, source: { kind: 'scenario', file: null }, words });
      expect(res.breakEvens.map((b) => b.queriesPerDayExact)).toEqual(['3000/73']);
      expect(breakEvenTable(res)).toMatch(/^ +42 +prompted \/ ft × +ft × cheaper above/m);
      expect(breakEvenMarkdown(res)).toContain('| 42 | `prompted` / `ft` × | `ft` × | equal |');
      const row = csvRows(breakEvenCsv(res)).find((r) => r.record === 'breakeven')!;
      expect(row).toMatchObject({ competes: 'false', excluded_because: 'ft: stops serving 2027-01-14' });
    },
  );

  it('a break-even below one query a day reads "below 1/day" in the table and Markdown, exact in JSON and CSV', () => {
    // prompted 0.05/query vs ft 0.01/query + $7.30 once over 12 months: 7.30/12 a month = 0.02 a day;
    // 0.04q = 0.02 at q = 1/2.
    const res = breakEven({
      today: TODAY,
      queriesPerDay: '500',
      options: [
        { id: 'prompted', perQuery: '0.05' },
        { id: 'ft', perQuery: '0.01', oneTime: '7.30' },
      ],
    });
    expect(res.breakEvens.map((b) => [b.queriesPerDay, b.queriesPerDayExact])).toEqual([['0.5', '1/2']]);
    expect(breakEvenTable(res)).toMatch(/^ *below 1\/day +prompted \/ ft +ft cheaper above/m);
    expect(breakEvenMarkdown(res)).toContain('| below 1/day | `prompted` / `ft` | `ft` | equal |');
    expect(csvRows(breakEvenCsv(res)).find((r) => r.record === 'breakeven')!.queries_per_day).toBe('0.5');
  });

  it("a scenario's sensitivity rows name the per-query price they scale, not token counts", () => {
    const res = breakEven({
      today: TODAY,
      queriesPerDay: 500,
      sensitivity: true,
      options: [
        { id: 'prompted', perQuery: '0.05' },
        { id: 'azure-ft', perQuery: '0.01', hourly: '2.00' },
      ],
    });
    const labels = new Map(res.sensitivity!.inputs.map((i) => [i.input, i.label]));
    expect(labels.get('prompted-input-tokens')).toBe('per-query price of prompted');
    expect(labels.get('ft-input-tokens')).toBe('per-query price of azure-ft');
    // ×0.5 of prompted's 0.05: 0.025q = 0.01q + 48 at q = 3,200; ×1.5: 0.075q at 48 / 0.065 = 9600/13 (738.46…).
    const row = res.sensitivity!.inputs.find((i) => i.input === 'prompted-input-tokens')!;
    expect([row.low.breakEvenQueriesPerDayExact, row.high.breakEvenQueriesPerDayExact]).toEqual(['3200', '9600/13']);
    expect(breakEvenTable(res)).toMatch(/^per-query price of prompted +×0\.5 – ×1\.5/m);
  });
});
