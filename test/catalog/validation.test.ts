/** Each validation rule on a crafted bad file, with the line it names; every problem in one run. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  validateAnyFile,
  validateHostsFile,
  validateThroughputFile,
} from '../../src/catalog/validate.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/catalog');
const file = 'bad-provider.yaml';
const text = readFileSync(join(FIXTURES, file), 'utf8');

function problems(t: string, name = file): string[] {
  const result = validateAnyFile(t, name);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('validating a crafted bad provider file', () => {
  const found = problems(text);

  it.each([
    ['an unknown key', 'bad-provider.yaml:7 provider.colour: unknown key'],
    [
      'an impossible date range',
      'bad-provider.yaml:14 models[0].offers[0].prices[0].effectiveTo: ' +
        '2026-04-01 is not after effectiveFrom 2026-05-01',
    ],
    [
      'a non-decimal (float) price',
      'bad-provider.yaml:17 models[0].offers[0].prices[0].trainingPer1M: must be a quoted decimal string',
    ],
    ['a missing source', 'bad-provider.yaml:18 models[0].offers[0].prices[1].source: is required'],
    [
      'a per-1M training price below $0.01 (a per-1K figure)',
      'bad-provider.yaml:20 models[0].offers[0].prices[1].trainingPer1M: ' +
        '0.003 is outside the plausible range 0.01–1000',
    ],
    [
      'a price both given and listed as not published',
      'bad-provider.yaml:21 models[0].offers[0].prices[1].inputPer1M: is given and also listed in notPublished',
    ],
    [
      'an hourly GPU price above $200',
      'bad-provider.yaml:27 hardware[0].prices[0].gpuPerHour: ' +
        '250 is outside the plausible range 0.05–200 USD per GPU-hour',
    ],
    ['a GPU price entry with no price', 'bad-provider.yaml:28 hardware[0].prices[1]: gives no price'],
    ['an unknown GPU id', 'bad-provider.yaml:29 hardware[1].gpu: is not a GPU id ftcost knows'],
    ['a source that is not a URL', 'bad-provider.yaml:32 hardware[1].prices[0].source: must be an http(s) URL'],
  ])('reports %s with its line', (_rule, expected) => {
    expect(found.some((p) => p.startsWith(expected))).toBe(true);
  });

  it('reports all ten problems in one run, in line order', () => {
    expect(found).toHaveLength(10);
    const lines = found.map((p) => Number(p.split(' ')[0]!.split(':')[1]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('reports a missing date as required and a non-date as not a date', () => {
    const noDate = text.replace('            asOf: "2026-05-01"\n', '');
    expect(problems(noDate)).toContain('bad-provider.yaml:13 models[0].offers[0].prices[0].asOf: is required');
    const badDate = text.replace('asOf: "2026-05-01"', 'asOf: "2026-02-30"');
    expect(problems(badDate)).toContain(
      'bad-provider.yaml:16 models[0].offers[0].prices[0].asOf: is not a real calendar date',
    );
  });

  it('refuses two entries of one offer taking effect the same day', () => {
    const ok = `schemaVersion: 1
hosts:
  - id: x
    name: X
    pricingUrls: [https://x.example]
    hardware:
      - gpu: l4
        kind: gpu-rental
        prices:
          - { effectiveFrom: "2026-01-01", source: "https://x.example", asOf: "2026-01-01", gpuPerHour: "0.80" }
          - { effectiveFrom: "2026-01-01", source: "https://x.example", asOf: "2026-02-01", gpuPerHour: "0.90" }
`;
    const result = validateHostsFile(ok, 'x.yaml');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'x.yaml:11 hosts[0].hardware[0].prices[1].effectiveFrom: two price entries take effect on 2026-01-01',
    ]);
  });

  it('refuses an instance price that disagrees with the per-GPU price given next to it', () => {
    const read = 'source: "https://x.example", asOf: "2026-01-01"';
    const t = `schemaVersion: 1
hosts:
  - id: x
    name: X
    pricingUrls: [https://x.example]
    hardware:
      - gpu: h100-sxm
        kind: gpu-rental
        gpuCount: 8
        prices:
          - { effectiveFrom: "2026-01-01", ${read}, gpuPerHour: "3.00", instancePerHour: "25.00" }
`;
    const result = validateHostsFile(t, 'x.yaml');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'x.yaml:11 hosts[0].hardware[0].prices[0].gpuPerHour: ' +
        '3.00 × 8 GPUs is not the instance price 25.00; give one of the two',
    ]);
  });

  it("guards a rental's billing: whole seconds, an increment of at most an hour, a minimum of at most a day", () => {
    const read = 'source: "https://x.example/billing", asOf: "2026-01-01"';
    const host = (billing: string) => `schemaVersion: 1
hosts:
  - id: x
    name: X
    pricingUrls: [https://x.example]
    billing: { ${billing} }
    hardware:
      - gpu: l4
        kind: gpu-rental
        prices:
          - { effectiveFrom: "2026-01-01", source: "https://x.example", asOf: "2026-01-01", gpuPerHour: "0.80" }
`;
    const found = (billing: string) => {
      const result = validateHostsFile(host(billing), 'x.yaml');
      return result.ok ? [] : result.problems.map(formatProblem);
    };
    expect(found(`incrementSeconds: 60, ${read}`)).toEqual([]);
    expect(found(`incrementSeconds: 1, minimumSeconds: 60, ${read}`)).toEqual([]);
    // An hour in minutes typed as seconds is still an hour; 3,601 seconds is not an increment anyone bills in.
    expect(found(`incrementSeconds: 3601, ${read}`)).toEqual([
      'x.yaml:6 hosts[0].billing.incrementSeconds: is over an hour: billing increments are seconds ' +
        '(60 per minute, 3600 per hour)',
    ]);
    expect(found(`incrementSeconds: 1, minimumSeconds: 86401, ${read}`)).toEqual([
      'x.yaml:6 hosts[0].billing.minimumSeconds: is over a day: ' +
        'billing minimums are seconds (60 for a 1-minute minimum)',
    ]);
    expect(found(`incrementSeconds: 0.5, ${read}`)).toEqual([
      'x.yaml:6 hosts[0].billing.incrementSeconds: must be a whole number of seconds (60 for per-minute billing)',
    ]);
    // Sourced like a price: no URL, no billing.
    expect(found('incrementSeconds: 60, asOf: "2026-01-01"')).toEqual([
      'x.yaml:6 hosts[0].billing.source: is required',
    ]);
  });

  it('guards throughput files too: a peak in the wrong unit, a duplicate measurement', () => {
    const read = 'source: "https://x.example", asOf: "2026-01-01"';
    const t = `schemaVersion: 1
gpus:
  - { id: a100-80gb, name: A100, memoryGB: 80, peakBf16Tflops: "312000000000000", ${read} }
trainingThroughput:
  - { gpu: a100-80gb, parametersBillions: "8", method: lora, tokensPerSecond: "3000", precision: bf16, ${read} }
  - { gpu: a100-80gb, parametersBillions: "8.0", method: lora, tokensPerSecond: "3100", precision: bf16, ${read} }
`;
    const result = validateThroughputFile(t, 't.yaml');
    const found = result.ok ? [] : result.problems.map(formatProblem);
    expect(found[0]).toMatch(
      /^t\.yaml:3 gpus\[0\]\.peakBf16Tflops: 312000000000000 is outside the plausible range 10–20000/,
    );
    expect(found[1]).toBe(
      't.yaml:6 trainingThroughput[1]: a second figure for lora of 8.0B on a100-80gb; ' +
        'keep the one you chose and note the other',
    );
  });

  it('says what a file is not when it has none of the known top-level keys', () => {
    expect(problems('hello: world\n', 'x.yaml')).toEqual([
      'x.yaml:1: is not a catalog file: ' +
        'expected a top-level provider:, hosts:, gpus: / trainingThroughput: or version: key',
    ]);
  });
});
