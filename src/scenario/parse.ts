/**
 * Scenario YAML text → validated scenario, or every problem at once as `file: path: message (line N)`.
 * Pure (text in); reading the file is the caller's job (src/scenario/load.ts).
 */
import { LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { CustomOptionInput, ExtraCostOptions } from '../api/breakEven.js';
import { suggest } from '../text/suggest.js';
import { MAX_ALIAS_COUNT, yamlExpansionMessage } from '../catalog/validate.js';
import { UserError } from '../errors.js';
import { isHoursPerMonth } from '../domain/hours.js';
import { OPTION_KEYS, SCENARIO_EXTRA_KEYS, SCENARIO_KEYS, scenarioSchema, type ScenarioInput } from './schema.js';
import { d } from '../decimal.js';

type ScenarioOption = ScenarioInput['options'][number];

interface ScenarioProblem {
  file: string;
  path: string;
  message: string;
  line: number | null;
}

function formatScenarioProblem(p: ScenarioProblem): string {
  return `${p.file}: ${p.path || '(top level)'}: ${p.message}${p.line === null ? '' : ` (line ${p.line})`}`;
}

/**
 * A validated scenario: options as the library's breakEven() takes them, with the costs beyond compute and success
 * rates given for the options marked fineTuned (and the others' success rate).
 */
export interface Scenario extends ExtraCostOptions {
  file: string;
  options: CustomOptionInput[];
  hoursPerMonth?: string;
  queriesPerDay?: string;
  horizonMonths?: string;
  retrainEveryMonths?: string;
  baseline?: string;
  /** What a failed answer costs: "retry" or USD (options give their own successRate). */
  failureCost?: string;
}

type Key = string | number;

const pathText = (path: readonly Key[]) =>
  path.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${k}` : k), '');

function lineOf(doc: Document, counter: LineCounter, path: readonly Key[]): number | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = (depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true)) as Node | null | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

function problemsOf(error: z.ZodError, doc: Document, counter: LineCounter, file: string): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((k): k is Key => typeof k === 'string' || typeof k === 'number');
    if (issue.code === 'unrecognized_keys') {
      const known = path.length === 0 ? SCENARIO_KEYS : OPTION_KEYS;
      for (const key of issue.keys) {
        out.push({
          file,
          path: pathText([...path, key]),
          message: `unknown key${suggest(key, known)}`,
          line: lineOf(doc, counter, [...path, key]),
        });
      }
      continue;
    }
    const missing = !doc.hasIn(path) && issue.code === 'invalid_type';
    out.push({
      file,
      path: pathText(path),
      message: missing && !/is required/.test(issue.message) ? 'is required' : issue.message,
      line: lineOf(doc, counter, path),
    });
  }
  return out;
}

/** Parse and validate; throws a UserError whose message is the first problem and whose details are the rest. */
export function parseScenario(text: string, file: string): Scenario {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  let problems: ScenarioProblem[] = doc.errors.map((e) => ({
    file,
    path: '',
    message: `YAML syntax: ${e.message.split('\n')[0]}`,
    line: e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line,
  }));
  let value: ScenarioInput | undefined;
  if (problems.length === 0) {
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      throw new UserError(formatScenarioProblem({ file, path: '', message: yamlExpansionMessage(err), line: 1 }));
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      problems = [{ file, path: '', message: 'is not a YAML mapping with an options: list', line: 1 }];
    } else {
      const parsed = scenarioSchema.safeParse(data);
      if (parsed.success) value = parsed.data;
      else problems = problemsOf(parsed.error, doc, counter, file);
      // `--hours-per-month` takes 730 (8,760 h / 12) or 720 (30 days); a scenario takes the same.
      const hours = (data as { hoursPerMonth?: unknown }).hoursPerMonth;
      if (hours !== undefined && !isHoursPerMonth(hours)) {
        problems.push({
          file,
          path: 'hoursPerMonth',
          message:
            `is ${JSON.stringify(hours)}; ` + 'use 730 (8,760 hours / 12) or 720 (30 days), as --hours-per-month does',
          line: lineOf(doc, counter, ['hoursPerMonth']),
        });
        value = undefined;
      }
    }
  }
  if (!value) {
    // In file order, so they read top to bottom (sort is stable for problems on one line).
    const lines = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map(formatScenarioProblem);
    throw new UserError(lines[0]!, lines.slice(1));
  }
  return {
    file,
    hoursPerMonth: value.hoursPerMonth,
    queriesPerDay: value.queriesPerDay,
    horizonMonths: value.horizonMonths,
    retrainEveryMonths: value.retrainEveryMonths,
    baseline: value.baseline,
    failureCost: value.failureCost,
    ...(Object.fromEntries(
      SCENARIO_EXTRA_KEYS.filter((k) => value[k] !== undefined).map((k) => [k, value[k]]),
    ) as ExtraCostOptions),
    // Already validated: prices are non-negative decimal strings, quantities plain numbers as strings.
    options: value.options.map(withYourThroughput),
  };
}

/** Seconds in an hour: tokens/s × this = tokens an hour. */
const SECONDS_PER_HOUR = 3600;

/**
 * An option's measured throughput turned into what the break-even prices: capacityPerDay from the serving
 * rate (whole queries, as the catalog's replicas), oneTime from the training rate (exact where it terminates;
 * 60 significant digits where it does not, as an estimate's GPU-hours).
 */
function withYourThroughput(option: ScenarioOption): CustomOptionInput {
  const { serveTokensPerSecond, tokensPerQuery, trainTokensPerSecond, trainingTokens, trainingPerHour, ...rest } =
    option;
  const hoursPerDay = d(option.hoursPerDay ?? 24);
  return {
    ...rest,
    ...(serveTokensPerSecond && tokensPerQuery
      ? {
          capacityPerDay: d(serveTokensPerSecond)
            .times(SECONDS_PER_HOUR)
            .times(hoursPerDay)
            .div(tokensPerQuery)
            .floor()
            .toFixed(),
        }
      : {}),
    ...(trainTokensPerSecond && trainingTokens && trainingPerHour
      ? {
          oneTime: d(trainingTokens)
            .div(d(trainTokensPerSecond).times(SECONDS_PER_HOUR))
            .times(trainingPerHour)
            .toFixed(),
        }
      : {}),
  };
}
