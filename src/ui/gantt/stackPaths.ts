import type { TaskState } from '../../trace/types';
import type { StateStack } from './layoutTypes';
import { r, type XScale } from './paths';

/** Width of one column of a stacked band, px. */
const BIN = 2;

/**
 * Time-averaged count of each of `states` in each 2 px column of the plot. Plain loops, each state's counts
 * read once per interval: at 10,000 tasks the Gantt's 200 grouped rows bin ~1 M (interval, state) pairs a step.
 */
function binned(stack: StateStack, states: readonly TaskState[], x: XScale, width: number): Float64Array[] {
  const bins = Math.max(1, Math.ceil(width / BIN));
  const limit = bins * BIN;
  const rows = states.map((s) => {
    const at = stack.states.indexOf(s);
    return at >= 0 ? stack.counts[at] : null;
  });
  const sums = states.map(() => new Float64Array(bins));
  const { times } = stack;
  let next = times.length > 0 ? x(times[0]) : 0;
  for (let i = 0; i + 1 < times.length; i++) {
    const here = next;
    next = x(times[i + 1]);
    const x0 = Math.max(0, here);
    const x1 = Math.min(limit, next);
    if (x1 <= x0) continue;
    for (let k = 0; k < rows.length; k++) {
      const counts = rows[k];
      if (counts === null || !(counts[i] > 0)) continue;
      const count = counts[i];
      const sum = sums[k];
      for (let b = Math.floor(x0 / BIN); b < bins && b * BIN < x1; b++) {
        const cover = (Math.min(x1, (b + 1) * BIN) - Math.max(x0, b * BIN)) / BIN;
        sum[b] += count * cover;
      }
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
    for (let k = 0; k < sums.length; k++) {
      acc += sums[k][b] * scale * stretch;
      tops[k][b] = acc;
    }
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
    // Each column's rounded height is worked out once (a step is drawn where it changes).
    let top = `M${start * BIN} ${r(bottom - upper[start])}`;
    let before = r(upper[start]);
    for (let i = start + 1; i < b; i++) {
      const here = r(upper[i]);
      if (here !== before) top += `H${i * BIN}V${r(bottom - upper[i])}`;
      before = here;
    }
    top += `H${b * BIN}V${r(bottom - low(b - 1))}`;
    let after = r(low(b - 1));
    for (let i = b - 1; i > start; i--) {
      const here = r(low(i - 1));
      if (here !== after) top += `H${i * BIN}V${r(bottom - low(i - 1))}`;
      after = here;
    }
    d += `${top}H${start * BIN}Z`;
  }
  return d;
}
