/**
 * A scenario option may carry your measured throughput (the CLI's --serve-tokens-per-second and
 * --train-tokens-per-second): capacityPerDay and oneTime are then computed from it, exactly, by hand.
 */
import { describe, expect, it } from 'vitest';
import { breakEven } from '../../src/index.js';
import { UserError } from '../../src/errors.js';
import { parseScenario } from '../../src/scenario/parse.js';

const SCENARIO = `queriesPerDay: 20000
options:
  - { id: prompted, perQuery: "0.002" }
  - id: my-gpu
    hourly: "2.49"
    serveTokensPerSecond: "2500"
    tokensPerQuery: 500
    trainTokensPerSecond: 1000
    trainingTokens: 1800000
    trainingPerHour: "1.49"
`;

function problem(text: string): string {
  try {
    parseScenario(text, 's.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).message;
  }
  throw new Error('expected a UserError');
}

describe('a scenario with your measured throughput', () => {
  it('capacity = 2,500 × 3,600 × 24 ÷ 500 = 432,000 a day; training = 1,800,000 ÷ 3,600,000 h × $1.49 = $0.745', () => {
    const s = parseScenario(SCENARIO, 's.yaml');
    expect(s.options[1]).toEqual({ id: 'my-gpu', hourly: '2.49', capacityPerDay: '432000', oneTime: '0.745' });
  });

  it('over 12 hours a day: 2,500 × 3,600 × 12 ÷ 500 = 216,000 (whole queries)', () => {
    const s = parseScenario(
      SCENARIO.replace('    hourly: "2.49"', '    hourly: "2.49"\n    hoursPerDay: 12'),
      's.yaml',
    );
    expect(s.options[1]!.capacityPerDay).toBe('216000');
  });

  it('prices the break-even with them: one replica a day at 20,000 queries, $0.745 once', () => {
    const s = parseScenario(SCENARIO, 's.yaml');
    const res = breakEven({ queriesPerDay: s.queriesPerDay, options: s.options, today: '2026-11-23' });
    const gpu = res.options.find((o) => o.id === 'my-gpu')!;
    expect([gpu.prices.capacityPerDay, gpu.prices.oneTime]).toEqual(['432000', '0.745']);
  });

  it('refuses half a measurement, and a measurement with the figure it replaces', () => {
    expect(problem('options:\n  - { id: g, hourly: "1", serveTokensPerSecond: 100 }\n')).toBe(
      's.yaml: options[0].serveTokensPerSecond: goes with tokensPerQuery (your measured throughput) (line 2)',
    );
    expect(
      problem(
        'options:\n  - { id: g, hourly: "1", serveTokensPerSecond: 100, tokensPerQuery: 5, capacityPerDay: 9 }\n',
      ),
    ).toBe('s.yaml: options[0].capacityPerDay: is computed from serveTokensPerSecond: give one or the other (line 2)');
    expect(problem('options:\n  - { id: g, perQuery: "1", trainTokensPerSecond: 100, trainingTokens: 5 }\n')).toBe(
      's.yaml: options[0].trainTokensPerSecond: goes with trainingPerHour (your measured throughput) (line 2)',
    );
  });
});
