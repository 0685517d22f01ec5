/**
 * The CLI's words for the inputs a library message or a result's note names (src/errors.ts Wording):
 * each option key as its flag ("baseModel" → "--base-model", "queriesPerDay" + "N" → "--queries-per-day N").
 */
import type { Wording } from '../src/errors.js';

/** Option keys whose flag is not their kebab-case form. */
const FLAGS: Record<string, string> = { models: 'model', providers: 'provider', methods: 'method', dataset: 'file' };

/** "--base-model" for the option key "baseModel". */
export function flagName(key: string): string {
  return `--${FLAGS[key] ?? key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

const flagWith = (key: string, arg?: string) => `${flagName(key)}${arg ? ` ${arg}` : ''}`;

export const CLI_WORDING: Wording = {
  option: flagWith,
  everyModel: ' (ftcost catalog list shows every model)',
  // Every input has its flag: a note's hint names it set to its value ("--peak-factor 2 sizes replicas…").
  setting: flagWith,
};
