/**
 * Counters for a dropped file, falling back to the CLI's labelled estimate when an open-weight
 * tokenizer cannot be loaded. The open-model tokenizer chunks ship separately from the npm package
 * (packages/ftcost-widget-tokenizers): a docs site that did not deploy them still counts the file —
 * with the stand-in tokenizer the CLI uses when the package is missing, and the plan says so
 * ("estimate; install …") — instead of failing on a chunk that 404s.
 */
import { countersFor, plansFor } from '../../../src/dataset/count.js';
import { OPEN_TOKENIZER_PACKAGES, OPEN_TOKENIZERS, type OpenTokenizer } from '../../../src/tokens/open/ids.js';
import { setPackageCheck } from '../../../src/tokens/open/installed.js';

type Plans = ReturnType<typeof plansFor>;
type Counters = Awaited<ReturnType<typeof countersFor>>;

const isOpen = (base: string): base is OpenTokenizer => (OPEN_TOKENIZERS as readonly string[]).includes(base);

export async function countersWithFallback(
  encodings: readonly (string | undefined)[],
  load: (plans: Plans) => Promise<Counters> = countersFor,
): Promise<{ plans: Plans; counters: Counters; missing: string[] }> {
  const missing = new Set<string>();
  for (;;) {
    const plans = plansFor(encodings);
    try {
      return { plans, counters: await load(plans), missing: [...missing] };
    } catch (err) {
      // Which open tokenizers cannot be loaded? Try each alone; the exact ones (tiktoken ranks) must load.
      const open = [...new Set(plans.map((p) => p.base))].filter(isOpen);
      let found = false;
      for (const base of open) {
        try {
          await load(plans.filter((p) => p.base === base));
        } catch {
          missing.add(OPEN_TOKENIZER_PACKAGES[base].name);
          found = true;
        }
      }
      if (!found) throw err;
      // From now on these packages count as not installed: the plans become the labelled estimates.
      setPackageCheck((specifier) => !missing.has(specifier));
    }
  }
}
