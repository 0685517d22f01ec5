/**
 * A whole result in another audience's words: a copy whose assumptions, notes, reasons and bounds are
 * worded again from the result's facts (the result builders' own wordBreakEven / wordEstimate /
 * wordBudget), every figure unchanged. What a caller holding a library result uses to show it to
 * the CLI's or the widget's audience, and how the tests check that two audiences got one result.
 */
import { LIBRARY_WORDING, type Wording } from '../../errors.js';
import { type BreakEvenResultWithFacts, wordBreakEven } from '../../result/breakEven.js';
import { type BudgetResultWithFacts, wordBudget } from '../../result/budget.js';
import { type EstimateResultWithFacts, wordEstimate } from '../../result/estimate.js';
import { copyWithFacts } from '../../result/facts.js';
import { noteWords } from './notes.js';
import { wordVerdict } from './verdict.js';

export function rewordBreakEven(result: BreakEvenResultWithFacts, wording: Wording = LIBRARY_WORDING) {
  const copy = copyWithFacts(result);
  wordBreakEven(copy, copy.facts, noteWords(wording));
  wordVerdict(copy);
  return copy;
}

export function rewordEstimate(result: EstimateResultWithFacts, wording: Wording = LIBRARY_WORDING) {
  const copy = copyWithFacts(result);
  wordEstimate(copy, copy.facts, noteWords(wording));
  return copy;
}

export function rewordBudget(result: BudgetResultWithFacts, wording: Wording = LIBRARY_WORDING) {
  const copy = copyWithFacts(result);
  wordBudget(copy, copy.facts, noteWords(wording));
  return copy;
}
