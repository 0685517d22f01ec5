/**
 * Thousands separators as people write them, one rule for every door that reads typed numbers (the CLI's flags,
 * the widget's boxes and attributes; docs/bad-input.md): a comma separates thousands in groups of three ("1,000",
 * "12,345.50"); anywhere else it is not dropped — "1,5" is a decimal comma in half the world, and reading it as 15
 * is a silent wrong answer. Underscores and spaces between digits ("1_000", "1 000") are separators too.
 */

/** The number text without its thousands separators; undefined when a comma is not a thousands separator. */
export function withoutThousands(raw: string): string | undefined {
  const text = raw.trim().replace(/(?<=\d)[_\s](?=\d)/g, '');
  if (!text.includes(',')) return text;
  if (!/^[-+$]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return undefined;
  return text.replace(/,/g, '');
}

/** Why a number with a misplaced comma is refused, in one phrase. */
export function commaProblem(raw: string): string {
  const text = raw.trim();
  const decimal = /^\$?\d+,\d+$/.test(text)
    ? `; write "${text.replace(/^\$/, '').replace(',', '.')}" for a decimal`
    : '';
  return `a comma only separates thousands (1,000)${decimal}`;
}
