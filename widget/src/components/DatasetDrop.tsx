/**
 * The training-file input: the drop zone (FileDrop.tsx) and the count it starts in the worker. Hands
 * the calculator the counted dataset while that count covers the encodings of the models compared,
 * and nothing otherwise. In the later script (lazy/panel.ts): a dropped file cannot come before the
 * first price, and the worker start-up and dataset code would make that price wait.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TrainingDataset } from '../../../src/api/estimate.js';
import type { Catalog } from '../../../src/catalog/model.js';
import { countedDataset } from '../../../src/dataset/report.js';
import { planFor, type DatasetReport } from '../../../src/dataset/report.js';
import { encodingsFor } from '../compute.js';
import type { WidgetState } from '../state.js';
import { countInWorker, type CountJob } from '../worker/client.js';
import { FileDrop, type FileStatus } from './FileDrop.js';

export interface DatasetDropProps {
  idPrefix: string;
  state: WidgetState;
  catalog: Catalog;
  /** The counted file's dataset, or undefined (no file, counting, or a count that does not cover the models). */
  onDataset: (dataset: TrainingDataset | undefined) => void;
}

export function DatasetDrop({ idPrefix, state, catalog, onDataset }: DatasetDropProps) {
  const [fileStatus, setFileStatus] = useState<FileStatus | null>(null);
  const job = useRef<CountJob | null>(null);
  const lastFile = useRef<File | null>(null);
  const encodings = useMemo(() => encodingsFor(state, catalog), [state.models, state.providers, catalog]);

  const count = (file: File) => {
    job.current?.cancel();
    lastFile.current = file;
    setFileStatus({ phase: 'working', name: file.name, size: file.size, text: 'Starting…', bytes: 0 });
    job.current = countInWorker(
      { file, encodings },
      {
        onMessage(m) {
          if (m.type === 'status') setFileStatus((s) => (s?.phase === 'working' ? { ...s, text: m.text } : s));
          else if (m.type === 'progress') setFileStatus((s) => (s?.phase === 'working' ? { ...s, bytes: m.bytes } : s));
          else if (m.type === 'done')
            setFileStatus({
              phase: 'done',
              name: file.name,
              size: file.size,
              report: { file: file.name, count: m.count, plans: m.plans },
            });
          else setFileStatus({ phase: 'error', name: file.name, message: m.message });
        },
      },
    );
  };
  // Models added later may need a tokenizer the file was not counted with: count it again.
  const counted = fileStatus?.phase === 'done' ? fileStatus.report : undefined;
  useEffect(() => {
    if (!counted || !lastFile.current) return;
    if (!countCovers(counted, encodings)) count(lastFile.current);
  }, [encodings, counted]);
  useEffect(() => () => job.current?.cancel(), []);
  const dataset = useMemo(() => {
    if (!counted || !countCovers(counted, encodings)) return undefined;
    return countedDataset(counted);
  }, [counted, encodings]);
  useEffect(() => onDataset(dataset), [dataset]);

  return (
    <FileDrop
      idPrefix={idPrefix}
      status={fileStatus}
      onFile={count}
      onCancel={() => {
        job.current?.cancel();
        setFileStatus((s) => (s?.phase === 'working' ? { phase: 'cancelled', name: s.name } : s));
      }}
      onClear={() => {
        lastFile.current = null;
        setFileStatus(null);
      }}
    />
  );
}

/**
 * Here, with the file drop (the later script), not in compute.ts: in a bundled app code shared with the first view
 * loads whole, and this one pulls the dataset report and the tokenizer plans (1.6 KB gzipped) into it.
 *
 * Whether a counted file covers these encodings: each one's plan, by name, is in the report. By
 * name, not by the tokenizer that counted it: where an open-model tokenizer could not be fetched the
 * worker counts that encoding with the labelled stand-in (cl100k_base), and the file is counted all
 * the same (asking for the missing tokenizer again would count it again, forever).
 */
function countCovers(report: DatasetReport, encodings: readonly (string | undefined)[]): boolean {
  const counted = new Set(report.plans.map((p) => p.name));
  return encodings.every((e) => counted.has(planFor(e).name));
}
