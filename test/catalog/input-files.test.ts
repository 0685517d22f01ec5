/**
 * Issue 24, crash 2: a FIFO or a device as a YAML input hung (`catalog validate fifo.yaml`) or ate memory until
 * abort (`--prices /dev/zero`: 16.8 GB, exit 134). Every YAML input now gets the training files' check — one line,
 * exit 2, the file never opened: directories, pipes, devices and files over the 8 MiB limit.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_YAML_BYTES, readYamlInput } from '../../src/catalog/inputFile.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ftcost-notfile-'));
const fifo = join(dir, 'fifo.yaml');
execFileSync('mkfifo', [fifo]);
const big = join(dir, 'big.yaml');
writeFileSync(big, `# ${'x'.repeat(MAX_YAML_BYTES)}\nschemaVersion: 1\n`);
const PIPE = 'cannot be read: it is not a regular file (a pipe or device); save it to a file first';
const ESTIMATE = ['estimate', '--examples', '500', '--epochs', '3'];

describe('every YAML input refuses what is not a file, unopened (a FIFO would block the test)', () => {
  it('catalog validate FIFO: one line, exit 2 (before: hung)', { timeout: 5000 }, async () => {
    const res = await runCli(['catalog', 'validate', fifo], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stdout).toBe(`fifo.yaml: ${PIPE}\n`);
  });

  it('--prices /dev/zero and --prices FIFO: refused (before: 16.8 GB, abort)', { timeout: 5000 }, async () => {
    for (const [path, shown] of [
      ['/dev/zero', '/dev/zero'],
      [fifo, 'fifo.yaml'],
    ]) {
      const res = await runCli([...ESTIMATE, '--prices', path!], { cwd: dir });
      expect(res.code).toBe(2);
      expect(res.stderr).toBe(`ftcost: --prices: 1 problem: ${shown}: ${PIPE}\n`);
    }
  });

  it('breakeven --scenario FIFO and /dev/zero: one line, exit 2 (before: hung)', { timeout: 5000 }, async () => {
    for (const [path, shown] of [
      ['/dev/zero', '/dev/zero'],
      [fifo, 'fifo.yaml'],
    ]) {
      const res = await runCli(['breakeven', '--scenario', path!], { cwd: dir });
      expect(res.code).toBe(2);
      expect(res.stderr).toBe(`ftcost: ${shown}: ${PIPE}\n`);
    }
  });

  it('--prices DIRECTORY and a file over 8 MiB: refused in one line', async () => {
    const sub = join(dir, 'sub');
    mkdirSync(sub, { recursive: true });
    const res = await runCli([...ESTIMATE, '--prices', sub], { cwd: dir });
    expect(res.stderr).toBe('ftcost: --prices: 1 problem: sub: cannot be read: it is a directory, not a YAML file\n');
    const huge = await runCli([...ESTIMATE, '--prices', big], { cwd: dir });
    expect(huge.code).toBe(2);
    // 2 + 8,388,608 + 1 + 17 bytes
    expect(huge.stderr).toBe(
      'ftcost: --prices: 1 problem: big.yaml: cannot be read: it is 8,388,628 bytes, ' +
        'over the 8 MiB limit for a YAML file\n',
    );
  });

  it('a FIFO inside a catalog directory (--catalog, catalog validate DIR) is refused, not read', async () => {
    const cat = join(dir, 'cat');
    mkdirSync(cat, { recursive: true });
    writeFileSync(
      join(cat, 'catalog.yaml'),
      'schemaVersion: 1\nversion: "2026.12.07"\nstaleAfterDays: 180\ndefaultTokensPerExample: 500\n',
    );
    execFileSync('mkfifo', [join(cat, 'acme.yaml')]);
    const res = await runCli(['catalog', 'validate', 'cat'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stdout).toBe(`cat/acme.yaml: ${PIPE}\n`);
  });

  it('--catalog naming a file says so (before: "catalog directory … cannot be read")', async () => {
    const res = await runCli([...ESTIMATE, '--catalog', big], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^ftcost: .*big\.yaml is a file, not a catalog directory \(a directory holding/);
  });

  it('readYamlInput reads a regular file, and says why it cannot read the rest', () => {
    const ok = join(dir, 'ok.yaml');
    writeFileSync(ok, 'a: 1\n');
    expect(readYamlInput(ok)).toEqual({ text: 'a: 1\n' });
    expect(readYamlInput(join(dir, 'missing.yaml'))).toEqual({ problem: 'cannot be read: no such file' });
    expect(readYamlInput('/dev/null')).toEqual({ problem: PIPE });
  });
});
