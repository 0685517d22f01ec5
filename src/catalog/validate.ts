/**
 * YAML text → validated provider file, or every problem found, each as `file:line path: message`.
 *
 * All problems of a file are reported in one run (a person fixing a catalog should not have to run
 * the validator once per typo). Line numbers come from the YAML document's source ranges, so a
 * problem points at the offending key even deep inside a list.
 */
import { Decimal } from '../decimal.js';
import { suggest } from '../text/suggest.js';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import {
  catalogMetaSchema,
  hostsFileSchema,
  hostsPatchFileSchema,
  MAGNITUDE_GUARDS,
  providerPatchFileSchema,
  PRICE_FIELDS,
  providerFileSchema,
  newProviderFileSchema,
  throughputFileSchema,
  type GuardedField,
  type RawCatalogMeta,
  type RawHardwareOffer,
  type RawHostsFile,
  type RawHostsPatchFile,
  type RawNewProviderFile,
  type RawProviderPatchFile,
  type RawProviderFile,
  type RawThroughputFile,
} from './schema.js';

export interface CatalogProblem {
  file: string;
  line: number | null;
  path: string;
  message: string;
}

/** A valid file may still carry warnings (a price far from the shipped one, but not refused). */
export type Validation<T> =
  | { ok: true; value: T; warnings?: CatalogProblem[] }
  | { ok: false; problems: CatalogProblem[] };

export function formatProblem(p: CatalogProblem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  return p.path ? `${where} ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}

type PathKey = string | number;

function pathToString(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out;
}

/** The line of the node at `path`, or of its nearest ancestor that exists (for a missing key). */
function lineOf(doc: Document, counter: LineCounter, path: readonly PathKey[]): number | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const node = (prefix.length === 0 ? doc.contents : doc.getIn(prefix, true)) as Node | null | undefined;
    if (node?.range) {
      // Point at the key's line for a scalar value, at the first line of a collection.
      return counter.linePos(node.range[0]).line;
    }
  }
  return null;
}

/**
 * The line of `path` (dotted, with [i] indices) in a YAML text already validated, for problems found after
 * validation.
 */
export function lineOfPath(text: string, path: string): number | null {
  const keys: PathKey[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  return lineOf(doc, counter, keys);
}

/** A YAML alias or merge is resolved by toJS; the raw tree is what we need for line lookups. */
function parseYaml(text: string, file: string): { doc: Document; counter: LineCounter; problems: CatalogProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const problems: CatalogProblem[] = [];
  for (const err of doc.errors) {
    const line = err.linePos?.[0]?.line ?? counter.linePos(err.pos[0]).line;
    problems.push({ file, line, path: '', message: `YAML syntax: ${err.message.split('\n')[0]}` });
  }
  return { doc, counter, problems };
}

/**
 * How many alias expansions a catalog or scenario file may make (the `yaml` package's limit on
 * resolving `*alias` nodes): far above any real file, far below a "billion laughs" bomb.
 */
export const MAX_ALIAS_COUNT = 1000;

/** The one-line problem for a YAML document that could not be turned into data (an alias bomb, a runaway nesting). */
export function yamlExpansionMessage(err: unknown): string {
  const message = (err as Error)?.message ?? String(err);
  if (/alias/i.test(message))
    return (
      `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} expansions; an alias bomb?): ` + 'write the values out'
    );
  return `YAML cannot be read: ${message.split('\n')[0]}`;
}

function zodProblems(error: z.ZodError, doc: Document, counter: LineCounter, file: string): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((k): k is PathKey => typeof k === 'string' || typeof k === 'number');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          file,
          line: lineOf(doc, counter, [...path, key]),
          path: pathToString([...path, key]),
          message: 'unknown key (a typo, or a field this catalog version does not have)',
        });
      }
      continue;
    }
    const exists = doc.hasIn(path);
    const message = !exists && issue.code === 'invalid_type' ? 'is required' : issue.message;
    problems.push({ file, line: lineOf(doc, counter, path), path: pathToString(path), message });
  }
  return problems;
}

/**
 * Checks on the raw data that must run even where the schema already failed elsewhere in the same
 * entry: prices outside the plausible band for their unit (most likely a per-1K / per-1M mix-up),
 * impossible date ranges, and price entries that give no price.
 */
function magnitudeProblems(
  value: unknown,
  doc: Document,
  counter: LineCounter,
  file: string,
  today: string | undefined,
  path: PathKey[] = [],
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries())
      problems.push(...magnitudeProblems(v, doc, counter, file, today, [...path, i]));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (today !== undefined && typeof record.asOf === 'string' && record.asOf > today) {
      problems.push({
        file,
        line: lineOf(doc, counter, [...path, 'asOf']),
        path: pathToString([...path, 'asOf']),
        message: `${record.asOf} is after today (${today}): asOf is the day the figure was read`,
      });
    }
    if (
      typeof record.effectiveFrom === 'string' &&
      typeof record.effectiveTo === 'string' &&
      record.effectiveTo <= record.effectiveFrom
    ) {
      problems.push({
        file,
        line: lineOf(doc, counter, [...path, 'effectiveTo']),
        path: pathToString([...path, 'effectiveTo']),
        message: `${record.effectiveTo} is not after effectiveFrom ${record.effectiveFrom} (an impossible date range)`,
      });
    }
    const isHardwarePrice = path.at(-2) === 'prices' && path.at(-4) === 'hardware';
    if (isHardwarePrice) {
      if (!('gpuPerHour' in record) && !('instancePerHour' in record)) {
        problems.push({
          file,
          line: lineOf(doc, counter, path),
          path: pathToString(path),
          message: 'gives no price (expected gpuPerHour or instancePerHour)',
        });
      }
    } else if (path.at(-2) === 'prices') {
      if (!PRICE_FIELDS.some((f) => f in record) && !('notPublished' in record)) {
        problems.push({
          file,
          line: lineOf(doc, counter, path),
          path: pathToString(path),
          message:
            `gives no price (expected one of ${PRICE_FIELDS.join(', ')}, ` +
            'or notPublished naming the prices the provider does not publish)',
        });
      }
      if (Array.isArray(record.notPublished)) {
        for (const field of record.notPublished) {
          if (typeof field === 'string' && field in record) {
            problems.push({
              file,
              line: lineOf(doc, counter, [...path, field]),
              path: pathToString([...path, field]),
              message: `is given and also listed in notPublished; keep one`,
            });
          }
        }
      }
    }
    for (const [key, v] of Object.entries(record)) {
      const guard = (MAGNITUDE_GUARDS as Record<string, (typeof MAGNITUDE_GUARDS)[GuardedField]>)[key];
      if (guard && typeof v === 'string' && /^\d+(\.\d+)?$/.test(v)) {
        const amount = new Decimal(v);
        if (amount.lt(guard.min) || amount.gt(guard.max)) {
          problems.push({
            file,
            line: lineOf(doc, counter, [...path, key]),
            path: pathToString([...path, key]),
            message:
              `${v} is outside the plausible range ${guard.min}–${guard.max} ${guard.unit}; ` +
              'check the unit (per token, per 1K or per 1M?)',
          });
        }
      } else if (typeof v === 'object') {
        problems.push(...magnitudeProblems(v, doc, counter, file, today, [...path, key]));
      }
    }
  }
  return problems;
}

/** Two offers of the same hardware, or two price entries of one offer taking effect the same day. */
function hardwareProblems(
  offers: readonly RawHardwareOffer[],
  base: PathKey[],
  doc: Document,
  counter: LineCounter,
  name: string,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const seen = new Set<string>();
  offers.forEach((offer, o) => {
    // The label tells apart two tiers of the same GPU (RunPod Community vs Secure Cloud).
    const key = `${offer.kind}/${offer.gpu}/${offer.gpuCount}/${offer.interruptible}/${offer.label ?? ''}`;
    const at = [...base, o];
    if (seen.has(key)) {
      problems.push({
        file: name,
        line: lineOf(doc, counter, at),
        path: pathToString(at),
        message:
          `a second ${offer.kind} offer for ${offer.gpuCount}× ${offer.gpu}` +
          `${offer.interruptible ? ' (interruptible)' : ''}`,
      });
    }
    seen.add(key);
    const froms = new Set<string>();
    offer.prices.forEach((entry, p) => {
      const here = [...at, 'prices', p];
      if (froms.has(entry.effectiveFrom)) {
        problems.push({
          file: name,
          line: lineOf(doc, counter, [...here, 'effectiveFrom']),
          path: pathToString([...here, 'effectiveFrom']),
          message: `two price entries take effect on ${entry.effectiveFrom}`,
        });
      }
      froms.add(entry.effectiveFrom);
      if (
        entry.gpuPerHour !== undefined &&
        entry.instancePerHour !== undefined &&
        !new Decimal(entry.gpuPerHour).times(offer.gpuCount).eq(entry.instancePerHour)
      ) {
        problems.push({
          file: name,
          line: lineOf(doc, counter, [...here, 'gpuPerHour']),
          path: pathToString([...here, 'gpuPerHour']),
          message:
            `${entry.gpuPerHour} × ${offer.gpuCount} GPUs is not the instance price ${entry.instancePerHour}; ` +
            'give one of the two',
        });
      }
    });
  });
  return problems;
}

/** Checks across entries that a per-field schema cannot express. */
function crossProblems(file: RawProviderFile, doc: Document, counter: LineCounter, name: string): CatalogProblem[] {
  const problems: CatalogProblem[] = [...hardwareProblems(file.hardware ?? [], ['hardware'], doc, counter, name)];
  const seen = new Map<string, number>();
  file.models.forEach((model, m) => {
    for (const id of [model.id, ...(model.aliases ?? [])]) {
      if (seen.has(id)) {
        problems.push({
          file: name,
          line: lineOf(doc, counter, ['models', m, 'id']),
          path: `models[${m}]`,
          message: `model id or alias "${id}" is used twice in this file`,
        });
      }
      seen.set(id, m);
    }
    const offers = new Set<string>();
    model.offers.forEach((offer, o) => {
      const key = `${offer.method}/${offer.tier ?? ''}`;
      if (offers.has(key)) {
        problems.push({
          file: name,
          line: lineOf(doc, counter, ['models', m, 'offers', o]),
          path: `models[${m}].offers[${o}]`,
          message: `a second offer for method ${offer.method}${offer.tier ? ` tier ${offer.tier}` : ''}`,
        });
      }
      offers.add(key);
      const froms = new Set<string>();
      offer.prices.forEach((entry, p) => {
        if (froms.has(entry.effectiveFrom)) {
          problems.push({
            file: name,
            line: lineOf(doc, counter, ['models', m, 'offers', o, 'prices', p, 'effectiveFrom']),
            path: `models[${m}].offers[${o}].prices[${p}].effectiveFrom`,
            message: `two price entries take effect on ${entry.effectiveFrom}`,
          });
        }
        froms.add(entry.effectiveFrom);
      });
    });
  });
  return problems;
}

/** The problem for a "text" that is not a string (the validators take a file's text, not its data or a path). */
function notText(value: unknown, file: string): { ok: false; problems: CatalogProblem[] } {
  const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
  return {
    ok: false,
    problems: [
      { file: String(file), line: null, path: '', message: `is not YAML text (got ${got}); pass the file's text` },
    ],
  };
}

function validateText<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  extra: (value: T, doc: Document, counter: LineCounter) => CatalogProblem[],
  today?: string,
): Validation<T> {
  // A library caller may hand anything: a number or a Buffer is refused as a problem, not a TypeError from the parser.
  if (typeof text !== 'string') return notText(text, file);
  const { doc, counter, problems } = parseYaml(text, file);
  if (problems.length > 0) return { ok: false, problems };
  if (!isMap(doc.contents) && !isSeq(doc.contents)) {
    return { ok: false, problems: [{ file, line: 1, path: '', message: 'is not a YAML mapping' }] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    return { ok: false, problems: [{ file, line: 1, path: '', message: yamlExpansionMessage(err) }] };
  }
  const parsed = schema.safeParse(data);
  const found = [...magnitudeProblems(data, doc, counter, file, today)];
  if (!parsed.success) found.unshift(...zodProblems(parsed.error, doc, counter, file));
  else found.push(...extra(parsed.data, doc, counter));
  if (found.length > 0) {
    found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { ok: false, problems: dedupe(found) };
  }
  return { ok: true, value: parsed.data as T };
}

function dedupe(problems: CatalogProblem[]): CatalogProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = formatProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `today` (YYYY-MM-DD), where given, refuses an `asOf` after it: a figure cannot have been read on
 * a day that has not come (and a future asOf would make a price look fresh).
 */
export function validateProviderFile(text: string, file: string, today?: string): Validation<RawProviderFile> {
  return validateText(
    text,
    file,
    providerFileSchema,
    (value, doc, counter) => crossProblems(value, doc, counter, file),
    today,
  );
}

/** A full provider file given as an override for a provider the catalog lacks (it may say `new: true`). */
export function validateNewProviderFile(text: string, file: string, today?: string): Validation<RawNewProviderFile> {
  return validateText(
    text,
    file,
    newProviderFileSchema,
    (value, doc, counter) => crossProblems(value, doc, counter, file),
    today,
  );
}

export function validateCatalogMeta(text: string, file: string, today?: string): Validation<RawCatalogMeta> {
  return validateText(text, file, catalogMetaSchema, () => [], today);
}

function duplicateHostProblems(
  hosts: readonly { id: string }[],
  doc: Document,
  counter: LineCounter,
  file: string,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const ids = new Set<string>();
  hosts.forEach((host, h) => {
    if (ids.has(host.id))
      problems.push({
        file,
        line: lineOf(doc, counter, ['hosts', h, 'id']),
        path: `hosts[${h}].id`,
        message: `host "${host.id}" is listed twice`,
      });
    ids.add(host.id);
  });
  return problems;
}

export function validateHostsFile(text: string, file: string, today?: string): Validation<RawHostsFile> {
  return validateText(
    text,
    file,
    hostsFileSchema,
    (value, doc, counter) => {
      const problems = duplicateHostProblems(value.hosts, doc, counter, file);
      value.hosts.forEach((host, h) => {
        problems.push(...hardwareProblems(host.hardware, ['hosts', h, 'hardware'], doc, counter, file));
      });
      return problems;
    },
    today,
  );
}

export function validateThroughputFile(text: string, file: string, today?: string): Validation<RawThroughputFile> {
  return validateText(
    text,
    file,
    throughputFileSchema,
    (value, doc, counter) => {
      const problems: CatalogProblem[] = [];
      const specs = new Set<string>();
      value.gpus.forEach((g, i) => {
        if (specs.has(g.id))
          problems.push({
            file,
            line: lineOf(doc, counter, ['gpus', i, 'id']),
            path: `gpus[${i}].id`,
            message: `GPU "${g.id}" is specified twice`,
          });
        specs.add(g.id);
      });
      const seen = new Set<string>();
      value.trainingThroughput.forEach((t, i) => {
        const key = `${t.gpu}/${new Decimal(t.parametersBillions).toFixed()}/${t.method}/${t.precision}`;
        if (seen.has(key))
          problems.push({
            file,
            line: lineOf(doc, counter, ['trainingThroughput', i]),
            path: `trainingThroughput[${i}]`,
            message:
              `a second figure for ${t.method} of ${t.parametersBillions}B on ${t.gpu}; ` +
              'keep the one you chose and note the other',
          });
        seen.add(key);
      });
      const served = new Set<string>();
      value.servingThroughput.forEach((t, i) => {
        const key = `${t.gpu}/${new Decimal(t.parametersBillions).toFixed()}/${t.precision}`;
        if (served.has(key))
          problems.push({
            file,
            line: lineOf(doc, counter, ['servingThroughput', i]),
            path: `servingThroughput[${i}]`,
            message: `a second serving figure for ${t.parametersBillions}B on ${t.gpu}`,
          });
        served.add(key);
      });
      return problems;
    },
    today,
  );
}

/** The kinds of catalog file, told apart by their top-level keys. */
export type CatalogFileKind = 'meta' | 'provider' | 'hosts' | 'throughput';

export type AnyCatalogFile =
  | { kind: 'meta'; value: RawCatalogMeta }
  | { kind: 'provider'; value: RawProviderFile }
  | { kind: 'hosts'; value: RawHostsFile }
  | { kind: 'throughput'; value: RawThroughputFile };

/** Which kind of catalog file a text is (null: not a mapping, or none of the known top-level keys). */
export function catalogFileKind(text: string): CatalogFileKind | null {
  if (typeof text !== 'string') return null;
  const doc = parseDocument(text, { prettyErrors: false });
  if (!isMap(doc.contents)) return null;
  const keys = new Set(
    doc.contents.items.map((item) => String((item.key as { value?: unknown } | null)?.value ?? item.key)),
  );
  if (keys.has('provider') || keys.has('models')) return 'provider';
  if (keys.has('hosts')) return 'hosts';
  if (keys.has('gpus') || keys.has('trainingThroughput') || keys.has('servingThroughput') || keys.has('derivation'))
    return 'throughput';
  if (keys.has('version') || keys.has('staleAfterDays')) return 'meta';
  return null;
}

/** Validate a catalog file of any kind, telling the kind from its keys. */
export function validateAnyFile(text: string, file: string, today?: string): Validation<AnyCatalogFile> {
  if (typeof text !== 'string') return notText(text, file);
  const kind = catalogFileKind(text);
  const wrap = <K extends AnyCatalogFile['kind'], T>(k: K, v: Validation<T>): Validation<AnyCatalogFile> =>
    v.ok ? { ok: true, value: { kind: k, value: v.value } as AnyCatalogFile } : v;
  switch (kind) {
    case 'provider':
      return wrap('provider', validateProviderFile(text, file, today));
    case 'hosts':
      return wrap('hosts', validateHostsFile(text, file, today));
    case 'throughput':
      return wrap('throughput', validateThroughputFile(text, file, today));
    case 'meta':
      return wrap('meta', validateCatalogMeta(text, file, today));
    default: {
      const syntax = parseYaml(text, file).problems;
      if (syntax.length > 0) return { ok: false, problems: syntax };
      return {
        ok: false,
        problems: [
          {
            file,
            line: 1,
            path: '',
            message:
              'is not a catalog file: ' +
              'expected a top-level provider:, hosts:, gpus: / trainingThroughput: or version: key',
          },
        ],
      };
    }
  }
}

/**
 * An override (--prices) file for a provider the catalog has: partial, but every entry it gives is
 * checked like a shipped one. A model it names that the provider does not have must be complete.
 */
export function validateProviderPatch(
  text: string,
  file: string,
  knownModels: ReadonlySet<string>,
  today?: string,
): Validation<RawProviderPatchFile> {
  return validateText(
    text,
    file,
    providerPatchFileSchema,
    (value, doc, counter) => {
      // The same checks as a full provider file (duplicate ids, offers, same-day entries): a file
      // validated alone is held to what a catalog directory would hold it to.
      const asFull = { ...value, models: value.models.map((m) => ({ ...m, offers: m.offers ?? [] })) };
      const problems: CatalogProblem[] = [...crossProblems(asFull as RawProviderFile, doc, counter, file)];
      const known = [...knownModels];
      value.models.forEach((model, m) => {
        const line = lineOf(doc, counter, ['models', m, 'id']);
        if (knownModels.has(model.id)) {
          if (model.new)
            problems.push({
              file,
              line,
              path: `models[${m}].new`,
              message:
                `model "${model.id}" is already in the catalog for ${value.provider.id}; ` +
                'drop new: true to change its prices',
            });
          return;
        }
        if (!model.new) {
          problems.push({
            file,
            line,
            path: `models[${m}].id`,
            message:
              `model "${model.id}" is not in the catalog for ${value.provider.id}${suggest(model.id, known)} ` +
              '(a model the catalog lacks needs new: true)',
          });
        } else if (model.offers === undefined || model.offers.length === 0) {
          problems.push({
            file,
            line,
            path: `models[${m}]`,
            message: `model "${model.id}" is new; a new model needs offers`,
          });
        }
      });
      return problems;
    },
    today,
  );
}

export function validateHostsPatch(
  text: string,
  file: string,
  knownHosts: ReadonlySet<string>,
  today?: string,
): Validation<RawHostsPatchFile> {
  return validateText(
    text,
    file,
    hostsPatchFileSchema,
    (value, doc, counter) => {
      const problems = duplicateHostProblems(value.hosts, doc, counter, file);
      value.hosts.forEach((host, h) => {
        if (knownHosts.has(host.id)) {
          if (host.new)
            problems.push({
              file,
              line: lineOf(doc, counter, ['hosts', h, 'new']),
              path: `hosts[${h}].new`,
              message: `host "${host.id}" is already in the catalog; drop new: true to change its prices`,
            });
        } else if (!host.new || host.name === undefined || host.pricingUrls === undefined) {
          // A mistyped host ("runpd") with a name and pricing page would otherwise be a second host, ranked alone.
          problems.push({
            file,
            line: lineOf(doc, counter, ['hosts', h, 'id']),
            path: `hosts[${h}]`,
            message:
              `host "${host.id}" is not in the catalog${suggest(host.id, [...knownHosts])}; ` +
              'a new host needs new: true, name and pricingUrls',
          });
        }
        problems.push(...hardwareProblems(host.hardware, ['hosts', h, 'hardware'], doc, counter, file));
      });
      return problems;
    },
    today,
  );
}

/** The provider id an override file names (to choose between the full and the partial schema). */
export function providerIdOf(text: string): string | undefined {
  const doc = parseDocument(text, { prettyErrors: false });
  const id = doc.getIn(['provider', 'id']);
  return typeof id === 'string' ? id : undefined;
}

/** `provider.new` of an override file, as written (true: a provider the catalog lacks, on purpose). */
export function providerNewOf(text: string): unknown {
  return parseDocument(text, { prettyErrors: false }).getIn(['provider', 'new']);
}
