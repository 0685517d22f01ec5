/**
 * What a host page passes (element attributes or mount() options), checked once. An invalid value
 * never breaks the widget: it is dropped (so the default applies) and the page's console gets one
 * warning naming the attribute, the value and the default used instead.
 */
import { isHoursPerDay } from '../../src/domain/hours.js';
import { isIsoDate } from '../../src/domain/vocabulary.js';
import { withoutThousands } from '../../src/text/thousands.js';
import { DEFAULT_STATE, isHashKey, type Theme, type WidgetState } from './state.js';

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** A whole number at least `min`, as a host page may write it ("1,000" and "1_000" are 1000; "1,5" is not). */
function isWholeText(raw: string, min = 1): boolean {
  const text = withoutThousands(raw) ?? '';
  return /^\d+$/.test(text) && Number.isSafeInteger(Number(text)) && Number(text) >= min;
}

/**
 * Each numeric input and the least whole number it takes (the same rules the boxes apply when a
 * person types); epochs also takes "auto", hours per day at most 24.
 */
const NUMERIC: Partial<Record<keyof WidgetState, number>> = {
  examples: 1,
  tokensPerExample: 1,
  epochs: 1,
  queriesPerDay: 0,
  promptedInputTokens: 0,
  fineTunedInputTokens: 0,
  outputTokens: 1,
  hoursPerDay: 1,
  horizonMonths: 1,
};

function numericOk(field: string, raw: string, min: number): boolean {
  if (field === 'epochs' && raw.trim().toLowerCase() === 'auto') return true;
  return isWholeText(raw, min) && (field !== 'hoursPerDay' || isHoursPerDay(Number(raw.trim())));
}

export type Warn = (message: string) => void;

const defaultWarn: Warn = (message) => console.warn(`ftcost: ${message}`);

function describe(field: string, fromAttributes: boolean): string {
  return fromAttributes ? `attribute ${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : `option ${field}`;
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
  for (const [field, min] of Object.entries(NUMERIC)) {
    const value = out[field];
    if (value === undefined || value === null || numericOk(field, String(value), min)) continue;
    const rule =
      `${field === 'epochs' ? '"auto" or ' : ''}a whole number${min ? ` of at least ${min}` : ''}` +
      `${field === 'hoursPerDay' ? ' up to 24' : ''}`;
    drop(field, value, rule, `the default (${DEFAULT_STATE[field as 'examples']})`);
  }
  if (out.theme !== undefined && !THEMES.includes(out.theme as Theme))
    drop('theme', out.theme, `one of ${THEMES.join(', ')}`, 'auto');
  if (out.today !== undefined && (typeof out.today !== 'string' || !isIsoDate(out.today)))
    drop('today', out.today, 'a date written YYYY-MM-DD', "today's date");
  if (typeof out.hash === 'string' && out.hash !== '' && !isHashKey(out.hash))
    drop('hash', out.hash, 'a hash key (letters, digits, _ or -)', 'no URL hash');
  return out as T;
}
