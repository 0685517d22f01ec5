/**
 * A dense decoder-only transformer's shape, as the memory model (src/engine/memory/) reads it: the
 * figures of the model's Hugging Face config.json (pricing/architecture/, src/catalog/architecture.ts).
 * Plain values; every count is exact.
 */

/** The figures that size a dense decoder's weights, adapters, activations and KV cache. */
export interface ModelArchitecture {
  /** ftcost's id for the architecture ("llama-3.1-70b"). */
  id: string;
  name: string;
  /** Decoder layers (num_hidden_layers). */
  layers: number;
  /** Residual stream width (hidden_size). */
  hiddenSize: number;
  /** Query heads (num_attention_heads). */
  attentionHeads: number;
  /** Key/value heads (num_key_value_heads; fewer than attentionHeads under grouped-query attention). */
  kvHeads: number;
  /** Width of one attention head (head_dim). */
  headDim: number;
  /** MLP inner width (intermediate_size); the MLP is gated (gate, up, down projections). */
  intermediateSize: number;
  vocabSize: number;
  /** Longest context the model was trained for (max_position_embeddings). */
  maxContext: number;
  /** The output projection shares the input embedding's weights (tie_word_embeddings). */
  tiedEmbeddings: boolean;
  /** Biases on the q, k and v projections (Qwen2.5). */
  attentionBias: boolean;
  /** An RMSNorm over each query and key head (Qwen3). */
  qkNorm: boolean;
}

/** Where an architecture's figures were read. */
export interface ArchitectureSource {
  source: string;
  asOf: string;
  sourceKind: 'official' | 'copy';
  /** The size the model's page states, in billions (checked against the count the figures give). */
  parametersBillions: string;
  /** Catalog model ids that are this architecture (a fine-tune or an instruct release of it). */
  catalogModels: readonly string[];
}

// Parameter counts, exactly, from the figures. The layout is the Llama family's (Hugging Face
// transformers' LlamaForCausalLM, Qwen2ForCausalLM, Qwen3ForCausalLM, MistralForCausalLM): per layer
// q, k, v, o projections, a gated MLP (gate, up, down) and two RMSNorms; an input embedding, a final
// norm and an output projection (shared with the embedding when tied). Here, not in the engine,
// because the catalog's build checks every model's figures with it (docs/memory.md).

/** A linear projection of one layer: its input and output widths. */
interface Projection {
  name: 'q' | 'k' | 'v' | 'o' | 'gate' | 'up' | 'down';
  inFeatures: number;
  outFeatures: number;
}

/** The seven linear projections of one layer: what LoRA targets as "all linear layers" and 4-bit quantises. */
export function projections(a: ModelArchitecture): Projection[] {
  const q = a.attentionHeads * a.headDim;
  const kv = a.kvHeads * a.headDim;
  return [
    { name: 'q', inFeatures: a.hiddenSize, outFeatures: q },
    { name: 'k', inFeatures: a.hiddenSize, outFeatures: kv },
    { name: 'v', inFeatures: a.hiddenSize, outFeatures: kv },
    { name: 'o', inFeatures: q, outFeatures: a.hiddenSize },
    { name: 'gate', inFeatures: a.hiddenSize, outFeatures: a.intermediateSize },
    { name: 'up', inFeatures: a.hiddenSize, outFeatures: a.intermediateSize },
    { name: 'down', inFeatures: a.intermediateSize, outFeatures: a.hiddenSize },
  ];
}

export interface ParameterCounts {
  /** Every parameter of the model. */
  total: bigint;
  /** Weights of the layers' linear projections (no biases): what NF4 quantises and LoRA adapts. */
  linear: bigint;
  /** Everything else: embeddings, the output projection, norms, biases (kept in 16 bits by QLoRA). */
  other: bigint;
}

export function parameterCounts(a: ModelArchitecture): ParameterCounts {
  const L = BigInt(a.layers);
  const h = BigInt(a.hiddenSize);
  let perLayerLinear = 0n;
  for (const p of projections(a)) perLayerLinear += BigInt(p.inFeatures) * BigInt(p.outFeatures);
  const linear = perLayerLinear * L;
  // Two RMSNorm weight vectors per layer; Qwen2.5's q/k/v biases; Qwen3's per-head q/k norms.
  let perLayerOther = 2n * h;
  if (a.attentionBias) perLayerOther += BigInt(a.attentionHeads * a.headDim + 2 * a.kvHeads * a.headDim);
  if (a.qkNorm) perLayerOther += 2n * BigInt(a.headDim);
  const embedding = BigInt(a.vocabSize) * h;
  const other = perLayerOther * L + embedding * (a.tiedEmbeddings ? 1n : 2n) + h;
  return { total: linear + other, linear, other };
}
