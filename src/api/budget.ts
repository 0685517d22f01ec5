/**
 * The library's budget solver: `budget({ maxCost: '10', tokensPerExample: 400, epochs: 3 })` returns
 * the same versioned, JSON-safe result as `ftcost budget --format json`: per offer, the most examples
 * (or, given the examples or a counted dataset, the most epochs) that fit within maxCost USD. Its
 * assumptions and reasons are in the library's words, with the facts behind them in `result.facts`.
 */
import type { CustomerOptions } from './checks.js';
import { customersOf } from '../catalog/query.js';
import { embeddedCatalog } from '../catalog/embedded.js';
import type { Catalog } from '../catalog/model.js';
import type { Method } from '../domain/vocabulary.js';
import { datasetSummary, isCountedDataset } from '../dataset/report.js';
import { d, type Decimal } from '../decimal.js';
import { solveBudget, type BudgetQuestion } from '../engine/training/budget.js';
import { assumedDataset, type TrainingDataset } from '../engine/training/dataset.js';
import { UserError, type Wording } from '../errors.js';
import { noteWords } from '../render/words/notes.js';
import { resolveTraining } from '../resolve/training.js';
import { toBudgetResult, type BudgetResultWithFacts } from '../result/budget.js';
import {
  checkBoolean,
  checkCatalogOption,
  checkCount,
  checkDatasetOption,
  checkDate,
  checkKeys,
  checkMethods,
  checkModelFilters,
  checkNoComma,
  checkStringList,
  decimalText,
  type KeySet,
} from './checks.js';

export interface BudgetOptions extends CustomerOptions {
  /** The most to spend, in USD: a decimal string ("10", "2.50") or a Decimal (never a float). */
  maxCost: string | Decimal;
  /** Solve for epochs: this many examples (× tokensPerExample, default the catalog's, assumed)... */
  examples?: number;
  /** ...or a counted training file (see ftcost/tokens). */
  dataset?: TrainingDataset;
  tokensPerExample?: number;
  /** Solve for examples: tokensPerExample × epochs, without examples or dataset. */
  epochs?: number;
  models?: readonly string[];
  providers?: readonly string[];
  methods?: readonly Method[];
  asOf?: string;
  today?: string;
  includeUnavailable?: boolean;
  catalog?: Catalog;
  assumptions?: string[];
  /**
   * @internal Whose words the result's assumptions and reasons are in (default: the library's, option
   * keys as written); the CLI passes its flags'.
   */
  wording?: Wording;
}

function usdOf(value: string | Decimal): Decimal {
  // A JS number is read as written (2.5 is $2.50, not rounded to $3); a comma is refused, never dropped.
  const text = decimalText(value) ?? String(value);
  checkNoComma('maxCost', text);
  if (!/^\d+(\.\d+)?$/.test(text) || !d(text).gt(0))
    throw new UserError(`maxCost must be a positive amount of USD like "10" or "2.50", got "${text}"`, {
      code: 'invalid-number',
      option: 'maxCost',
    });
  return d(text);
}

function positive(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1)
    throw new UserError(`${name} must be a whole number of at least 1, got ${value}`);
  return value;
}

/** Every option budget() takes (an unknown key is refused, with the nearest one). */
const BUDGET_KEYS: KeySet<BudgetOptions> = {
  maxCost: true,
  examples: true,
  dataset: true,
  tokensPerExample: true,
  epochs: true,
  models: true,
  providers: true,
  methods: true,
  asOf: true,
  today: true,
  includeUnavailable: true,
  existingCustomers: true,
  lapsedCustomers: true,
  catalog: true,
  assumptions: true,
  wording: true,
};

export function budget(options: BudgetOptions): BudgetResultWithFacts {
  // The options object and the catalog before anything is read from them (budget() was a TypeError).
  checkKeys('budget()', options, BUDGET_KEYS);
  checkCatalogOption(options.catalog);
  const catalog = options.catalog ?? embeddedCatalog();
  checkDate('asOf', options.asOf);
  checkDate('today', options.today);
  checkCount('examples', options.examples);
  checkCount('tokensPerExample', options.tokensPerExample);
  checkCount('epochs', options.epochs);
  checkMethods(options.methods);
  checkBoolean('includeUnavailable', options.includeUnavailable);
  checkStringList('assumptions', options.assumptions);
  checkDatasetOption(options.dataset);
  checkModelFilters(catalog, options);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const maxCost = usdOf(options.maxCost);
  const hasData = options.dataset !== undefined || options.examples !== undefined;
  if (options.dataset && options.examples !== undefined)
    throw new UserError('give either examples or a dataset, not both');
  if (hasData && options.epochs !== undefined)
    throw new UserError(
      'with examples (or a file) the budget solves for epochs: ' +
        'leave epochs out, or leave examples out to solve for examples',
    );
  if (!hasData && options.epochs === undefined)
    throw new UserError(
      'the budget needs examples (or a file) to solve for epochs, ' +
        'or tokens per example and epochs to solve for examples',
    );
  const tokensAssumed = options.dataset === undefined && options.tokensPerExample === undefined;
  const tokensPerExample = positive(
    'tokens per example',
    options.tokensPerExample ?? catalog.meta.defaultTokensPerExample,
  );
  let question: BudgetQuestion;
  if (hasData) {
    const dataset = options.dataset ?? assumedDataset(positive('examples', options.examples!), tokensPerExample);
    question = { solveFor: 'epochs', dataset };
  } else {
    question = { solveFor: 'examples', tokensPerExample, epochs: positive('epochs', options.epochs!) };
  }
  const asOf = options.asOf ?? today;
  const customers = customersOf(catalog, options.existingCustomers, options.lapsedCustomers);
  const solved = solveBudget(
    { maxCost, question, asOf, today, includeUnavailable: options.includeUnavailable },
    resolveTraining(catalog, options, asOf, customers),
  );
  // The engine stops counting examples at 2^53 − 1 (the largest whole number a JS number holds exactly): a budget
  // that buys more is refused, never answered with that cap as if the budget had run out there.
  const capped = solved.rows.find((r) => r.maxExamples === Number.MAX_SAFE_INTEGER);
  if (capped)
    throw new UserError(
      (w) =>
        `${w.option('maxCost')} ${maxCost.toFixed()} buys more than ` +
        `${Number.MAX_SAFE_INTEGER.toLocaleString('en-US')} ` +
        `examples on ${capped.offer.provider} ${capped.offer.model} (more than can be counted exactly); ` +
        'give a smaller budget',
      { code: 'invalid-number', option: 'maxCost' },
    );
  const counted = question.solveFor === 'epochs' && isCountedDataset(question.dataset) ? question.dataset : undefined;
  return toBudgetResult(solved, {
    counted: counted ? datasetSummary(counted) : undefined,
    tokensPerExample: options.dataset ? undefined : tokensPerExample,
    tokensPerExampleAssumed: tokensAssumed,
    assumptions: options.assumptions?.map((text) => ({ kind: 'given', text })),
    words: noteWords(options.wording),
  });
}
