/**
 * The result in the CLI's own schemas, made by the renderers the CLI prints with (src/render/): copy its JSON
 * (`ftcost estimate --format json`) or CSV (`--format csv`), or download its workbook (`--format xlsx`), so a
 * result pastes into, or opens in, anything that reads the CLI's output. The workbook is made in the page (a Blob
 * and an <a download>; nothing is sent anywhere), with exceljs loaded only on the click (lazy/workbookLoader.ts).
 */
import { useRef, useState } from 'preact/hooks';
import { breakEvenCsv, breakEvenJson } from '../../../src/render/breakeven.js';
import { estimateCsv, estimateJson } from '../../../src/render/estimate.js';
import type { BreakEvenResult } from '../../../src/result/breakEven.js';
import type { EstimateResult } from '../../../src/result/estimate.js';
import { loadWorkbook } from '../lazy/workbookLoader.js';
import type { Saved, WorkbookModule } from '../lazy/workbook.js';

interface CopyItem {
  label: string;
  /** Made on click only: rendering every format on every keystroke would be wasted work. */
  text: () => string;
}

interface DownloadItem {
  label: string;
  /** Makes the workbook and hands it to the browser's downloads (lazy/workbook.ts). */
  save: (workbook: WorkbookModule, doc: Document) => Promise<Saved>;
}

async function copyText(text: string, doc: Document): Promise<void> {
  if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Clipboard API refused (permissions, insecure context): fall back to a selected textarea.
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.appendChild(area);
  area.select();
  const ok = doc.execCommand?.('copy');
  area.remove();
  if (!ok) throw new Error('the browser refused to copy');
}

export interface ExportButtonsProps {
  /** The estimate on screen (undefined while it cannot be exported: an invalid input, the first view's catalog). */
  estimate: EstimateResult | undefined;
  /** The break-even, when it is the current inputs'. */
  breakEven: BreakEvenResult | undefined;
  statusId: string;
}

export function ExportButtons({ estimate, breakEven, statusId }: ExportButtonsProps) {
  const [status, setStatus] = useState('');
  const building = useRef(false);
  const copy = (item: CopyItem) => (
    <button
      type="button"
      key={item.label}
      onClick={async (e) => {
        const text = item.text();
        try {
          await copyText(text, (e.currentTarget as HTMLElement).ownerDocument);
          setStatus(`Copied ${item.label} (${text.length.toLocaleString('en-US')} characters).`);
        } catch (err) {
          setStatus(`Could not copy ${item.label}: ${(err as Error).message}.`);
        }
      }}
    >
      Copy {item.label}
    </button>
  );
  const download = (item: DownloadItem) => (
    <button
      type="button"
      key={item.label}
      onClick={async (e) => {
        if (building.current) return;
        building.current = true;
        const doc = (e.currentTarget as HTMLElement).ownerDocument;
        setStatus(`Making the ${item.label}…`);
        try {
          const saved = await item.save(await loadWorkbook(), doc);
          setStatus(`Downloaded ${saved.fileName} (${saved.bytes.toLocaleString('en-US')} bytes).`);
        } catch (err) {
          setStatus(`Could not make the ${item.label}: ${(err as Error).message}.`);
        } finally {
          building.current = false;
        }
      }}
    >
      Download {item.label} (.xlsx)
    </button>
  );
  return (
    <div class="export">
      {estimate ? (
        <>
          {copy({ label: 'JSON', text: () => estimateJson(estimate) })}
          {copy({ label: 'CSV', text: () => estimateCsv(estimate) })}
          {download({ label: 'workbook', save: (w, doc) => w.downloadEstimate(estimate, doc) })}
        </>
      ) : null}
      {estimate && breakEven ? (
        <>
          {copy({ label: 'break-even JSON', text: () => breakEvenJson(breakEven) })}
          {copy({ label: 'break-even CSV', text: () => breakEvenCsv(breakEven) })}
          {download({ label: 'break-even workbook', save: (w, doc) => w.downloadBreakEven(breakEven, doc) })}
        </>
      ) : null}
      <span class="status" id={statusId} role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
