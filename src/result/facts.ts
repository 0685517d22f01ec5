/**
 * A result and the facts behind its words. Every worded field of a result (its assumptions, notes,
 * reasons, bounds) is made from a structured fact (src/domain/notes.ts) in one audience's words; the
 * result carries those facts too, so a caller can word them for another audience
 * (src/render/words/). The facts are not part of the published JSON: they are attached as a
 * non-enumerable property, which JSON.stringify skips, so `--format json` is the contract alone.
 */

/** A result as the library returns it: its JSON contract, and the facts its words were made from. */
export type WithFacts<R, F> = R & { readonly facts: F };

export function withFacts<R extends object, F>(result: R, facts: F): WithFacts<R, F> {
  return Object.defineProperty(result, 'facts', { value: facts, enumerable: false }) as WithFacts<R, F>;
}

/** A copy of a result (JSON-safe: plain data), with the same facts attached. */
export function copyWithFacts<R extends object, F>(result: WithFacts<R, F>): WithFacts<R, F> {
  return withFacts(structuredClone(result) as R, structuredClone(result.facts));
}
