/** Inputs of the break-even comparison: volume, the two models, tokens per query, hosting options. */
import type { Catalog } from '../../../src/catalog/model.js';
import { LABELS } from '../labels.js';
import type { WidgetState } from '../state.js';
import { ExtrasInputs } from './ExtrasInputs.js';
import { Field } from './Field.js';
import { modelChoices } from './Pickers.js';

export function RunningInputs({
  state,
  onChange,
  catalog,
  id,
  errors = {},
}: {
  errors?: Partial<Record<keyof WidgetState, string>>;
  state: WidgetState;
  onChange: (p: Partial<WidgetState>) => void;
  catalog: Catalog;
  id: (n: string) => string;
}) {
  const choices = modelChoices(catalog);
  const withBasePrices = new Set(
    catalog.providers.flatMap((p) => p.models.filter((m) => m.basePrices.length > 0).map((m) => m.id)),
  );
  const select = (name: keyof WidgetState, label: string, options: { name: string; label: string }[]) => (
    <div class="field pick">
      <label for={id(name)}>{label}</label>
      <select
        id={id(name)}
        name={name}
        value={state[name] as string}
        onChange={(e) => onChange({ [name]: (e.currentTarget as HTMLSelectElement).value })}
      >
        {options.map((o) => (
          <option key={o.name} value={o.name}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset class="group running">
      <legend>Running it</legend>
      <Field
        id={id('qpd')}
        name="queriesPerDay"
        label={LABELS.queriesPerDay}
        value={state.queriesPerDay}
        error={errors.queriesPerDay}
        onInput={(v) => onChange({ queriesPerDay: v })}
      />
      {select('ftModel', LABELS.ftModel, choices)}
      {select(
        'promptedModel',
        LABELS.baseModel,
        choices.filter((c) => c.ids.some((i) => withBasePrices.has(i))),
      )}
      <Field
        id={id('base-in')}
        name="promptedInputTokens"
        label={LABELS.baseInputTokens}
        value={state.promptedInputTokens}
        error={errors.promptedInputTokens}
        onInput={(v) => onChange({ promptedInputTokens: v })}
      />
      <Field
        id={id('base-cached')}
        name="promptedCachedTokens"
        label={LABELS.baseCachedInputTokens}
        value={state.promptedCachedTokens}
        error={errors.promptedCachedTokens}
        onInput={(v) => onChange({ promptedCachedTokens: v })}
      />
      <Field
        id={id('ft-in')}
        name="fineTunedInputTokens"
        label={LABELS.inputTokens}
        value={state.fineTunedInputTokens}
        error={errors.fineTunedInputTokens}
        onInput={(v) => onChange({ fineTunedInputTokens: v })}
      />
      <Field
        id={id('out')}
        name="outputTokens"
        label={LABELS.outputTokens}
        value={state.outputTokens}
        error={errors.outputTokens}
        onInput={(v) => onChange({ outputTokens: v })}
      />
      <Field
        id={id('hours')}
        name="hoursPerDay"
        label={LABELS.hoursPerDayUp}
        value={state.hoursPerDay}
        error={errors.hoursPerDay}
        onInput={(v) => onChange({ hoursPerDay: v })}
      />
      <Field
        id={id('horizon')}
        name="horizonMonths"
        label={LABELS.horizonMonths}
        value={state.horizonMonths}
        error={errors.horizonMonths}
        onInput={(v) => onChange({ horizonMonths: v })}
      />
      <Field
        id={id('batch')}
        name="batchShare"
        label={LABELS.batchShare}
        value={state.batchShare}
        error={errors.batchShare}
        onInput={(v) => onChange({ batchShare: v })}
      />
      <Field
        id={id('peak')}
        name="peakFactor"
        label={LABELS.peakFactor}
        value={state.peakFactor}
        error={errors.peakFactor}
        onInput={(v) => onChange({ peakFactor: v })}
      />
      <label class="check" for={id('hourly')}>
        <input
          type="checkbox"
          id={id('hourly')}
          name="hourlyHosting"
          checked={state.hourlyHosting}
          onChange={(e) => onChange({ hourlyHosting: (e.currentTarget as HTMLInputElement).checked })}
        />
        Hourly deployments
      </label>
      <label class="check" for={id('self')}>
        <input
          type="checkbox"
          id={id('self')}
          name="selfHosted"
          checked={state.selfHosted}
          onChange={(e) => onChange({ selfHosted: (e.currentTarget as HTMLInputElement).checked })}
        />
        Self-hosted on rented GPUs
      </label>
      <label class="check" for={id('ending')}>
        <input
          type="checkbox"
          id={id('ending')}
          name="includeEnding"
          checked={state.includeEnding}
          onChange={(e) => onChange({ includeEnding: (e.currentTarget as HTMLInputElement).checked })}
        />
        Let ending or non-production offers be cheapest
      </label>
      <label class="check" for={id('sure')}>
        <input
          type="checkbox"
          id={id('sure')}
          name="howSure"
          checked={state.howSure}
          onChange={(e) => onChange({ howSure: (e.currentTarget as HTMLInputElement).checked })}
        />
        How sure is this? (ranges and sensitivity)
      </label>
      <ExtrasInputs state={state} onChange={onChange} id={id} />
    </fieldset>
  );
}
