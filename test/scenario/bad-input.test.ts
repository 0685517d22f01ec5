import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseScenario } from '../../src/scenario/parse.js';
import { aliasBomb } from '../helpers/badInput.js';

function refused(text: string): UserError {
  try {
    parseScenario(text, 's.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error('expected a UserError');
}

describe('scenario bad input', () => {
  it('a YAML alias bomb is one line, not an internal error', () => {
    expect(refused(aliasBomb('options')).message).toBe(
      's.yaml: (top level): YAML aliases expand too far (more than 1000 expansions; an alias bomb?): ' +
        'write the values out (line 1)',
    );
  });

  it('a duplicate key names its line', () => {
    expect(refused('options:\n  - { id: a, perQuery: "0.05" }\noptions: []\n').message).toBe(
      's.yaml: (top level): YAML syntax: Map keys must be unique (line 3)',
    );
  });

  it('hoursPerMonth takes 730 or 720 only, as --hours-per-month does', () => {
    expect(refused('hoursPerMonth: 1\noptions:\n  - { id: a, perQuery: "0.05" }\n').message).toBe(
      's.yaml: hoursPerMonth: is 1; use 730 (8,760 hours / 12) or 720 (30 days), as --hours-per-month does (line 1)',
    );
    expect(
      parseScenario('hoursPerMonth: 730\noptions:\n  - { id: a, perQuery: "0.05" }\n', 's.yaml').hoursPerMonth,
    ).toBe('730');
  });

  it('an option is up more than 0 and at most 24 hours a day (the rule of src/domain/hours.ts)', () => {
    for (const hours of ['0', '25', '24.5'])
      expect(refused(`options:\n  - { id: a, hourly: "2.00", hoursPerDay: "${hours}" }\n`).message).toBe(
        's.yaml: options[0].hoursPerDay: must be more than 0 and at most 24 (hours a replica is up per day) (line 2)',
      );
    const ok = parseScenario('options:\n  - { id: a, hourly: "2.00", hoursPerDay: 24 }\n', 's.yaml');
    expect(ok.options[0]!.hoursPerDay).toBe('24');
  });
});
