import type { TaskState } from '../../trace/types';
import type { StateStack } from './layoutTypes';
import { r, type XScale } from './paths';

/** Width of one column of a stacked band, px. */
const BIN = 2;

/** Time-averaged count of each of `states` in each 2 px column of the plot. */
function binned(stack: StateStack, states: readonly TaskState[], x: XScale, width: number): Float64Array[] {
  const bins = Math.max(1, Math.ceil(width / BIN));
  const index = states.map((s) => stack.states.indexOf(s));
  const sums = states.map(() => new Float64Array(bins));
  const { times, counts } = stack;
  for (let i = 0; i + 1 < times.length; i++) {
    const x0 = Math.max(0, x(times[i]));
    const x1 = Math.min(bins * BIN, x(times[i + 1]));
    if (x1 <= x0) continue;
    for (let b = Math.floor(x0 / BIN); b < bins && b * BIN < x1; b++) {
      const cover = (Math.min(x1, (b + 1) * BIN) - Math.max(x0, b * BIN)) / BIN;
      index.forEach((s, k) => {
        if (s >= 0 && counts[s][i] > 0) sums[k][b] += counts[s][i] * cover;
      });
    }
  }
  return sums;
}

/**
 * A stacked area per state, bottom to top in `states` order: each 2 px column shows the time-averaged
 * count in that column, scaled so that `max` fills the band. A column with any task stays at least 1.5 px
 * tall so a lone waiting task is never invisible.
 */
export function stackPaths(
  stack: StateStack,
  states: readonly TaskState[],
  x: XScale,
  width: number,
  box: { top: number; height: number },
  max: number,
): Map<TaskState, string> {
  const sums = binned(stack, states, x, width);
  const bins = sums[0]?.length ?? 0;
  const scale = box.height / Math.max(max, 1);
  const tops = states.map(() => new Float64Array(bins));
  for (let b = 0; b < bins; b++) {
    let total = 0;
    for (const s of sums) total += s[b];
    const stretch = total > 0 && total * scale < 1.5 ? 1.5 / (total * scale) : 1;
    let acc = 0;
    sums.forEach((s, k) => {
      acc += s[b] * scale * stretch;
      tops[k][b] = acc;
    });
  }
  const bottom = box.top + box.height;
  const out = new Map<TaskState, string>();
  states.forEach((state, k) => {
    const d = areaPath(tops[k], k > 0 ? tops[k - 1] : null, bottom);
    if (d !== '') out.set(state, d);
  });
  return out;
}

/** A stepped line of one state's count (a queue's length), scaled so that `max` reaches the band's top. */
export function stepLine(
  stack: StateStack,
  state: TaskState,
  x: XScale,
  width: number,
  box: { top: number; height: number },
  max: number,
): string {
  const [sums] = binned(stack, [state], x, width);
  const bottom = box.top + box.height;
  const y = (v: number) => r(bottom - Math.max(v > 0 ? 1 : 0, (v / Math.max(max, 1)) * box.height));
  let d = '';
  let prev = NaN;
  for (let b = 0; b < sums.length; b++) {
    const v = sums[b];
    if (v <= 0) {
      prev = NaN;
      continue;
    }
    const yb = y(v);
    if (Number.isNaN(prev)) d += `M${b * BIN} ${yb}`;
    else if (yb !== prev) d += `H${b * BIN}V${yb}`;
    if (b + 1 === sums.length || sums[b + 1] <= 0) d += `H${(b + 1) * BIN}`;
    prev = yb;
  }
  return d;
}

/** The region between two stepped lines (heights above `bottom`), one closed sub-path per run of non-empty columns. */
function areaPath(upper: Float64Array, lower: Float64Array | null, bottom: number): string {
  let d = '';
  let b = 0;
  const n = upper.length;
  const low = (i: number) => (lower === null ? 0 : lower[i]);
  while (b < n) {
    if (upper[b] - low(b) < 0.05) {
      b++;
      continue;
    }
    const start = b;
    while (b < n && upper[b] - low(b) >= 0.05) b++;
    let top = `M${start * BIN} ${r(bottom - upper[start])}`;
    for (let i = start + 1; i < b; i++)
      if (r(upper[i]) !== r(upper[i - 1])) top += `H${i * BIN}V${r(bottom - upper[i])}`;
    top += `H${b * BIN}V${r(bottom - low(b - 1))}`;
    for (let i = b - 1; i > start; i--)
      if (r(low(i - 1)) !== r(low(i))) top += `H${i * BIN}V${r(bottom - low(i - 1))}`;
    d += `${top}H${start * BIN}Z`;
  }
  return d;
}
