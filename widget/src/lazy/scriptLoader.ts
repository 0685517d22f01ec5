/**
 * Loading the later script (the break-even panel, file drop, running inputs and copy buttons) from
 * the script-tag build: a second classic script beside this one (ftcost-breakeven.js). It is built
 * with Preact, src/decimal.ts and src/errors.ts as externals read from `__ftcostShared` (the
 * bindings src/lazy/shared.ts lists), so both scripts share one Preact (hooks work across them), one Decimal
 * class and one UserError class (instanceof works across them). The workbook script (ftcost-workbook.js,
 * loaded by the later one when a workbook is asked for) reads its Decimal from there too.
 */
import { loadClassicScript } from './classicScript.js';
import type { BreakEvenPanelModule } from './panel.js';
import { SHARED_MODULES } from './shared.js';

const BREAKEVEN_FILE = 'ftcost-breakeven.js';
const SHARED_GLOBAL = '__ftcostShared';
const PANEL_GLOBAL = '__ftcostBreakEven';

export function scriptLoader(scriptUrl: string | undefined): () => Promise<BreakEvenPanelModule> {
  return () => {
    (globalThis as unknown as Record<string, unknown>)[SHARED_GLOBAL] = SHARED_MODULES;
    return loadClassicScript(BREAKEVEN_FILE, PANEL_GLOBAL, scriptUrl, 'the break-even panel');
  };
}
