/** `breakeven --sensitivity` in-process: the tornado in the table, the JSON field, exit 2 on misuse. */
import { describe, expect, it } from 'vitest';
import { BREAKEVEN_FIXTURE, breakevenArgv, runCli } from '../helpers/cli.js';

const SCENARIO = ['breakeven', '--scenario', 'test/fixtures/scenarios/azure-1200.yaml'];

describe('breakeven --sensitivity', () => {
  it('prints a tornado sorted by swing, hosting $/h first (azure-1200: $2.00/h against $0.05/query)', async () => {
    const r = await runCli([...SCENARIO, '--sensitivity']);
    expect(r.code).toBe(0);
    // At 500/day: prompted 760.42, azure-ft 152.08 + 1,460 = 1,612.08 → saving −851.67; hosting at $1/$3 an
    // hour: −851.67 + 730 = −121.67 and −851.67 − 730 = −1,581.67 (swing 1,460); break-evens 24/0.04 = 600,
    // 72/0.04 = 1,800.
    expect(r.stdout).toContain(
      'Sensitivity: total monthly saving (training included) of azure-ft against prompted at 500 queries/day ' +
        '(expected -$851.67, break-even 1,200)',
    );
    const rows = r.stdout.split('Sensitivity:')[1]!.split('\n').slice(3);
    expect(rows[0]).toMatch(/^hosting \$\/h .* -\$121\.67 +-\$1,581\.67 +\$1,460\.00 +600 → 1,800$/);
    // A scenario has no token counts: the row scales prompted's whole price per query, and says so.
    expect(rows[1]).toMatch(/^per-query price of prompted /);
    const json = await runCli([...SCENARIO, '--sensitivity', '--format', 'json']);
    const s = JSON.parse(json.stdout).sensitivity;
    expect(s.inputs[0]).toMatchObject({ input: 'hosting-per-hour', swing: '1460' });
    expect(s.inputs[0].low.breakEvenQueriesPerDay).toBe('600');
    const md = await runCli([...SCENARIO, '--sensitivity', '--format', 'md']);
    expect(md.stdout).toContain('| hosting $/h | ×0.5 – ×1.5 | -$121.67 | -$1,581.67 | $1,460.00 | 600 → 1,800 |');
    // Without the flag the JSON has no sensitivity field (the goldens stay as they are).
    expect(JSON.parse((await runCli([...SCENARIO, '--format', 'json'])).stdout)).not.toHaveProperty('sensitivity');
  });

  it('exit 2 without a volume, or with an unknown option', async () => {
    const noVolume = await runCli(breakevenArgv(BREAKEVEN_FIXTURE, {}, '--sensitivity'));
    expect(noVolume.code).toBe(2);
    expect(noVolume.stderr).toBe(
      'ftcost: sensitivity needs a volume (--queries-per-day N): the saving is read at it\n',
    );
    const unknown = await runCli([...SCENARIO, '--sensitivity', '--sensitivity-option', 'gpu']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'ftcost: the sensitivity option "gpu" is not one of the options (prompted, azure-ft)\n',
    );
    const alone = await runCli([...SCENARIO, '--sensitivity-option', 'azure-ft']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe('ftcost: --sensitivity-option goes with --sensitivity\n');
  });
});
