import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.js';
import { UserError } from '../../src/errors.js';

function problem(text: string): { message: string; details: readonly string[] } {
  try {
    parseScenario(text, 's.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return { message: (err as UserError).message, details: (err as UserError).details };
  }
  throw new Error('expected a UserError');
}

describe('scenario files', () => {
  it('reads options, prices as decimal strings, counts as plain numbers', () => {
    const s = parseScenario(
      'hoursPerMonth: 720\nqueriesPerDay: 500\noptions:\n  - { id: a, perQuery: "0.05" }\n' +
        '  - { id: b, hourly: "2.00", capacityPerDay: 1000, oneTime: "300" }\n',
      's.yaml',
    );
    expect(s.hoursPerMonth).toBe('720');
    expect(s.queriesPerDay).toBe('500');
    expect(s.options).toEqual([
      { id: 'a', perQuery: '0.05' },
      { id: 'b', hourly: '2.00', capacityPerDay: '1000', oneTime: '300' },
    ]);
  });

  it('an unknown key: file: path: message, with a suggestion and the line', () => {
    expect(problem('options:\n  - { id: a, perQuery: "0.05" }\n  - { id: b, perQuerry: "0.01" }\n').message).toBe(
      's.yaml: options[1].perQuerry: unknown key; did you mean "perQuery"? (line 3)',
    );
    expect(problem('queriesPerDya: 5\noptions:\n  - { id: a, perQuery: "0.05" }\n').message).toBe(
      's.yaml: queriesPerDya: unknown key; did you mean "queriesPerDay"? (line 1)',
    );
  });

  it('a negative price', () => {
    expect(problem('options:\n  - id: a\n    perQuery: "-0.05"\n').message).toBe(
      's.yaml: options[0].perQuery: must not be negative (got "-0.05") (line 3)',
    );
  });

  it('an option with no price at all', () => {
    expect(problem('options:\n  - { id: a, name: nothing }\n').message).toBe(
      's.yaml: options[0]: gives no price (give at least one of perQuery, hourly, monthly, oneTime) (line 2)',
    );
  });

  it('a bare YAML number as a price (a binary float)', () => {
    expect(problem('options:\n  - { id: a, perQuery: 0.05 }\n').message).toMatch(
      new RegExp(
        /^s\.yaml: options\[0\]\.perQuery: must be a quoted decimal string like "0.05" /.source +
          /\(a bare YAML number is a binary float\)/.source,
      ),
    );
  });

  it('every problem at once: the first as the message, the rest as details', () => {
    const p = problem(
      'options:\n  - { id: a, perQuery: "x" }\n  - { id: a, hourly: "1", capacityPerDay: 0 }\n' +
        '  - { id: c, capacityPerDay: 5, monthly: "1" }\n',
    );
    expect([p.message, ...p.details]).toEqual([
      's.yaml: options[0].perQuery: must be a decimal like "0.05" (no currency sign, no exponent; got "x") (line 2)',
      's.yaml: options[1].capacityPerDay: must be more than 0 (queries one replica serves per day) (line 3)',
      's.yaml: options[1].id: "a" is also the id of options[0]; ids must be unique (line 3)',
      's.yaml: options[2].capacityPerDay: ' +
        'needs hourly: a capacity adds replicas, and hourly is what one replica costs (line 4)',
    ]);
  });

  it('duplicate ids, an unknown baseline, no options, YAML syntax', () => {
    expect(problem('options:\n  - { id: a, perQuery: "1" }\n  - { id: a, perQuery: "2" }\n').message).toMatch(
      /options\[1\]\.id: "a" is also the id of options\[0\]/,
    );
    expect(problem('baseline: zz\noptions:\n  - { id: a, perQuery: "1" }\n').message).toMatch(
      /^s\.yaml: baseline: "zz" is not the id of an option/,
    );
    expect(problem('queriesPerDay: 5\n').message).toMatch(/^s\.yaml: options: is required/);
    expect(problem('options: [\n').message).toMatch(/^s\.yaml: \(top level\): YAML syntax/);
  });
});
