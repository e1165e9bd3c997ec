/** Units the learner may guess in. */
export type GuessUnit = 's' | 'ms';

/** The guess in ms, or null when the text is not a positive, finite number (at most about 115 days). */
export function parseGuess(text: string, unit: GuessUnit): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d*\.?\d+(e[+-]?\d+)?$/i.test(trimmed)) return null;
  const value = Number(trimmed) * (unit === 's' ? 1000 : 1);
  return Number.isFinite(value) && value > 0 && value <= 1e10 ? value : null;
}

/** How a guess compares with the real makespan: close (within 10 %), or how many times faster / slower it ran. */
export type Verdict =
  { readonly kind: 'close' } | { readonly kind: 'faster' | 'slower'; readonly ratio: number };

export function verdict(guessMs: number, actualMs: number): Verdict {
  if (!(actualMs > 0) || !(guessMs > 0)) return { kind: 'close' };
  const ratio = guessMs / actualMs;
  if (ratio >= 0.9 && ratio <= 1 / 0.9) return { kind: 'close' };
  // One decimal below 10×, whole numbers above.
  const round = (r: number) => (r >= 10 ? Math.round(r) : Math.round(r * 10) / 10);
  return ratio > 1 ? { kind: 'faster', ratio: round(ratio) } : { kind: 'slower', ratio: round(1 / ratio) };
}

/** The key a prediction is kept under: the scenario (strategy, parameters and seed). */
export const scenarioKey = (scenario: unknown): string => JSON.stringify(scenario);
