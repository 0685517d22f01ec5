/**
 * What a host page passes (element attributes or mount() options), checked once. An invalid value
 * never breaks the widget: it is dropped (so the default applies) and the page's console gets one
 * warning naming the attribute, the value and the default used instead.
 */
import { isIsoDate } from '../../src/catalog/vocabulary.js';
import { DEFAULT_STATE, isHashKey, type Theme, type WidgetState } from './state.js';

export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** A whole number at least `min`, as a host page may write it ("1,000" and "1_000" are 1000). */
export function isWholeText(raw: string, min = 1): boolean {
  const text = raw.trim().replace(/[,_\s]/g, '');
  return /^\d+$/.test(text) && Number.isSafeInteger(Number(text)) && Number(text) >= min;
}

type Check = (raw: string) => boolean;

/** Each numeric input and what it accepts (the same rules the boxes apply when a person types). */
const NUMERIC: Partial<Record<keyof WidgetState, { attribute: string; check: Check; rule: string }>> = {
  examples: { attribute: 'examples', check: (v) => isWholeText(v), rule: 'a whole number of at least 1' },
  tokensPerExample: {
    attribute: 'tokens-per-example',
    check: (v) => isWholeText(v),
    rule: 'a whole number of at least 1',
  },
  epochs: {
    attribute: 'epochs',
    check: (v) => v.trim().toLowerCase() === 'auto' || isWholeText(v),
    rule: '"auto" or a whole number of at least 1',
  },
  queriesPerDay: { attribute: 'queries-per-day', check: (v) => isWholeText(v, 0), rule: 'a whole number' },
  promptedInputTokens: { attribute: 'prompted-input-tokens', check: (v) => isWholeText(v, 0), rule: 'a whole number' },
  fineTunedInputTokens: {
    attribute: 'fine-tuned-input-tokens',
    check: (v) => isWholeText(v, 0),
    rule: 'a whole number',
  },
  outputTokens: { attribute: 'output-tokens', check: (v) => isWholeText(v), rule: 'a whole number of at least 1' },
  hoursPerDay: {
    attribute: 'hours-per-day',
    check: (v) => isWholeText(v) && Number(v.trim()) <= 24,
    rule: 'a whole number from 1 to 24',
  },
  horizonMonths: { attribute: 'horizon-months', check: (v) => isWholeText(v), rule: 'a whole number of at least 1' },
};

export interface HostSettings {
  theme?: Theme;
  today?: string;
  /** false (the default): no URL hash; true: the key "ft"; a string: that key. */
  hash?: boolean | string;
}

export type Warn = (message: string) => void;

const defaultWarn: Warn = (message) => console.warn(`ftcost: ${message}`);

function describe(field: string, fromAttributes: boolean): string {
  const attr = NUMERIC[field as keyof WidgetState]?.attribute;
  if (fromAttributes && attr) return `attribute ${attr}`;
  if (fromAttributes) return `attribute ${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return `option ${field}`;
}

/**
 * The options with every invalid value removed (and warned about). `fromAttributes` only changes
 * how a warning names the setting (kebab-case attribute or camelCase option).
 */
export function sanitizeOptions<T extends object>(options: T, fromAttributes = false, warn: Warn = defaultWarn): T {
  const out = { ...options } as Record<string, unknown>;
  const drop = (field: string, value: unknown, rule: string, fallback: string) => {
    warn(`${describe(field, fromAttributes)}="${String(value)}" is not ${rule}; using ${fallback}`);
    delete out[field];
  };
  for (const [field, spec] of Object.entries(NUMERIC)) {
    const value = out[field];
    if (value === undefined || value === null) continue;
    if (!spec.check(String(value)))
      drop(field, value, spec.rule, `the default (${DEFAULT_STATE[field as 'examples']})`);
  }
  if (out.theme !== undefined && !THEMES.includes(out.theme as Theme))
    drop('theme', out.theme, `one of ${THEMES.join(', ')}`, 'auto');
  if (out.today !== undefined && (typeof out.today !== 'string' || !isIsoDate(out.today)))
    drop('today', out.today, 'a date written YYYY-MM-DD', "today's date");
  if (typeof out.hash === 'string' && out.hash !== '' && !isHashKey(out.hash))
    drop('hash', out.hash, 'a hash key (a letter, then letters, digits, "_" or "-")', 'no URL hash');
  return out as T;
}
