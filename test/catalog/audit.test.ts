import { describe, expect, it } from 'vitest';
import { auditFile, formatFinding } from '../../src/catalog/audit.js';

const ctx = { today: '2026-11-29', staleAfterDays: 180 };

/** A minimal provider file; `model` and `provider` extras are spliced in as YAML text. */
function providerFile(
  opts: { providerExtra?: string; modelExtra?: string; price?: string; offerExtra?: string } = {},
): string {
  return `schemaVersion: 1
provider:
  id: acme
  name: Acme
  pricingUrls: [https://acme.example.com/pricing]
  defaultEpochs: { value: 3, source: https://acme.example.com/docs, asOf: "2026-11-01" }
${opts.providerExtra ?? ''}models:
  - id: acme-1
${opts.modelExtra ?? ''}    offers:
      - method: sft
${opts.offerExtra ?? ''}        prices:
${
  opts.price ??
  `          - effectiveFrom: "2026-01-01"
            source: https://acme.example.com/pricing
            asOf: "2026-11-01"
            trainingPer1M: "3.00"
`
}`;
}

const rules = (text: string, c = ctx) => auditFile(text, 'acme.yaml', c).map((f) => f.rule);

describe('catalog audit: one fixture per rule', () => {
  it('a clean file has no findings', () => {
    expect(auditFile(providerFile(), 'acme.yaml', ctx)).toEqual([]);
  });

  it('as-of-after-today, with the file and line', () => {
    const text = providerFile({
      price:
        '          - effectiveFrom: "2026-01-01"\n            source: https://acme.example.com/pricing\n' +
        '            asOf: "2026-12-01"\n            trainingPer1M: "3.00"\n',
    });
    const [f] = auditFile(text, 'acme.yaml', ctx);
    expect(formatFinding(f!)).toBe('acme.yaml:14: as-of-after-today: asOf 2026-12-01 is after 2026-11-29');
  });

  it('copy-cited-as-official and copy-without-original', () => {
    const copy =
      '          - effectiveFrom: "2026-01-01"\n' +
      '            source: https://github.com/someone/prices/blob/abc/acme.md\n' +
      '            asOf: "2026-11-01"\n            trainingPer1M: "3.00"\n';
    expect(rules(providerFile({ price: copy }))).toEqual(['copy-cited-as-official']);
    expect(rules(providerFile({ price: copy.replace('asOf:', 'sourceKind: copy\n            asOf:') }))).toEqual([
      'copy-without-original',
    ]);
    const declared = copy.replace(
      'asOf:',
      'sourceKind: copy\n            original: https://acme.example.com/pricing\n            asOf:',
    );
    expect(rules(providerFile({ price: declared }))).toEqual([]);
    // The provider's own GitHub org, declared, is official.
    const own = copy.replace('github.com/someone/', 'github.com/acme/');
    expect(
      rules(providerFile({ price: own, providerExtra: '  officialSources: [https://github.com/acme/]\n' })),
    ).toEqual([]);
  });

  it('price-after-shutdown', () => {
    const life =
      '    lifecycle:\n' +
      '      - { event: serving-ends, on: "2026-06-01", ' +
      'source: https://acme.example.com/deprecations, asOf: "2026-05-01" }\n';
    const late =
      '          - effectiveFrom: "2026-07-01"\n            source: https://acme.example.com/pricing\n' +
      '            asOf: "2026-11-01"\n            trainingPer1M: "3.00"\n';
    // A later change of the fine-tuned model's inference prices only: this rule alone.
    const lateInference =
      '          - effectiveFrom: "2026-07-01"\n            source: https://acme.example.com/pricing\n' +
      '            asOf: "2026-11-01"\n            inputPer1M: "0.30"\n            outputPer1M: "1.20"\n';
    expect(rules(providerFile({ modelExtra: life }))).toEqual([]);
    expect(rules(providerFile({ modelExtra: life, price: lateInference }))).toEqual(['price-after-shutdown']);
    // A training price there is also one after training ended (a shutdown ends training too).
    expect(rules(providerFile({ modelExtra: life, price: late })).sort()).toEqual([
      'price-after-shutdown',
      'training-price-after-training-ends',
    ]);
  });

  it('lifecycle-order and retired-without-shutdown-date', () => {
    const ev = (e: string, on: string) =>
      `      - { event: ${e}, on: "${on}", source: https://acme.example.com/deprecations, asOf: "2026-05-01" }\n`;
    expect(
      rules(
        providerFile({
          modelExtra: `    lifecycle:\n${ev('training-ends', '2027-02-01')}${ev('serving-ends', '2027-01-01')}`,
        }),
      ),
    ).toEqual(['lifecycle-order']);
    expect(rules(providerFile({ modelExtra: `    lifecycle:\n${ev('training-ends', '2026-10-01')}` }))).toEqual([
      'retired-without-shutdown-date',
    ]);
    // Training ending in the future without a shutdown date yet is not a finding.
    expect(rules(providerFile({ modelExtra: `    lifecycle:\n${ev('training-ends', '2027-10-01')}` }))).toEqual([]);
  });

  it('conflict-without-decision', () => {
    const rejected = '    rejected:\n      - { figure: "$1.00", source: "a blog" }\n';
    expect(rules(providerFile({ modelExtra: rejected }))).toEqual(['conflict-without-decision']);
    expect(
      rules(providerFile({ modelExtra: rejected.replace('}', ', reason: "contradicts the pricing page" }') })),
    ).toEqual([]);
  });

  it('stale-price is a warning, an error with strict', () => {
    const old =
      '          - effectiveFrom: "2026-01-01"\n            source: https://acme.example.com/pricing\n' +
      '            asOf: "2026-01-02"\n            trainingPer1M: "3.00"\n';
    const [w] = auditFile(providerFile({ price: old }), 'acme.yaml', ctx);
    expect(w).toMatchObject({ rule: 'stale-price', severity: 'warning' });
    const [e] = auditFile(providerFile({ price: old }), 'acme.yaml', { ...ctx, strict: true });
    expect(e).toMatchObject({ rule: 'stale-price', severity: 'error' });
  });
});
