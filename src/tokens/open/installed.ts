/**
 * Whether an open-weight tokenizer's package is installed. The packages are optional peer
 * dependencies (~450 MB together, Gemma 3's alone 242 MB), so a Node user may have none of them;
 * `planEncoding` then plans the estimate ftcost made before it had them, labelled as such with the
 * package to install for an exact count.
 *
 * The answer must be known before counting starts (the plan decides which tokenizer counts, and
 * every output reads the same plan), so it is a module *resolution*, not an import: Node's
 * `import.meta.resolve` is synchronous (Node ≥ 20.6), finds the package's entry file by the same
 * rules as the `await import()` in load.ts, and loads none of its megabytes. Each package is
 * resolved once per process.
 *
 * Only Node resolves bare specifiers from node_modules. A bundle (the widget's Vite build) carries
 * every tokenizer as its own lazy chunk, so it always has them: there the answer is yes.
 *
 * Platform-neutral: no `node:` imports.
 */
import { OPEN_TOKENIZER_PACKAGES, type OpenTokenizer } from './ids.js';

/** Does this bare specifier resolve to an installed package? */
export type PackageCheck = (specifier: string) => boolean;

function isNode(): boolean {
  return typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string';
}

const resolveInNode: PackageCheck = (specifier) => {
  const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve;
  if (!isNode() || typeof resolve !== 'function') return true;
  try {
    resolve(specifier);
    return true;
  } catch (err) {
    // Not installed. Any other failure (a broken package.json, say) is left to the import to report.
    return (err as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND';
  }
};

let check: PackageCheck = resolveInNode;
const known = new Map<OpenTokenizer, boolean>();

/** Is the package that ships this tokenizer installed (so it is counted exactly)? */
export function openTokenizerInstalled(name: OpenTokenizer): boolean {
  let installed = known.get(name);
  if (installed === undefined) {
    installed = check(OPEN_TOKENIZER_PACKAGES[name].name);
    known.set(name, installed);
  }
  return installed;
}

/**
 * Replace how packages are looked for (tests simulate a missing one with it); no argument restores
 * Node's resolution. Forgets earlier answers.
 */
export function setPackageCheck(next?: PackageCheck): void {
  check = next ?? resolveInNode;
  known.clear();
}
