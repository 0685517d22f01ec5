/**
 * `theme="auto"`: the widget takes the colours of what the page around it shows, not only the OS setting. Docs
 * sites switch their own theme (VitePress: `html.dark`; Docusaurus and Starlight: `html[data-theme]`; MkDocs
 * Material: `body[data-md-color-scheme]`), and the widget's `all: initial` cuts it off from anything it could
 * inherit; so it reads what is on screen: the background behind it (the nearest ancestor with an opaque one), and
 * where every ancestor is transparent, the canvas — dark only when the page's `color-scheme` makes it so (`dark`,
 * or `light dark` with the OS set to dark). A page that says nothing is drawn white, whatever the OS says.
 */
type Scheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** An rgb()/rgba() colour's relative luminance (0 black – 1 white), or undefined when it is transparent. */
function luminance(color: string): number | undefined {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?/.exec(color);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  if (alpha < 0.5) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = Number(c) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The scheme the page shows around `host`. */
export function hostScheme(host: Element): Scheme {
  const win = host.ownerDocument.defaultView;
  if (!win) return 'light';
  for (let el: Element | null = host.parentElement; el; el = el.parentElement) {
    const l = luminance(win.getComputedStyle(el).backgroundColor);
    // Mid-grey (0.18 luminance) is where black text and white text contrast alike.
    if (l !== undefined) return l < 0.18 ? 'dark' : 'light';
  }
  const scheme = win.getComputedStyle(host.ownerDocument.documentElement).colorScheme ?? '';
  if (!/\bdark\b/.test(scheme)) return 'light';
  return /\blight\b/.test(scheme) && !win.matchMedia?.(DARK_QUERY).matches ? 'light' : 'dark';
}

/**
 * Calls `onChange` when the page may have switched (its root or body attributes changed: a theme toggle; or the
 * OS setting changed), on the next frames, once the site's new styles apply. Returns the unsubscribe.
 */
export function watchHostScheme(host: Element, onChange: () => void): () => void {
  const doc = host.ownerDocument;
  const win = doc.defaultView;
  if (!win || typeof win.MutationObserver !== 'function') return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Twice: at once, and after a short colour transition some sites animate.
  const later = () => {
    onChange();
    clearTimeout(timer);
    timer = setTimeout(onChange, 350);
  };
  const observer = new win.MutationObserver(later);
  for (const el of [doc.documentElement, doc.body]) if (el) observer.observe(el, { attributes: true });
  const media = win.matchMedia?.(DARK_QUERY);
  media?.addEventListener?.('change', later);
  return () => {
    observer.disconnect();
    media?.removeEventListener?.('change', later);
    clearTimeout(timer);
  };
}
