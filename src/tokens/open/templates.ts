/**
 * What an open-weight model's chat template adds around the text of a training example, in tokens.
 *
 * OpenAI's cookbook rule (3 per message + the role's tokens, 1 per `name`, 3 per example) describes
 * OpenAI's own chat format; an open model is trained on its own template, so for these models the
 * count is: the tokens of every message's text (and tool JSON, as in ../../dataset/chat-tokens.ts)
 * + `messageTokens(role)` per message + `perExample` once. Role names are rendered by the template
 * (so counted here, not as a field), and `name` is dropped, since none of these templates renders it.
 *
 * Each rule is read off the model's published chat template (the `chat_template` of the package's
 * tokenizer_config.json) and checked in test/dataset/open-tokenizers.test.ts by rendering
 * conversations and counting them with the package's own tokenizer. What the rules leave out, on
 * purpose, is said in each `describe`: text a template injects on its own (Qwen2.5's default
 * system prompt when a conversation has none, Qwen3's empty `<think>` block), and whitespace trims.
 */
export interface ChatTemplateRule {
  /** Tokens the template adds for one message of `role`, the role's own tokens included. */
  messageTokens(role: string): number;
  /** Tokens added once per example (a begin-of-text token). */
  perExample: number;
  /** The rule in words, for the output's method text. */
  describe: string;
}

/** A text counter that may carry its model's chat template rule (see chat-tokens.ts). */
export interface TemplatedCounter {
  count(text: string): number;
  chatTemplate?: ChatTemplateRule;
}

type Count = (text: string) => number;

function memo(f: (role: string) => number): (role: string) => number {
  const seen = new Map<string, number>();
  return (role) => {
    let n = seen.get(role);
    if (n === undefined) seen.set(role, (n = f(role)));
    return n;
  };
}

/**
 * Llama 3 / 3.1 / 3.3: `<|begin_of_text|>` once, then per message
 * `<|start_header_id|>{role}<|end_header_id|>\n\n{content}<|eot_id|>` — 4 tokens + the role's.
 */
export function llama3Template(count: Count): ChatTemplateRule {
  return {
    messageTokens: memo((role) => 4 + count(role)),
    perExample: 1,
    describe:
      'Llama 3 chat template: per message <|start_header_id|>, the role, <|end_header_id|>, \\n\\n and <|eot_id|>; ' +
      "1 <|begin_of_text|> per example (the template's whitespace trim of content is not applied)",
  };
}

/** ChatML (Qwen2, 2.5, 3): per message `<|im_start|>{role}\n{content}<|im_end|>\n` — 4 tokens + the role's. */
export function chatMlTemplate(count: Count, family: 'qwen2' | 'qwen3'): ChatTemplateRule {
  const injected =
    family === 'qwen2'
      ? "Qwen2.5's default system prompt, added when an example has none, is not counted"
      : "Qwen3's <think></think> block around assistant turns is not counted";
  return {
    messageTokens: memo((role) => 4 + count(role)),
    perExample: 0,
    describe: `ChatML template: per message <|im_start|>, the role, \\n, <|im_end|> and \\n; ${injected}`,
  };
}

/**
 * Gemma 3: `<bos>` once; user and assistant turns are `<start_of_turn>{user|model}\n{content}<end_of_turn>\n`
 * (4 + the role's tokens); a system message has no turn of its own: its text opens the first user
 * turn, followed by `\n\n` (1 token).
 */
export function gemmaTemplate(count: Count): ChatTemplateRule {
  return {
    messageTokens: memo((role) =>
      role === 'system' ? count('\n\n') : 4 + count(role === 'assistant' ? 'model' : role),
    ),
    perExample: 1,
    describe:
      "Gemma 3 chat template: per turn <start_of_turn>, the role (assistant is 'model'), \\n, <end_of_turn> and \\n; " +
      'a system message opens the first user turn followed by \\n\\n; 1 <bos> per example',
  };
}

/**
 * DeepSeek V3 / R1: `<｜begin▁of▁sentence｜>` once; system text bare; `<｜User｜>` before a user message;
 * `<｜Assistant｜>` before and `<｜end▁of▁sentence｜>` after an assistant message; a tool result
 * between `<｜tool▁output▁begin｜>` and `<｜tool▁output▁end｜>` (its outer outputs-begin/end markers,
 * shared by consecutive results, are counted once per result here: at most 2 tokens over).
 */
export function deepSeekTemplate(): ChatTemplateRule {
  const byRole: Record<string, number> = { system: 0, user: 1, assistant: 2, tool: 4 };
  return {
    messageTokens: (role) => byRole[role] ?? 1,
    perExample: 1,
    describe:
      'DeepSeek V3 chat template: 1 <｜begin▁of▁sentence｜> per example, <｜User｜> per user message, ' +
      '<｜Assistant｜> and <｜end▁of▁sentence｜> per assistant message, system text bare, 4 marker tokens per tool result',
  };
}

/**
 * Mistral 7B Instruct v0.1/v0.2 (SentencePiece, no special tokens for the format): `<s>` once, then
 * `[INST] {user} [/INST]{assistant}</s>` per exchange; a system message is put before the first
 * user message with `\n\n` (two byte tokens <0x0A> mid-text). `[INST]` and `[/INST]` are plain
 * text in this vocabulary, so their tokens are measured with the tokenizer itself (`instTokens`).
 * Message text is counted as SentencePiece encodes it alone, with its leading space.
 */
export function mistralTemplate(instTokens: number): ChatTemplateRule {
  return {
    messageTokens: (role) => (role === 'assistant' ? 1 : role === 'system' ? 2 : instTokens),
    perExample: 1,
    describe:
      `Mistral instruct template: [INST] … [/INST] around each user message (${instTokens} tokens), ` +
      '</s> after each assistant message, a system message before the first user message with \\n\\n; ' +
      '1 <s> per example',
  };
}
