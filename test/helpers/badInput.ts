/** Hostile inputs shared by the bad-input tests. */

/** A "billion laughs" YAML: nine levels of nine aliases each (9^9 strings once expanded), then `lastKey: *i`. */
export function aliasBomb(lastKey: string, head = ''): string {
  const names = 'abcdefghi';
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < names.length; i++)
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  return `${head}${lines.join('\n')}\n${lastKey}: *i\n`;
}
