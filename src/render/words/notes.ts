/**
 * Facts into words (src/domain/notes.ts): `wordNote(note, wording)` is the one place a note becomes a
 * sentence, for one audience. The library's words name inputs by their option keys ("peakFactor: 2"),
 * the CLI's by flags (cli/wording.ts: "--peak-factor 2"), the widget's by its boxes' labels
 * (widget/src/compute.ts); a hint naming an input that audience cannot set is left out.
 */
import type { Note, NoteWords } from '../../domain/notes.js';
import { LIBRARY_WORDING, type Wording } from '../../errors.js';
import { EXCLUSION_WORDS, OPTION_WORDS, SENSITIVITY_WORDS, SKIP_WORDS } from './breakEven.js';
import type { WordsOf } from './inputs.js';
import { SELF_HOSTED_WORDS } from './selfHosted.js';
import { COMPARISON_WORDS } from './summary.js';
import { BUDGET_WORDS, ESTIMATE_SUMMARY_WORDS, RANGE_WORDS, TRAINING_WORDS } from './training.js';

/** Every kind's words: the compiler refuses a kind without them. */
const NOTE_WORDS: WordsOf<Note> = {
  ...TRAINING_WORDS,
  ...BUDGET_WORDS,
  ...RANGE_WORDS,
  ...OPTION_WORDS,
  ...EXCLUSION_WORDS,
  ...SKIP_WORDS,
  ...ESTIMATE_SUMMARY_WORDS,
  ...COMPARISON_WORDS,
  ...SENSITIVITY_WORDS,
  ...SELF_HOSTED_WORDS,
};

/** A note in an audience's words (default: the library's, option keys as written). */
export function wordNote(note: Note, wording: Wording = LIBRARY_WORDING): string {
  return (NOTE_WORDS[note.kind] as (n: Note, w: Wording) => string)(note, wording);
}

/** `wordNote` bound to one audience: what the result builders word their facts with. */
export function noteWords(wording: Wording = LIBRARY_WORDING): NoteWords {
  return (note) => wordNote(note, wording);
}
