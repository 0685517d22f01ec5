/**
 * "Costs beyond compute and quality": the break-even's inputs besides compute (data preparation, engineering,
 * evaluation, monitoring) and the share of answers usable as they are, with what a failure costs. Collapsed
 * unless a box is filled when it first shows; each box empty is not given (the comparison is then today's).
 * Part of the later script (lazy/panel.ts, through RunningInputs).
 */
import { useMemo, useState } from 'preact/hooks';
import { EXTRAS_FIELDS, extrasErrors, type ExtrasField } from '../breakEven.js';
import { LABELS } from '../labels.js';
import type { WidgetState } from '../state.js';
import { Field } from './Field.js';

/** A hint under the boxes whose label alone does not say it all. */
const HINTS: Partial<Record<ExtrasField, string>> = {
  costPerLabelledExample: '× the training examples; or a lump sum above',
  engineeringHours: '× the hourly rate',
  evalExamples: "asked at each option's own price; or a lump sum above",
  reviewHours: '× the hourly rate, at every training',
  promptedSuccessRate: 'share of answers usable as they are',
  failureCost: "empty or retry: asked again at the option's price; USD: a person's fix",
};

export function ExtrasInputs({
  state,
  onChange,
  id,
}: {
  state: WidgetState;
  onChange: (p: Partial<WidgetState>) => void;
  id: (n: string) => string;
}) {
  const errors = useMemo(() => extrasErrors(state), [state]);
  // Open from the start when a link or the page gave a value; then the reader's to open and close.
  const [open] = useState(() => EXTRAS_FIELDS.some((f) => state[f].trim() !== ''));
  return (
    <details class="picker extras" open={open}>
      <summary>Costs beyond compute and quality</summary>
      <p class="hint">
        Costs are paid by every fine-tuned option, never by prompting the base model; an empty box is not counted.
      </p>
      <div class="extras-fields">
        {EXTRAS_FIELDS.map((name) => (
          <Field
            key={name}
            id={id(name)}
            name={name}
            label={LABELS[name]}
            hint={HINTS[name]}
            inputMode={name === 'failureCost' ? 'text' : 'decimal'}
            value={state[name]}
            error={errors[name]}
            onInput={(v) => onChange({ [name]: v })}
          />
        ))}
      </div>
    </details>
  );
}
