/** "Did you mean" for unknown ids: the closest known names by edit distance (or by prefix). */
import { distance } from 'fastest-levenshtein';

function closest(name: string, known: readonly string[], max = 3): string[] {
  const lower = name.toLowerCase();
  const scored = [...new Set(known)].map((k) => {
    const kl = k.toLowerCase();
    // A known id that contains what was typed ("4o-mini" in "gpt-4o-mini") is as good as a near miss.
    // ("h100" → "h100-sxm" first: a known id that starts with what was typed is the likeliest meaning).
    const score = kl.startsWith(lower)
      ? 0
      : kl.includes(lower) || lower.includes(kl)
        ? Math.min(2, distance(lower, kl))
        : distance(lower, kl);
    return { k, score };
  });
  const limit = Math.max(2, Math.ceil(name.length / 3));
  return scored
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score || a.k.length - b.k.length || a.k.localeCompare(b.k))
    .slice(0, max)
    .map((s) => s.k);
}

/** `; did you mean "a", "b"?` or an empty string. */
export function suggest(name: string, known: readonly string[]): string {
  const near = closest(name, known);
  return near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : '';
}
