import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);

// src/result/availability.ts
function availabilityJson(a) {
  if (!a) return null;
  return {
    status: a.status,
    trainable: a.trainable,
    serving: a.serving,
    closedToNewUsersOn: a.closedToNewUsersOn ?? null,
    trainingEndsOn: a.trainingEndsOn ?? null,
    servingEndsOn: a.servingEndsOn ?? null,
    notes: a.notes,
    events: a.events.map((e) => ({
      event: e.event,
      on: e.on,
      source: e.source,
      asOf: e.asOf,
      sourceKind: e.sourceKind ?? "official",
      original: e.original ?? null
    }))
  };
}

export {
  availabilityJson
};
