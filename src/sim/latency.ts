import type { JitterKind } from '../trace/scenario';
import type { Rng } from './rng';

export interface LatencyModel {
  readonly latencyMs: number;
  readonly jitterMs: number;
  readonly jitterKind: JitterKind;
  readonly overheadMs: number;
}

/**
 * Draws one request's duration: the endpoint's latency, its jitter, plus the client's own overhead.
 * Uniform jitter is ±j around L; lognormal has mean L and standard deviation j (long right tail).
 */
export function sampleRequestMs(model: LatencyModel, rng: Rng): number {
  const { latencyMs: l, jitterMs: j, jitterKind, overheadMs } = model;
  if (j <= 0) return l + overheadMs;
  let value: number;
  if (jitterKind === 'uniform') {
    value = l + (rng.next() * 2 - 1) * j;
  } else {
    const sigma = Math.sqrt(Math.log(1 + (j / Math.max(l, 1e-9)) ** 2));
    value = l * Math.exp(sigma * rng.normal() - (sigma * sigma) / 2);
  }
  return Math.max(0, value) + overheadMs;
}
