import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);

// src/render/labels.ts
function methodLabel(r) {
  return r.tier ? `${r.method} (${r.tier})` : r.method;
}
var EPOCHS_MARK = {
  requested: "",
  "openai-auto": " auto",
  "provider-default": " default",
  assumed: " assumed"
};
function epochsLabel(r) {
  return `${r.epochs}${EPOCHS_MARK[r.epochsBasis] ?? ""}`;
}
function staleLabel(ageDays) {
  return `stale (${ageDays} d)`;
}
function availabilityLabel(a) {
  if (!a) return null;
  if (a.status === "retired") return a.servingEndsOn ? `retired ${a.servingEndsOn}` : "retired";
  const parts = a.status === "available" ? [] : [a.status === "training-ended" ? "training ended" : a.status];
  if (a.trainingEndsOn && a.status !== "training-ended") parts.push(`training ends ${a.trainingEndsOn}`);
  if (a.status === "training-ended" && a.trainingEndsOn) parts[0] = `training ended ${a.trainingEndsOn}`;
  if (a.servingEndsOn) parts.push(`shuts down ${a.servingEndsOn}`);
  return parts.length ? parts.join("; ") : null;
}
function epochsCell(r) {
  return r.billing === "per-hour" ? "-" : epochsLabel(r);
}
function rateLabel(r, format) {
  if (r.trainingPer1M !== null) return format(r.trainingPer1M);
  if (r.trainingPerHour !== null) return `${format(r.trainingPerHour)}/h`;
  return "n/a";
}
function estimateRowNotes(r) {
  const out = [];
  if (r.stale) out.push(staleLabel(r.priceAgeDays));
  const availability = availabilityLabel(r.availability);
  if (availability) out.push(availability);
  if (r.truncatedExamples > 0) out.push("truncated");
  if (r.charges.some((c) => c.name.startsWith("per-job cap"))) out.push("capped");
  if (r.charges.some((c) => c.name === "minimum charge top-up")) out.push("minimum charge");
  if (r.missingPrice) out.push(r.missingPrice);
  if (!r.production) out.push("not for production");
  if (r.sourceKind === "copy") out.push("copy");
  return out;
}

export {
  methodLabel,
  staleLabel,
  availabilityLabel,
  epochsCell,
  rateLabel,
  estimateRowNotes
};
