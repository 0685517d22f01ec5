/** Every command of the CLI, one module each: { command, describe, builder, handler }. */
import type { Argv } from 'yargs';
import type { CliContext } from '../context.js';
import * as catalog from './catalog.js';
import * as breakeven from './breakeven.js';
import * as budget from './budget.js';
import * as estimate from './estimate.js';
import * as fit from './fit.js';
import * as inspect from './inspect.js';

export interface CommandModule {
  command: string | readonly string[];
  describe: string;
  // Each command's yargs builder types its own arguments; the table of commands cannot name them all.
  // biome-ignore lint/suspicious/noExplicitAny: see the line above
  builder(y: Argv): Argv<any>;
  // biome-ignore lint/suspicious/noExplicitAny: the handler receives what its own builder declared
  handler(args: any, ctx: CliContext): Promise<number>;
}

export const commands: readonly CommandModule[] = [estimate, budget, catalog, inspect, breakeven, fit];
