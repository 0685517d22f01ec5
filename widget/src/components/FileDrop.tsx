/**
 * Drop (or choose) a JSONL training file: it is validated and counted in a Web Worker by the CLI's
 * reader, with progress and a Cancel button; the exact count then replaces examples × tokens per
 * example, and every broken line is listed with its line number and error code. The file is read
 * locally; nothing is uploaded.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DatasetReport } from '../../../src/dataset/report.js';
import { TokenHistogram } from '../../../src/dataset/histogram.js';
import { formatCount } from '../../../src/format/money.js';

export type FileStatus =
  | { phase: 'working'; name: string; size: number; text: string; bytes: number }
  | { phase: 'done'; name: string; size: number; report: DatasetReport }
  | { phase: 'error'; name: string; message: string }
  | { phase: 'cancelled'; name: string };

export interface FileDropProps {
  idPrefix: string;
  status: FileStatus | null;
  onFile: (file: File) => void;
  onCancel: () => void;
  onClear: () => void;
}

/** Errors shown in full up to this many; the rest are counted (the copied JSON lists all of them). */
const MAX_LISTED_ERRORS = 200;

function percent(bytes: number, size: number): number {
  return size === 0 ? 100 : Math.min(100, Math.floor((bytes / size) * 100));
}

/** A screen reader hears the progress at most this often (the bar itself moves every 80 ms). */
const LIVE_EVERY_MS = 1000;

/**
 * `text`, changed at most once every `everyMs`: the latest value is shown when the interval has
 * passed, the ones in between are skipped (a 1.7 s count is announced twice, not thirteen times).
 */
function useThrottledText(text: string, everyMs = LIVE_EVERY_MS): string {
  const [shown, setShown] = useState(text);
  const last = useRef(0);
  useEffect(() => {
    if (text === shown) return;
    const wait = last.current + everyMs - Date.now();
    const apply = () => {
      last.current = Date.now();
      setShown(text);
    };
    if (wait <= 0) {
      apply();
      return;
    }
    const timer = setTimeout(apply, wait);
    return () => clearTimeout(timer);
  }, [text, shown, everyMs]);
  return shown;
}

/** What the live region says for a status: short, and the same words as the screen. */
function announcement(status: FileStatus | null): string {
  if (!status) return '';
  if (status.phase === 'working') return `${status.name}: ${status.text} ${percent(status.bytes, status.size)}%`;
  if (status.phase === 'done') {
    const c = status.report.count;
    return `${status.name}: ${formatCount(c.examples)} valid examples, ${formatCount(c.invalidLines)} invalid lines.`;
  }
  if (status.phase === 'cancelled') return `Counting ${status.name} was cancelled.`;
  return '';
}

function Report({ report }: { report: DatasetReport }) {
  const c = report.count;
  const errors = [...c.errors].sort((a, b) => a.line - b.line);
  const warnings = Object.entries(c.warningCounts).filter(([, n]) => (n ?? 0) > 0);
  return (
    <div class="file-report">
      <p class="file-summary">
        <strong>{report.file}</strong>: {formatCount(c.lines)} lines,{' '}
        <span data-examples={c.examples}>{formatCount(c.examples)} valid examples</span>
        {c.invalidLines > 0 ? (
          <>
            ,{' '}
            <span class="error" data-invalid={c.invalidLines}>
              {formatCount(c.invalidLines)} invalid {c.invalidLines === 1 ? 'line' : 'lines'}
            </span>{' '}
            (the platform would reject the file as it is; they are left out below)
          </>
        ) : (
          ', no invalid lines'
        )}
        .
      </p>
      <ul class="token-counts">
        {report.plans
          .filter((p, i, all) => all.findIndex((q) => q.base === p.base) === i)
          .map((p) => {
            const counted = c.encodings[p.base];
            // An open-weight model counted with this tokenizer as a stand-in is billed without image parts
            // (EncodingPlan.withoutImages): where only such models use it, that is the count shown; where an
            // exact model shares it, the text-only count follows the exact one.
            const here = report.plans.filter((q) => q.base === p.base);
            const standInOnly = here.every((q) => q.withoutImages);
            const shown = standInOnly && counted?.withoutImages ? counted.withoutImages : counted;
            const total = shown ? TokenHistogram.from(shown.histogram).total() : 0n;
            const textOnly =
              !standInOnly && here.some((q) => q.withoutImages) && counted?.withoutImages
                ? TokenHistogram.from(counted.withoutImages.histogram).total()
                : undefined;
            return (
              <li key={p.base} data-encoding={p.base} data-tokens={total.toString()}>
                {p.base}: {formatCount(total)} tokens per epoch before per-example caps (
                {here.some((q) => q.exact) ? 'exact' : 'estimate'})
                {textOnly !== undefined && textOnly !== total
                  ? `; ${formatCount(textOnly)} without images, as the open-weight models counted with it are priced`
                  : ''}
              </li>
            );
          })}
      </ul>
      {warnings.length > 0 ? (
        <p class="hint">Warnings: {warnings.map(([code, n]) => `${code} × ${n}`).join(', ')}.</p>
      ) : null}
      {errors.length > 0 ? (
        <ol class="line-errors" aria-label="Invalid lines">
          {errors.slice(0, MAX_LISTED_ERRORS).map((e, i) => (
            <li key={i} data-line={e.line} data-code={e.code}>
              line {e.line}: <code>{e.code}</code> — {e.message}
            </li>
          ))}
          {errors.length > MAX_LISTED_ERRORS ? (
            <li>… and {errors.length - MAX_LISTED_ERRORS} more (Copy JSON lists them all)</li>
          ) : null}
        </ol>
      ) : null}
    </div>
  );
}

export function FileDrop({ idPrefix, status, onFile, onCancel, onClear }: FileDropProps) {
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = `${idPrefix}-file`;
  const live = useThrottledText(announcement(status));
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    // A drop zone only; the file input and its label inside it are the keyboard path.
    // biome-ignore lint/a11y/noStaticElementInteractions: see the line above
    <div
      class={`drop${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files);
      }}
    >
      <label for={inputId}>
        <strong>Training file (JSONL)</strong> — drop it here or choose it; it is counted exactly in your browser and
        never uploaded.
      </label>{' '}
      <input
        ref={input}
        id={inputId}
        type="file"
        accept=".jsonl,.json,.txt,application/jsonl,application/x-ndjson,text/plain"
        onChange={(e) => {
          take((e.currentTarget as HTMLInputElement).files);
          (e.currentTarget as HTMLInputElement).value = '';
        }}
      />
      <p class="sr-only" aria-live="polite" aria-atomic="true" data-live="file">
        {live}
      </p>
      <div class="file-status">
        {status?.phase === 'working' ? (
          <div class="working">
            <label for={`${inputId}-progress`}>
              {status.name}: {status.text} {percent(status.bytes, status.size)}%
            </label>
            <progress id={`${inputId}-progress`} max={100} value={percent(status.bytes, status.size)} />
            <button type="button" class="secondary" onClick={onCancel}>
              Cancel
            </button>
          </div>
        ) : null}
        {status?.phase === 'error' ? (
          <p class="error" role="alert">
            {status.name}: {status.message}
          </p>
        ) : null}
        {status?.phase === 'cancelled' ? <p class="hint">Counting {status.name} was cancelled.</p> : null}
        {status?.phase === 'done' ? <Report report={status.report} /> : null}
      </div>
      {status && status.phase !== 'working' ? (
        <button type="button" class="secondary" onClick={onClear}>
          {status.phase === 'done' ? 'Use typed numbers instead' : 'Clear'}
        </button>
      ) : null}
    </div>
  );
}
