/**
 * The published JSON of `ftcost inspect --format json`: the dataset summary (built field by field in
 * src/dataset/report.ts, and shared with the `counted` part of estimate and budget), headed by its
 * schema, version and kind.
 */
import type { DatasetSummaryJson } from '../dataset/report.js';
import { INSPECT_SCHEMA_URL } from './schemaIds.js';

/** The versioned contract of `ftcost inspect --format json`; bump on any breaking change. */
const INSPECT_SCHEMA_VERSION = 1;

/** `ftcost inspect --format json`: the dataset summary, headed by its schema, version and kind. */
export type InspectJson = {
  /** This output's JSON Schema (schema/inspect.schema.json of the package). */
  $schema: typeof INSPECT_SCHEMA_URL;
  schemaVersion: typeof INSPECT_SCHEMA_VERSION;
  kind: 'dataset';
} & DatasetSummaryJson;

export function toInspectJson(s: DatasetSummaryJson): InspectJson {
  return {
    $schema: INSPECT_SCHEMA_URL,
    schemaVersion: INSPECT_SCHEMA_VERSION,
    kind: 'dataset',
    training: s.training,
    validation: s.validation,
    overrides: { encoding: s.overrides.encoding, maxTokensPerExample: s.overrides.maxTokensPerExample },
    capApplied: s.capApplied,
  };
}
