import type { JitterKind } from '../trace/scenario';
import type { Rng } from './rng';

export interface LatencyModel {
  readonly latencyMs: number;
  readonly jitterMs: number;
  readonly jitterKind: JitterKind;
  readonly overheadMs: number;
}

/**
 * Draws each request's duration: the endpoint's latency, its jitter, plus the client's own overhead.
 * Uniform jitter is ±j around L; lognormal has mean L and standard deviation j (long right tail).
 *
 * The model's numbers are copied into fields of this one class when a run starts: a run reads them per request,
 * and the scenario's parameter object has whatever shape its caller gave it (a spread, a parsed URL), which made
 * the simulator's optimised code check, and depend on, a map that died with the caller's objects.
 */
export class RequestDurations {
  private readonly latencyMs: number;
  private readonly jitterMs: number;
  private readonly lognormal: boolean;
  private readonly overheadMs: number;

  constructor(
    model: LatencyModel,
    private readonly rng: Rng,
  ) {
    this.latencyMs = model.latencyMs;
    this.jitterMs = model.jitterMs;
    this.lognormal = model.jitterKind !== 'uniform';
    this.overheadMs = model.overheadMs;
  }

  /** The next request's duration, ms. */
  next(): number {
    const { latencyMs: l, jitterMs: j, overheadMs } = this;
    if (j <= 0) return l + overheadMs;
    let value: number;
    if (!this.lognormal) {
      value = l + (this.rng.next() * 2 - 1) * j;
    } else {
      const sigma = Math.sqrt(Math.log(1 + (j / Math.max(l, 1e-9)) ** 2));
      value = l * Math.exp(sigma * this.rng.normal() - (sigma * sigma) / 2);
    }
    return Math.max(0, value) + overheadMs;
  }
}
