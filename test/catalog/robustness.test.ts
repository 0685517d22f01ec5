/**
 * Nothing silently wrong in override files (issue 24): a mistyped tier or method is not a new offer
 * ranked cheapest, one model given twice (an alias and its dated id) is refused, and an hourly GPU
 * price far from the shipped one gets the magnitude check token prices get. `catalog validate` and
 * `--prices` say the same.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const CATALOG = join(import.meta.dirname, '../fixtures/catalogs/golden');
const dir = mkdtempSync(join(tmpdir(), 'ftcost-robust-'));

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, [...lines, ''].join('\n'));
  return path;
}

const price = (field: string, value: string) => [
  '        prices:',
  '          - effectiveFrom: "2026-10-01"',
  '            source: https://example.com/contract',
  '            asOf: "2026-10-01"',
  `            ${field}: "${value}"`,
];

/** A price override of one offer of ol-mini (Nimbus OpenAI ships tiers global and regional). */
function offerOverride(name: string, provider: string, offer: string[]): string {
  return file(name, [
    'schemaVersion: 1',
    'provider:',
    `  id: ${provider}`,
    'models:',
    '  - id: ol-mini',
    '    offers:',
    ...offer,
    ...price('trainingPer1M', '2.00'),
  ]);
}

const validate = (path: string) => runCli(['catalog', 'validate', path, '--catalog', CATALOG]);
const estimate = (path: string) =>
  runCli([
    'estimate',
    '--catalog',
    CATALOG,
    '--existing-customer',
    'openlab',
    '--examples',
    '500',
    '--epochs',
    '3',
    '--prices',
    path,
  ]);

describe('3. an unknown tier or method of a known model is refused, unless the offer is marked new', () => {
  const globl = () => offerOverride('globl.yaml', 'nimbus-openai', ['      - method: sft', '        tier: globl']);

  it('tier "globl": catalog validate and --prices both refuse it, with the nearest tier', async () => {
    const message =
      'models[0].offers[0].tier: tier "globl" is not a tier of nimbus-openai/ol-mini-2025-01-15 sft; ' +
      'did you mean "global"? (its tiers: global, regional) (an offer the catalog lacks needs new: true)';
    const v = await validate(globl());
    expect(v.code).toBe(2);
    expect(v.stdout).toContain(`globl.yaml:8 ${message}`);
    const e = await estimate(globl());
    expect({ code: e.code, stdout: e.stdout }).toEqual({ code: 2, stdout: '' });
    expect(e.stderr).toContain(message);
  });

  it('a method the model does not offer, and an offer without the tier the model needs', async () => {
    const dpo = await validate(offerOverride('dpo.yaml', 'openlab', ['      - method: dpo']));
    expect(dpo.code).toBe(2);
    expect(dpo.stdout).toMatch(/method "dpo" is not offered for openlab\/ol-mini-2025-01-15 .*\(it offers sft\)/);
    const untiered = await validate(offerOverride('untiered.yaml', 'nimbus-openai', ['      - method: sft']));
    expect(untiered.stdout).toContain(
      'nimbus-openai/ol-mini-2025-01-15 sft needs a tier (its tiers: global, regional)',
    );
  });

  it('marked new: true, the offer is added (on purpose)', async () => {
    const path = offerOverride('new-tier.yaml', 'nimbus-openai', [
      '      - method: sft',
      '        tier: datazone',
      '        new: true',
    ]);
    expect((await validate(path)).code).toBe(0);
    const e = await estimate(path);
    expect(e.code).toBe(0);
    expect(e.stdout).toContain('datazone');
  });
});

describe('7. one model given twice in a file (an alias and its dated id) is refused', () => {
  it('ol-mini and ol-mini-2025-01-15', async () => {
    const path = file('twice.yaml', [
      'schemaVersion: 1',
      'provider:',
      '  id: openlab',
      'models:',
      '  - id: ol-mini',
      '    offers:',
      '      - method: sft',
      ...price('trainingPer1M', '2.00'),
      '  - id: ol-mini-2025-01-15',
      '    offers:',
      '      - method: sft',
      ...price('trainingPer1M', '1.00'),
    ]);
    const v = await validate(path);
    expect(v.code).toBe(2);
    expect(v.stdout).toContain(
      'twice.yaml:13 models[1].id: "ol-mini-2025-01-15" is openlab/ol-mini-2025-01-15, ' +
        'already given as models[0] ("ol-mini"); give each model once',
    );
    expect((await estimate(path)).code).toBe(2);
  });
});

describe('6. hourly GPU prices get the magnitude check token prices get', () => {
  /** RunPod's RTX 4090 Community Cloud ships at $0.34 per GPU-hour (pricing/gpu-rental.yaml). */
  const rtx = (name: string, gpuPerHour: string, extra: string[] = []) =>
    file(name, [
      'schemaVersion: 1',
      'hosts:',
      '  - id: runpod',
      '    hardware:',
      '      - gpu: rtx-4090',
      '        kind: gpu-rental',
      '        label: "RTX 4090 Community Cloud"',
      ...extra,
      ...price('gpuPerHour', gpuPerHour),
    ]);

  it('$170 (500× the shipped $0.34) is refused unless forced; $5 (14.7×) warns', async () => {
    const refused = await runCli(['catalog', 'validate', rtx('x500.yaml', '170')]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain(
      'x500.yaml:12 hosts[0].hardware[0].prices[0].gpuPerHour: 170 is 500× the shipped 0.34 per GPU-hour ' +
        'for runpod gpu-rental rtx-4090 (RTX 4090 Community Cloud); ' +
        'check the unit (per GPU-hour or per instance-hour?), or set force: true on the offer',
    );
    const forced = await runCli(['catalog', 'validate', rtx('x500f.yaml', '170', ['        force: true'])]);
    expect(forced.code).toBe(0);
    const warned = await runCli(['catalog', 'validate', rtx('x15.yaml', '5')]);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toMatch(/^ftcost: warning: .*x15\.yaml:12 .*5 is 14\.7× the shipped 0\.34 per GPU-hour/);
  });
});
