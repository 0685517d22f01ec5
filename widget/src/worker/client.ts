/**
 * Starting the counting worker from the page. The worker script (and the rank files it imports)
 * is fetched only here, when a file is dropped: the first load of the widget carries none of it.
 * Cancel = terminate the worker; a new count starts a fresh one.
 */
import type { CountRequest, WorkerMessage } from './protocol.js';
// The built worker's URL, for the cross-origin fallback below (widget/vite.config.ts resolves it beside the
// default catalog in the ESM build, out of bundlers' sight, and against the script's src in the IIFE).
import workerUrl from './count.worker.ts?worker&url';

export interface CountJob {
  cancel(): void;
}

export interface CountHandlers {
  onMessage(message: WorkerMessage): void;
}

function startWorker(): Worker {
  try {
    // Literally the pattern bundlers recognise as a worker entry. The ESM build turns it into
    // new Worker(new URL('./assets/count.worker-….js', import.meta.url), { type: 'module' }), so an app
    // bundling ftcost/widget (Vite, webpack 5) builds the worker and the rank chunks it imports too;
    // the script-tag build points it at the worker the ESM build wrote (widget/vite.config.ts).
    return new Worker(new URL('./count.worker.ts', import.meta.url), { type: 'module' });
  } catch (err) {
    // A page embedding the script from another origin may not start a worker from there directly;
    // a same-origin blob that imports it works where the server allows CORS.
    if ((err as Error).name !== 'SecurityError') throw err;
    // workerUrl is absolute: resolved beside the module (ESM) or the script's src (IIFE). It is also the worker's
    // name: a worker started from a blob finds the open-model tokenizer chunks beside its file from it.
    const blob = new Blob([`import ${JSON.stringify(workerUrl)};`], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(blob), { type: 'module', name: workerUrl });
  }
}

export function countInWorker(request: Omit<CountRequest, 'type'>, handlers: CountHandlers): CountJob {
  const worker = startWorker();
  let finished = false;
  const finish = () => {
    finished = true;
    worker.terminate();
  };
  worker.addEventListener('message', (e: MessageEvent<WorkerMessage>) => {
    if (finished) return;
    if (e.data.type === 'done' || e.data.type === 'error') finish();
    handlers.onMessage(e.data);
  });
  worker.addEventListener('error', (e) => {
    if (finished) return;
    finish();
    handlers.onMessage({ type: 'error', message: e.message || 'the counting worker failed to start' });
  });
  worker.postMessage({ type: 'count', ...request } satisfies CountRequest);
  return {
    cancel() {
      if (!finished) finish();
    },
  };
}
