/**
 * The widget's inputs, as the user typed them. Numbers stay strings until they are computed on, so
 * a half-typed "5" or an empty box never loses what the user wrote; the same strings live in the
 * URL hash, so a link reproduces the view exactly.
 */

export type Theme = 'light' | 'dark' | 'auto';

export interface WidgetState {
  /** Training examples. */
  examples: string;
  /** Tokens per training example (ignored while a dropped file's exact count is in use). */
  tokensPerExample: string;
  /** "auto" or a whole number of epochs. */
  epochs: string;
  /** Model ids or aliases to compare; empty: every model. */
  models: string[];
  /** Provider ids to compare; empty: every provider. */
  providers: string[];
  /** Provider ids the team already fine-tunes on (closed to new customers, still open to it). */
  existingCustomers: string[];
  /** Queries per day at which the monthly costs are compared. */
  queriesPerDay: string;
  /** The model fine-tuned in the break-even comparison (on every platform that offers it). */
  ftModel: string;
  /** The base model a prompted (not fine-tuned) option runs. */
  promptedModel: string;
  /** Input tokens per query of the prompted option (the long prompt fine-tuning replaces). */
  promptedInputTokens: string;
  /** Input tokens per query of a fine-tuned option (the short prompt). */
  fineTunedInputTokens: string;
  /** Output tokens per query (both options). */
  outputTokens: string;
  /** Include options billed by the deployed hour (Azure hosting, dedicated endpoints). */
  hourlyHosting: boolean;
  /** Hours a day an hourly deployment is up. */
  hoursPerDay: string;
  /** Include self-hosting on rented GPUs. */
  selfHosted: boolean;
  /** Months training is spread over (and costs are totalled over). */
  horizonMonths: string;
  /** Of the prompted input tokens, those served from the provider's prompt cache. */
  promptedCachedTokens: string;
  /** Share of queries (0–1) sent through a batch API at batch rates. */
  batchShare: string;
  /** Peak-to-average load that serving replicas are sized for. */
  peakFactor: string;
  /** Let offers that stop serving inside the horizon (or are not for production) be named cheapest. */
  includeEnding: boolean;
  /** Show how sure the answer is: cost ranges, break-even bands and the sensitivity tornado. */
  howSure: boolean;
  /*
   * Costs beyond compute and quality ("Costs beyond compute and quality", the later script's
   * ExtrasInputs), named as the library's options; each empty = not given (today's figures exactly).
   */
  /** USD once: preparing the training data. */
  dataPrepCost: string;
  /** USD per labelled training example (× the examples): data preparation instead of dataPrepCost. */
  costPerLabelledExample: string;
  /** Hours of engineering, once (× hourlyRate). */
  engineeringHours: string;
  /** USD per hour of people's time. */
  hourlyRate: string;
  /** USD of evaluation at every training. */
  evalCost: string;
  /** Evaluation queries at every training, at each option's own per-query price (instead of evalCost). */
  evalExamples: string;
  /** Hours of review at every training (× hourlyRate). */
  reviewHours: string;
  /** USD per month: monitoring and people. */
  monitoringPerMonth: string;
  /** Percent of the prompted model's answers usable as they are ("70"). */
  promptedSuccessRate: string;
  /** Percent of the fine-tuned models' answers usable as they are ("96"). */
  ftSuccessRate: string;
  /** What a failed answer costs: empty or "retry" (asked again), or USD for a person's fix. */
  failureCost: string;
}

export const DEFAULT_STATE: Readonly<WidgetState> = Object.freeze({
  examples: '1000',
  tokensPerExample: '500',
  epochs: 'auto',
  models: ['gpt-4o-mini', 'gpt-4.1-mini'],
  providers: [],
  existingCustomers: [],
  queriesPerDay: '1000',
  ftModel: 'gpt-4o-mini',
  promptedModel: 'gpt-4o',
  promptedInputTokens: '2000',
  fineTunedInputTokens: '200',
  outputTokens: '150',
  hourlyHosting: true,
  hoursPerDay: '24',
  selfHosted: true,
  horizonMonths: '12',
  promptedCachedTokens: '0',
  batchShare: '0',
  peakFactor: '1',
  includeEnding: false,
  howSure: false,
  dataPrepCost: '',
  costPerLabelledExample: '',
  engineeringHours: '',
  hourlyRate: '',
  evalCost: '',
  evalExamples: '',
  reviewHours: '',
  monitoringPerMonth: '',
  promptedSuccessRate: '',
  ftSuccessRate: '',
  failureCost: '',
});

/** Short keys for the URL hash: a link stays readable ("#ft.examples=500&ft.tokens=400&ft.epochs=3"). */
const HASH_KEYS: Record<keyof WidgetState, string> = {
  examples: 'examples',
  tokensPerExample: 'tokens',
  epochs: 'epochs',
  models: 'models',
  providers: 'providers',
  existingCustomers: 'existing',
  queriesPerDay: 'qpd',
  ftModel: 'ft',
  promptedModel: 'base',
  promptedInputTokens: 'base-in',
  fineTunedInputTokens: 'ft-in',
  outputTokens: 'out',
  hourlyHosting: 'hourly',
  hoursPerDay: 'hours',
  selfHosted: 'self',
  horizonMonths: 'horizon',
  promptedCachedTokens: 'base-cached',
  batchShare: 'batch',
  peakFactor: 'peak',
  includeEnding: 'ending',
  howSure: 'sure',
  dataPrepCost: 'prep',
  costPerLabelledExample: 'prep-each',
  engineeringHours: 'eng-hours',
  hourlyRate: 'hourly-rate',
  evalCost: 'eval',
  evalExamples: 'eval-queries',
  reviewHours: 'review-hours',
  monitoringPerMonth: 'monitoring',
  promptedSuccessRate: 'base-success',
  ftSuccessRate: 'ft-success',
  failureCost: 'failure',
};

/**
 * Every key a widget writes is prefixed with its hash key and a dot ("ft." by default), so two widgets
 * with different keys share one hash, and neither reads the other's values.
 */
export const DEFAULT_HASH_KEY = 'ft';

/** A hash key is a short name: letters, digits, "_" and "-" (it becomes the "<key>." prefix). */
export function isHashKey(key: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_-]{0,31}$/.test(key);
}

/**
 * Whether a hash is a list of key=value params (the only form the widget reads or writes). A hash
 * router's route ("#/guide/pricing") or a plain anchor ("#install") is not, and is never touched.
 */
function isParamHash(hash: string): boolean {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' || body.split('&').every((part) => /^[A-Za-z0-9_.-]+=/.test(part));
}

const FIELDS = Object.keys(HASH_KEYS) as (keyof WidgetState)[];

const FIELD_KEYS = new Set(Object.values(HASH_KEYS));

/**
 * Whether a hash holds only what ftcost widgets write ("<key>.<field>=value" pairs), or nothing:
 * the only hashes a widget may rewrite. A route, an anchor or the page's own params are left alone.
 */
export function isWidgetHash(hash: string): boolean {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return true;
  if (!isParamHash(body)) return false;
  return [...new URLSearchParams(body).keys()].every((k) => {
    const dot = k.indexOf('.');
    return dot > 0 && isHashKey(k.slice(0, dot)) && FIELD_KEYS.has(k.slice(dot + 1));
  });
}

function hashParams(hash: string): URLSearchParams {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  // A plain anchor ("#install") or a route ("#/guide") is not ours; only key=value pairs are read.
  return new URLSearchParams(isParamHash(body) ? body : '');
}

/** The fields a hash sets (others are absent, so defaults and options still apply). */
export function stateFromHash(hash: string, key: string = DEFAULT_HASH_KEY): Partial<WidgetState> {
  const params = hashParams(hash);
  const prefix = `${key}.`;
  const out: Partial<WidgetState> = {};
  for (const field of FIELDS) {
    const raw = params.get(prefix + HASH_KEYS[field]);
    if (raw === null) continue;
    setField(out, field, raw);
  }
  return out;
}

function setField(out: Partial<WidgetState>, field: keyof WidgetState, raw: string): void {
  const def = DEFAULT_STATE[field];
  // Lists are comma- or space-separated ("openai azure-openai"); booleans 1/0 (or true/false).
  (out as Record<string, unknown>)[field] = Array.isArray(def)
    ? raw.split(/[\s,]+/).filter(Boolean)
    : typeof def === 'boolean'
      ? raw !== '0' && raw !== 'false'
      : raw;
}

/** A field as the hash writes it: lists comma-separated, booleans 1 or 0. */
const asText = (value: WidgetState[keyof WidgetState]): string =>
  Array.isArray(value) ? value.join(',') : typeof value === 'boolean' ? (value ? '1' : '0') : value;

/**
 * The hash for a state: the host page's own params are kept, ours are rewritten. Fields equal to the
 * default are left out to keep links short; `stateFromHash(hashFromState(s))` over the defaults is `s`.
 */
export function hashFromState(state: WidgetState, currentHash = '', hashKey: string = DEFAULT_HASH_KEY): string {
  const params = hashParams(currentHash);
  for (const field of FIELDS) {
    const key = `${hashKey}.${HASH_KEYS[field]}`;
    const text = asText(state[field]);
    if (text === asText(DEFAULT_STATE[field])) params.delete(key);
    else params.set(key, text);
  }
  const body = params.toString().replace(/%2C/gi, ',').replace(/%2F/gi, '/');
  return body ? `#${body}` : '';
}

/** Options a host page passes to mount() or as element attributes: numbers may be given as numbers. */
export interface StateOptions {
  examples?: number | string;
  tokensPerExample?: number | string;
  epochs?: number | string;
  models?: readonly string[] | string;
  providers?: readonly string[] | string;
  existingCustomers?: readonly string[] | string;
  queriesPerDay?: number | string;
  ftModel?: string;
  promptedModel?: string;
  promptedInputTokens?: number | string;
  fineTunedInputTokens?: number | string;
  outputTokens?: number | string;
  hourlyHosting?: boolean | string;
  hoursPerDay?: number | string;
  selfHosted?: boolean | string;
  horizonMonths?: number | string;
  promptedCachedTokens?: number | string;
  batchShare?: number | string;
  peakFactor?: number | string;
  includeEnding?: boolean | string;
  howSure?: boolean | string;
  /** Costs beyond compute (USD; hours) and success rates (percent): see WidgetState. */
  dataPrepCost?: number | string;
  costPerLabelledExample?: number | string;
  engineeringHours?: number | string;
  hourlyRate?: number | string;
  evalCost?: number | string;
  evalExamples?: number | string;
  reviewHours?: number | string;
  monitoringPerMonth?: number | string;
  promptedSuccessRate?: number | string;
  ftSuccessRate?: number | string;
  /** "retry", or USD for a person's fix. */
  failureCost?: number | string;
}

/** Apply host-page options to a state; unknown option names are ignored by type, unset ones keep the state's. */
export function applyOptions(state: WidgetState, options: StateOptions): WidgetState {
  const out: Partial<WidgetState> = {};
  for (const field of FIELDS) {
    const value = options[field];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) out[field as 'models'] = [...(value as string[])];
    else if (typeof value === 'boolean') out[field as 'hourlyHosting'] = value;
    else setField(out, field, String(value));
  }
  // A page that picks the models to train means them for the break-even too, unless it names one there: the
  // verdict at the top should be about a model in the table, not the default gpt-4o-mini.
  if (out.models?.length && options.ftModel === undefined) out.ftModel = out.models[0];
  return { ...state, ...out };
}
