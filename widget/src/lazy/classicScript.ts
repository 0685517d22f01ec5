/**
 * The script-tag build's way of loading what comes later: a classic script added beside the one that asks
 * (ftcost-breakeven.js beside ftcost-widget.iife.js, ftcost-workbook.js beside ftcost-breakeven.js), which
 * defines one global; resolved with that global once the script has run.
 */
export function loadClassicScript<T>(file: string, global: string, base: string | undefined, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const g = globalThis as unknown as Record<string, unknown>;
    if (g[global]) return resolve(g[global] as T);
    const src = new URL(file, base ?? document.baseURI).href;
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.onload = () => (g[global] ? resolve(g[global] as T) : reject(new Error(`${src} did not define ${what}`)));
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.appendChild(script);
  });
}
