/** Scenario files with costs beyond compute and success rates (issue 22): read per option, refused in one line. */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseScenario } from '../../src/scenario/parse.js';

const refused = (text: string): string => {
  try {
    parseScenario(text, 's.yaml');
  } catch (err) {
    if (err instanceof UserError) return err.message;
    throw err;
  }
  throw new Error('expected a refusal');
};

describe('scenario extras and success rates', () => {
  it('reads them per option, and the failure cost at the top', () => {
    const s = parseScenario(
      'failureCost: "0.50"\noptions:\n  - { id: a, perQuery: "0.02", successRate: "70%", dataPreparation: "3000" }\n',
      's.yaml',
    );
    expect(s.failureCost).toBe('0.50');
    expect(s.options[0]).toMatchObject({ successRate: '70%', dataPreparation: '3000' });
  });
  it.each([
    ['a rate over 1', 'options:\n  - { id: a, perQuery: "0.02", successRate: 1.5 }\n', 'options[0].successRate'],
    ['a negative extra', 'options:\n  - { id: a, perQuery: "0.02", engineering: "-5" }\n', 'must not be negative'],
    ['an unknown failure cost', 'failureCost: later\noptions:\n  - { id: a, perQuery: "0.02" }\n', 'failureCost'],
    ['a misspelt key', 'options:\n  - { id: a, perQuery: "0.02", sucessRate: 0.9 }\n', 'did you mean "successRate"'],
  ])('%s: one line naming it', (_, text, part) => {
    const message = refused(text);
    expect(message).toContain(part);
    expect(message).not.toContain('\n');
  });
});
