/**
 * JSON parsing that never turns a price into a binary float. Azure's Retail Prices API writes prices
 * as JSON numbers (`"retailPrice": 7e-05`); JSON.parse would make them doubles before anything could
 * see their digits. Here every number token is quoted first, so it reaches the importer as the exact
 * text the provider wrote ("7e-05"), and decimal.js reads that text.
 */

/** A JSON number token, anchored where the scan stands (RFC 8259 grammar). */
const NUMBER_TOKEN = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Parse JSON with every number kept as its source text (a string). Strings, booleans, nulls and
 * structure are as JSON.parse gives them; invalid JSON throws JSON.parse's SyntaxError.
 */
export function parseJsonKeepingNumbers(text: string): unknown {
  const parts: string[] = [];
  let copiedUpTo = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Skip the whole string so digits inside it are left alone.
      i++;
      while (i < text.length && text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c /* \ */ ? 2 : 1;
      i++;
      continue;
    }
    if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      NUMBER_TOKEN.lastIndex = i;
      const match = NUMBER_TOKEN.exec(text);
      // Not a number token: leave it for JSON.parse to reject with its own message.
      if (!match) {
        i++;
        continue;
      }
      parts.push(text.slice(copiedUpTo, i), '"', match[0], '"');
      i += match[0].length;
      copiedUpTo = i;
      continue;
    }
    i++;
  }
  parts.push(text.slice(copiedUpTo));
  return JSON.parse(parts.join(''));
}

/** A JSON number's text (or a decimal string): what a price field may hold once parsed as above. */
const NUMBER_TEXT = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

export function isNumberText(value: unknown): value is string {
  return typeof value === 'string' && NUMBER_TEXT.test(value);
}
