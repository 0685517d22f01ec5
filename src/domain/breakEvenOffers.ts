/**
 * What the break-even's catalog options compute on (src/engine/breakEven/options.ts): the prompted
 * base model's candidates, each fine-tuned model's offers, and the hardware to self-host on, all
 * resolved for one date and one team by src/resolve/breakEven.ts.
 */
import type { HardwareOnDate } from './hardware.js';
import type { ModelOnDate, PromptedCandidate, TrainingOffers } from './offers.js';

/** A fine-tuned model asked about, on the date. */
export interface FineTuneOnDate {
  /** As asked: an id or an alias. */
  asked: string;
  /** Its offers (the provider filter applied), as a training estimate prices them. */
  training: TrainingOffers;
  /** What self-hosting runs: the model as listed with a parameter count, else as first listed. */
  weights: Pick<ModelOnDate, 'id' | 'encoding' | 'parametersBillions'>;
}

/** Everything the break-even's options compute on. */
export interface BreakEvenOffers {
  /** Providers with base prices for the prompted model (the one asked for only, if any). */
  prompted: PromptedCandidate[];
  fineTunes: FineTuneOnDate[];
  hardware: HardwareOnDate;
}
