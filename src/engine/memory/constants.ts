/**
 * Every constant of the memory model, with where it comes from (docs/memory.md says the same, with
 * the published figures each one was checked against). Bytes per element unless the name says otherwise.
 */
import { Decimal } from '../../decimal.js';

/** 2^30: the model reports GiB, the unit GPU memory is sized in (an "80 GB" A100 has 81,920 MiB). */
export const BYTES_PER_GIB = new Decimal(2).pow(30);

/** Weights held in 16-bit (BF16) or 8-bit (FP8) floats. */
export const BYTES_PER_WEIGHT = { bf16: new Decimal(2), fp8: new Decimal(1) } as const;

/**
 * NF4 with double quantisation (Dettmers et al. 2023, arXiv 2305.14314, §3): 4 bits per weight, plus
 * 8-bit constants per 64-weight block and an FP32 constant per 256 of those, 8/64 + 32/(64 × 256)
 * = 0.127 bits more per weight: 4.126953125 bits = 0.515869140625 bytes.
 */
export const BYTES_PER_NF4_WEIGHT = new Decimal(4)
  .plus(new Decimal(8).div(64))
  .plus(new Decimal(32).div(64 * 256))
  .div(8);

/** Gradients are kept in BF16 (mixed precision: Micikevicius et al. 2018; ZeRO, arXiv 1910.02054 §3.1). */
export const BYTES_PER_GRADIENT = new Decimal(2);

/**
 * Mixed-precision AdamW for full fine-tuning: an FP32 master copy of the weights and FP32 first and
 * second moments, 4 + 4 + 4 = 12 bytes per parameter (ZeRO, arXiv 1910.02054 §3.1: "K = 12"), which
 * with 2-byte weights and gradients gives its 16 bytes per parameter.
 */
export const BYTES_OPTIMIZER_FULL = new Decimal(12);

/**
 * LoRA adapters as the QLoRA reference code trains them (artidoro/qlora, qlora.py: LoRA modules cast
 * to BF16 under --bf16; paged 32-bit AdamW): BF16 weights and gradients, FP32 moments (8 bytes), no
 * FP32 master copy. PEFT's default of FP32 adapters would add 4 bytes per adapter parameter.
 */
export const BYTES_PER_ADAPTER_WEIGHT = new Decimal(2);
export const BYTES_PER_ADAPTER_GRADIENT = new Decimal(2);
export const BYTES_OPTIMIZER_ADAPTER = new Decimal(8);

/**
 * Activations of one transformer layer, per token, in units of hidden size × bytes: 34 for 16-bit
 * activations with no recomputation (Korthikanti et al. 2022, arXiv 2205.05198, §4.1: sbh(34 + 5as/h)),
 * the 5as/h attention-score term dropped because FlashAttention never stores the score matrix.
 */
export const ACTIVATION_BYTES_PER_HIDDEN_PER_LAYER = new Decimal(34);

/**
 * With full activation recomputation (gradient checkpointing) each layer keeps only its 16-bit input,
 * 2sbh bytes (Korthikanti et al. §4.3), and one layer's full activations exist at a time in the
 * backward pass.
 */
export const CHECKPOINT_BYTES_PER_HIDDEN_PER_LAYER = new Decimal(2);

/** The logits are upcast to FP32 for the loss (transformers' causal-LM loss): 4 bytes × vocab per token. */
export const BYTES_PER_LOGIT = new Decimal(4);

/** CUDA context, cuBLAS and NCCL workspaces on each GPU: an ftcost assumption (docs/memory.md). */
export const OVERHEAD_GIB_PER_GPU = new Decimal(1);

/**
 * The share of a GPU's memory a plan may fill: vLLM's default gpu_memory_utilization (0.9), the rest
 * left to allocator fragmentation and what the model does not count.
 */
export const MEMORY_HEADROOM = new Decimal('0.9');
