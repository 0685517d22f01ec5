import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('ftcost catalog audit', () => {
  it('passes on the shipped catalog for its own version date (exit 0; stale prices are warnings)', async () => {
    const { code, stdout, stderr } = await runCli(['catalog', 'audit', '--today', '2026-12-08']);
    expect(code).toBe(0);
    const errorRules = [
      'as-of-after-today',
      'copy-cited-as-official',
      'copy-without-original',
      'price-after-shutdown',
      'lifecycle-order',
      'conflict-without-decision',
      'unpinned-url',
      'copy-at-provider-url',
      'training-price-after-training-ends',
    ];
    expect(stdout).not.toMatch(new RegExp(`: (${errorRules.join('|')}): `));
    // What is left are warnings (stale prices, a provider not re-read lately, a retirement with no
    // shutdown date published): every line says so.
    expect(
      stdout
        .trim()
        .split('\n')
        .filter((l) => l !== '' && !l.endsWith(' (warning)')),
    ).toEqual([]);
    expect(stderr).toMatch(/catalog 2026\.12\.08 audited for 2026-12-08: 0 error\(s\), \d+ warning\(s\)/);
  });

  it('fails with --strict while any shipped price is older than the staleness limit', async () => {
    const { code, stdout } = await runCli(['catalog', 'audit', '--today', '2026-12-08', '--strict']);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      new RegExp(
        /^pricing\/\S+\.yaml:\d+: stale-price: read \d{4}-\d{2}-\d{2}, /.source +
          /\d+ days before 2026-12-08 \(limit 180\); re-check it$/.source,
        'm',
      ),
    );
  });

  it('fails on a fixture with an offer priced after its shutdown (exit 1, file:line: rule: message)', async () => {
    const { code, stdout } = await runCli([
      'catalog',
      'audit',
      'test/fixtures/audit/past-shutdown',
      '--today',
      '2026-10-01',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      'test/fixtures/audit/past-shutdown/acme.yaml:21: price-after-shutdown: ' +
        'acme-1 sft: a price from 2026-07-01, but it stops serving on 2026-06-01\n',
    );
  });

  it('a figure read after the audit date fails (the catalog cannot have read it yet)', async () => {
    const { code, stdout } = await runCli(['catalog', 'audit', '--today', '2026-11-01']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/: as-of-after-today: asOf 2026-11-\d\d is after 2026-11-01$/m);
  });

  it('refuses what is not a catalog directory (exit 2, one line)', async () => {
    const { code, stderr } = await runCli(['catalog', 'audit', 'test/fixtures/scenarios']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
