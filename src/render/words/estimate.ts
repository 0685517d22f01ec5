/**
 * The words of an estimate's notes alone (its rows' warnings, missing prices and bounds, what it
 * assumes): what estimate() words with, so that the widget's first script, which estimates, does not
 * carry the break-even's words (the whole table is ./notes.ts).
 */
import type { EstimateNote } from '../../domain/notes.js';
import { LIBRARY_WORDING, type Wording } from '../../errors.js';
import type { WordsOf } from './inputs.js';
import { SELF_HOSTED_WORDS } from './selfHosted.js';
import { ESTIMATE_SUMMARY_WORDS, RANGE_WORDS, TRAINING_WORDS } from './training.js';

const ESTIMATE_WORDS: WordsOf<EstimateNote> = {
  ...TRAINING_WORDS,
  ...RANGE_WORDS,
  ...ESTIMATE_SUMMARY_WORDS,
  ...SELF_HOSTED_WORDS,
};

/** An estimate's notes in an audience's words (default: the library's). */
export function estimateNoteWords(wording: Wording = LIBRARY_WORDING): (note: EstimateNote) => string {
  return (note) => (ESTIMATE_WORDS[note.kind] as (n: EstimateNote, w: Wording) => string)(note, wording);
}
