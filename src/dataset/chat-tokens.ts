/**
 * Tokens of one chat example by the OpenAI cookbook's rule ("Data preparation and analysis for chat
 * model fine-tuning", https://cookbook.openai.com/examples/chat_finetuning_data_prep):
 * per message 3, plus the tokens of every value, plus 1 for a `name`; 3 more after the messages.
 *
 * Values the cookbook does not handle, and how they are counted here:
 *  - `weight` is metadata (0 or 1, whether to train on the message): never counted, never text.
 *  - content given as parts: the tokens of each text part's `text` (the `type` tags are structure);
 *    each image part by OpenAI's tile rule (images.ts) for the tiktoken encodings, and not counted
 *    for an open-weight model's tokenizer (no published rule), nor for an open-weight model counted with a
 *    tiktoken stand-in when its tokenizer is not installed; audio and file parts are not counted.
 *    An example with any of them is labelled approximate (validate.ts, `approximate`).
 *  - `content: null` (an assistant message that only calls tools): 0.
 *  - `tool_calls`, `function_call`, and the example's top-level `tools` / `functions`: the tokens of
 *    their compact JSON (`JSON.stringify`), since the model is trained on that text. OpenAI does not
 *    publish how it renders them, so such an example is labelled approximate (validate.ts).
 *  - any other non-string value (a number, a boolean): the tokens of its JSON text.
 */
import type { ChatTemplateRule } from '../tokens/open/templates.js';
import { imagePartTokens } from './images.js';
import type { CheckedExample } from './validate.js';

export const TOKENS_PER_MESSAGE = 3;
export const TOKENS_PER_NAME = 1;
export const TOKENS_AFTER_MESSAGES = 3;

export interface TextCounter {
  count(text: string): number;
  /**
   * An open-weight model's chat template (../tokens/open/templates.ts), counted instead of the
   * cookbook's overheads: its tokens per message (role included) and per example; `name` is not
   * rendered by those templates, so not counted.
   */
  chatTemplate?: ChatTemplateRule;
  /** false: image parts are not counted (an open-weight model counted with a stand-in: EncodingPlan.withoutImages). */
  images?: false;
}

export interface ExampleTokens {
  total: number;
  /** Tokens of assistant message content (what the model learns to write). */
  assistant: number;
}

function valueTokens(value: unknown, counter: TextCounter): number {
  if (typeof value === 'string') return counter.count(value);
  if (value === null || value === undefined) return 0;
  return counter.count(JSON.stringify(value));
}

function contentTokens(content: unknown, counter: TextCounter): number {
  if (Array.isArray(content)) {
    let n = 0;
    for (const part of content)
      if (part && typeof (part as { text?: unknown }).text === 'string')
        n += counter.count((part as { text: string }).text);
    return n;
  }
  return valueTokens(content, counter);
}

export function exampleTokens(example: CheckedExample, counter: TextCounter): ExampleTokens {
  let total = 0;
  let assistant = 0;
  const template = counter.chatTemplate;
  for (const message of example.messages) {
    total += template ? template.messageTokens(String(message.role)) : TOKENS_PER_MESSAGE;
    for (const key in message) {
      if (key === 'weight') continue;
      if (template && (key === 'role' || key === 'name')) continue;
      const value = message[key];
      if (key === 'content') {
        const n = contentTokens(value, counter);
        total += n;
        if (message.role === 'assistant') assistant += n;
      } else {
        total += valueTokens(value, counter);
        if (key === 'name') total += TOKENS_PER_NAME;
      }
    }
  }
  total += template ? template.perExample : TOKENS_AFTER_MESSAGES;
  for (const [, value] of example.extras) total += valueTokens(value, counter);
  // OpenAI's image rule applies to OpenAI's models (the tiktoken encodings) only, not to an open-weight model
  // whose tokenizer is missing and counted with one.
  if (!template && counter.images !== false) for (const image of example.images) total += imagePartTokens(image);
  return { total, assistant };
}
