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

export interface UserErrorOptions {
  code?: UserErrorCode;
  /** Extra lines (every problem of a catalog file, say) printed after the message. */
  details?: readonly string[];
}

export class UserError extends Error {
  readonly exitCode = 2;
  /** Extra lines (every problem of a catalog file, say) printed after the message. */
  readonly details: readonly string[];
  readonly code: UserErrorCode;
  /** The second argument: the detail lines, or { code, details }. */
  constructor(message: string, options: readonly string[] | UserErrorOptions = []) {
    super(message);
    this.name = 'UserError';
    const o: UserErrorOptions = Array.isArray(options) ? { details: options } : (options as UserErrorOptions);
    this.details = o.details ?? [];
    this.code = o.code ?? 'invalid-input';
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}
