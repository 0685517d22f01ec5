/**
 * The widget's chart is drawn from the result alone, and marks each break-even where the CLI's
 * terminal chart does: at breakEvenMarkCost (the result's monthly cost of the option cheaper below).
 * Hand-computed: "hourly" is $1/h for up to 100 queries/day per replica ($24 a day a replica),
 * "per-query" $0.30 a query. They cost the same at 80/day; at 100/day "hourly" adds a replica (a
 * jump): just before it, hourly costs $24 a day = $730 a 730-hour month, per-query $30 = $912.50.
 */
import { describe, expect, it } from 'vitest';
import { breakEven } from '../../src/api/breakEven.js';
import { breakEvenMarkCost } from '../../src/result/breakEven.js';
import { chartModel } from '../../widget/src/chart.js';

const result = breakEven({
  // per-query first, so a jump's between[0] is not the option that jumps.
  options: [
    { id: 'per-query', perQuery: '0.3' },
    { id: 'hourly', hourly: '1', capacityPerDay: 100 },
  ],
  queriesPerDay: 90,
  today: '2026-11-23',
});

describe('the widget chart', () => {
  it('marks every break-even of the result, the jump at 100/day at the cost before the new replica ($730)', () => {
    const m = chartModel(result);
    expect(m.crossings.map((c) => c.queriesPerDay)).toEqual(result.breakEvens.map((b) => b.queriesPerDay));
    const jump = result.breakEvens.find((b) => b.kind === 'jump' && b.queriesPerDay === '100')!;
    expect(jump.between[0]).toBe('per-query');
    expect(jump.cheaperBelow).toBe('hourly');
    expect(breakEvenMarkCost(jump)).toBe('730');
    expect(m.crossings.find((c) => c.queriesPerDay === '100')!.monthlyCost).toBe('730');
    for (const [i, b] of result.breakEvens.entries()) expect(m.crossings[i]!.monthlyCost).toBe(breakEvenMarkCost(b));
  });

  it('an equal crossing is marked where both cost the same: 80/day, $730 a month', () => {
    const equal = result.breakEvens.find((b) => b.queriesPerDay === '80')!;
    expect(equal.kind).toBe('equal');
    expect(equal.monthlyCost).toEqual({ 'per-query': '730', hourly: '730' });
    expect(chartModel(result).crossings.find((c) => c.queriesPerDay === '80')!.monthlyCost).toBe('730');
  });
});
