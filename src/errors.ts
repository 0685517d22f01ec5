/**
 * A user mistake: bad flags, an unknown model, a broken catalog or data file. The CLI prints its
 * message as one line on stderr and exits 2; no stack trace unless --verbose. Anything that is not
 * a UserError is a bug in ftcost and is reported as such.
 *
 * `code` is stable and machine-readable (library callers branch on it; the message may be reworded).
 */
export const USER_ERROR_CODES = [
  /** Anything not listed below (the default). */
  'invalid-input',
  /** A date that is not a real YYYY-MM-DD calendar day. */
  'invalid-date',
  /** A count or amount that is not a (whole, positive, …) number as required. */
  'invalid-number',
  /** A value outside the ones accepted (hoursPerMonth 730 or 720, a precision, a format…). */
  'invalid-choice',
  /** An option key the function does not take (a typo: did-you-mean). */
  'unknown-option',
  'unknown-model',
  'unknown-provider',
  'unknown-method',
  /** Two inputs that cannot be given together, or one that needs another. */
  'conflicting-options',
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/**
 * How a message names the inputs it cites. A message is written once, as a phrase over a wording;
 * `message` is always the library caller's words (the option keys they wrote: "baseModel"), and
 * `messageIn` gives the same message in another audience's: the CLI's flags ("--base-model", see
 * cli/wording.ts), the widget's field labels ("Prompted base model").
 */
export interface Wording {
  /** An input, named by its library option key ("queriesPerDay"); `arg` is what the CLI writes after the flag ("N"). */
  option(key: string, arg?: string): string;
  /** Where to see every model id: a hint with a leading space (" (ftcost catalog list shows every model)"), or "". */
  readonly everyModel: string;
  /**
   * An input as a note's hint names it, set to `value` when given ("--peak-factor 2"); undefined where
   * this audience cannot set that input (the widget has no box for it), and the hint is left out.
   * Absent: `option(key)`, and `option(key): value` with a value (the library's "peakFactor: 2").
   */
  setting?(key: string, value?: string): string | undefined;
}

/** A message written over a wording (see Wording). */
export type Phrase = (w: Wording) => string;

/** A library caller's words: option keys as written, no CLI command. What `UserError.message` holds. */
export const LIBRARY_WORDING: Wording = { option: (key) => key, everyModel: '' };

export interface UserErrorOptions {
  code?: UserErrorCode;
  /** The input the mistake is in, by its library option key ("baseModel"), so a form can mark its field. */
  option?: string;
  /** Extra lines (every problem of a catalog file, say) printed after the message. */
  details?: readonly string[];
}

export class UserError extends Error {
  readonly exitCode = 2;
  /** Extra lines (every problem of a catalog file, say) printed after the message. */
  readonly details: readonly string[];
  readonly code: UserErrorCode;
  /** The input the mistake is in, by its library option key ("baseModel"); undefined when not one input. */
  readonly option: string | undefined;
  private readonly phrase: Phrase | undefined;
  /**
   * The message (plain text, or a phrase naming inputs through a Wording: `message` is then the
   * library's words), and the second argument: the detail lines, or { code, option, details }.
   */
  constructor(message: string | Phrase, options: readonly string[] | UserErrorOptions = []) {
    super(typeof message === 'string' ? message : message(LIBRARY_WORDING));
    this.name = 'UserError';
    const o: UserErrorOptions = Array.isArray(options) ? { details: options } : (options as UserErrorOptions);
    this.details = o.details ?? [];
    this.code = o.code ?? 'invalid-input';
    this.option = o.option;
    this.phrase = typeof message === 'string' ? undefined : message;
  }

  /** The message in an audience's words (the CLI's flags, the widget's labels); plain-text messages are unchanged. */
  messageIn(wording: Wording): string {
    return this.phrase ? this.phrase(wording) : this.message;
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}
