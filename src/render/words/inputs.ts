/**
 * How a note names an input its reader can change: through the audience's Wording (src/errors.ts),
 * so a hint reads "--peak-factor 2" on the command line, "peakFactor: 2" in the library and names
 * the widget's box, and is left out where the audience has no way to set that input.
 */
import type { Note } from '../../domain/notes.js';
import type { Wording } from '../../errors.js';

/** The input named (set to `value`, when given) in this audience's words; undefined where it cannot set it. */
export function settable(w: Wording, key: string, value?: string): string | undefined {
  if (w.setting) return w.setting(key, value);
  return value === undefined ? w.option(key) : `${w.option(key)}: ${value}`;
}

/** The words of every note of the kinds in N: one function per kind (a closed set, checked by the compiler). */
export type WordsOf<N extends Note> = { [K in N['kind']]: (note: Extract<N, { kind: K }>, w: Wording) => string };

/** "1 epoch", "3 epochs". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
