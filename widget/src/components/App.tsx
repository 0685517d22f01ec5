/** The calculator: inputs on top, the engine's answers below. Every figure comes from src/ (no money is computed here). */
import { useMemo } from 'preact/hooks';
import { estimateCsv, estimateJson } from '../../../cli/render/estimate.js';
import type { Catalog } from '../../../src/catalog/model.js';
import type { TrainingDataset } from '../../../src/engine/dataset.js';
import { computeEstimate } from '../compute.js';
import type { Theme, WidgetState } from '../state.js';
import { ExportButtons } from './ExportButtons.js';
import { Field } from './Field.js';
import { ModelPicker, ProviderPicker } from './Pickers.js';
import { TrainingTable } from './TrainingTable.js';

export interface AppProps {
  state: WidgetState;
  onChange: (patch: Partial<WidgetState>) => void;
  catalog: Catalog;
  today: string;
  theme: Theme;
  /** Unique per mounted widget, so label/input ids never collide on a page with two calculators. */
  idPrefix: string;
  dataset?: TrainingDataset;
}

export function App({ state, onChange, catalog, today, theme, idPrefix, dataset }: AppProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const estimate = useMemo(() => computeEstimate(state, { catalog, today, dataset }), [state, catalog, today, dataset]);
  return (
    <div class={`ftcost theme-${theme}`} data-theme={theme}>
      <header>
        <h2 id={id('title')}>Fine-tuning cost calculator</h2>
        <p class="meta">
          Catalog {catalog.meta.version} · prices as of {today} · USD · computed in your browser by{' '}
          <a href="https://www.npmjs.com/package/ftcost" target="_blank" rel="noopener noreferrer">ftcost</a>
        </p>
      </header>
      <form class="inputs" onSubmit={(e) => e.preventDefault()} aria-labelledby={id('title')}>
        <fieldset class="group">
          <legend>Training data</legend>
          <Field id={id('examples')} name="examples" label="Examples" value={state.examples} onInput={(v) => onChange({ examples: v })} disabled={!!dataset} />
          <Field id={id('tokens')} name="tokensPerExample" label="Tokens per example" value={state.tokensPerExample} onInput={(v) => onChange({ tokensPerExample: v })} disabled={!!dataset} />
          <Field id={id('epochs')} name="epochs" label="Epochs" inputMode="text" hint="a number, or auto (each platform's default)" value={state.epochs} onInput={(v) => onChange({ epochs: v })} />
        </fieldset>
        <ProviderPicker catalog={catalog} value={state.providers} onChange={(providers) => onChange({ providers })} idPrefix={idPrefix} />
        <ModelPicker catalog={catalog} value={state.models} onChange={(models) => onChange({ models })} idPrefix={idPrefix} />
      </form>
      <section class="results" aria-labelledby={id('training-h')}>
        <h3 id={id('training-h')}>Training cost</h3>
        {estimate.ok ? (
          <TrainingTable result={estimate.value} />
        ) : (
          <p class="error" role="alert">{estimate.error}</p>
        )}
      </section>
      <footer>
        <ExportButtons
          statusId={id('copy-status')}
          items={
            estimate.ok
              ? [
                  { label: 'JSON', text: () => estimateJson(estimate.value) },
                  { label: 'CSV', text: () => estimateCsv(estimate.value) },
                ]
              : []
          }
        />
      </footer>
    </div>
  );
}
