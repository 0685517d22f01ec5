import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  OPEN_TEMPLATE_RULES,
  OPEN_TOKENIZERS,
  OPEN_TOKENIZER_PACKAGES,
  OPEN_TOKENIZER_SOURCES,
  isOpenTokenizer
} from "./chunk-PVLPJRTA.js";

// src/tokens/open/installed.ts
function isNode() {
  return typeof globalThis.process?.versions?.node === "string";
}
var resolveInNode = (specifier) => {
  const resolve = import.meta.resolve;
  if (!isNode() || typeof resolve !== "function") return true;
  try {
    resolve(specifier);
    return true;
  } catch (err) {
    return err.code !== "ERR_MODULE_NOT_FOUND";
  }
};
var check = resolveInNode;
var known = /* @__PURE__ */ new Map();
function openTokenizerInstalled(name) {
  let installed = known.get(name);
  if (installed === void 0) {
    installed = check(OPEN_TOKENIZER_PACKAGES[name].name);
    known.set(name, installed);
  }
  return installed;
}

// src/tokens/plan.ts
var TIKTOKEN_ENCODINGS = ["o200k_base", "cl100k_base"];
var EXACT_ENCODINGS = [...TIKTOKEN_ENCODINGS, ...OPEN_TOKENIZERS];
var FALLBACK_ENCODING = "o200k_base";
var TOKENIZER_NAMES = {
  o200k_base: "o200k_base",
  cl100k_base: "cl100k_base",
  llama3: "Llama 3's tokenizer",
  qwen2: "Qwen's tokenizer",
  gemma3: "Gemma 3's tokenizer",
  deepseek_v3: "DeepSeek V3's tokenizer",
  mistral_v1: "Mistral 7B's v1 tokenizer"
};
function countedWith(base) {
  if (!isOpenTokenizer(base)) return `${base} + OpenAI's chat rule`;
  return `${TOKENIZER_NAMES[base]} (${OPEN_TOKENIZER_SOURCES[base]}) + ${OPEN_TEMPLATE_RULES[base]}`;
}
var EXACT_OPEN = {
  // Llama 3, 3.1 and 3.3 share one 128,000-token vocabulary (3.1 changed special tokens, not the vocabulary).
  llama3: { base: "llama3" },
  // Qwen2, Qwen2.5 and Qwen3 share the same 151,643 regular BPE tokens; Qwen3's package counts all three.
  qwen2: { base: "qwen2", note: "Qwen2/2.5 share Qwen3's 151,643 regular tokens" },
  qwen3: { base: "qwen2" },
  gemma3: { base: "gemma3" },
  // DeepSeek V3 and R1 share one tokenizer.
  deepseek: { base: "deepseek_v3" },
  // Mistral 7B v0.1 and v0.2 (and Mixtral 8x7B) share the 32,000-piece SentencePiece vocabulary.
  mistral: { base: "mistral_v1" }
};
var STAND_INS = {
  llama4: {
    base: "o200k_base",
    why: "Llama 4's 202k tiktoken-style vocabulary is not shipped in an npm package; o200k_base is the closest in size and split pattern"
  },
  mistral_v3: {
    base: "mistral_v1",
    why: "Mistral's v3 SentencePiece tokenizer (Mistral 7B v0.3) adds 768 control tokens to the v1 vocabulary it is counted with; ordinary text should split the same, not verified"
  },
  tekken: {
    base: "o200k_base",
    why: "Mistral's Tekken tokenizer (131k tiktoken-style vocabulary, o200k-like split pattern) is not shipped in an npm package ftcost uses"
  },
  gemini: {
    base: "gemma3",
    why: "Gemini's tokenizer is not published; Google's Gemma 3 report says Gemma 3 uses Gemini 2.0's tokenizer, and the chat template counted is Gemma's"
  }
};
var WITHOUT_PACKAGE = {
  llama3: {
    base: "cl100k_base",
    why: "Llama 3's 128k vocabulary extends cl100k_base's 100k tokens with the same split pattern"
  },
  qwen2: { base: "o200k_base" },
  gemma3: { base: "o200k_base" },
  deepseek_v3: { base: "o200k_base" },
  mistral_v1: { base: "o200k_base" }
};
function withoutPackage(name, tokenizer, exactWithIt) {
  const pkg = OPEN_TOKENIZER_PACKAGES[tokenizer];
  const { base, why } = WITHOUT_PACKAGE[tokenizer];
  return {
    name,
    base,
    exact: false,
    method: `estimate: ${name} counted with ${countedWith(base)}${why ? ` (${why})` : ""}, because ${pkg.name} is not installed; the real count may differ by several percent; install ${pkg.name}@${pkg.version} for ${exactWithIt ? "an exact count" : "a closer estimate"}`
  };
}
var KNOWN_ENCODINGS = [
  .../* @__PURE__ */ new Set([...TIKTOKEN_ENCODINGS, ...Object.keys(EXACT_OPEN), ...Object.keys(STAND_INS), ...OPEN_TOKENIZERS])
];
function planEncoding(name) {
  if (name === void 0) {
    return {
      name: FALLBACK_ENCODING,
      base: FALLBACK_ENCODING,
      exact: false,
      method: `estimate: the model names no tokenizer; counted with ${FALLBACK_ENCODING}`
    };
  }
  if (TIKTOKEN_ENCODINGS.includes(name))
    return {
      name,
      base: name,
      exact: true,
      method: `counted exactly with ${name} (OpenAI chat rule)`
    };
  const open = EXACT_OPEN[name] ?? (isOpenTokenizer(name) ? { base: name } : void 0);
  if (open) {
    if (!openTokenizerInstalled(open.base)) return withoutPackage(name, open.base, true);
    return {
      name,
      base: open.base,
      exact: true,
      method: `counted with ${countedWith(open.base)}${open.note ? ` (${open.note})` : ""}`
    };
  }
  const standIn = STAND_INS[name];
  if (!standIn) return void 0;
  if (isOpenTokenizer(standIn.base) && !openTokenizerInstalled(standIn.base))
    return withoutPackage(name, standIn.base, false);
  return {
    name,
    base: standIn.base,
    exact: false,
    method: `estimate: ${name} counted with ${countedWith(standIn.base)} (${standIn.why}); the real count may differ by several percent`
  };
}

// src/dataset/histogram.ts
var TokenHistogram = class _TokenHistogram {
  counts = /* @__PURE__ */ new Map();
  examples = 0;
  add(tokens, times = 1) {
    this.counts.set(tokens, (this.counts.get(tokens) ?? 0) + times);
    this.examples += times;
  }
  merge(other) {
    const entries = other instanceof _TokenHistogram ? other.counts.entries() : other;
    for (const [tokens, n2] of entries) this.add(tokens, n2);
  }
  toJSON() {
    return [...this.counts.entries()].sort((a, b) => a[0] - b[0]);
  }
  static from(json) {
    const h = new _TokenHistogram();
    h.merge(json);
    return h;
  }
  /** Sum of all counts (uncapped). */
  total() {
    let sum = 0n;
    for (const [tokens, n2] of this.counts) sum += BigInt(tokens) * BigInt(n2);
    return sum;
  }
  /** Tokens billed per epoch with a per-example cap, and how many examples the cap truncates. */
  billed(cap) {
    let billedTokens = 0n;
    let truncatedExamples = 0;
    for (const [tokens, n2] of this.counts) {
      const over = cap !== void 0 && tokens > cap;
      if (over) truncatedExamples += n2;
      billedTokens += BigInt(over ? cap : tokens) * BigInt(n2);
    }
    return { billedTokens, truncatedExamples };
  }
  /** min / max / mean / median / p5 / p95, with numpy's default (linear) interpolation. */
  distribution() {
    if (this.examples === 0) return void 0;
    const sorted = this.toJSON();
    const at = (rank) => {
      let seen = 0;
      for (const [tokens, n2] of sorted) {
        seen += n2;
        if (rank < seen) return tokens;
      }
      return sorted[sorted.length - 1][0];
    };
    const quantile = (q) => {
      const pos = q * (this.examples - 1);
      const lo = Math.floor(pos);
      const a = at(lo);
      const b = at(Math.min(lo + 1, this.examples - 1));
      return a + (b - a) * (pos - lo);
    };
    return {
      min: sorted[0][0],
      max: sorted[sorted.length - 1][0],
      mean: Number(this.total()) / this.examples,
      median: quantile(0.5),
      p5: quantile(0.05),
      p95: quantile(0.95)
    };
  }
};

// src/dataset/images.ts
var IMAGE_BASE_TOKENS = 85;
var IMAGE_TILE_TOKENS = 170;
var TILE_PX = 512;
var FIT_PX = 2048;
var SHORT_SIDE_PX = 768;
var ASSUMED_IMAGE_SIZE = { width: 1024, height: 1024 };
function imageTokens(size, detail) {
  if (detail === "low") return IMAGE_BASE_TOKENS;
  let { width, height } = size;
  if (width <= 0 || height <= 0) return IMAGE_BASE_TOKENS;
  const fit = Math.min(1, FIT_PX / Math.max(width, height));
  width *= fit;
  height *= fit;
  const shrink = Math.min(1, SHORT_SIDE_PX / Math.min(width, height));
  width = Math.floor(width * shrink);
  height = Math.floor(height * shrink);
  const tiles = Math.ceil(width / TILE_PX) * Math.ceil(height / TILE_PX);
  return IMAGE_BASE_TOKENS + IMAGE_TILE_TOKENS * tiles;
}
var HEADER_BASE64_CHARS = 96 * 1024;
function bytesOfDataUrl(url) {
  const m = /^data:image\/[a-z0-9.+-]+;base64,/i.exec(url);
  if (!m) return void 0;
  let b64 = url.slice(m[0].length, m[0].length + HEADER_BASE64_CHARS).replace(/\s+/g, "");
  b64 = b64.slice(0, b64.length - b64.length % 4);
  try {
    const text = atob(b64);
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  } catch {
    return void 0;
  }
}
var be16 = (b, i) => b[i] << 8 | b[i + 1];
var le16 = (b, i) => b[i] | b[i + 1] << 8;
var le24 = (b, i) => b[i] | b[i + 1] << 8 | b[i + 2] << 16;
function imageSizeOf(bytes) {
  const b = bytes;
  const at = (i, s) => [...s].every((c, k) => b[i + k] === c.charCodeAt(0));
  if (b.length >= 24 && b[0] === 137 && at(1, "PNG") && at(12, "IHDR")) {
    const w = (b[16] << 24 | b[17] << 16 | b[18] << 8 | b[19]) >>> 0;
    const h = (b[20] << 24 | b[21] << 16 | b[22] << 8 | b[23]) >>> 0;
    return { width: w, height: h };
  }
  if (b.length >= 10 && at(0, "GIF8")) return { width: le16(b, 6), height: le16(b, 8) };
  if (b.length >= 30 && at(0, "RIFF") && at(8, "WEBP")) {
    if (at(12, "VP8X")) return { width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
    if (at(12, "VP8 ") && b.length >= 30) return { width: le16(b, 26) & 16383, height: le16(b, 28) & 16383 };
    if (at(12, "VP8L") && b.length >= 25) {
      const bits = b[21] | b[22] << 8 | b[23] << 16 | b[24] << 24;
      return { width: (bits & 16383) + 1, height: (bits >>> 14 & 16383) + 1 };
    }
    return void 0;
  }
  if (b.length >= 4 && b[0] === 255 && b[1] === 216) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 255) return void 0;
      const marker = b[i + 1];
      if (marker === 255) {
        i++;
        continue;
      }
      const isSof = marker >= 192 && marker <= 207 && marker !== 196 && marker !== 200 && marker !== 204;
      if (isSof) return { width: be16(b, i + 7), height: be16(b, i + 5) };
      if (marker === 216 || marker >= 208 && marker <= 215 || marker === 1) {
        i += 2;
        continue;
      }
      i += 2 + be16(b, i + 2);
    }
  }
  return void 0;
}
function imagePartOf(part) {
  const image = part.image_url;
  const url = typeof image === "string" ? image : image?.url;
  const detail = image?.detail;
  const bytes = typeof url === "string" ? bytesOfDataUrl(url) : void 0;
  const size = bytes ? imageSizeOf(bytes) : void 0;
  return { size, detail: typeof detail === "string" ? detail : void 0 };
}
function imagePartTokens(part) {
  return imageTokens(part.size ?? ASSUMED_IMAGE_SIZE, part.detail);
}

// src/dataset/report.ts
function planFor(modelEncoding, overrides = {}) {
  const name = overrides.encoding ?? modelEncoding;
  const plan = planEncoding(name);
  if (plan) return plan;
  const fallback = planEncoding(void 0);
  return {
    ...fallback,
    name,
    method: `estimate: ftcost has no tokenizer for "${name}"; counted with ${fallback.base}`
  };
}
var n = (k) => k.toLocaleString("en-US");
function countLabel(count, plan) {
  const approx = count.approximateExamples;
  if (approx === 0) return { exact: plan.exact, method: plan.method };
  const reasons = count.approximateReasons;
  const openTokenizer = isOpenTokenizer(plan.base);
  const parts = [];
  if (reasons.tools)
    parts.push(
      `${n(reasons.tools)} with tools or tool calls (OpenAI does not publish how they are rendered to tokens; counted as their compact JSON)`
    );
  if (reasons.images) {
    const assumed = ASSUMED_IMAGE_SIZE;
    parts.push(
      openTokenizer ? `${n(reasons.images)} with images (${n(count.images)} image(s) not counted: no published rule for this tokenizer)` : `${n(reasons.images)} with images (${n(count.images)} image(s) by OpenAI's tile rule, 85 + 170 tokens per 512 px tile${count.imagesSizeAssumed ? `; ${n(count.imagesSizeAssumed)} of unknown size counted as ${assumed.width}\xD7${assumed.height} px = ${imageTokens(assumed, "high")} tokens` : ""})`
    );
  }
  if (reasons.audio) parts.push(`${n(reasons.audio)} with audio (not counted)`);
  if (reasons.files) parts.push(`${n(reasons.files)} with files (not counted)`);
  return {
    exact: false,
    method: `${plan.method.replace(/^counted exactly with /, "counted with ")}; ${n(count.examples - approx)} of ${n(count.examples)} example(s) exact, ${n(approx)} approximate: ${parts.join("; ")}`
  };
}
function epochTokensOf(report, modelEncoding, modelCap, overrides) {
  const wanted = planFor(modelEncoding, overrides);
  const plan = report.plans.find((p) => p.name === wanted.name) ?? wanted;
  const counted = report.count.encodings[plan.base];
  if (!counted)
    throw new Error(`${report.file ?? "the dataset"} was not counted with ${plan.base} (needed for ${plan.name})`);
  const cap = overrides.maxTokensPerExample ?? modelCap;
  const { billedTokens, truncatedExamples } = TokenHistogram.from(counted.histogram).billed(cap);
  const label = countLabel(report.count, plan);
  return {
    billedTokens,
    truncatedExamples,
    exact: label.exact,
    method: label.method,
    cap: overrides.maxTokensPerExample
  };
}
function countedDataset(training, validation, overrides = {}) {
  return {
    kind: "counted",
    examples: training.count.examples,
    training,
    validation,
    overrides,
    epochTokens: (encoding, cap) => epochTokensOf(training, encoding, cap, overrides),
    validationTokens: validation ? (encoding, cap) => epochTokensOf(validation, encoding, cap, overrides) : void 0
  };
}
function isCountedDataset(dataset) {
  return dataset?.kind === "counted" && "training" in dataset;
}
function fileSummary(report, overrides = {}, cap = overrides.maxTokensPerExample) {
  const c = report.count;
  const errorCounts = {};
  for (const e of c.errors) errorCounts[e.code] = (errorCounts[e.code] ?? 0) + 1;
  const seen = /* @__PURE__ */ new Set();
  const encodings = [];
  for (const plan of report.plans) {
    if (seen.has(plan.name)) continue;
    seen.add(plan.name);
    const counted = c.encodings[plan.base];
    if (!counted) continue;
    const h = TokenHistogram.from(counted.histogram);
    const capped = cap !== void 0 ? h.billed(cap) : void 0;
    const label = countLabel(c, plan);
    encodings.push({
      encoding: plan.name,
      countedWith: plan.base,
      exact: label.exact,
      exactExamples: plan.exact ? c.examples - c.approximateExamples : 0,
      method: label.method,
      totalTokens: h.total().toString(),
      assistantTokens: counted.assistantTokens,
      billedTokensPerEpoch: capped ? capped.billedTokens.toString() : null,
      truncatedExamples: capped ? capped.truncatedExamples : null,
      distribution: h.distribution() ?? null
    });
  }
  return {
    file: report.file ?? null,
    bytes: c.bytes,
    lines: c.lines,
    blankLines: c.blankLines,
    examples: c.examples,
    invalidLines: c.invalidLines,
    approximateExamples: c.approximateExamples,
    approximateReasons: c.approximateReasons,
    images: c.images,
    imagesSizeAssumed: c.imagesSizeAssumed,
    wouldBeRejected: c.invalidLines > 0,
    errorCounts,
    errors: [...c.errors].sort((a, b) => a.line - b.line),
    warningCounts: c.warningCounts,
    warnings: [...c.warnings].sort((a, b) => a.line - b.line),
    encodings
  };
}
function datasetSummary(dataset, cap = dataset.overrides.maxTokensPerExample) {
  return {
    training: fileSummary(dataset.training, dataset.overrides, cap),
    validation: dataset.validation ? fileSummary(dataset.validation, dataset.overrides, cap) : null,
    overrides: {
      encoding: dataset.overrides.encoding ?? null,
      maxTokensPerExample: dataset.overrides.maxTokensPerExample ?? null
    },
    capApplied: cap ?? null
  };
}

export {
  KNOWN_ENCODINGS,
  planEncoding,
  imagePartOf,
  imagePartTokens,
  TokenHistogram,
  planFor,
  countedDataset,
  isCountedDataset,
  datasetSummary
};
