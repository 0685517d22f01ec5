/**
 * The terminal view of the pricing commands (estimate, budget, breakeven): what prints when stdout is
 * a terminal and neither --wide nor another format is asked for (docs/estimate.md: the terminal
 * view). Tables fit the width, long lists fold, notes become one-letter markers explained once, and
 * sources become short references. Pure: text in, lines out; no figure is computed here.
 *
 * Width is counted in code points, as layout.ts counts it: every character ftcost writes here is
 * one terminal column wide (ASCII, and a few Latin punctuation marks such as "·", "–", "…"), so no
 * string-width module is loaded on the estimate path. ANSI colour codes count for nothing.
 */
import type { Catalog } from '../catalog/model.js';

/** How the terminal view is laid out: set by the CLI when stdout is a terminal (cli/options.ts). */
export interface TerminalView {
  /** Columns available: COLUMNS, else the terminal's width. */
  width: number;
  /** --all: every row, every break-even and regime, not the first FOLD_ROWS. */
  all: boolean;
  /** --sources: every source's full address (else short references). */
  sources: boolean;
}

/** Rows shown before a list folds ("… 48 more (--all)"). */
export const FOLD_ROWS = 10;

const ANSI = /\x1b\[[0-9;]*m/g;

/** Terminal columns a text takes: code points, colour codes left out. */
export function textWidth(text: string): number {
  let n = 0;
  for (const _ of text.includes('\x1b') ? text.replace(ANSI, '') : text) n++;
  return n;
}

/** The text cut to `width` columns, "…" marking the cut. */
function cut(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 0) return '';
  return [...text].slice(0, width - 1).join('') + '…';
}

const URL = /^\(?https?:\/\//;

/**
 * A paragraph wrapped at spaces to `width` columns; continuation lines indented by the text's own
 * leading spaces plus `indent`. A word longer than a line is broken where the line ends, except an
 * address (http…), which stands whole on a line of its own: the only lines longer than the width.
 */
export function wrap(text: string, width: number, indent = '  '): string[] {
  const lead = /^ */.exec(text)![0];
  const words = text.slice(lead.length).split(' ');
  const lines: string[] = [];
  let line = lead;
  let fresh = true;
  const next = lead + indent;
  for (let word of words) {
    const sep = fresh ? '' : ' ';
    if (textWidth(line) + sep.length + textWidth(word) <= width) {
      line += sep + word;
      fresh = false;
      continue;
    }
    if (!fresh) {
      lines.push(line);
      line = next;
    }
    // A word longer than a whole line: as much as fits on each; but an address stays whole, alone on
    // its line (the terminal wraps it, and it still copies as one).
    if (URL.test(word) && textWidth(line) + textWidth(word) > width) {
      lines.push(line + word);
      line = next;
      fresh = true;
      continue;
    }
    while (textWidth(line) + textWidth(word) > width) {
      const room = Math.max(1, width - textWidth(line));
      const chars = [...word];
      lines.push(line + chars.slice(0, room).join(''));
      word = chars.slice(room).join('');
      line = next;
    }
    line += word;
    fresh = false;
  }
  if (!fresh || lines.length === 0) lines.push(line);
  return lines.map((l) => l.trimEnd());
}

/** Every line wrapped to the width (a line that fits is kept as it is). */
export function wrapAll(lines: readonly string[], width: number): string[] {
  return lines.flatMap((l) => (textWidth(l) <= width ? [l] : wrap(l, width)));
}

export interface FitColumn {
  header: string;
  align?: 'left' | 'right';
  /**
   * Text that may be cut with "…": first down to `soft` columns, before any column is dropped, then
   * to `hard`. Absent: never cut (figures, markers).
   */
  shrink?: { soft: number; hard: number };
  /** Dropped when the table does not fit: the lowest rank first. Absent: never dropped. */
  drop?: number;
}

/**
 * A text table within `width` columns. In this order, until it fits: text columns are cut down to
 * their soft widths (the one furthest above it first); columns are dropped in their documented order
 * (each drop gives the text room back); text columns are cut to their hard widths. Figures are never
 * cut. Returns the lines and the headers of the columns dropped.
 */
export function fitTable(
  columns: readonly FitColumn[],
  rows: readonly (readonly string[])[],
  width: number,
): { lines: string[]; dropped: string[] } {
  const natural = columns.map((c, i) => {
    let w = textWidth(c.header);
    for (const r of rows) w = Math.max(w, textWidth(r[i] ?? ''));
    return w;
  });
  const attempt = (keep: readonly number[], floor: 'soft' | 'hard'): number[] | null => {
    const widths = keep.map((i) => natural[i]!);
    let total = widths.reduce((a, b) => a + b, 0) + 2 * (keep.length - 1);
    while (total > width) {
      // Cut the text column furthest above its floor, one column at a time.
      let best = -1;
      let most = 0;
      keep.forEach((i, k) => {
        const s = columns[i]!.shrink;
        const slack = s ? widths[k]! - s[floor] : 0;
        if (slack > most) [best, most] = [k, slack];
      });
      if (best < 0) return null;
      widths[best]!--;
      total--;
    }
    return widths;
  };
  let keep = columns.map((_, i) => i);
  let widths = attempt(keep, 'soft');
  const order = columns
    .map((c, i) => ({ rank: c.drop, i }))
    .filter((c): c is { rank: number; i: number } => c.rank !== undefined)
    .sort((a, b) => a.rank - b.rank);
  for (const { i } of order) {
    if (widths) break;
    keep = keep.filter((k) => k !== i);
    widths = attempt(keep, 'soft');
  }
  widths ??= attempt(keep, 'hard') ?? keep.map((i) => Math.min(natural[i]!, columns[i]!.shrink?.hard ?? natural[i]!));
  const w = widths;
  const cell = (text: string, k: number) => {
    const c = columns[keep[k]!]!;
    const shown = c.shrink ? cut(text, w[k]!) : text;
    const gap = ' '.repeat(Math.max(0, w[k]! - textWidth(shown)));
    return c.align === 'right' ? gap + shown : shown + gap;
  };
  const line = (cells: readonly string[]) =>
    keep
      .map((i, k) => cell(cells[i] ?? '', k))
      .join('  ')
      .trimEnd();
  return {
    lines: [
      line(columns.map((c) => c.header)),
      line(columns.map((_, i) => '-'.repeat(w[keep.indexOf(i)] ?? 0))),
      ...rows.map(line),
    ],
    dropped: columns.filter((_, i) => !keep.includes(i)).map((c) => c.header),
  };
}

/**
 * A list too long even for --all or a file (text and markdown): its first 30 and last 5 items, with the item `gap`
 * makes from how many are left out between them. Two replica-billed options of nearly the same cost per query swap
 * at every replica step: 166,291 break-evens, an 18.7 MB table, before this.
 */
export function foldLong<T>(items: readonly T[], gap: (hidden: number) => T): T[] {
  const head = 30;
  const tail = 5;
  if (items.length <= head + tail + 1) return [...items];
  return [...items.slice(0, head), gap(items.length - head - tail), ...items.slice(-tail)];
}

/** The first FOLD_ROWS items (all of them with --all), and the line saying how many more there are. */
export function fold<T>(items: readonly T[], view: TerminalView, what = 'more'): { shown: T[]; more: string[] } {
  if (view.all || items.length <= FOLD_ROWS) return { shown: [...items], more: [] };
  return { shown: items.slice(0, FOLD_ROWS), more: [`… ${items.length - FOLD_ROWS} ${what} (--all)`] };
}

/**
 * Provider names as the terminal view shows them: the catalog's name, with a trailing " AI" or
 * " Cloud" dropped ("Together AI" → "Together", "Crusoe Cloud" → "Crusoe"), and these few by hand.
 */
const SHORT_PROVIDER_NAMES: Record<string, string> = {
  'Thinking Machines Tinker': 'Tinker',
  'Amazon Bedrock': 'Bedrock',
  'Google Vertex AI': 'Vertex AI',
};

export function shortProviderName(name: string): string {
  return SHORT_PROVIDER_NAMES[name] ?? (name.replace(/ (AI|Cloud)$/, '') || name);
}

/** A one-letter note next to a row, explained once below the table. */
export interface Marker {
  mark: string;
  meaning: string;
}

/** What a row of estimate or budget carries that the shared markers read. */
interface MarkedRow {
  stale: boolean;
  availability: {
    trainable: boolean;
    status: string;
    trainingEndsOn: string | null;
    servingEndsOn: string | null;
  } | null;
  truncatedExamples: number;
  production: boolean;
  sourceKind: string;
}

/**
 * A row's one-letter markers, in the legend's order: s u p d e t, then the command's own (`middle`:
 * estimate's k m n, budget's m n), then x c. One order, so a letter means one thing in every table.
 */
export function rowMarks(r: MarkedRow, middle: string): string {
  const a = r.availability;
  let out = r.stale ? 's' : '';
  if (a && !a.trainable) out += 'u';
  if (a?.status === 'preview') out += 'p';
  if (a?.status === 'deprecated') out += 'd';
  if (a?.trainable && (a.trainingEndsOn || a.servingEndsOn)) out += 'e';
  if (r.truncatedExamples > 0) out += 't';
  out += middle;
  if (!r.production) out += 'x';
  if (r.sourceKind === 'copy') out += 'c';
  return out;
}

/** The legend of the shared markers, with the command's own (`middle`, after t) and its wording of t. */
export function markerLegend(
  res: { staleAfterDays: number; today: string; asOf: string },
  truncated: string,
  middle: readonly Marker[],
  used: ReadonlySet<string>,
): Marker[] {
  const all: Marker[] = [
    {
      mark: 's',
      meaning:
        `stale: the price was last checked more than ${res.staleAfterDays} days before ${res.today}; ` +
        'verify it before budgeting',
    },
    { mark: 'u', meaning: `cannot be trained on ${res.asOf}: closed to you, training ended, or retired` },
    { mark: 'p', meaning: 'preview' },
    { mark: 'd', meaning: 'deprecated' },
    { mark: 'e', meaning: 'an end is announced: training ends or the model shuts down (--wide gives the dates)' },
    { mark: 't', meaning: truncated },
    ...middle,
    { mark: 'x', meaning: 'not for production (no SLA), per the provider' },
    { mark: 'c', meaning: "copy: the price was read from a third party's copy of the provider's page; check the page" },
  ];
  return all.filter((m) => used.has(m.mark));
}

/** The markers used, in the order given, one line each ("s  stale: …"), wrapped under their meaning. */
export function markerLines(used: readonly Marker[], width: number): string[] {
  return used.flatMap((m) => wrap(`${m.mark}  ${m.meaning}`, width, '   '));
}

/** "fireworks.ai" for "https://www.fireworks.ai/pricing"; the text itself when it is not a URL. */
function hostOf(url: string): string {
  const m = /^[a-z]+:\/\/(?:www\.)?([^/?#]+)/i.exec(url);
  return m ? m[1]! : url;
}

/**
 * Sources as short references, for the line under a table: the sites read, each once, a copy named
 * by the page it copies ("together.ai (copy on github.com)"). --sources prints the full addresses.
 */
export function sourcesLine(sources: readonly { source: string; original?: string | null }[]): string {
  const direct = new Set<string>();
  const copies = new Map<string, Set<string>>();
  for (const s of sources) {
    if (s.original) {
      const on = hostOf(s.source);
      const set = copies.get(on) ?? new Set<string>();
      set.add(hostOf(s.original));
      copies.set(on, set);
    } else direct.add(hostOf(s.source));
  }
  const parts = [...direct];
  for (const [on, originals] of copies) {
    parts.push(`${[...originals].join(', ')} (${originals.size === 1 ? 'a copy' : 'copies'} on ${on})`);
  }
  return `Sources: ${parts.join('; ')} — --sources gives every address`;
}

/** The line under a table that lost columns to the width: "Hidden at 80 columns: Tokens (see --wide)." */
export function droppedLine(dropped: readonly string[], width: number): string[] {
  return dropped.length ? [`Hidden at ${width} columns: ${dropped.join(', ')} (see --wide).`] : [];
}

/** The lines of a view checked against its width: any line still too long (prose) is wrapped. */
export function finish(lines: readonly string[], width: number): string {
  return wrapAll(lines, width).join('\n') + '\n';
}

/**
 * Open-weight models of a catalog, as "provider/model": those with a known size (parametersBillions,
 * what self-hosting needs), those whose id is a repository path ("meta-llama/Llama-3.1-8B-Instruct",
 * "accounts/fireworks/models/…"), and those sharing the display name of one of these. Every other
 * model counts as a closed model. Keyed per offer row: `${provider}/${model}`.
 */
export function openWeightModels(catalog: Catalog): Set<string> {
  const open = new Set<string>();
  const names = new Set<string>();
  const all = catalog.providers.flatMap((p) => p.models.map((m) => ({ key: `${p.id}/${m.id}`, m })));
  for (const { key, m } of all) {
    if (m.parametersBillions !== undefined || m.id.includes('/')) {
      open.add(key);
      if (m.name) names.add(m.name);
    }
  }
  for (const { key, m } of all) if (m.name && names.has(m.name)) open.add(key);
  return open;
}
