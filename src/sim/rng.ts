/** A seeded pseudo-random source; the simulator never calls Math.random. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (mean 0, sd 1). */
  normal(): number;
}

/**
 * mulberry32: tiny, fast and good enough for latency jitter; same seed → same sequence. A class, not closures:
 * optimised code that inlined one run's closure would embed it, and be thrown away once that run was collected.
 */
class Mulberry32 implements Rng {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  normal(): number {
    // Box–Muller; 1 - u keeps log away from 0.
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

/**
 * A seeded RNG (mulberry32).
 * @example const rng = createRng(42); rng.next(); // 0.6011...
 */
export function createRng(seed: number): Rng {
  // No stand-in for seed 0 (mulberry32 copes with it): a stand-in would give that seed's twin the same runs.
  return new Mulberry32(seed >>> 0);
}
