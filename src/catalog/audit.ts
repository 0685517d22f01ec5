/**
 * `ftcost catalog audit`: the checks a careful analyst runs before publishing prices, beyond what
 * the schema can say about one field. Validation answers "is this file well-formed?"; the audit
 * answers "does it tell the truth on this date?": nothing on sale after its shutdown, no copy
 * passed off as the provider's word, no figure read in the future, no conflict left undecided, no
 * price older than the staleness limit. Pure: (file texts, today) → findings, each `file:line`.
 */
import { isMap, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { availabilityOn } from '../domain/lifecycle.js';
import type { LifecycleEvent } from './schema.js';
import { daysBetween } from '../domain/dates.js';

const AUDIT_RULES = {
  'as-of-after-today': 'a figure is dated after the audit date: it cannot have been read yet (and would look fresh)',
  'copy-cited-as-official':
    "a source on a host that is not the provider's is marked official (or not marked): " +
    'say sourceKind: copy and give original',
  'copy-without-original': 'a copy does not name the provider page it copies (original)',
  'price-after-shutdown': 'a price takes effect on or after the day the offer stops serving',
  'lifecycle-order':
    'lifecycle dates contradict each other (training ends after serving ends, or closes after training ends)',
  'retired-without-shutdown-date': 'training has ended but no shutdown (serving-ends) date is recorded',
  'conflict-without-decision': 'a rejected figure gives no reason: the conflict was recorded but not decided',
  'stale-price': 'a price was last read more than the staleness limit before the audit date',
  'unpinned-url':
    'a source on a moving branch (blob/main, refs/heads/…): what it says changes; cite the commit that was read',
  'copy-at-provider-url': "a source on the provider's own site is marked copy: the provider's page is official",
  'provider-sources-stale': "a provider's newest source is older than the provider staleness limit (120 days)",
  'training-price-after-training-ends':
    'an offer that nobody can train on the audit date has a training price taking effect after training ended',
} as const;

/** A provider's community forum is its users' word, not its own: a copy there is rightly a copy. */
function isUserContent(url: string): boolean {
  try {
    return /^(community|forum|forums|discuss|discourse)\./.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Days after which a provider whose newest source is older is named in a warning. */
const PROVIDER_STALE_AFTER_DAYS = 120;

/**
 * A URL whose content moves: a GitHub blob/tree/raw path on a branch name rather than a commit, or
 * an explicit refs/heads/ path. A 7–40 hex id (or a tag-like v1.2) is taken as pinned.
 */
function isUnpinnedUrl(url: string): boolean {
  if (/\/refs\/heads\//.test(url)) return true;
  const m =
    /^https?:\/\/github\.com\/[^/]+\/[^/]+\/(?:blob|tree|raw)\/([^/?#]+)/.exec(url) ??
    /^https?:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/([^/?#]+)/.exec(url);
  if (!m) return false;
  return /^(main|master|HEAD|develop|dev|trunk|gh-pages|latest)$/i.test(m[1]!);
}
type AuditRule = keyof typeof AUDIT_RULES;

export interface AuditFinding {
  file: string;
  line: number | null;
  rule: AuditRule;
  severity: 'error' | 'warning';
  message: string;
}

export interface AuditContext {
  /** YYYY-MM-DD: the day the catalog is audited for. */
  today: string;
  staleAfterDays: number;
  /** Stale prices are errors, not warnings. */
  strict?: boolean;
}

type PathKey = string | number;
type Json = Record<string, unknown>;

export function formatFinding(f: AuditFinding): string {
  const at = `${f.file}${f.line === null ? '' : `:${f.line}`}`;
  return `${at}: ${f.rule}: ${f.message}${f.severity === 'warning' ? ' (warning)' : ''}`;
}

function lineAt(doc: Document, counter: LineCounter, path: readonly PathKey[]): number | null {
  const node = (path.length === 0 ? doc.contents : doc.getIn(path, true)) as Node | null | undefined;
  return node?.range ? counter.linePos(node.range[0]).line : null;
}

/** example.co.uk would need a suffix list; every provider ftcost knows sits on a two-label domain. */
function registrableDomain(url: string): string | undefined {
  try {
    return new URL(url).hostname.split('.').slice(-2).join('.');
  } catch {
    return undefined;
  }
}

/** Where a provider speaks for itself: the domains of its pricing pages, plus declared prefixes (its GitHub org). */
interface OfficialScope {
  domains: Set<string>;
  prefixes: string[];
}

function scopeOf(owner: Json): OfficialScope {
  const urls = (owner.pricingUrls as string[] | undefined) ?? [];
  const extra = (owner.officialSources as string[] | undefined) ?? [];
  const domains = new Set(urls.map(registrableDomain).filter((d): d is string => d !== undefined));
  for (const prefix of extra) if (!prefix.includes('github.com')) domains.add(registrableDomain(prefix) ?? prefix);
  return { domains, prefixes: extra };
}

function isOfficialUrl(url: string, scope: OfficialScope): boolean {
  const domain = registrableDomain(url);
  return (
    (domain !== undefined && domain !== 'github.com' && scope.domains.has(domain)) ||
    scope.prefixes.some((p) => url.startsWith(p))
  );
}

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Audit one catalog file's text (any kind: provider, hosts, throughput, meta). */
export function auditFile(text: string, file: string, ctx: AuditContext): AuditFinding[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return []; // validation reports malformed files
  const root = doc.toJS({ maxAliasCount: 100 }) as Json;
  const findings: AuditFinding[] = [];
  const add = (
    path: readonly PathKey[],
    rule: AuditRule,
    message: string,
    severity: AuditFinding['severity'] = 'error',
  ) => findings.push({ file, line: lineAt(doc, counter, path), rule, severity, message });

  /** The newest asOf of any source read (a provider file's freshness). */
  let newest: string | undefined;
  /** Every sourced figure under `value`: its date and whether its source is what it says it is. */
  const walk = (value: unknown, path: PathKey[], scope: OfficialScope | undefined): void => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, [...path, i], scope);
      return;
    }
    if (!isRecord(value)) return;
    if (typeof value.source === 'string' && typeof value.asOf === 'string') {
      const kind = (value.sourceKind as string | undefined) ?? 'official';
      if (!newest || value.asOf > newest) newest = value.asOf;
      if (isUnpinnedUrl(value.source))
        add([...path, 'source'], 'unpinned-url', `${value.source} names a branch, not the commit that was read`);
      if (kind === 'copy' && scope && isOfficialUrl(value.source, scope) && !isUserContent(value.source))
        add(
          [...path, 'sourceKind'],
          'copy-at-provider-url',
          `${value.source} is the provider's own site: mark it sourceKind: official (drop original)`,
        );
      if (value.asOf > ctx.today)
        add([...path, 'asOf'], 'as-of-after-today', `asOf ${value.asOf} is after ${ctx.today}`);
      if (kind === 'copy' && typeof value.original !== 'string')
        add(
          [...path, 'source'],
          'copy-without-original',
          `${value.source} is a copy; name the provider page it copies (original)`,
        );
      if (kind === 'official' && scope && !isOfficialUrl(value.source, scope)) {
        add(
          [...path, 'source'],
          'copy-cited-as-official',
          `${value.source} is not the provider's own site (${[...scope.domains].join(', ') || 'no pricing URL'}); ` +
            'mark it sourceKind: copy with original',
        );
      }
      const isPrice = typeof value.effectiveFrom === 'string';
      if (isPrice) {
        const age = daysBetween(value.asOf, ctx.today);
        if (age > ctx.staleAfterDays) {
          add(
            [...path, 'asOf'],
            'stale-price',
            `read ${value.asOf}, ${age} days before ${ctx.today} (limit ${ctx.staleAfterDays}); re-check it`,
            ctx.strict ? 'error' : 'warning',
          );
        }
      }
    }
    for (const [key, v] of Object.entries(value)) walk(v, [...path, key], scope);
  };

  /** A provider (or host) whose newest source is older than the limit: named in one warning. */
  const staleProvider = (owner: Json, at: PathKey[]) => {
    if (newest === undefined || daysBetween(newest, ctx.today) <= PROVIDER_STALE_AFTER_DAYS) return;
    add(
      at,
      'provider-sources-stale',
      `${String(owner.name ?? owner.id)}: the newest source was read ${newest}, ` +
        `${daysBetween(newest, ctx.today)} days before ${ctx.today} (limit ${PROVIDER_STALE_AFTER_DAYS}); ` +
        're-read its pages',
      'warning',
    );
  };
  if (isRecord(root.provider)) {
    const provider = root.provider;
    const scope = scopeOf(provider);
    walk(provider, ['provider'], scope);
    const models = Array.isArray(root.models) ? (root.models as unknown[]) : [];
    models.forEach((model, m) => {
      if (!isRecord(model)) return;
      walk(model, ['models', m], scope);
      lifecycleFindings(provider, model, ['models', m], ctx.today, add);
      const rejected = Array.isArray(model.rejected) ? model.rejected : [];
      rejected.forEach((r, i) => {
        if (isRecord(r) && (typeof r.reason !== 'string' || r.reason.trim() === '')) {
          add(
            ['models', m, 'rejected', i],
            'conflict-without-decision',
            `the figure ${String(r.figure)} from ${String(r.source)} ` +
              'was recorded but no reason says why it was not used',
          );
        }
      });
    });
    if (Array.isArray(root.hardware)) walk(root.hardware, ['hardware'], scope);
    staleProvider(provider, ['provider', 'id']);
  } else if (Array.isArray(root.hosts)) {
    root.hosts.forEach((host, h) => {
      if (!isRecord(host)) return;
      newest = undefined;
      walk(host, ['hosts', h], scopeOf(host));
      staleProvider(host, ['hosts', h, 'id']);
    });
  } else {
    // Throughput and meta files name no provider: dates and copies are checked, not domains.
    walk(root, [], undefined);
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule));
}

function lifecycleFindings(
  provider: Json,
  model: Json,
  at: PathKey[],
  today: string,
  add: (path: readonly PathKey[], rule: AuditRule, message: string, severity?: AuditFinding['severity']) => void,
): void {
  const offers = Array.isArray(model.offers) ? (model.offers as unknown[]) : [];
  offers.forEach((offer, o) => {
    if (!isRecord(offer)) return;
    const levels = [provider.lifecycle, model.lifecycle, offer.lifecycle] as (LifecycleEvent[] | undefined)[];
    const life = availabilityOn(levels, today);
    if (!life) return;
    const name = `${String(model.id)} ${String(offer.method)}${offer.tier ? ` (${String(offer.tier)})` : ''}`;
    const where = offer.lifecycle
      ? [...at, 'offers', o, 'lifecycle']
      : model.lifecycle
        ? [...at, 'lifecycle']
        : ['provider', 'lifecycle'];
    // Nobody, not even an existing customer, can start a job: a training price that takes effect
    // after training ended prices something that cannot be bought.
    const forAnyone = availabilityOn(levels, today, 'existing');
    if (forAnyone && !forAnyone.trainable && forAnyone.trainingEndsOn !== undefined) {
      const prices = Array.isArray(offer.prices) ? (offer.prices as unknown[]) : [];
      prices.forEach((p, i) => {
        if (
          isRecord(p) &&
          typeof p.effectiveFrom === 'string' &&
          p.effectiveFrom >= forAnyone.trainingEndsOn! &&
          (p.trainingPer1M !== undefined || p.trainingPerHour !== undefined)
        )
          add(
            [...at, 'offers', o, 'prices', i, 'effectiveFrom'],
            'training-price-after-training-ends',
            `${name}: a training price from ${p.effectiveFrom}, ` +
              `but nobody can train it from ${forAnyone.trainingEndsOn}`,
          );
      });
    }
    if (life.servingEndsOn !== undefined) {
      const prices = Array.isArray(offer.prices) ? (offer.prices as unknown[]) : [];
      prices.forEach((p, i) => {
        if (isRecord(p) && typeof p.effectiveFrom === 'string' && p.effectiveFrom >= life.servingEndsOn!) {
          add(
            [...at, 'offers', o, 'prices', i, 'effectiveFrom'],
            'price-after-shutdown',
            `${name}: a price from ${p.effectiveFrom}, but it stops serving on ${life.servingEndsOn}`,
          );
        }
      });
    }
    // Contradictions are looked for within one level's own events: across levels the stricter date
    // simply wins (a provider-wide training end after one model's shutdown is not a contradiction).
    for (const [events, at2] of [
      [provider.lifecycle, ['provider', 'lifecycle']],
      [model.lifecycle, [...at, 'lifecycle']],
      [offer.lifecycle, [...at, 'offers', o, 'lifecycle']],
    ] as const) {
      const own = availabilityOn([events as LifecycleEvent[] | undefined], today);
      const raw = (events as LifecycleEvent[] | undefined) ?? [];
      const first = (kind: string) =>
        raw
          .filter((e) => e.event === kind)
          .map((e) => e.on)
          .sort()[0];
      const trainingEnds = first('training-ends');
      const closes = first('closed-to-new-users');
      if (!own) continue;
      if (trainingEnds && own.servingEndsOn && trainingEnds > own.servingEndsOn) {
        add(at2, 'lifecycle-order', `${name}: training ends ${trainingEnds}, after serving ends ${own.servingEndsOn}`);
      }
      if (closes && trainingEnds && closes > trainingEnds)
        add(at2, 'lifecycle-order', `${name}: closes to new users ${closes}, after training ends ${trainingEnds}`);
    }
    const trainingEnded = levels.flatMap((l) => l ?? []).some((e) => e.event === 'training-ends' && e.on <= today);
    if (trainingEnded && life.servingEndsOn === undefined) {
      add(
        where,
        'retired-without-shutdown-date',
        `${name}: training ended ${life.trainingEndsOn}; when does it stop serving? (add a serving-ends event)`,
        // A warning: some providers publish none ("deployable until further notice", Prime Intellect).
        'warning',
      );
    }
  });
}
