/**
 * `import 'ftcost/widget'` during server rendering (a docs generator's SSR: VitePress, Docusaurus, Astro): plain Node,
 * no DOM, in a child process so that nothing of vitest's is on globalThis. The import registers nothing and throws
 * nothing; `defineCalculatorElement()` says false ("not defined here") instead of throwing
 * `customElements is not defined`, and the module's exports are all there for the page's code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(new URL('../../dist/widget/ftcost-widget.js', import.meta.url));

/** Runs an ES module in a bare Node and returns what it printed as JSON. */
function runInNode(code: string): unknown {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node exited ${r.status}:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe.skipIf(!built)('the ESM entry on a server (plain Node, no DOM)', () => {
  it('imports without throwing, through the package exports, and defines nothing', () => {
    const out = runInNode(`
      const globalsBefore = Object.keys(globalThis).sort();
      const widget = await import('ftcost/widget');
      console.log(JSON.stringify({
        dom: [typeof document, typeof customElements, typeof HTMLElement],
        exports: Object.keys(widget).sort(),
        newGlobals: Object.keys(globalThis).filter((k) => !globalsBefore.includes(k)),
        define: widget.defineCalculatorElement(),
        again: widget.defineCalculatorElement(),
        named: widget.defineCalculatorElement('docs-calculator'),
        elementName: widget.ELEMENT_NAME,
      }));
    `);
    expect(out).toEqual({
      dom: ['undefined', 'undefined', 'undefined'],
      exports: [
        'CATALOG_FILE',
        'CHANGE_EVENT',
        'DEFAULT_STATE',
        'ELEMENT_ATTRIBUTES',
        'ELEMENT_NAME',
        'FIRST_VIEW_CATALOG_FILE',
        'RESULT_EVENT',
        'START_VIEW_CATALOG_FILE',
        'defineCalculatorElement',
        'loadCatalog',
        'mount',
      ],
      newGlobals: [],
      define: false,
      again: false,
      named: false,
      elementName: 'ftcost-calculator',
    });
  });

  it('a registry passed in without HTMLElement to extend (a server shim) is left alone', () => {
    const out = runInNode(`
      const { defineCalculatorElement } = await import('ftcost/widget');
      const defined = [];
      const registry = { get: () => undefined, define: (name) => defined.push(name) };
      console.log(JSON.stringify({ result: defineCalculatorElement('ftcost-calculator', registry), defined }));
    `);
    expect(out).toEqual({ result: false, defined: [] });
  });
});
