/**
 * Loading the later script (the break-even panel, file drop, running inputs and copy buttons) from
 * the script-tag build: a second classic script beside this one (ftcost-breakeven.js). It is built
 * with Preact, src/decimal.ts and src/errors.ts as externals read from `__ftcostShared` (the
 * bindings src/lazy/shared.ts lists), so both scripts share one Preact (hooks work across them), one Decimal
 * class and one UserError class (instanceof works across them).
 */
import type { BreakEvenPanelModule } from './panel.js';
import { SHARED_MODULES } from './shared.js';

const BREAKEVEN_FILE = 'ftcost-breakeven.js';
const SHARED_GLOBAL = '__ftcostShared';
const PANEL_GLOBAL = '__ftcostBreakEven';

export function scriptLoader(scriptUrl: string | undefined): () => Promise<BreakEvenPanelModule> {
  return () =>
    new Promise((resolve, reject) => {
      const g = globalThis as unknown as Record<string, unknown>;
      if (g[PANEL_GLOBAL]) return resolve(g[PANEL_GLOBAL] as BreakEvenPanelModule);
      g[SHARED_GLOBAL] = SHARED_MODULES;
      const src = new URL(BREAKEVEN_FILE, scriptUrl ?? document.baseURI).href;
      const script = document.createElement('script');
      script.src = src;
      script.async = true;
      script.onload = () =>
        g[PANEL_GLOBAL]
          ? resolve(g[PANEL_GLOBAL] as BreakEvenPanelModule)
          : reject(new Error(`${src} did not define the break-even panel`));
      script.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.appendChild(script);
    });
}
