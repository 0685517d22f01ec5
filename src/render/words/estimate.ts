/**
 * The words of an estimate's notes alone (its rows' warnings, missing prices and bounds, what it
 * assumes): what estimate() words with, so that the widget's first script, which estimates, does not
 * carry the break-even's words (the whole table is ./notes.ts). Nor the self-hosted rows' words
 * (./selfHosted.ts): only the self-hosted planner makes those notes, and it brings their words along
 * (src/api/selfHosted.ts), so the widget, which never plans self-hosted rows, ships none of them.
 */
import type { EstimateNote, SelfHostedNote } from '../../domain/notes.js';
import { LIBRARY_WORDING, type Wording } from '../../errors.js';
import type { WordsOf } from './inputs.js';
import { ESTIMATE_SUMMARY_WORDS, RANGE_WORDS, TRAINING_WORDS } from './training.js';

const ESTIMATE_WORDS: WordsOf<Exclude<EstimateNote, SelfHostedNote>> = {
  ...TRAINING_WORDS,
  ...RANGE_WORDS,
  ...ESTIMATE_SUMMARY_WORDS,
};

/** An estimate's notes in an audience's words (default: the library's); `selfHosted`: the planner's words. */
export function estimateNoteWords(
  wording: Wording = LIBRARY_WORDING,
  selfHosted?: WordsOf<SelfHostedNote>,
): (note: EstimateNote) => string {
  const words = { ...ESTIMATE_WORDS, ...selfHosted } as Partial<WordsOf<EstimateNote>>;
  return (note) => {
    const word = words[note.kind] as ((n: EstimateNote, w: Wording) => string) | undefined;
    // A self-hosted note without the planner's words cannot happen (only the planner makes one): a bug if it does.
    if (!word) throw new Error(`estimate notes: no words for ${note.kind}`);
    return word(note, wording);
  };
}
