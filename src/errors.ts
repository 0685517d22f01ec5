/**
 * A user mistake: bad flags, an unknown model, a broken catalog or data file. The CLI prints its
 * message as one line on stderr and exits 2; no stack trace unless --verbose. Anything that is not
 * a UserError is a bug in ftcost and is reported as such.
 */
export class UserError extends Error {
  readonly exitCode = 2;
  /** Extra lines (every problem of a catalog file, say) printed after the message. */
  readonly details: readonly string[];
  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'UserError';
    this.details = details;
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}
