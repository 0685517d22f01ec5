/**
 * The widget's stylesheet, given to each shadow root as a constructable stylesheet
 * (`adoptedStyleSheets`): no `<style>` element and no inline style, so a page whose
 * Content-Security-Policy says `style-src 'self'` (no 'unsafe-inline', no hash) styles it fully.
 * One CSSStyleSheet per window is shared by every widget on the page. Where constructable sheets
 * are missing (very old browsers, some test DOMs) a `<style>` element is the fallback.
 */
import css from './styles.css?inline';

const sheets = new WeakMap<object, CSSStyleSheet>();

function sheetFor(win: Window & typeof globalThis): CSSStyleSheet | undefined {
  const Sheet = win.CSSStyleSheet as (typeof CSSStyleSheet & { prototype: { replaceSync?: unknown } }) | undefined;
  if (typeof Sheet !== 'function' || typeof Sheet.prototype.replaceSync !== 'function') return undefined;
  let sheet = sheets.get(win);
  if (!sheet) {
    try {
      sheet = new Sheet();
      sheet.replaceSync(css);
    } catch {
      return undefined;
    }
    sheets.set(win, sheet);
  }
  return sheet;
}

/** Style a shadow root; returns the function that takes the styles away again. */
export function adoptStyles(root: ShadowRoot): () => void {
  const win = (root.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const sheet = 'adoptedStyleSheets' in root ? sheetFor(win) : undefined;
  if (sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.prepend(style);
  return () => style.remove();
}
