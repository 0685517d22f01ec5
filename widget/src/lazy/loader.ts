/**
 * The later script (lazy/panel.ts: the break-even panel with its engine and chart, its inputs, the
 * file drop and the copy buttons) loads after the first paint: none of it is needed for the first
 * price, and keeping it out of the first script keeps that price inside its 40 KB budget (habit 9:
 * heavy things load late). Each entry point says how: the ESM build with a dynamic import (a
 * separate chunk), the script-tag build by adding a second script that shares this one's Preact,
 * Decimal and error class (see script.ts and vite.config.ts).
 */
import type { BreakEvenPanelModule } from './panel.js';

type Loader = () => Promise<BreakEvenPanelModule>;

let loader: Loader | undefined;
let loading: Promise<BreakEvenPanelModule> | undefined;

export function setBreakEvenLoader(load: Loader): void {
  loader = load;
}

export function loadBreakEvenPanel(): Promise<BreakEvenPanelModule> {
  if (!loader) return Promise.reject(new Error('ftcost: no break-even loader configured'));
  loading ??= loader().catch((err: unknown) => {
    loading = undefined; // let a later mount retry
    throw err;
  });
  return loading;
}
