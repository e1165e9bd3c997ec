/**
 * The smallest, median and largest of the workers' start-up times; null when no worker started. The report
 * shows these, and the simulation under a live run is calibrated with the same median.
 * @example spawnStats([40, 10, 20, 30]) // { min: 10, median: 25, max: 40 }
 */
export function spawnStats(
  spawnMs: readonly number[],
): { readonly min: number; readonly median: number; readonly max: number } | null {
  if (spawnMs.length === 0) return null;
  const sorted = [...spawnMs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1] };
}
