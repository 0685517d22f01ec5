/**
 * Format checks of one chat fine-tuning example, with the OpenAI cookbook's error codes
 * (https://cookbook.openai.com/examples/chat_finetuning_data_prep) plus `invalid_json` and
 * `line_too_long`. Widened where the API accepts more than the cookbook checks: `tool_calls`,
 * `tool_call_id`, the `tool` role, top-level `tools` and `parallel_tool_calls`, content as an array
 * of parts, and an assistant message whose content is null because it carries tool calls.
 *
 * Content parts (the Chat Completions shapes, https://platform.openai.com/docs/guides/vision-fine-tuning):
 * `{ type: "text", text }`, `{ type: "image_url", image_url: { url, detail? } }`, `{ type:
 * "input_audio", input_audio }` and `{ type: "file", file }`. Images, audio and files are accepted
 * in any message but the assistant's (the platform trains the assistant to write text only); text
 * parts are counted exactly, images by OpenAI's tile rule (images.ts), audio and files are not
 * counted and the example says so.
 *
 * A line whose JSON nests deeper than MAX_JSON_DEPTH is refused (`nested_too_deep`), checked
 * without recursion, so no later step (JSON.stringify of a tool schema) can overflow the stack.
 */
import { imagePartOf, type ImagePart } from './images.js';

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
  'unsupported_content_part',
  'nested_too_deep',
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

interface ChatMessage {
  role: string;
  content?: unknown;
  name?: unknown;
  [key: string]: unknown;
}

/** Why an example's count is not exact (counted by the best public rule, or partly not counted). */
export type ApproximateReason = 'tools' | 'images' | 'audio' | 'files';

export interface CheckedExample {
  messages: ChatMessage[];
  /** Top-level keys other than `messages` whose values are trained-on text (tools, functions). */
  extras: [string, unknown][];
  /**
   * What makes its count approximate: tools / tool calls / functions (OpenAI does not publish how
   * they are rendered to tokens), images (tile rule), audio and files (not counted). Empty: exact.
   */
  approximate: ApproximateReason[];
  /** Its image parts, in order (size where the part carries the image, detail). */
  images: ImagePart[];
}

export type CheckResult =
  | { ok: true; example: CheckedExample; warnings: { code: WarningCode; message: string }[] }
  | { ok: false; errors: { code: ErrorCode; message: string }[] };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Deepest nesting of arrays and objects ftcost reads in one line (real examples, tool schemas included, stay far
 * below).
 */
export const MAX_JSON_DEPTH = 256;

/** Whether `value` nests arrays/objects deeper than `max` levels; iterative, so any depth is safe to ask about. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

const MEDIA_PARTS: Record<string, ApproximateReason> = { image_url: 'images', input_audio: 'audio', file: 'files' };

/**
 * The problem with a content value, or undefined when the model can read it: a non-empty string, or
 * a non-empty list of parts (text parts with their text; image, audio and file parts with their
 * payload, outside assistant messages).
 */
function contentProblem(content: unknown, role: unknown): { code: ErrorCode; what: string } | undefined {
  if (typeof content === 'string')
    return content.length > 0 ? undefined : { code: 'missing_content', what: 'content an empty string' };
  if (!Array.isArray(content)) return { code: 'missing_content', what: `content ${describe(content)}` };
  if (content.length === 0) return { code: 'missing_content', what: 'content an empty list' };
  for (const [k, part] of content.entries()) {
    const at = `content part ${k + 1}`;
    if (!isPlainObject(part)) return { code: 'missing_content', what: `${at} ${describe(part)}, not an object` };
    const type = part.type;
    if (type === undefined || type === 'text') {
      if (typeof part.text !== 'string') return { code: 'missing_content', what: `${at} a text part without text` };
      continue;
    }
    if (typeof type !== 'string' || !(type in MEDIA_PARTS))
      return {
        code: 'unsupported_content_part',
        what: `${at} of type ${JSON.stringify(type)} (known: text, image_url, input_audio, file)`,
      };
    if (role === 'assistant')
      return {
        code: 'unsupported_content_part',
        what: `${at} of type ${type}; an assistant message trains on text only`,
      };
    if (part[type] === undefined || part[type] === null)
      return { code: 'missing_content', what: `${at} of type ${type} without its "${type}" value` };
  }
  return undefined;
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
      const problem = emptyAllowed
        ? undefined
        : m.content === undefined
          ? { code: 'missing_content' as const, what: 'no content' }
          : contentProblem(m.content, m.role);
      if (problem) {
        errors.push({
          code: problem.code,
          message: `${at} has ${problem.what}; give text, or a list of text / image_url / input_audio / file parts`,
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
  const approximate = new Set<ApproximateReason>();
  const images: ImagePart[] = [];
  if (extras.length > 0) approximate.add('tools');
  for (const m of messages as ChatMessage[]) {
    if (m.tool_calls !== undefined || m.function_call !== undefined || m.role === 'tool' || m.role === 'function')
      approximate.add('tools');
    if (!Array.isArray(m.content)) continue;
    for (const part of m.content as Record<string, unknown>[]) {
      const reason = typeof part.type === 'string' ? MEDIA_PARTS[part.type] : undefined;
      if (reason) approximate.add(reason);
      if (part.type === 'image_url') images.push(imagePartOf(part));
    }
  }
  return {
    ok: true,
    example: { messages: messages as ChatMessage[], extras, approximate: [...approximate], images },
    warnings,
  };
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length === 0 ? 'an empty string' : 'a string';
  return `a ${typeof v}`;
}
