/**
 * The CLI's words for the inputs a library message names (src/errors.ts Wording): each option key
 * as its flag ("baseModel" → "--base-model", "queriesPerDay" + "N" → "--queries-per-day N").
 */
import type { Wording } from '../src/errors.js';

/** Option keys whose flag is not their kebab-case form. */
const FLAGS: Record<string, string> = { models: 'model', providers: 'provider', methods: 'method', dataset: 'file' };

/** "--base-model" for the option key "baseModel". */
export function flagName(key: string): string {
  return `--${FLAGS[key] ?? key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

export const CLI_WORDING: Wording = {
  option: (key, arg) => `${flagName(key)}${arg ? ` ${arg}` : ''}`,
  everyModel: ' (ftcost catalog list shows every model)',
};
