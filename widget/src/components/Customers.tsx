/**
 * The team as a customer: a team is a new customer of every provider unless told, so offers closed to
 * new customers (a platform closed to new users) are left out. "Already fine-tuning on:" ticks the
 * providers it is an existing customer of (the library's `existingCustomers`), and the line under the
 * training table names those closed to it: the CLI's footer line (src/render/labels.ts
 * closedToTeamLine) in the widget's words. With the later script (lazy/panel.ts): the first price
 * already honours the ticked providers (state.ts, compute.ts); only these controls wait.
 */
import type { Catalog } from '../../../src/catalog/model.js';
import type { ClosedProviderJson } from '../../../src/result/availability.js';
import type { WidgetState } from '../state.js';
import { toggle } from './Pickers.js';

type Closed = { ok: true; value: { closedToTeam: readonly ClosedProviderJson[] } } | { ok: false } | null;

/**
 * The providers closed to the team (the training table's and the break-even's, whose fine-tuned model
 * may be elsewhere) and those already ticked (open to it now, so no longer closed), as checkboxes.
 */
export function CustomerPicker({
  results,
  state,
  onChange,
  catalog,
  idPrefix,
}: {
  results: Closed[];
  state: WidgetState;
  onChange: (patch: Partial<WidgetState>) => void;
  catalog: Catalog;
  idPrefix: string;
}) {
  const ids = new Set<string>();
  for (const r of results) if (r?.ok) for (const c of r.value.closedToTeam) ids.add(c.provider);
  for (const id of state.existingCustomers) ids.add(id);
  if (!ids.size) return null;
  // In catalog order (an id it lacks last), so a box does not move when it is ticked.
  const order = (id: string) => {
    const i = catalog.providers.findIndex((p) => p.id === id);
    return i < 0 ? catalog.providers.length : i;
  };
  return (
    <fieldset class="picker">
      <legend>Already fine-tuning on:</legend>
      {[...ids]
        .sort((a, b) => order(a) - order(b))
        .map((id) => (
          <label key={id} class="check" for={`${idPrefix}-c-${id}`}>
            <input
              type="checkbox"
              id={`${idPrefix}-c-${id}`}
              name="existingCustomer"
              value={id}
              checked={state.existingCustomers.includes(id)}
              onChange={(e) =>
                onChange({
                  existingCustomers: toggle(
                    state.existingCustomers,
                    [id],
                    id,
                    (e.currentTarget as HTMLInputElement).checked,
                  ),
                })
              }
            />
            {catalog.providers.find((p) => p.id === id)?.name ?? id}
          </label>
        ))}
    </fieldset>
  );
}

export function ClosedLine({ closed }: { closed: readonly ClosedProviderJson[] }) {
  if (!closed.length) return null;
  const where = closed.map((c) => `${c.providerName} since ${c.since} (${c.offers} offer${c.offers === 1 ? '' : 's'})`);
  return (
    <p class="hint closed">
      Closed to you as a new customer: {where.join(', ')}; tick {closed.length === 1 ? 'it' : 'them'} above if you
      fine-tune there already.
    </p>
  );
}
