/**
 * One comma rule for every door that reads typed numbers (issue 24): thousands in groups of three are read, any
 * other comma is refused — never dropped ("1,5" was 15 in the widget while the CLI refused it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutThousands } from '../../src/text/thousands.js';
import { parseWhole } from '../../widget/src/compute.js';
import { sanitizeOptions } from '../../widget/src/options.js';

describe('withoutThousands', () => {
  it.each([
    ['1,000', '1000'],
    ['12,345.50', '12345.50'],
    ['$3,000', '$3000'],
    ['1_000', '1000'],
    ['1 000 000', '1000000'],
    ['500', '500'],
  ])('%s → %s', (raw, text) => expect(withoutThousands(raw)).toBe(text));

  it.each(['1,5', '1,79', '10,00', '1,0000', ',100', '1,000,00', '1.000,50'])('%s is refused', (raw) =>
    expect(withoutThousands(raw)).toBeUndefined(),
  );

  it('a grouped number reads as the same number ungrouped (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (n) => {
        const grouped = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        expect(withoutThousands(grouped)).toBe(n.toString());
      }),
    );
  });
});

describe('the widget reads commas by the same rule', () => {
  it('a box: "1,000" is 1000; "1,5" is refused with the reason', () => {
    expect(parseWhole('Training examples', '1,000')).toBe(1000);
    expect(() => parseWhole('Training examples', '1,5')).toThrow(
      'Training examples must be a whole number, got "1,5": a comma only separates thousands (1,000); ' +
        'write "1.5" for a decimal',
    );
  });

  it('an attribute: examples="1,5" is dropped with a warning (the default applies), not read as 15', () => {
    const warnings: string[] = [];
    const out = sanitizeOptions({ examples: '1,5', tokensPerExample: '1,200' }, true, (m) => warnings.push(m));
    expect(out).toEqual({ tokensPerExample: '1,200' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/examples/);
  });
});
