/** `ftcost catalog …` and --prices from the command line: outputs and exit codes. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/catalog');
const ROOT = join(import.meta.dirname, '../..');

describe('ftcost catalog list', () => {
  it('prints JSON { version, entries: [{ provider, model or gpu, kind, source, asOf, … }] }', async () => {
    const { code, stdout } = await runCli(['catalog', 'list', '--format', 'json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.version).toBe('2026.12.08');
    expect(out.entries.length).toBeGreaterThan(150);
    for (const e of out.entries) {
      expect(e.model ?? e.gpu, e.id).toBeTruthy();
      expect(e.source, e.id).toMatch(/^https?:\/\//);
      expect(e.asOf, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['fine-tuning', 'gpu-rental', 'dedicated-endpoint', 'hosted-hardware']).toContain(e.kind);
    }
    const mini = out.entries.find((e: { id: string }) => e.id === 'openai/gpt-4o-mini-2024-07-18/sft');
    expect(mini).toMatchObject({
      prices: { trainingPer1M: '3', inputPer1M: '0.3', cachedInputPer1M: '0.15', outputPer1M: '1.2' },
      // OpenAI closed to new customers on 2026-05-07: the listing reads the lifecycle for a new
      // customer (the default), to whom gpt-4o-mini is not trainable.
      availability: {
        status: 'closed-to-new-users',
        customer: 'new',
        trainable: false,
        serving: true,
        closedToNewUsersOn: '2026-05-07',
        closedToTeamOn: '2026-05-07',
        trainingEndsOn: '2027-01-06',
        servingEndsOn: '2027-01-14',
      },
      stale: true,
      priceAgeDays: 470,
      sourceKind: 'copy',
      original: 'https://platform.openai.com/docs/pricing',
    });
  });

  it('filters by provider and shows staleness and availability in the table', async () => {
    const { code, stdout } = await runCli(['catalog', 'list', '--provider', 'openai']);
    expect(code).toBe(0);
    expect(stdout).toContain('gpt-4o-mini-2024-07-18');
    expect(stdout).toContain(
      'stale (470 d); closed-to-new-users; training ends 2027-01-06; shuts down 2027-01-14 (secondary claim); copy',
    );
    expect(stdout).toContain(
      'https://github.com/dakota-jamie-sims/OpenAI-Learning-Center-Agent/blob/' +
        '225d78b788350bb6f924efadd7e1e5b6ab9e2815/docs/openai_documentation/03_Models/02_Pricing.md',
    );
    expect(stdout).not.toContain('Cohere');
    expect(stdout).not.toContain('Azure');
    // Cohere retired fine-tuning on 2025-09-15 (pricing/cohere.yaml): its one row says so, with the
    // changelog it cites and no price (the old copies of cohere.com/pricing could not be cited).
    const cohere = await runCli(['catalog', 'list', '--provider', 'cohere']);
    expect(cohere.code).toBe(0);
    expect(cohere.stdout).toContain('command-r-08-2024');
    expect(cohere.stdout).toContain('retired 2025-09-15; not published: inputPer1M, outputPer1M');
    expect(cohere.stdout).toContain('https://docs.cohere.com/changelog/2025-09-15-major-command-deprecations');
    expect(cohere.stdout).not.toContain('OpenAI');
  });

  it('prints the H100 price in force on an --as-of date', async () => {
    const { stdout } = await runCli([
      'catalog',
      'list',
      '--provider',
      'fireworks',
      '--kind',
      'dedicated-endpoint',
      '--as-of',
      '2026-03-01',
      '--format',
      'csv',
    ]);
    const [header, ...lines] = stdout.split('\n');
    const h100 = lines.find((l) => l.startsWith('fireworks/dedicated-endpoint/h100'))!;
    expect(h100.split(',')[header!.split(',').indexOf('gpu_per_hour')]).toBe('4');
  });

  it('refuses an unknown provider with a suggestion (exit 2)', async () => {
    const { code, stderr } = await runCli(['catalog', 'list', '--provider', 'firework']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^ftcost: unknown provider "firework"; did you mean "fireworks"\?/);
  });
});

describe('ftcost catalog show', () => {
  it('shows a model everywhere it is offered, with its price history and rejected figures', async () => {
    const { code, stdout } = await runCli(['catalog', 'show', 'davinci-002']);
    expect(code).toBe(0);
    expect(stdout).toContain('openai/davinci-002/sft');
    expect(stdout).toContain('from 2023-08-22: $6.00/1M train, $12.00/1M in, $12.00/1M out');
    expect(stdout).toContain('rejected: fine-tuned davinci-002 at $2.00 / $2.00 per 1M tokens');
  });

  it('exits 2 for an id that names nothing', async () => {
    const { code, stderr } = await runCli(['catalog', 'show', 'gpt-5-turbo-xl']);
    expect(code).toBe(2);
    expect(stderr).toContain('nothing in the catalog is called "gpt-5-turbo-xl"');
  });
});

describe('ftcost catalog validate', () => {
  it('reports every problem of every file as file:line path: message and exits 2', async () => {
    const { code, stdout, stderr } = await runCli(['catalog', 'validate', 'bad-provider.yaml', 'negotiated.yaml'], {
      cwd: FIXTURES,
    });
    expect(code).toBe(2);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe("ok negotiated.yaml: valid provider file (partial: merges over the catalog's provider)");
    // acme is not in the catalog and the file does not say new: true: that, then the file's ten problems.
    expect(lines.slice(1)).toHaveLength(11);
    expect(lines[1]).toBe(
      'bad-provider.yaml:3 provider.id: provider "acme" is not in the catalog ' +
        '(a provider the catalog lacks needs new: true under provider:, and to be given in full)',
    );
    expect(lines[2]).toBe(
      'bad-provider.yaml:7 provider.colour: unknown key (a typo, or a field this catalog version does not have)',
    );
    expect(stderr).toBe('ftcost: 11 problems found\n');
  });

  it('accepts the shipped pricing directory (exit 0)', async () => {
    const { code, stdout } = await runCli(['catalog', 'validate', 'pricing'], { cwd: ROOT });
    expect(code).toBe(0);
    expect(stdout).toBe('ok pricing: a valid catalog (version 2026.12.08, 11 providers, 9 GPU hosts)\n');
  });

  it('exits 2 for a file that does not exist', async () => {
    const { code, stdout } = await runCli(['catalog', 'validate', 'nope.yaml'], { cwd: FIXTURES });
    expect(code).toBe(2);
    expect(stdout).toBe('nope.yaml: cannot be read (no such file or directory)\n');
  });
});

describe('ftcost catalog diff', () => {
  it('lists the Fireworks H100 change between two dates', async () => {
    const { code, stdout } = await runCli([
      'catalog',
      'diff',
      '--from',
      '2026-03-01',
      '--to',
      '2026-11-23',
      '--provider',
      'fireworks',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const h100 = JSON.parse(stdout).changes.find(
      (c: { id: string }) => c.id === 'fireworks/dedicated-endpoint/h100-80gb-on-demand-deployment',
    );
    expect(h100).toMatchObject({ field: 'gpuPerHour', change: 'changed', from: '4', to: '8', effective: '2026-10-07' });
  });

  it('needs --from, and a --to that is not before it (exit 2)', async () => {
    expect((await runCli(['catalog', 'diff'])).code).toBe(2);
    const { code, stderr } = await runCli(['catalog', 'diff', '--from', '2026-05-01', '--to', '2026-01-01']);
    expect(code).toBe(2);
    expect(stderr).toBe('ftcost: --to 2026-01-01 is before --from 2026-05-01\n');
  });
});

describe('estimate with --prices and --as-of', () => {
  const args = [
    'estimate',
    '-n',
    '1000',
    '-t',
    '500',
    '--epochs',
    '3',
    '-p',
    'openai',
    '-m',
    'gpt-4o-mini',
    // OpenAI closed to new customers on 2026-05-07: this team already fine-tunes there (it has a
    // negotiated rate).
    '--existing-customer',
    'openai',
    '--format',
    'json',
    '--prices',
    join(FIXTURES, 'negotiated.yaml'),
  ];

  it('prices with the shipped $3.00 before the negotiated rate starts: 1.5M tokens × $3.00 = $4.50', async () => {
    const row = JSON.parse((await runCli([...args, '--as-of', '2026-05-31'])).stdout).rows[0];
    expect([row.trainingPer1M, row.trainingCost, row.source]).toEqual([
      '3',
      '4.5',
      'https://github.com/dakota-jamie-sims/OpenAI-Learning-Center-Agent/blob/' +
        '225d78b788350bb6f924efadd7e1e5b6ab9e2815/docs/openai_documentation/03_Models/02_Pricing.md',
    ]);
  });

  it('prices with the negotiated $2.40 from its date: 1.5M × $2.40 = $3.60, inference prices unchanged', async () => {
    const row = JSON.parse((await runCli([...args, '--as-of', '2026-06-01'])).stdout).rows[0];
    expect([row.trainingPer1M, row.trainingCost, row.source]).toEqual([
      '2.4',
      '3.6',
      'https://example.com/our-openai-contract',
    ]);
    expect(row.running.inputPer1M).toBe('0.3');
  });

  it('reports a bad override file with its line and exits 2', async () => {
    const { code, stderr } = await runCli(['estimate', '-n', '10', '--prices', join(FIXTURES, 'bad-provider.yaml')], {
      cwd: FIXTURES,
    });
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      'ftcost: --prices: 11 problems: bad-provider.yaml:3 provider.id: provider "acme" is not in the catalog ' +
        '(a provider the catalog lacks needs new: true under provider:, and to be given in full)',
    );
  });

  it('shows a not-published training price as n/a with the reason', async () => {
    const { stdout } = await runCli(['estimate', '-n', '1000', '--epochs', '2', '-p', 'mistral', '--format', 'json']);
    const rows = JSON.parse(stdout).rows;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      trainingCost: null,
      missingPrice: 'training price not published in the sources read for Mistral AI',
    });
  });
});
