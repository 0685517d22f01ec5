/**
 * --prices, --catalog and `catalog validate` given what a careless or hostile user gives: each is
 * answered correctly or refused in one line (exit 2), never silently changed, never an internal error.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasBomb } from '../helpers/badInput.js';
import { runCli } from '../helpers/cli.js';

const CATALOG = join(import.meta.dirname, '../fixtures/catalogs/golden');
const dir = mkdtempSync(join(tmpdir(), 'ftcost-bad-'));

/** An override of OpenLab's ol-mini SFT training price (shipped: $2.50 / 1M from 2026-04-01). */
function override(name: string, opts: { id?: string; price?: string; asOf?: string; extra?: string } = {}): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    [
      'schemaVersion: 1',
      'provider:',
      '  id: openlab',
      'models:',
      `  - id: ${opts.id ?? 'ol-mini'}`,
      ...(opts.extra ? [`    ${opts.extra}`] : []),
      '    offers:',
      '      - method: sft',
      '        prices:',
      '          - effectiveFrom: "2026-10-01"',
      '            source: https://example.com/contract',
      `            asOf: "${opts.asOf ?? '2026-10-01'}"`,
      `            trainingPer1M: "${opts.price ?? '2.00'}"`,
      '',
    ].join('\n'),
  );
  return path;
}

// OpenLab closed to new customers on 2026-06-01 (the fixture catalog): these tests are about price
// overrides, so the team already fine-tunes there.
const EXISTING = ['--existing-customer', 'openlab'];

const estimate = (...prices: string[]) =>
  runCli([
    'estimate',
    '--catalog',
    CATALOG,
    '-m',
    'ol-mini',
    '-p',
    'openlab',
    ...EXISTING,
    '--examples',
    '500',
    '--epochs',
    '3',
    '--format',
    'json',
    ...prices.flatMap((p) => ['--prices', p]),
  ]);

function trainingCost(stdout: string): string {
  return (JSON.parse(stdout) as { rows: { trainingCost: string }[] }).rows[0]!.trainingCost;
}

describe("loadOverrides (ftcost/catalog) in the library caller's words", () => {
  it('names the files as the prices option, never the CLI flag; the CLI says --prices (above and below)', async () => {
    const { loadOverrides } = await import('../../src/catalog/load.js');
    const { fixtureCatalog } = await import('../helpers/catalog.js');
    const base = fixtureCatalog();
    expect(() => loadOverrides([''], base)).toThrow(/^prices needs a file path; got an empty one$/);
    const typo = override('typo-lib.yaml', { id: 'ol-mni' });
    let message = '';
    try {
      loadOverrides([typo], base);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(
      /^prices: 1 problem: .*typo-lib\.yaml:5 models\[0\]\.id: model "ol-mni" is not in the catalog/,
    );
    // A warning is one line, file:line path: message, with no flag in it (the CLI adds "--prices: ").
    const warnings: string[] = [];
    loadOverrides([override('far.yaml', { price: '30.00' })], base, undefined, { onWarning: (w) => warnings.push(w) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/far\.yaml:\d+ .*trainingPer1M/);
    expect(warnings[0]).not.toMatch(/--/);
  });
});

describe('--prices overrides', () => {
  it('a negotiated price applies: 500 × 500 tokens × 3 epochs = 750,000 tokens × $2.00 / 1M = $1.50', async () => {
    const r = await estimate(override('good.yaml'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(trainingCost(r.stdout)).toBe('1.5');
  });

  it('a mistyped model id is refused with did-you-mean, not added as a phantom model', async () => {
    const r = await estimate(override('typo.yaml', { id: 'ol-mni' }));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(
        /^ftcost: --prices: 1 problem: .*typo\.yaml:5 models\[0\]\.id: /.source +
          /model "ol-mni" is not in the catalog for openlab; did you mean "ol-mini"/.source,
      ),
    );
  });

  it('a model the catalog lacks is accepted when marked new: true', async () => {
    const r = await runCli([
      'estimate',
      '--catalog',
      CATALOG,
      '-p',
      'openlab',
      ...EXISTING,
      '--examples',
      '500',
      '--epochs',
      '3',
      '--format',
      'json',
      '--prices',
      override('new.yaml', { id: 'ol-custom', extra: 'new: true' }),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"ol-custom"');
  });

  it('more than 10× the shipped price warns; more than 100× is refused unless forced', async () => {
    // $30.00 / $2.50 = 12×: a warning, the price is used (750,000 × $30 / 1M = $22.50).
    const warned = await estimate(override('x12.yaml', { price: '30.00' }));
    expect(warned.code).toBe(0);
    expect(warned.stderr).toMatch(
      new RegExp(
        /^ftcost: warning: --prices: .*x12\.yaml:12 models\[0\]\.offers\[0\]\.prices\[0\]\.trainingPer1M: /.source +
          /30\.00 is 12× the shipped 2\.5 for openlab\/ol-mini-2025-01-15 sft; check the unit/.source,
      ),
    );
    expect(trainingCost(warned.stdout)).toBe('22.5');
    // $480 / $2.50 = 192×: refused.
    const refused = await estimate(override('x192.yaml', { price: '480' }));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/480 is 192× the shipped 2\.5 .*set force: true on the model if it is right/);
    // Forced: used as given (750,000 × $480 / 1M = $360).
    const forced = await estimate(override('x192f.yaml', { price: '480', extra: 'force: true' }));
    expect(forced.code).toBe(0);
    expect(trainingCost(forced.stdout)).toBe('360');
  });

  it('an asOf after today is refused (it would make a price look fresh)', async () => {
    const r = await estimate(override('future.yaml', { asOf: '2027-01-01' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/future\.yaml:11 .*asOf: 2027-01-01 is after today \(2026-11-23\)/);
  });

  it('two files pricing the same offer from the same day are refused', async () => {
    const r = await estimate(override('a.yaml'), override('b.yaml', { price: '2.10' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        /b\.yaml:9 .*effectiveFrom: 2026-10-01: /.source +
          /.*a\.yaml also gives openlab\/ol-mini-2025-01-15 sft a price from this day/.source,
      ),
    );
  });

  it("--prices '' and --prices a.yaml, are refused, not ignored", async () => {
    for (const bad of ['', ' ', `${override('c.yaml')},`]) {
      const r = await estimate(bad);
      expect(r).toMatchObject({
        code: 2,
        stdout: '',
        stderr: 'ftcost: --prices needs a file path; got an empty one\n',
      });
    }
  });

  it('a YAML alias bomb is one line and exit 2', async () => {
    const path = join(dir, 'bomb.yaml');
    writeFileSync(path, aliasBomb('models', 'schemaVersion: 1\nprovider:\n  id: openlab\n'));
    const r = await estimate(path);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /bomb\.yaml:1: YAML aliases expand too far \(more than 1000 expansions; an alias bomb\?\)/,
    );
    const v = await runCli(['catalog', 'validate', path, '--catalog', CATALOG]);
    expect(v.code).toBe(2);
    expect(v.stdout).toMatch(/YAML aliases expand too far/);
    expect(v.stderr).not.toMatch(/internal error/);
  });
});

describe('catalog validate FILE checks what the directory check does', () => {
  it('a model id used twice in one file', async () => {
    const path = override('dup.yaml');
    writeFileSync(path, `${readBack(path)}  - id: ol-mini\n    name: again\n`);
    const r = await runCli(['catalog', 'validate', path, '--catalog', CATALOG]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/dup\.yaml:13 models\[1\]: model id or alias "ol-mini" is used twice in this file/);
  });
});

function readBack(path: string): string {
  return readFileSync(path, 'utf8');
}
