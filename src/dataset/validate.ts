/**
 * Format checks of one chat fine-tuning example, with the OpenAI cookbook's error codes
 * (https://cookbook.openai.com/examples/chat_finetuning_data_prep) plus `invalid_json` and
 * `line_too_long`. Widened where the API accepts more than the cookbook checks: `tool_calls`,
 * `tool_call_id`, the `tool` role, top-level `tools` and `parallel_tool_calls`, content as an array
 * of text parts, and an assistant message whose content is null because it carries tool calls.
 */

export const ERROR_CODES = [
  'invalid_json',
  'line_too_long',
  'data_type',
  'missing_messages_list',
  'message_missing_key',
  'message_unrecognized_key',
  'unrecognized_role',
  'missing_content',
  'example_missing_assistant_message',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const WARNING_CODES = [
  'missing_system_message',
  'missing_user_message',
  'over_token_limit',
  'duplicate_example',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface LineProblem<C extends string> {
  line: number;
  code: C;
  message: string;
}

const MESSAGE_KEYS = new Set(['role', 'content', 'name', 'function_call', 'weight', 'tool_calls', 'tool_call_id']);
const EXAMPLE_KEYS_COUNTED = new Set(['messages', 'tools', 'functions']);
const ROLES = new Set(['system', 'user', 'assistant', 'function', 'tool']);

export interface ChatMessage {
  role: string;
  content?: unknown;
  name?: unknown;
  [key: string]: unknown;
}

export interface CheckedExample {
  messages: ChatMessage[];
  /** Top-level keys other than `messages` whose values are trained-on text (tools, functions). */
  extras: [string, unknown][];
}

export type CheckResult =
  | { ok: true; example: CheckedExample; warnings: { code: WarningCode; message: string }[] }
  | { ok: false; errors: { code: ErrorCode; message: string }[] };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Content the model reads: a string, or an array of `{ type: 'text', text }` parts. */
function hasUsableContent(content: unknown): boolean {
  if (typeof content === 'string') return content.length > 0;
  if (Array.isArray(content))
    return content.length > 0 && content.every((p) => isPlainObject(p) && typeof p.text === 'string');
  return false;
}

export function checkExample(value: unknown): CheckResult {
  if (!isPlainObject(value))
    return { ok: false, errors: [{ code: 'data_type', message: `the line is ${describe(value)}, not a JSON object` }] };
  const messages = value.messages;
  if (!Array.isArray(messages) || messages.length === 0) {
    const what =
      messages === undefined
        ? 'has no "messages" list'
        : Array.isArray(messages)
          ? 'has an empty "messages" list'
          : '"messages" is not a list';
    return { ok: false, errors: [{ code: 'missing_messages_list', message: `the example ${what}` }] };
  }
  const errors: { code: ErrorCode; message: string }[] = [];
  messages.forEach((m, i) => {
    const at = `message ${i + 1}`;
    if (!isPlainObject(m)) {
      errors.push({ code: 'data_type', message: `${at} is ${describe(m)}, not an object` });
      return;
    }
    const carriesCall = m.tool_calls !== undefined || m.function_call !== undefined;
    if (!('role' in m)) errors.push({ code: 'message_missing_key', message: `${at} has no "role"` });
    if (!('content' in m) && !carriesCall)
      errors.push({ code: 'message_missing_key', message: `${at} has no "content"` });
    const unknown = Object.keys(m).filter((k) => !MESSAGE_KEYS.has(k));
    if (unknown.length)
      errors.push({
        code: 'message_unrecognized_key',
        message: `${at} has unrecognized key(s) ${unknown.map((k) => `"${k}"`).join(', ')}`,
      });
    if ('role' in m && !(typeof m.role === 'string' && ROLES.has(m.role))) {
      errors.push({
        code: 'unrecognized_role',
        message: `${at} has role ${JSON.stringify(m.role)}; use system, user, assistant, tool or function`,
      });
    }
    if ('content' in m || !carriesCall) {
      const emptyAllowed = carriesCall && (m.content === null || m.content === '');
      if (!emptyAllowed && !hasUsableContent(m.content)) {
        errors.push({
          code: 'missing_content',
          message: `${at} has ${m.content === undefined ? 'no content' : `content ${describe(m.content)}`}; give text, or text parts`,
        });
      }
    }
  });
  if (!messages.some((m) => isPlainObject(m) && m.role === 'assistant')) {
    errors.push({
      code: 'example_missing_assistant_message',
      message: 'the example has no assistant message to train on',
    });
  }
  if (errors.length) return { ok: false, errors };
  const warnings: { code: WarningCode; message: string }[] = [];
  const roles = new Set((messages as ChatMessage[]).map((m) => m.role));
  if (!roles.has('system')) warnings.push({ code: 'missing_system_message', message: 'no system message' });
  if (!roles.has('user')) warnings.push({ code: 'missing_user_message', message: 'no user message' });
  const extras = Object.entries(value).filter(([k]) => EXAMPLE_KEYS_COUNTED.has(k) && k !== 'messages');
  return { ok: true, example: { messages: messages as ChatMessage[], extras }, warnings };
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length === 0 ? 'an empty string' : 'a string';
  return `a ${typeof v}`;
}
