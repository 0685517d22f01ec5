/**
 * Architectures the memory tests use as plain inputs (no catalog): the shipped figures of two
 * models, and two the catalog does not list but the published anchors are about.
 */
import type { ModelArchitecture } from '../../../src/domain/architecture.js';

const LLAMA = { tiedEmbeddings: false, attentionBias: false, qkNorm: false, headDim: 128 } as const;

/** meta-llama/Llama-3.1-8B-Instruct config.json (as in pricing/architecture/open-models.yaml). */
export const LLAMA_31_8B: ModelArchitecture = {
  ...LLAMA,
  id: 'llama-3.1-8b',
  name: 'Llama 3.1 8B',
  layers: 32,
  hiddenSize: 4096,
  attentionHeads: 32,
  kvHeads: 8,
  intermediateSize: 14336,
  vocabSize: 128256,
  maxContext: 131072,
};

/** meta-llama/Llama-2-70b-hf config.json. */
export const LLAMA_2_70B: ModelArchitecture = {
  ...LLAMA,
  id: 'llama-2-70b',
  name: 'Llama 2 70B',
  layers: 80,
  hiddenSize: 8192,
  attentionHeads: 64,
  kvHeads: 8,
  intermediateSize: 28672,
  vocabSize: 32000,
  maxContext: 4096,
};

/**
 * LLaMA 65B, the QLoRA paper's model (Touvron et al. 2023, arXiv 2302.13971, Table 2: dimension 8192,
 * 64 heads, 80 layers; huggyllama/llama-65b config.json: intermediate_size 22016, vocab 32000, no GQA).
 */
export const LLAMA_65B: ModelArchitecture = {
  ...LLAMA,
  id: 'llama-65b',
  name: 'LLaMA 65B',
  layers: 80,
  hiddenSize: 8192,
  attentionHeads: 64,
  kvHeads: 64,
  intermediateSize: 22016,
  vocabSize: 32000,
  maxContext: 2048,
};

/** Llama 2 7B (meta-llama/Llama-2-7b-hf config.json): the "7B" of LLaMA-Factory's hardware table. */
export const LLAMA_2_7B: ModelArchitecture = {
  ...LLAMA,
  id: 'llama-2-7b',
  name: 'Llama 2 7B',
  layers: 32,
  hiddenSize: 4096,
  attentionHeads: 32,
  kvHeads: 32,
  intermediateSize: 11008,
  vocabSize: 32000,
  maxContext: 4096,
};
