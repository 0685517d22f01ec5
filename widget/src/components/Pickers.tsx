/** Which providers and models to compare: checkboxes; none ticked means all of them. */
import type { Catalog, Model } from '../../../src/catalog/model.js';

/** The short name a model is picked by: its shortest alias ("gpt-4o-mini"), else its id. */
function pickName(model: Pick<Model, 'id' | 'aliases'>): string {
  return [model.id, ...(model.aliases ?? [])].reduce((a, b) => (b.length < a.length ? b : a));
}

export interface ModelChoice {
  name: string;
  label: string;
  ids: string[];
}

/** Every model of the catalog once (a model sold by several providers is one choice), in catalog order. */
export function modelChoices(catalog: Catalog): ModelChoice[] {
  const byId = new Map<string, ModelChoice>();
  for (const p of catalog.providers) {
    for (const m of p.models) {
      if (byId.has(m.id)) continue;
      byId.set(m.id, { name: pickName(m), label: m.name ?? m.id, ids: [m.id, ...(m.aliases ?? [])] });
    }
  }
  return [...byId.values()];
}

function toggle(list: readonly string[], names: readonly string[], add: string, on: boolean): string[] {
  const without = list.filter((x) => !names.includes(x));
  return on ? [...without, add] : without;
}

export function ProviderPicker({
  catalog,
  value,
  onChange,
  idPrefix,
}: {
  catalog: Catalog;
  value: string[];
  onChange: (v: string[]) => void;
  idPrefix: string;
}) {
  return (
    <fieldset class="picker">
      <legend>
        Providers <span class="hint">(none ticked: all)</span>
      </legend>
      {catalog.providers.map((p) => (
        <label key={p.id} class="check" for={`${idPrefix}-p-${p.id}`}>
          <input
            type="checkbox"
            id={`${idPrefix}-p-${p.id}`}
            name="provider"
            value={p.id}
            checked={value.includes(p.id)}
            onChange={(e) => onChange(toggle(value, [p.id], p.id, (e.currentTarget as HTMLInputElement).checked))}
          />
          {p.name}
        </label>
      ))}
    </fieldset>
  );
}

export function ModelPicker({
  catalog,
  value,
  onChange,
  idPrefix,
}: {
  catalog: Catalog;
  value: string[];
  onChange: (v: string[]) => void;
  idPrefix: string;
}) {
  const choices = modelChoices(catalog);
  const ticked = choices.filter((c) => c.ids.some((x) => value.includes(x)));
  // Fifty-odd models would push the answers off screen: the list folds away behind a summary of what is ticked.
  return (
    <details class="picker models">
      <summary>
        Models: {ticked.length ? ticked.map((c) => c.label).join(', ') : 'all'}{' '}
        <span class="hint">
          ({ticked.length || choices.length} of {choices.length}; change)
        </span>
      </summary>
      <fieldset>
        <legend class="sr-only">Models to compare (none ticked: all)</legend>
        {choices.map((c, i) => {
          const id = `${idPrefix}-m-${i}`;
          return (
            <label key={c.name} class="check" for={id} title={c.ids[0]}>
              <input
                type="checkbox"
                id={id}
                name="model"
                value={c.name}
                checked={c.ids.some((x) => value.includes(x))}
                onChange={(e) => onChange(toggle(value, c.ids, c.name, (e.currentTarget as HTMLInputElement).checked))}
              />
              {c.label}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
