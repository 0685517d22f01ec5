/**
 * prepack: takes the open-model tokenizer chunks the widget build wrote to dist/widget/open-tokenizers/
 * (widget/vite.config.ts names them) into this package. The ftcost package leaves them out.
 * Their file names carry content hashes the widget's worker imports by, so this package is only
 * valid with the ftcost build of the same version (peerDependencies pins it).
 */
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';

const from = new URL('../../dist/widget/open-tokenizers/', import.meta.url);
const to = new URL('./open-tokenizers/', import.meta.url);
if (!existsSync(from) || readdirSync(from).length === 0) {
  console.error(
    'ftcost-widget-tokenizers: dist/widget/open-tokenizers/ is missing; run `npm run build` at the repository root first',
  );
  process.exit(2);
}
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
// On stderr: `npm pack --json` prints its JSON on stdout.
console.error(`ftcost-widget-tokenizers: ${readdirSync(to).length} chunks copied`);
