/**
 * The calculator: inputs on top, the engine's answers below. Every figure comes from src/ (no money is computed
 * here).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TrainingDataset } from '../../../src/api/estimate.js';
import type { Catalog } from '../../../src/catalog/model.js';
import type { EstimateResult } from '../../../src/result/estimate.js';
import { computeEstimate, fieldErrors } from '../compute.js';
import type { Theme, WidgetState } from '../state.js';
import { Answer } from './Answer.js';
import { Field } from './Field.js';
import { loadBreakEvenPanel } from '../lazy/loader.js';
import type { BreakEvenPanelModule } from '../lazy/panel.js';
import { ModelPicker, ProviderPicker } from './Pickers.js';
import { TrainingTable } from './TrainingTable.js';
import { adoptStyles } from '../styles.js';
import { LABELS } from '../labels.js';

type BreakEvenOutcome = ReturnType<BreakEvenPanelModule['computeBreakEven']>;

/**
 * A break-even that took at most this long is recomputed with the training table, in the same render:
 * with the table's few milliseconds it still fits one 60 Hz frame (16.7 ms).
 */
const SAME_FRAME_BREAK_EVEN_MS = 8;

/** Is the next break-even likely quick enough for the same frame, from the last two's times? */
export function quickBreakEven([before, last]: readonly [number, number]): boolean {
  return (
    last <= SAME_FRAME_BREAK_EVEN_MS || (last <= 3 * SAME_FRAME_BREAK_EVEN_MS && before <= SAME_FRAME_BREAK_EVEN_MS)
  );
}

export interface AppProps {
  state: WidgetState;
  onChange: (patch: Partial<WidgetState>) => void;
  catalog: Catalog;
  /**
   * False while `catalog` is the first view's (no notes, no GPU data; see catalogSource.ts): the
   * training table is already right, but the result event, the exports and the break-even wait.
   */
  complete: boolean;
  /**
   * False while `catalog` is a start view (the default models' prices only) and the picked models are others: the
   * table says their prices are loading instead of showing an estimate without them. Default true.
   */
  priced?: boolean;
  /** Why the whole catalog could not be loaded (the first view stays on screen). */
  loadError?: string | undefined;
  today: string;
  theme: Theme;
  /** Unique per mounted widget, so label/input ids never collide on a page with two calculators. */
  idPrefix: string;
  /** Called with each new estimate (undefined while the inputs cannot be computed). */
  onResult?: (result: EstimateResult | undefined) => void;
}

export function App({
  state,
  onChange,
  catalog,
  complete,
  priced = true,
  loadError,
  today,
  theme,
  idPrefix,
  onResult,
}: AppProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const startView = !complete && 'startView' in catalog.meta;
  // A dropped training file's count (from the file drop, which comes with the later script).
  const [dataset, setDataset] = useState<TrainingDataset | undefined>(undefined);
  const estimate = useMemo(() => computeEstimate(state, { catalog, today, dataset }), [state, catalog, today, dataset]);
  const errors = useMemo(() => fieldErrors(state, !!dataset), [state, dataset]);
  // A layout effect runs as the render commits: the event fires with the figures on screen, not a frame later.
  // From the whole catalog only: the event carries the library's result, notes and all.
  useLayoutEffect(() => onResult?.(complete && estimate.ok ? estimate.value : undefined), [estimate, complete]);
  const [panel, setPanel] = useState<BreakEvenPanelModule | { error: string } | null>(null);
  // The panel's script loads once the first price has painted (an effect runs after paint), alongside the
  // whole catalog; the break-even itself waits for that catalog (its self-hosting options need GPU data).
  useEffect(() => {
    loadBreakEvenPanel().then(setPanel, (err: Error) => setPanel({ error: err.message }));
  }, []);
  // The break-even is exact arithmetic over every option: a few milliseconds for the usual inputs, tens
  // with "How sure is this?" or a first run. While they are quick (quickBreakEven) the next is computed
  // in this render, so it is painted in the same frame as the training cost; otherwise it waits until
  // the training table has painted, and only for the latest inputs (a burst of keystrokes costs one
  // break-even, not one each). So a keystroke's training cost is never held up by more than one quick
  // break-even.
  const ready = complete && panel && 'computeBreakEven' in panel ? panel : undefined;
  const inputs = [panel, state, catalog, today, dataset];
  // The last two break-evens' times. A quick last one decides; so does one at most three times the
  // budget after a quick one (a garbage-collection pause should not push the next edit a frame later,
  // but switching "How sure is this?" on, tens of milliseconds a run, should at once).
  const breakEvenMs = useRef<[number, number]>([Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]);
  const timedBreakEven = (module: BreakEvenPanelModule) => {
    const start = performance.now();
    const outcome = module.computeBreakEven(state, { catalog, today, dataset });
    breakEvenMs.current = [breakEvenMs.current[1], performance.now() - start];
    return { outcome, inputs };
  };
  const sameFrame = useMemo(
    () => (ready && quickBreakEven(breakEvenMs.current) ? timedBreakEven(ready) : null),
    [complete, ...inputs],
  );
  const [deferred, setDeferred] = useState<{ outcome: BreakEvenOutcome; inputs: unknown[] } | null>(null);
  useEffect(() => {
    if (!ready || sameFrame) return;
    const timer = setTimeout(() => setDeferred(timedBreakEven(ready)), 0);
    return () => clearTimeout(timer);
  }, [complete, ...inputs]);
  const computed = sameFrame ?? deferred;
  const breakEven = complete ? (computed?.outcome ?? null) : null;
  // The later script's parts, once it has loaded (the inputs, file drop and copy buttons not needed for the first
  // price).
  const later = panel && 'computeBreakEven' in panel ? panel : undefined;
  // Its stylesheet joins the shadow root's as its parts render (removed again on destroy).
  const rootRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = rootRef.current?.getRootNode();
    if (later && root && 'host' in root) return adoptStyles(root as ShadowRoot, later.LATER_CSS);
  }, [later]);
  const breakEvenCurrent = computed?.inputs.every((v, i) => v === inputs[i]) === true;
  return (
    <div class={`ftcost theme-${theme}`} data-theme={theme} ref={rootRef}>
      <header>
        <h2 id={id('title')}>Fine-tuning cost calculator</h2>
        <p class="meta">
          Catalog {catalog.meta.version} · prices as of {today} · USD · computed in your browser by{' '}
          <a href="https://www.npmjs.com/package/ftcost" target="_blank" rel="noopener noreferrer">
            ftcost
          </a>
        </p>
      </header>
      {estimate.ok && priced ? (
        <Answer result={estimate.value} verdict={breakEven?.ok ? breakEven.value.verdict : undefined} />
      ) : null}
      <form class="inputs" onSubmit={(e) => e.preventDefault()} aria-labelledby={id('title')}>
        <fieldset class="group">
          <legend>Training data</legend>
          <Field
            id={id('examples')}
            name="examples"
            label={LABELS.examples}
            value={state.examples}
            error={errors.examples}
            onInput={(v) => onChange({ examples: v })}
            disabled={!!dataset}
          />
          <Field
            id={id('tokens')}
            name="tokensPerExample"
            label={LABELS.tokensPerExample}
            value={state.tokensPerExample}
            error={errors.tokensPerExample}
            onInput={(v) => onChange({ tokensPerExample: v })}
            disabled={!!dataset}
          />
          <Field
            id={id('epochs')}
            name="epochs"
            label={LABELS.epochs}
            inputMode="text"
            hint="a number, or auto (each platform's default)"
            value={state.epochs}
            error={errors.epochs}
            onInput={(v) => onChange({ epochs: v })}
          />
        </fieldset>
        <ProviderPicker
          catalog={catalog}
          value={state.providers}
          onChange={(providers) => onChange({ providers })}
          idPrefix={idPrefix}
        />
        {later ? (
          <later.CustomerPicker
            results={[estimate, breakEven]}
            state={state}
            onChange={onChange}
            catalog={catalog}
            idPrefix={idPrefix}
          />
        ) : null}
        {later ? (
          <later.DatasetDrop idPrefix={idPrefix} state={state} catalog={catalog} onDataset={setDataset} />
        ) : null}
        <ModelPicker
          catalog={catalog}
          value={state.models}
          onChange={(models) => onChange({ models })}
          idPrefix={idPrefix}
          partial={startView}
        />
        {/* The break-even's inputs: with the whole catalog (the first view's has no base-model prices to pick
            from). */}
        {later && complete ? (
          <later.RunningInputs state={state} onChange={onChange} catalog={catalog} id={id} errors={errors} />
        ) : null}
      </form>
      <section class="results" aria-labelledby={id('training-h')}>
        <h3 id={id('training-h')}>Training cost</h3>
        {!priced ? (
          <p role="status">Loading the prices of these models…</p>
        ) : estimate.ok ? (
          <>
            <TrainingTable result={estimate.value} />
            {later ? <later.ClosedLine closed={estimate.value.closedToTeam} /> : null}
          </>
        ) : (
          <p class="error" role="alert">
            {estimate.error}
          </p>
        )}
      </section>
      <section class="results" aria-labelledby={id('breakeven-h')}>
        <h3 id={id('breakeven-h')}>Does fine-tuning pay back?</h3>
        {panel && 'BreakEvenResults' in panel && breakEven ? (
          <div aria-busy={breakEvenCurrent ? undefined : 'true'} data-current={breakEvenCurrent ? 'true' : 'false'}>
            <panel.BreakEvenResults outcome={breakEven} idPrefix={idPrefix} />
          </div>
        ) : panel && 'error' in panel ? (
          <p class="error" role="alert">
            {panel.error}
          </p>
        ) : !complete && loadError ? (
          <p class="error" role="alert">
            ftcost: {loadError}
          </p>
        ) : (
          <p role="status">Loading the break-even comparison…</p>
        )}
      </section>
      <footer>
        {later ? (
          <later.ExportButtons
            statusId={id('copy-status')}
            estimate={complete && estimate.ok ? estimate.value : undefined}
            breakEven={complete && estimate.ok && breakEven?.ok && breakEvenCurrent ? breakEven.value : undefined}
          />
        ) : null}
      </footer>
    </div>
  );
}
