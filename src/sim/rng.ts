/** A seeded pseudo-random source; the simulator never calls Math.random. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (mean 0, sd 1). */
  normal(): number;
}

/**
 * mulberry32: tiny, fast and good enough for latency jitter; same seed → same sequence.
 * @example const rng = createRng(42); rng.next(); // 0.6011...
 */
export function createRng(seed: number): Rng {
  // No stand-in for seed 0 (mulberry32 copes with it): a stand-in would give that seed's twin the same runs.
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal() {
      // Box–Muller; 1 - u keeps log away from 0.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}
