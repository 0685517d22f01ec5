/** `ftcost estimate`: what training costs on every platform that offers the model(s). */
import type { Argv } from 'yargs';
import { estimate } from '../../src/api.js';
import { METHODS, type Method } from '../../src/catalog/vocabulary.js';
import { UserError } from '../../src/errors.js';
import { catalogFor } from '../catalog-source.js';
import type { CliContext } from '../context.js';
import { parseCount, parseDate, parseFormat, parseList, withCatalogOptions } from '../options.js';
import { estimateRenderers } from '../render/estimate.js';

export const command = 'estimate';
export const describe = 'Training cost of a fine-tune on every platform, ranked';

export function builder(y: Argv) {
  return withCatalogOptions(y)
    .option('examples', { alias: 'n', type: 'string', describe: 'Number of training examples' })
    .option('tokens-per-example', { alias: 't', type: 'string', describe: 'Average tokens per example (default 500, reported as assumed)' })
    .option('epochs', { alias: 'e', type: 'string', default: 'auto', describe: "Epochs, or 'auto' for each platform's default (OpenAI's rule for OpenAI/Azure)" })
    .option('model', { alias: 'm', type: 'string', array: true, describe: 'Model id or alias (repeatable), e.g. gpt-4o-mini' })
    .option('provider', { alias: 'p', type: 'string', array: true, describe: 'Provider id (repeatable): openai, azure-openai, vertex-ai, together, ...' })
    .option('method', { type: 'string', array: true, describe: `Methods to price (default: supervised): ${METHODS.join(', ')}` })
    .option('include-unavailable', { type: 'boolean', default: false, describe: 'Also show offers retired on the as-of date' })
    .example('$0 estimate --examples 500 --epochs 3', 'Every platform, 500 examples of 500 (assumed) tokens, 3 epochs')
    .example('$0 estimate -n 10000 -t 500 -m gpt-4o-mini --format json', 'One model everywhere, as JSON')
    .example('$0 estimate -n 2000 -t 800 -p together --method sft-lora --method sft-full', 'Together AI, LoRA vs full');
}

export interface EstimateArgs {
  examples?: string;
  tokensPerExample?: string;
  epochs: string;
  model?: string[];
  provider?: string[];
  method?: string[];
  includeUnavailable: boolean;
  format: string;
  asOf?: string;
  catalog?: string;
}

export function parseEpochs(raw: string): number | 'auto' {
  if (raw === 'auto') return 'auto';
  return parseCount('epochs', raw, { min: 1, max: 1000 });
}

export function parseMethods(raw: unknown): Method[] {
  const methods = parseList(raw);
  for (const m of methods) {
    if (!(METHODS as readonly string[]).includes(m)) throw new UserError(`unknown method "${m}"; use one of ${METHODS.join(', ')}`);
  }
  return methods as Method[];
}

export async function handler(args: EstimateArgs, ctx: CliContext): Promise<number> {
  const format = parseFormat(args.format);
  if (args.examples === undefined) throw new UserError('estimate needs --examples N (the number of training examples)');
  const examples = parseCount('examples', args.examples, { max: 1e9 });
  const tokensPerExample = args.tokensPerExample === undefined ? undefined : parseCount('tokens-per-example', args.tokensPerExample, { max: 10_000_000 });
  const epochs = parseEpochs(args.epochs);
  const asOf = args.asOf === undefined ? ctx.today : parseDate('as-of', args.asOf);
  const catalog = await catalogFor(args, ctx);
  const result = estimate({
    examples,
    tokensPerExample,
    epochs,
    models: parseList(args.model),
    providers: parseList(args.provider),
    methods: parseMethods(args.method),
    asOf,
    today: ctx.today,
    includeUnavailable: args.includeUnavailable,
    catalog,
  });
  ctx.stdout.write(estimateRenderers[format](result));
  return 0;
}
