/**
 * Customers, new and existing: a lifecycle event applies to its audience, a team is a new customer
 * of every provider unless it says otherwise, and every output says which platforms are closed to
 * it. Fixture catalogs only (the golden fixture's OpenLab closed to new users on 2026-06-01, trains
 * until 2027-03-01, and OL mini shuts down on 2027-03-15), so a catalog update edits no assertion.
 */
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/api/estimate.js';
import { auditFile } from '../../src/catalog/audit.js';
import { listEntries } from '../../src/catalog/listing.js';
import { availabilityOn } from '../../src/domain/lifecycle.js';
import { type Customers, customersOf } from '../../src/catalog/query.js';
import { resolveTraining } from '../../src/resolve/training.js';
import type { LifecycleEvent } from '../../src/catalog/schema.js';
import { trainableOn } from '../../src/catalog/trainable.js';
import { UserError } from '../../src/errors.js';
import { fixtureCatalog } from '../helpers/catalog.js';

const src = { source: 'https://example.com/deprecations', asOf: '2026-11-01' };

// OpenAI's shape in 2026: closed to new customers on 05-07, to customers without recent use on
// 07-02, no new jobs for anyone from 2027-01-06.
const openai: LifecycleEvent[] = [
  { event: 'closed-to-new-users', on: '2026-05-07', ...src },
  { event: 'closed-to-new-users', on: '2026-07-02', audience: 'new-and-lapsed-customers', ...src },
  { event: 'training-ends', on: '2027-01-06', ...src },
];

describe('lifecycle events reach their audience', () => {
  it.each([
    // date, customer, status, trainable
    ['2026-05-06', 'new', 'available', true],
    ['2026-05-07', 'new', 'closed-to-new-users', false],
    ['2026-05-07', 'lapsed', 'available', true],
    ['2026-07-02', 'lapsed', 'closed-to-new-users', false],
    ['2026-07-02', 'existing', 'available', true],
    ['2027-01-05', 'existing', 'available', true],
    ['2027-01-06', 'existing', 'training-ended', false],
  ] as const)('on %s a %s customer: %s (trainable %s)', (date, customer, status, trainable) => {
    const a = availabilityOn([openai], date, customer)!;
    expect(a).toMatchObject({ status, trainable, customer });
    // The closure to new customers is a fact every customer sees; when it reached this team is its own.
    expect(a.closedToNewUsersOn).toBe('2026-05-07');
    expect(a.closedToTeamOn).toBe(customer === 'new' ? '2026-05-07' : customer === 'lapsed' ? '2026-07-02' : undefined);
  });

  it("Azure's shape: closed to new customers, existing ones train to 2027-04-01 and serve to 2027-10-01", () => {
    const azure: LifecycleEvent[] = [
      { event: 'closed-to-new-users', on: '2026-10-01', ...src },
      { event: 'training-ends', on: '2027-04-01', ...src },
      { event: 'serving-ends', on: '2027-10-01', ...src },
    ];
    expect(availabilityOn([azure], '2026-12-07')).toMatchObject({ trainable: false, closedToTeamOn: '2026-10-01' });
    expect(availabilityOn([azure], '2026-12-07', 'existing')).toMatchObject({
      status: 'available',
      trainable: true,
      trainingEndsOn: '2027-04-01',
      servingEndsOn: '2027-10-01',
    });
  });
});

describe('estimate(): a new customer by default, an existing one when told', () => {
  const base = { examples: 500, tokensPerExample: 400, epochs: 3, asOf: '2026-11-23', today: '2026-11-23' } as const;

  it('a new customer sees no OpenLab row, and the result says OpenLab is closed to it since 2026-06-01', () => {
    const res = estimate({ ...base, catalog: fixtureCatalog() });
    expect(res.rows.some((r) => r.provider === 'openlab')).toBe(false);
    // OL mini and OL large, one sft offer each.
    expect(res.closedToTeam).toEqual([
      { provider: 'openlab', providerName: 'OpenLab', customer: 'new', since: '2026-06-01', offers: 2 },
    ]);
  });

  it('an existing OpenLab customer gets its rows back: 600,000 tokens × $2.50/1M = $1.50 on OL mini', () => {
    const res = estimate({ ...base, existingCustomers: ['openlab'], catalog: fixtureCatalog() });
    const row = res.rows.find((r) => r.provider === 'openlab' && r.model === 'ol-mini-2025-01-15')!;
    expect(row.trainingCost).toBe('1.5');
    expect(row.availability).toMatchObject({
      customer: 'existing',
      trainable: true,
      closedToNewUsersOn: '2026-06-01',
      closedToTeamOn: null,
      trainingEndsOn: '2027-03-01',
      servingEndsOn: '2027-03-15',
    });
    expect(res.closedToTeam).toEqual([]);
  });

  it('includeUnavailable shows the closed rows, marked as closed to this team', () => {
    const res = estimate({ ...base, includeUnavailable: true, catalog: fixtureCatalog() });
    const row = res.rows.find((r) => r.provider === 'openlab' && r.model === 'ol-mini-2025-01-15')!;
    expect(row.availability).toMatchObject({ customer: 'new', trainable: false, closedToTeamOn: '2026-06-01' });
  });

  it('before the closure, a new customer can still buy: nothing is closed to it on 2026-05-31', () => {
    const res = estimate({ ...base, asOf: '2026-05-31', catalog: fixtureCatalog() });
    expect(res.rows.some((r) => r.provider === 'openlab')).toBe(true);
    expect(resolveTraining(fixtureCatalog(), {}, '2026-05-31', undefined).closedToTeam).toEqual([]);
  });
});

describe('every door reads availability for the same team', () => {
  it(
    'catalog list reads OpenLab for an existing customer when told (trainable), ' + 'for a new one by default (closed)',
    () => {
      const catalog = fixtureCatalog();
      const mini = (customers?: Customers) =>
        listEntries(catalog, '2026-11-23', '2026-11-23', { providers: ['openlab'], customers }).find(
          (e) => e.kind === 'fine-tuning' && e.model === 'ol-mini-2025-01-15',
        )!;
      expect(mini().availability).toMatchObject({ customer: 'new', trainable: false, closedToTeamOn: '2026-06-01' });
      expect(mini({ openlab: 'existing' }).availability).toMatchObject({ customer: 'existing', trainable: true });
    },
  );

  it("the footer's count of closed offers is the count of hidden ones: only the methods asked for", () => {
    const res = estimate({
      examples: 500,
      methods: ['dpo'],
      asOf: '2026-11-23',
      today: '2026-11-23',
      catalog: fixtureCatalog(),
    });
    // OpenLab sells sft only: asked for DPO, nothing of it is hidden and nothing is said closed.
    expect(res.closedToTeam).toEqual([]);
  });
});

describe('customer lists are checked like every other input', () => {
  const catalog = fixtureCatalog();

  it('maps provider ids to statuses', () => {
    expect(customersOf(catalog, ['openlab'], undefined)).toEqual({ openlab: 'existing' });
    expect(customersOf(catalog, undefined, ['openlab'])).toEqual({ openlab: 'lapsed' });
    expect(customersOf(catalog, [], [])).toBeUndefined();
  });

  it('an unknown provider is a UserError with a suggestion; one id in both lists conflicts', () => {
    expect(() => customersOf(catalog, ['openlabs'], undefined)).toThrow(/unknown provider "openlabs".*openlab/);
    try {
      customersOf(catalog, ['openlab'], ['openlab']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).code).toBe('conflicting-options');
    }
    expect(() =>
      estimate({ examples: 1, existingCustomers: 'openlab' as unknown as string[], catalog, today: '2026-11-23' }),
    ).toThrow(/existingCustomers must be a list of provider ids/);
  });
});

describe('catalog list --trainable on three dates', () => {
  const catalog = fixtureCatalog();
  const openlab = (date: string, customers?: Customers) =>
    trainableOn(catalog, date, { providers: ['openlab'], customers });

  it('2026-05-31: a new customer can train both OpenLab models, until the closure the next day', () => {
    const l = openlab('2026-05-31');
    expect(l.models.map((m) => [m.model, m.methods, m.trainableUntil, m.servesUntil])).toEqual([
      ['ol-mini-2025-01-15', ['sft'], '2026-06-01', '2027-03-15'],
      ['ol-large-2025-03-01', ['sft'], '2026-06-01', null],
    ]);
    expect(l.without).toEqual([]);
  });

  it(
    '2026-11-23: closed to a new customer (one line, since 2026-06-01); ' + 'open to an existing one until 2027-03-01',
    () => {
      const asNew = openlab('2026-11-23');
      expect(asNew.models).toEqual([]);
      expect(asNew.without).toMatchObject([
        { provider: 'openlab', since: '2026-06-01', reason: 'closed to new customers' },
      ]);
      const asExisting = openlab('2026-11-23', { openlab: 'existing' });
      expect(asExisting.models.map((m) => [m.model, m.trainableUntil, m.priceSource])).toEqual([
        ['ol-mini-2025-01-15', '2027-03-01', 'https://openlab.example.com/pricing'],
        ['ol-large-2025-03-01', '2027-03-01', 'https://openlab.example.com/pricing'],
      ]);
    },
  );

  it('2027-03-01: training has ended for everyone', () => {
    const l = openlab('2027-03-01', { openlab: 'existing' });
    expect(l.models).toEqual([]);
    expect(l.without).toMatchObject([{ provider: 'openlab', since: '2027-03-01', reason: 'training ended' }]);
  });
});

describe('catalog audit: the new rules, one fixture each', () => {
  const ctx = { today: '2026-12-07', staleAfterDays: 180 };
  const file = (source: string, extra = '', asOf = '2026-12-01', lifecycle = '', effectiveFrom = '2026-01-01') =>
    `schemaVersion: 1
provider:
  id: acme
  name: Acme
  pricingUrls: [https://acme.example.com/pricing]
  defaultEpochs: { value: 3, source: https://acme.example.com/docs, asOf: "${asOf}" }
${lifecycle}models:
  - id: acme-1
    offers:
      - method: sft
        prices:
          - effectiveFrom: "${effectiveFrom}"
            source: ${source}
            asOf: "${asOf}"
${extra}            trainingPer1M: "3.00"
`;
  const rules = (text: string) => auditFile(text, 'acme.yaml', ctx).map((f) => `${f.rule}:${f.severity}`);

  it('unpinned-url: a copy on a branch is an error; the same copy at a commit is not', () => {
    const copy = '            sourceKind: copy\n            original: https://acme.example.com/pricing\n';
    expect(rules(file('https://github.com/x/y/blob/main/prices.md', copy))).toEqual(['unpinned-url:error']);
    expect(rules(file('https://raw.githubusercontent.com/x/y/master/p.json', copy))).toEqual(['unpinned-url:error']);
    expect(rules(file('https://github.com/x/y/blob/0123456789abcdef0123456789abcdef01234567/prices.md', copy))).toEqual(
      [],
    );
  });

  it("copy-at-provider-url: the provider's own page marked copy is an error (its forum is not)", () => {
    const copy = (original: string) => `            sourceKind: copy\n            original: ${original}\n`;
    expect(rules(file('https://acme.example.com/pricing', copy('https://acme.example.com/pricing')))).toEqual([
      'copy-at-provider-url:error',
    ]);
    expect(rules(file('https://community.example.com/t/1', copy('https://acme.example.com/pricing')))).toEqual([]);
  });

  it('provider-sources-stale: a provider whose newest source is 121 days old is a warning naming it', () => {
    const findings = auditFile(file('https://acme.example.com/pricing', '', '2026-08-08'), 'acme.yaml', ctx);
    expect(findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['provider-sources-stale:warning']);
    expect(findings[0]!.message).toContain('Acme: the newest source was read 2026-08-08, 121 days before 2026-12-07');
    expect(rules(file('https://acme.example.com/pricing', '', '2026-08-09'))).toEqual([]);
  });

  it('training-price-after-training-ends: a training price from the day nobody can train is an error', () => {
    const life = `  lifecycle:
    - { event: training-ends, on: "2026-06-01", source: https://acme.example.com/docs, asOf: "2026-12-01" }
    - { event: serving-ends, on: "2027-06-01", source: https://acme.example.com/docs, asOf: "2026-12-01" }
`;
    expect(rules(file('https://acme.example.com/pricing', '', '2026-12-01', life, '2026-07-01'))).toEqual([
      'training-price-after-training-ends:error',
    ]);
    expect(rules(file('https://acme.example.com/pricing', '', '2026-12-01', life, '2026-05-01'))).toEqual([]);
  });
});
