/**
 * Copy the result in the CLI's own schemas: the JSON is `ftcost estimate --format json`'s, the CSV
 * is `--format csv`'s, produced by the renderers the CLI prints with (src/render/), so a copied result pastes into
 * anything that reads the CLI's output.
 */
import { useState } from 'preact/hooks';

export interface ExportItem {
  label: string;
  /** Made on click only: rendering every format on every keystroke would be wasted work. */
  text: () => string;
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

export function ExportButtons({ items, statusId }: { items: ExportItem[]; statusId: string }) {
  const [status, setStatus] = useState('');
  return (
    <div class="export">
      {items.map((item) => (
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
      ))}
      <span class="status" id={statusId} role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
