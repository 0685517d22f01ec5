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

/**
 * Every model of the catalog once, in catalog order. A model sold by several providers is one
 * choice even where each provider has its own id for it ("accounts/fireworks/models/llama-v3p1-8b-instruct"
 * and "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference" share the alias "llama-3.1-8b"): choices are
 * keyed by the short name they are picked by, and carry every id and alias they stand for.
 */
export function modelChoices(catalog: Catalog): ModelChoice[] {
  const byName = new Map<string, ModelChoice>();
  const nameOfId = new Map<string, string>();
  for (const p of catalog.providers) {
    for (const m of p.models) {
      const ids = [m.id, ...(m.aliases ?? [])];
      // By any id or alias seen before (two providers may share only an alias: "qwen3-32b").
      const name = ids.map((x) => nameOfId.get(x)).find((x) => x !== undefined) ?? pickName(m);
      const choice = byName.get(name);
      if (choice) {
        for (const id of ids) if (!choice.ids.includes(id)) choice.ids.push(id);
      } else byName.set(name, { name, label: m.name ?? m.id, ids });
      for (const id of ids) nameOfId.set(id, name);
    }
  }
  return [...byName.values()];
}

export function toggle(list: readonly string[], names: readonly string[], add: string, on: boolean): string[] {
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
  partial = false,
}: {
  catalog: Catalog;
  value: string[];
  onChange: (v: string[]) => void;
  idPrefix: string;
  /** The catalog is a start view (the default models only): the others are listed once the whole one is here. */
  partial?: boolean;
}) {
  const choices = modelChoices(catalog);
  const ticked = choices.filter((c) => c.ids.some((x) => value.includes(x)));
  // Fifty-odd models would push the answers off screen: the list folds away behind a summary of what is ticked.
  return (
    <details class="picker models">
      <summary>
        Models: {ticked.length ? ticked.map((c) => c.label).join(', ') : 'all'}{' '}
        <span class="hint">
          ({ticked.length || choices.length} of {partial ? '…' : choices.length}; change)
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
        {partial ? <p role="status">Loading the other models…</p> : null}
      </fieldset>
    </details>
  );
}
