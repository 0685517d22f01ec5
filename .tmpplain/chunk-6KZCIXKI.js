import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);

// src/errors.ts
var LIBRARY_WORDING = { option: (key) => key, everyModel: "" };
var UserError = class extends Error {
  exitCode = 2;
  /** Extra lines (every problem of a catalog file, say) printed after the message. */
  details;
  code;
  /** The input the mistake is in, by its library option key ("baseModel"); undefined when not one input. */
  option;
  phrase;
  /**
   * The message (plain text, or a phrase naming inputs through a Wording: `message` is then the
   * library's words), and the second argument: the detail lines, or { code, option, details }.
   */
  constructor(message, options = []) {
    super(typeof message === "string" ? message : message(LIBRARY_WORDING));
    this.name = "UserError";
    const o = Array.isArray(options) ? { details: options } : options;
    this.details = o.details ?? [];
    this.code = o.code ?? "invalid-input";
    this.option = o.option;
    this.phrase = typeof message === "string" ? void 0 : message;
  }
  /** The message in an audience's words (the CLI's flags, the widget's labels); plain-text messages are unchanged. */
  messageIn(wording) {
    return this.phrase ? this.phrase(wording) : this.message;
  }
};
function isUserError(err) {
  return err instanceof UserError;
}

export {
  UserError,
  isUserError
};
