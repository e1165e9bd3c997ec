import { createRng } from '../../sim/rng';

/**
 * FNV-1a over UTF-16 code units: a small, stable string hash, so the same (seed, id, salt) always lands on
 * the same mulberry32 state in the page, in a worker and in Node.
 */
function hashString(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A uniform draw in [0, 1) that depends only on (seed, id, salt): the endpoint keeps no state between
 * requests, so a rerun of the same scenario gets the same jitter, failures and hangs, whatever the order in
 * which requests arrive. `salt` keeps the draws for different decisions (jitter, fail, hang) independent.
 *
 * @example draw(42, 'task-7', 'fail') < 0.1 // this request fails, on every run with seed 42
 */
export function draw(seed: number, id: string, salt: string): number {
  // The separator keeps ('ab', 'c') and ('a', 'bc') apart; the seed is the hash basis, so seeds never collide
  // by concatenation either.
  const h = hashString(`${id}\u0000${salt}`, 0x811c9dc5 ^ (seed >>> 0));
  return createRng(h).next();
}
