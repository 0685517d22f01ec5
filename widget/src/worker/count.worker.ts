/**
 * The counting worker: a dropped file is read, validated and token-counted here, off the page's
 * thread, by the CLI's own DatasetCounter (src/dataset/), streaming the file in chunks so a large
 * file never sits in memory whole. Tokenizer ranks are imported here, on the first file only.
 * Nothing is sent anywhere: the only fetches are this worker's own chunks, from where the widget
 * was served.
 */
import { counterOptions, plansFor } from '../../../src/dataset/count.js';
import { DatasetCounter, Deduper } from '../../../src/dataset/counter.js';
import { countersWithFallback } from './fallback.js';
import type { CountRequest, WorkerMessage } from './protocol.js';

const post = (m: WorkerMessage) => (self as unknown as Worker).postMessage(m);
/** Progress at most every this many ms: enough to move the bar smoothly, not enough to flood the page. */
const PROGRESS_EVERY_MS = 80;

async function count({ file, encodings }: CountRequest): Promise<void> {
  const bases = [...new Set(plansFor(encodings).map((p) => p.base))];
  post({ type: 'status', text: `Loading the ${bases.join(' and ')} tokenizer${bases.length > 1 ? 's' : ''}…` });
  // Without the separately shipped open-model tokenizer chunks, the count is the CLI's labelled estimate.
  const { plans, counters } = await countersWithFallback(encodings);
  const counter = new DatasetCounter(counterOptions(plans, counters, { encodings }));
  post({ type: 'status', text: 'Counting…' });
  const reader = file.stream().getReader();
  let bytes = 0;
  let last = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    counter.push(value);
    bytes += value.length;
    const now = Date.now();
    if (now - last >= PROGRESS_EVERY_MS) {
      last = now;
      post({ type: 'progress', bytes, totalBytes: file.size });
    }
  }
  post({ type: 'progress', bytes, totalBytes: file.size });
  const result = new Deduper().take(counter.end());
  post({ type: 'done', count: result, plans });
}

self.addEventListener('message', (event: MessageEvent<CountRequest>) => {
  if (event.data?.type !== 'count') return;
  count(event.data).catch((err: unknown) =>
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
});
