/**
 * pricing/architecture/*.yaml: the open-weight models' architecture figures (zod schema) and their
 * checks — magnitudes, and the parameter count the figures give against the size the model's page
 * states — run at build time (scripts/compile-catalog.ts), which writes the checked figures to
 * src/catalog/generated/architecture.json. Build-time only: the runtime reads that JSON
 * (src/catalog/architecture.ts), never zod or YAML.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { Decimal } from '../decimal.js';
import type { ArchitectureSource, ModelArchitecture } from '../domain/architecture.js';
import { parameterCounts } from '../domain/architecture.js';
import { decimalString, isoDate, sourceUrl } from './schema.js';
import { type CatalogProblem, lineOfPath, MAX_ALIAS_COUNT } from './validate.js';

/** The architecture file format versions this build reads. */
const ARCHITECTURE_SCHEMA_VERSIONS = [1] as const;

/** A count within a band: a figure outside it is a typo (a hidden size of 81920, a layer count of 8). */
const count = (min: number, max: number) =>
  z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `is below ${min}: check the figure`)
    .max(max, `is above ${max}: check the figure`);

const architectureSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lower-case letters, digits, dots and dashes'),
  name: z.string().min(1),
  catalogModels: z.array(z.string().min(1)).default([]),
  /** The size the model's page states, in billions. */
  parametersBillions: decimalString,
  layers: count(1, 512),
  hiddenSize: count(64, 65536),
  attentionHeads: count(1, 1024),
  kvHeads: count(1, 1024),
  headDim: count(16, 1024),
  intermediateSize: count(64, 262144),
  vocabSize: count(1000, 1_000_000),
  maxContext: count(512, 10_485_760),
  tiedEmbeddings: z.boolean(),
  attentionBias: z.boolean().default(false),
  qkNorm: z.boolean().default(false),
  source: sourceUrl,
  asOf: isoDate,
  sourceKind: z.enum(['official', 'copy']),
  note: z.string().optional(),
});

export const architectureFileSchema = z.strictObject({
  schemaVersion: z.literal(ARCHITECTURE_SCHEMA_VERSIONS[0]),
  models: z.array(architectureSchema).min(1),
});

/** One model's figures as compiled: the engine's input plus where they were read. */
type ArchitectureData = ModelArchitecture & ArchitectureSource & { note?: string };

/** How far the count the figures give may be from the stated size: 1 %, wider than any rounding of a page's "70.6B". */
const PARAMETER_TOLERANCE = new Decimal('0.01');

function problem(text: string, file: string, path: string, message: string): CatalogProblem {
  return { file, line: lineOfPath(text, path), path, message };
}

/** Checks zod cannot make: duplicates, head counts that do not divide, a count off its stated size, a future date. */
function crossProblems(
  text: string,
  file: string,
  models: readonly z.infer<typeof architectureSchema>[],
  today: string | undefined,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const ids = new Set<string>();
  const claimed = new Map<string, string>();
  models.forEach((m, i) => {
    const at = `models[${i}]`;
    if (ids.has(m.id)) problems.push(problem(text, file, `${at}.id`, `"${m.id}" is listed twice`));
    ids.add(m.id);
    for (const c of m.catalogModels) {
      const other = claimed.get(c);
      if (other) problems.push(problem(text, file, `${at}.catalogModels`, `"${c}" is already the model of ${other}`));
      claimed.set(c, m.id);
    }
    if (m.attentionHeads % m.kvHeads !== 0)
      problems.push(
        problem(text, file, `${at}.kvHeads`, `${m.kvHeads} KV heads do not divide ${m.attentionHeads} query heads`),
      );
    if (today !== undefined && m.asOf > today)
      problems.push(problem(text, file, `${at}.asOf`, `${m.asOf} is after today (${today})`));
    const counted = new Decimal(parameterCounts(m).total.toString()).div(1e9);
    const stated = new Decimal(m.parametersBillions);
    if (counted.minus(stated).abs().gt(stated.times(PARAMETER_TOLERANCE)))
      problems.push(
        problem(
          text,
          file,
          `${at}.parametersBillions`,
          `the figures give ${counted.toDecimalPlaces(3).toFixed()}B parameters, more than 1 % from the stated ` +
            `${m.parametersBillions}B: a figure is wrong`,
        ),
      );
  });
  return problems;
}

export type ArchitectureValidation =
  | { ok: true; models: ArchitectureData[] }
  | { ok: false; problems: CatalogProblem[] };

/** Validate one architecture file's text; every problem is listed. */
export function validateArchitectureFile(text: string, file: string, today?: string): ArchitectureValidation {
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    return { ok: false, problems: [{ file, line: null, path: '', message: `YAML: ${(err as Error).message}` }] };
  }
  const parsed = architectureFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
        return problem(text, file, path.replace(/^\./, ''), issue.message);
      }),
    };
  }
  const problems = crossProblems(text, file, parsed.data.models, today);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    models: parsed.data.models.map((m) => ({
      ...m,
      catalogModels: [...m.catalogModels],
    })),
  };
}
