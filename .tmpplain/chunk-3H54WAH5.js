import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  TokenHistogram,
  imagePartOf,
  imagePartTokens,
  planFor
} from "./chunk-37GUDAXV.js";
import {
  UserError
} from "./chunk-6KZCIXKI.js";
import {
  BpeCounter
} from "./chunk-PWLRGBZO.js";
import {
  isOpenTokenizer
} from "./chunk-PVLPJRTA.js";

// src/tokens/encodings.ts
var loading = /* @__PURE__ */ new Map();
function loadCounter(encoding) {
  if (isOpenTokenizer(encoding)) return import("./load-LEHGYSOU.js").then((m) => m.loadOpenCounter(encoding));
  let counter = loading.get(encoding);
  if (!counter) {
    counter = importRanks(encoding).then(
      (ranks) => new BpeCounter(ranks, { asciiFlavor: encoding === "o200k_base" ? "o200k" : "cl100k" })
    );
    loading.set(encoding, counter);
  }
  return counter;
}
async function importRanks(encoding) {
  switch (encoding) {
    case "o200k_base":
      return (await import("js-tiktoken/ranks/o200k_base")).default;
    case "cl100k_base":
      return (await import("js-tiktoken/ranks/cl100k_base")).default;
  }
}

// src/dataset/chat-tokens.ts
var TOKENS_PER_MESSAGE = 3;
var TOKENS_PER_NAME = 1;
var TOKENS_AFTER_MESSAGES = 3;
function valueTokens(value, counter) {
  if (typeof value === "string") return counter.count(value);
  if (value === null || value === void 0) return 0;
  return counter.count(JSON.stringify(value));
}
function contentTokens(content, counter) {
  if (Array.isArray(content)) {
    let n = 0;
    for (const part of content)
      if (part && typeof part.text === "string")
        n += counter.count(part.text);
    return n;
  }
  return valueTokens(content, counter);
}
function exampleTokens(example, counter) {
  let total = 0;
  let assistant = 0;
  const template = counter.chatTemplate;
  for (const message of example.messages) {
    total += template ? template.messageTokens(String(message.role)) : TOKENS_PER_MESSAGE;
    for (const key in message) {
      if (key === "weight") continue;
      if (template && (key === "role" || key === "name")) continue;
      const value = message[key];
      if (key === "content") {
        const n = contentTokens(value, counter);
        total += n;
        if (message.role === "assistant") assistant += n;
      } else {
        total += valueTokens(value, counter);
        if (key === "name") total += TOKENS_PER_NAME;
      }
    }
  }
  total += template ? template.perExample : TOKENS_AFTER_MESSAGES;
  for (const [, value] of example.extras) total += valueTokens(value, counter);
  if (!template) for (const image of example.images) total += imagePartTokens(image);
  return { total, assistant };
}

// src/dataset/lines.ts
var DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
var NEWLINE = 10;
var CR = 13;
var LineSplitter = class {
  constructor(sink, options = {}) {
    this.sink = sink;
    this.lineNumber = options.firstLineNumber ?? 1;
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    this.atFileStart = options.atFileStart ?? this.lineNumber === 1;
  }
  sink;
  carry = [];
  carryBytes = 0;
  skipping = false;
  lineNumber;
  atFileStart;
  maxLineBytes;
  /** The number the next line will get. */
  get nextLineNumber() {
    return this.lineNumber;
  }
  push(chunk) {
    let start = 0;
    while (start < chunk.length) {
      const nl = chunk.indexOf(NEWLINE, start);
      const end = nl < 0 ? chunk.length : nl;
      if (this.skipping) {
        this.carryBytes += end - start;
      } else if (this.carryBytes + (end - start) > this.maxLineBytes) {
        this.carryBytes += end - start;
        this.carry = [];
        this.skipping = true;
      } else if (nl >= 0 && this.carry.length === 0) {
        this.emit(chunk.subarray(start, end));
        start = nl + 1;
        continue;
      } else {
        this.carry.push(chunk.slice(start, end));
        this.carryBytes += end - start;
      }
      if (nl < 0) return;
      this.flushCarry();
      start = nl + 1;
    }
  }
  /** The end of the input: a last line without a final newline is still a line. */
  end() {
    if (this.carryBytes > 0 || this.skipping) this.flushCarry();
  }
  flushCarry() {
    if (this.skipping) {
      this.sink.tooLong(this.lineNumber++, this.carryBytes);
      this.atFileStart = false;
    } else {
      let line;
      if (this.carry.length === 1) line = this.carry[0];
      else {
        line = new Uint8Array(this.carryBytes);
        let at = 0;
        for (const part of this.carry) {
          line.set(part, at);
          at += part.length;
        }
      }
      this.emit(line);
    }
    this.carry = [];
    this.carryBytes = 0;
    this.skipping = false;
  }
  emit(bytes) {
    let line = bytes;
    if (this.atFileStart) {
      this.atFileStart = false;
      if (line[0] === 239 && line[1] === 187 && line[2] === 191) line = line.subarray(3);
    }
    if (line.length > 0 && line[line.length - 1] === CR) line = line.subarray(0, line.length - 1);
    this.sink.line(line, this.lineNumber++);
  }
};

// src/dataset/validate.ts
var MESSAGE_KEYS = /* @__PURE__ */ new Set(["role", "content", "name", "function_call", "weight", "tool_calls", "tool_call_id"]);
var EXAMPLE_KEYS_COUNTED = /* @__PURE__ */ new Set(["messages", "tools", "functions"]);
var ROLES = /* @__PURE__ */ new Set(["system", "user", "assistant", "function", "tool"]);
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var MAX_JSON_DEPTH = 256;
function nestsDeeperThan(value, max) {
  const stack = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    if (depth > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
var MEDIA_PARTS = { image_url: "images", input_audio: "audio", file: "files" };
function contentProblem(content, role) {
  if (typeof content === "string")
    return content.length > 0 ? void 0 : { code: "missing_content", what: "content an empty string" };
  if (!Array.isArray(content)) return { code: "missing_content", what: `content ${describe(content)}` };
  if (content.length === 0) return { code: "missing_content", what: "content an empty list" };
  for (const [k, part] of content.entries()) {
    const at = `content part ${k + 1}`;
    if (!isPlainObject(part)) return { code: "missing_content", what: `${at} ${describe(part)}, not an object` };
    const type = part.type;
    if (type === void 0 || type === "text") {
      if (typeof part.text !== "string") return { code: "missing_content", what: `${at} a text part without text` };
      continue;
    }
    if (typeof type !== "string" || !(type in MEDIA_PARTS))
      return {
        code: "unsupported_content_part",
        what: `${at} of type ${JSON.stringify(type)} (known: text, image_url, input_audio, file)`
      };
    if (role === "assistant")
      return {
        code: "unsupported_content_part",
        what: `${at} of type ${type}; an assistant message trains on text only`
      };
    if (part[type] === void 0 || part[type] === null)
      return { code: "missing_content", what: `${at} of type ${type} without its "${type}" value` };
  }
  return void 0;
}
function checkExample(value) {
  if (!isPlainObject(value))
    return { ok: false, errors: [{ code: "data_type", message: `the line is ${describe(value)}, not a JSON object` }] };
  const messages = value.messages;
  if (!Array.isArray(messages) || messages.length === 0) {
    const what = messages === void 0 ? 'has no "messages" list' : Array.isArray(messages) ? 'has an empty "messages" list' : '"messages" is not a list';
    return { ok: false, errors: [{ code: "missing_messages_list", message: `the example ${what}` }] };
  }
  const errors = [];
  messages.forEach((m, i) => {
    const at = `message ${i + 1}`;
    if (!isPlainObject(m)) {
      errors.push({ code: "data_type", message: `${at} is ${describe(m)}, not an object` });
      return;
    }
    const carriesCall = m.tool_calls !== void 0 || m.function_call !== void 0;
    if (!("role" in m)) errors.push({ code: "message_missing_key", message: `${at} has no "role"` });
    if (!("content" in m) && !carriesCall)
      errors.push({ code: "message_missing_key", message: `${at} has no "content"` });
    const unknown = Object.keys(m).filter((k) => !MESSAGE_KEYS.has(k));
    if (unknown.length)
      errors.push({
        code: "message_unrecognized_key",
        message: `${at} has unrecognized key(s) ${unknown.map((k) => `"${k}"`).join(", ")}`
      });
    if ("role" in m && !(typeof m.role === "string" && ROLES.has(m.role))) {
      errors.push({
        code: "unrecognized_role",
        message: `${at} has role ${JSON.stringify(m.role)}; use system, user, assistant, tool or function`
      });
    }
    if ("content" in m || !carriesCall) {
      const emptyAllowed = carriesCall && (m.content === null || m.content === "");
      const problem = emptyAllowed ? void 0 : m.content === void 0 ? { code: "missing_content", what: "no content" } : contentProblem(m.content, m.role);
      if (problem) {
        errors.push({
          code: problem.code,
          message: `${at} has ${problem.what}; give text, or a list of text / image_url / input_audio / file parts`
        });
      }
    }
  });
  if (!messages.some((m) => isPlainObject(m) && m.role === "assistant")) {
    errors.push({
      code: "example_missing_assistant_message",
      message: "the example has no assistant message to train on"
    });
  }
  if (errors.length) return { ok: false, errors };
  const warnings = [];
  const roles = new Set(messages.map((m) => m.role));
  if (!roles.has("system")) warnings.push({ code: "missing_system_message", message: "no system message" });
  if (!roles.has("user")) warnings.push({ code: "missing_user_message", message: "no user message" });
  const extras = Object.entries(value).filter(([k]) => EXAMPLE_KEYS_COUNTED.has(k) && k !== "messages");
  const approximate = /* @__PURE__ */ new Set();
  const images = [];
  if (extras.length > 0) approximate.add("tools");
  for (const m of messages) {
    if (m.tool_calls !== void 0 || m.function_call !== void 0 || m.role === "tool" || m.role === "function")
      approximate.add("tools");
    if (!Array.isArray(m.content)) continue;
    for (const part of m.content) {
      const reason = typeof part.type === "string" ? MEDIA_PARTS[part.type] : void 0;
      if (reason) approximate.add(reason);
      if (part.type === "image_url") images.push(imagePartOf(part));
    }
  }
  return {
    ok: true,
    example: { messages, extras, approximate: [...approximate], images },
    warnings
  };
}
function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "string") return v.length === 0 ? "an empty string" : "a string";
  return `a ${typeof v}`;
}

// src/dataset/counter.ts
var WARNING_DETAILS_PER_CODE = 1e3;
function hash53(text) {
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
function emptyCount() {
  return {
    bytes: 0,
    lines: 0,
    blankLines: 0,
    examples: 0,
    invalidLines: 0,
    approximateExamples: 0,
    approximateReasons: {},
    images: 0,
    imagesSizeAssumed: 0,
    errors: [],
    warningCounts: {},
    warnings: [],
    encodings: {},
    exampleHashes: [],
    exampleLines: []
  };
}
var DatasetCounter = class {
  constructor(options) {
    this.options = options;
    for (const [encoding, counter] of Object.entries(options.counters)) {
      this.histograms.set(encoding, { histogram: new TokenHistogram(), assistantTokens: 0, counter });
    }
    this.splitter = new LineSplitter(this, {
      firstLineNumber: options.firstLineNumber,
      maxLineBytes: options.maxLineBytes,
      atFileStart: options.atFileStart ?? true
    });
  }
  options;
  count = emptyCount();
  histograms = /* @__PURE__ */ new Map();
  splitter;
  decoder = new TextDecoder("utf-8", { fatal: true });
  /** Feed raw bytes of the file, in order. */
  push(chunk) {
    this.count.bytes += chunk.length;
    this.splitter.push(chunk);
  }
  /** Feed a whole text (tests, a pasted file in the browser). */
  pushText(text) {
    this.push(new TextEncoder().encode(text));
  }
  end() {
    this.splitter.end();
    for (const [encoding, h] of this.histograms)
      this.count.encodings[encoding] = { histogram: h.histogram.toJSON(), assistantTokens: h.assistantTokens };
    return this.count;
  }
  tooLong(line, bytes) {
    this.count.lines++;
    this.count.invalidLines++;
    this.count.errors.push({
      line,
      code: "line_too_long",
      message: `the line is ${bytes.toLocaleString("en-US")} bytes long, over ftcost's own limit of ${(this.options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES).toLocaleString("en-US")} bytes per line (a limit of this tool, not of the platform); it was not read or counted`
    });
  }
  line(bytes, line) {
    this.count.lines++;
    let text;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      this.invalid(line, "invalid_json", "the line is not valid UTF-8 (JSON text must be UTF-8)");
      return;
    }
    this.addText(text, line);
  }
  /** One line's text (already decoded, without its line ending). */
  addText(text, line) {
    try {
      this.addLine(text, line);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      this.invalid(line, "nested_too_deep", `the line is too large or complex to read (${err.message})`);
    }
  }
  addLine(text, line) {
    let value;
    try {
      value = JSON.parse(text);
    } catch (err) {
      if (text.trim() === "") {
        this.count.blankLines++;
        return;
      }
      this.invalid(line, "invalid_json", `the line is not valid JSON (${err.message.split("\n")[0]})`);
      return;
    }
    if (nestsDeeperThan(value, MAX_JSON_DEPTH)) {
      this.invalid(
        line,
        "nested_too_deep",
        `the line nests lists/objects more than ${MAX_JSON_DEPTH} levels deep; ftcost reads up to ${MAX_JSON_DEPTH}`
      );
      return;
    }
    const checked = checkExample(value);
    if (!checked.ok) {
      this.count.invalidLines++;
      for (const e of checked.errors) this.count.errors.push({ line, code: e.code, message: e.message });
      return;
    }
    this.count.examples++;
    const { approximate, images } = checked.example;
    if (approximate.length > 0) this.count.approximateExamples++;
    for (const reason of approximate)
      this.count.approximateReasons[reason] = (this.count.approximateReasons[reason] ?? 0) + 1;
    this.count.images += images.length;
    this.count.imagesSizeAssumed += images.filter((i) => !i.size && i.detail !== "low").length;
    for (const w of checked.warnings) this.warn(line, w.code, w.message);
    for (const [encoding, h] of this.histograms) {
      const tokens = exampleTokens(checked.example, h.counter);
      h.histogram.add(tokens.total);
      h.assistantTokens += tokens.assistant;
      const over = this.options.overLimit;
      if (over && over.encoding === encoding && tokens.total > over.cap) {
        this.warn(
          line,
          "over_token_limit",
          `${tokens.total} tokens (${encoding}), over the ${over.cap}-token limit: truncated when billed and trained`
        );
      }
    }
    this.count.exampleHashes.push(hash53(text.trim()));
    this.count.exampleLines.push(line);
  }
  invalid(line, code, message) {
    this.count.invalidLines++;
    this.count.errors.push({ line, code, message });
  }
  warn(line, code, message) {
    const n = (this.count.warningCounts[code] ?? 0) + 1;
    this.count.warningCounts[code] = n;
    if (n <= WARNING_DETAILS_PER_CODE) this.count.warnings.push({ line, code, message });
  }
};
var Deduper = class {
  firstLine = /* @__PURE__ */ new Map();
  /** Adds `count`'s examples; returns it with its duplicate warnings added and its hashes dropped. */
  take(count) {
    for (let i = 0; i < count.exampleHashes.length; i++) {
      const h = count.exampleHashes[i];
      const line = count.exampleLines[i];
      const first = this.firstLine.get(h);
      if (first === void 0) this.firstLine.set(h, line);
      else {
        const n = (count.warningCounts.duplicate_example ?? 0) + 1;
        count.warningCounts.duplicate_example = n;
        if (n <= WARNING_DETAILS_PER_CODE)
          count.warnings.push({ line, code: "duplicate_example", message: `the same example as line ${first}` });
      }
    }
    count.exampleHashes = [];
    count.exampleLines = [];
    return count;
  }
};
function mergeCounts(a, b) {
  a.bytes += b.bytes;
  a.lines += b.lines;
  a.blankLines += b.blankLines;
  a.examples += b.examples;
  a.invalidLines += b.invalidLines;
  a.approximateExamples += b.approximateExamples;
  for (const [reason, n] of Object.entries(b.approximateReasons))
    a.approximateReasons[reason] = (a.approximateReasons[reason] ?? 0) + n;
  a.images += b.images;
  a.imagesSizeAssumed += b.imagesSizeAssumed;
  for (const e of b.errors) a.errors.push(e);
  for (const [code, n] of Object.entries(b.warningCounts)) {
    const before = a.warningCounts[code] ?? 0;
    a.warningCounts[code] = before + n;
    const room = Math.max(0, WARNING_DETAILS_PER_CODE - before);
    if (room > 0) for (const w of b.warnings.filter((x) => x.code === code).slice(0, room)) a.warnings.push(w);
  }
  for (const [encoding, c] of Object.entries(b.encodings)) {
    const mine = a.encodings[encoding];
    if (!mine) a.encodings[encoding] = { histogram: c.histogram, assistantTokens: c.assistantTokens };
    else {
      const h = TokenHistogram.from(mine.histogram);
      h.merge(c.histogram);
      mine.histogram = h.toJSON();
      mine.assistantTokens += c.assistantTokens;
    }
  }
  for (const h of b.exampleHashes) a.exampleHashes.push(h);
  for (const l of b.exampleLines) a.exampleLines.push(l);
  return a;
}

// src/dataset/count.ts
function plansFor(encodings, overrides = {}) {
  const list = encodings.length ? encodings : [void 0];
  const byName = /* @__PURE__ */ new Map();
  for (const e of list) {
    const plan = planFor(e, overrides);
    byName.set(plan.name, plan);
  }
  return [...byName.values()];
}
async function countersFor(plans) {
  const out = {};
  for (const plan of plans) out[plan.base] ??= await loadCounter(plan.base);
  return out;
}
function counterOptions(plans, counters, options) {
  const cap = options.overLimitCap ?? options.overrides?.maxTokensPerExample;
  return {
    counters,
    maxLineBytes: options.maxLineBytes,
    overLimit: cap !== void 0 ? { encoding: plans[0].base, cap } : void 0
  };
}

// src/dataset/node/file.ts
import { open, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var PARALLEL_FROM_BYTES = 16 * 1024 * 1024;
var RANGE_BYTES = 4 * 1024 * 1024;
var CHUNK_BYTES = 1024 * 1024;
var PROGRESS_EVERY_BYTES = 4 * 1024 * 1024;
async function sizeOf(path, label = path) {
  if (label === "" || path === "") throw new UserError("the training file path is empty");
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new UserError(`cannot read "${label}": it is a directory, not a JSONL file`);
    if (!s.isFile())
      throw new UserError(
        `cannot read "${label}": it is not a regular file (a pipe or device); save it to a file first`
      );
    await (await open(path, "r")).close();
    return s.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = err.code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" || code === "EPERM" ? "permission denied" : err.message;
    throw new UserError(`cannot read "${label}": ${why}`);
  }
}
async function readRange(path, start, end, onChunk) {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(CHUNK_BYTES);
    let position = start;
    while (position < end) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK_BYTES, end - position), position);
      if (bytesRead === 0) break;
      position += bytesRead;
      onChunk(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}
async function splitPoints(path, size, parts) {
  const points = [0];
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(64 * 1024);
    for (let k = 1; k < parts; k++) {
      let position = Math.max(Math.floor(size * k / parts), points[points.length - 1]);
      let cut = size;
      while (position < size) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        if (bytesRead === 0) break;
        const nl = buffer.subarray(0, bytesRead).indexOf(10);
        if (nl >= 0) {
          cut = position + nl + 1;
          break;
        }
        position += bytesRead;
      }
      points.push(cut);
    }
  } finally {
    await handle.close();
  }
  points.push(size);
  return points;
}
function startWorker(task) {
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL("./worker.js", import.meta.url), { workerData: task });
  const tsx = createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs");
  const worker = new URL("./worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(boot, { eval: true, workerData: task });
}
function runWorker(task, onRange, onBytes) {
  return new Promise((resolve, reject) => {
    const worker = startWorker(task);
    let settled = false;
    worker.on("message", (m) => {
      if (m.type === "progress") onBytes(m.bytes);
      else if (m.type === "range") onRange(m.index, m.count);
      else if (m.type === "done") {
        settled = true;
        resolve();
        void worker.terminate();
      } else {
        settled = true;
        reject(new Error(m.message));
      }
    });
    worker.on("error", (err) => {
      settled = true;
      reject(err);
    });
    worker.on("exit", (code) => {
      if (!settled) reject(new Error(`counting worker stopped with code ${code}`));
    });
  });
}
async function countRanges(path, points, next, plans, counters, options, onRange, onBytes) {
  const base = counterOptions(plans, counters, { ...options, encodings: [] });
  for (let k = Atomics.add(next, 0, 1); k < points.length - 1; k = Atomics.add(next, 0, 1)) {
    const counter = new DatasetCounter({ ...base, atFileStart: k === 0 });
    await readRange(path, points[k], points[k + 1], (chunk) => {
      counter.push(chunk);
      onBytes(chunk.length);
    });
    onRange(k, counter.end());
  }
}
function shiftLines(count, by) {
  if (by === 0) return count;
  for (const e of count.errors) e.line += by;
  for (const w of count.warnings) w.line += by;
  count.exampleLines = count.exampleLines.map((l) => l + by);
  return count;
}
async function countStream(input, options) {
  const plans = plansFor(options.encodings, options.overrides);
  const counter = new DatasetCounter(counterOptions(plans, await countersFor(plans), options));
  const progress = options.onProgress;
  let read = 0;
  let reported = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    counter.push(bytes);
    read += bytes.length;
    if (progress && read - reported >= PROGRESS_EVERY_BYTES) {
      reported = read;
      progress(read, 0);
    }
  }
  const count = new Deduper().take(counter.end());
  return { file: options.label, count, plans };
}
async function countFile(path, options) {
  const size = await sizeOf(path, options.label);
  const plans = plansFor(options.encodings, options.overrides);
  const threads = options.threads ?? (size >= PARALLEL_FROM_BYTES ? Math.min(2, availableParallelism()) : 1);
  const progress = options.onProgress;
  let count;
  if (threads <= 1) {
    const counter = new DatasetCounter(counterOptions(plans, await countersFor(plans), options));
    let read = 0;
    let reported = 0;
    await readRange(path, 0, size, (chunk) => {
      counter.push(chunk);
      read += chunk.length;
      if (progress && read - reported >= PROGRESS_EVERY_BYTES) {
        reported = read;
        progress(read, size);
      }
    });
    count = new Deduper().take(counter.end());
  } else {
    const rangeBytes = options.rangeBytes ?? RANGE_BYTES;
    const points = await splitPoints(path, size, Math.max(threads, Math.ceil(size / rangeBytes)));
    const next = new SharedArrayBuffer(4);
    const counts = new Array(points.length - 1);
    const onRange = (index, c) => {
      counts[index] = c;
    };
    const options_ = {
      overrides: options.overrides,
      overLimitCap: options.overLimitCap,
      maxLineBytes: options.maxLineBytes
    };
    const done = new Array(threads).fill(0);
    const report = () => progress?.(
      done.reduce((a, b) => a + b, 0),
      size
    );
    const workers = Array.from(
      { length: threads - 1 },
      (_, w) => runWorker({ path, points, next, plans, options: options_ }, onRange, (bytes) => {
        done[w + 1] = bytes;
        report();
      })
    );
    let mine = 0;
    let reported = 0;
    const here = countersFor(plans).then(
      (counters) => countRanges(path, points, new Int32Array(next), plans, counters, options_, onRange, (bytes) => {
        mine += bytes;
        if (mine - reported >= PROGRESS_EVERY_BYTES) {
          reported = mine;
          done[0] = mine;
          report();
        }
      })
    );
    await Promise.all([here, ...workers]);
    const deduper = new Deduper();
    count = emptyCount();
    for (const part of counts) {
      const lines = count.lines;
      mergeCounts(count, deduper.take(shiftLines(part, lines)));
    }
  }
  progress?.(size, size);
  return { file: path, count, plans };
}

export {
  countersFor,
  sizeOf,
  countRanges,
  countStream,
  countFile
};
