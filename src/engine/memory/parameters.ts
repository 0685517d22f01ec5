/** LoRA adapter parameter counts (the model's own counts: src/domain/architecture.ts). Pure; docs/memory.md. */
import { type ModelArchitecture, projections } from '../../domain/architecture.js';

/**
 * LoRA adapter parameters at a rank on every linear projection of every layer: each projection
 * W (out × in) gains B (out × r) and A (r × in), r × (in + out) parameters (Hu et al. 2021,
 * arXiv 2106.09685, §4.1).
 */
export function loraParameters(a: ModelArchitecture, rank: number): bigint {
  let perLayer = 0n;
  for (const p of projections(a)) perLayer += BigInt(rank) * BigInt(p.inFeatures + p.outFeatures);
  return perLayer * BigInt(a.layers);
}
