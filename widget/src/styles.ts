/**
 * The widget's stylesheets, given to each shadow root as constructable stylesheets
 * (`adoptedStyleSheets`): no `<style>` element and no inline style, so a page whose
 * Content-Security-Policy says `style-src 'self'` (no 'unsafe-inline', no hash) styles it fully.
 * One CSSStyleSheet per window and stylesheet is shared by every widget on the page. Where
 * constructable sheets are missing (very old browsers, some test DOMs) a `<style>` element is the
 * fallback. styles.css is the first view's; the later script brings laterStyles.css (lazy/panel.ts).
 */
import css from './styles.css?inline';

const sheets = new WeakMap<object, Map<string, CSSStyleSheet>>();

function sheetFor(win: Window & typeof globalThis, text: string): CSSStyleSheet | undefined {
  const Sheet = win.CSSStyleSheet as (typeof CSSStyleSheet & { prototype: { replaceSync?: unknown } }) | undefined;
  if (typeof Sheet !== 'function' || typeof Sheet.prototype.replaceSync !== 'function') return undefined;
  let forWin = sheets.get(win);
  if (!forWin) sheets.set(win, (forWin = new Map()));
  let sheet = forWin.get(text);
  if (!sheet) {
    try {
      sheet = new Sheet();
      sheet.replaceSync(text);
    } catch {
      return undefined;
    }
    forWin.set(text, sheet);
  }
  return sheet;
}

/**
 * Style a shadow root (with the first view's stylesheet, or the one given, which comes after it);
 * returns the function that takes the styles away again.
 */
export function adoptStyles(root: ShadowRoot, text: string = css): () => void {
  const win = (root.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const sheet = 'adoptedStyleSheets' in root ? sheetFor(win, text) : undefined;
  if (sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = text;
  if (text === css) root.prepend(style);
  else root.append(style);
  return () => style.remove();
}
