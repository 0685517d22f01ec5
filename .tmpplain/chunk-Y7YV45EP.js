import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  AVAILABILITY_STATUSES
} from "./chunk-RLGSNLDK.js";

// src/catalog/lifecycle.ts
var STATUS_OF = {
  preview: "preview",
  deprecated: "deprecated",
  "closed-to-new-users": "closed-to-new-users",
  "training-ends": "training-ended",
  "serving-ends": "retired"
};
var rank = (status) => AVAILABILITY_STATUSES.indexOf(status);
function earliest(events, kind) {
  let first;
  for (const e of events) if (e.event === kind && (first === void 0 || e.on < first)) first = e.on;
  return first;
}
var byCodeUnits = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function availabilityOn(levels, date) {
  const events = levels.flatMap((l) => l ?? []).sort((a, b) => byCodeUnits(a.on, b.on) || byCodeUnits(a.event, b.event));
  if (events.length === 0) return void 0;
  let status = "available";
  for (const e of events) {
    if (e.on > date) continue;
    const next = STATUS_OF[e.event];
    if (rank(next) > rank(status)) status = next;
  }
  const servingEndsOn = earliest(events, "serving-ends");
  const trainingEndsOn = [earliest(events, "training-ends"), servingEndsOn].filter((d) => d !== void 0).sort()[0];
  const closed = earliest(events, "closed-to-new-users");
  const closedToNewUsersOn = closed !== void 0 && (trainingEndsOn === void 0 || closed < trainingEndsOn) ? closed : void 0;
  const dates = { closedToNewUsersOn, trainingEndsOn, servingEndsOn };
  return {
    status,
    trainable: trainingEndsOn === void 0 || date < trainingEndsOn,
    serving: servingEndsOn === void 0 || date < servingEndsOn,
    ...Object.fromEntries(Object.entries(dates).filter(([, v]) => v !== void 0)),
    events,
    notes: [...new Set(events.map((e) => e.note).filter((n) => n !== void 0))]
  };
}

export {
  availabilityOn
};
