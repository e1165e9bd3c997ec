import type { TaskState } from '../../trace/types';
import type { StateStack } from './layoutTypes';

/** A span of one task in one state, without its owner. */
export interface StateSpan {
  readonly state: TaskState;
  readonly start: number;
  readonly end: number;
}

/**
 * Counts how many spans are in each of `states` over time (a sweep over sorted boundaries), O(n log n).
 * Spans in other states are ignored.
 *
 * @example buildStack([{ state: 'suspended', start: 0, end: 2 }], ['suspended']).counts // [[1, 0]]
 */
export function buildStack(spans: readonly StateSpan[], states: readonly TaskState[]): StateStack {
  // Two passes into preallocated typed arrays: grouped and lane layouts build stacks over 100,000s of spans.
  const which = new Int8Array(spans.length).fill(-1);
  const sizes = states.map(() => 0);
  spans.forEach((span, i) => {
    const s = states.indexOf(span.state);
    if (s >= 0 && span.end > span.start) {
      which[i] = s;
      sizes[s]++;
    }
  });
  const st = sizes.map((n) => new Float64Array(n));
  const en = sizes.map((n) => new Float64Array(n));
  const all = new Float64Array(2 * sizes.reduce((a, b) => a + b, 0));
  const fill = states.map(() => 0);
  let k = 0;
  spans.forEach((span, i) => {
    const s = which[i];
    if (s < 0) return;
    st[s][fill[s]] = span.start;
    en[s][fill[s]++] = span.end;
    all[k++] = span.start;
    all[k++] = span.end;
  });
  all.sort();
  st.forEach((a) => a.sort());
  en.forEach((a) => a.sort());
  const at = states.map(() => [0, 0]);
  const times: number[] = [];
  const counts: number[][] = states.map(() => []);
  let max = 0;
  for (let i = 0; i < all.length; i++) {
    const t = all[i];
    if (i > 0 && all[i - 1] === t) continue;
    times.push(t);
    let total = 0;
    for (let s = 0; s < states.length; s++) {
      const p = at[s];
      while (p[0] < st[s].length && st[s][p[0]] <= t) p[0]++;
      while (p[1] < en[s].length && en[s][p[1]] <= t) p[1]++;
      counts[s].push(p[0] - p[1]);
      total += p[0] - p[1];
    }
    max = Math.max(max, total);
  }
  return { states, times, counts, max };
}

/** One maximal interval where `count(state) > 0`, with its smallest and largest count. */
export interface StackRun {
  readonly state: TaskState;
  readonly start: number;
  readonly end: number;
  readonly min: number;
  readonly max: number;
}

/** The intervals where each state of the stack is non-empty, sorted by start. */
export function stackRuns(stack: StateStack): StackRun[] {
  const runs: StackRun[] = [];
  stack.states.forEach((state, s) => {
    const c = stack.counts[s];
    let open = -1;
    let min = Infinity;
    let max = 0;
    for (let i = 0; i < stack.times.length; i++) {
      if (c[i] > 0) {
        if (open < 0) open = i;
        min = Math.min(min, c[i]);
        max = Math.max(max, c[i]);
      } else if (open >= 0) {
        runs.push({ state, start: stack.times[open], end: stack.times[i], min, max });
        open = -1;
        min = Infinity;
        max = 0;
      }
    }
  });
  return runs.sort((a, b) => a.start - b.start);
}

/**
 * The state with the most tasks on each interval (ties go to the earlier state in `stack.states`),
 * merged into maximal runs; intervals with no task are skipped.
 */
export function dominantRuns(stack: StateStack): StackRun[] {
  const runs: StackRun[] = [];
  for (let i = 0; i + 1 < stack.times.length; i++) {
    let best = -1;
    for (let s = 0; s < stack.states.length; s++)
      if (stack.counts[s][i] > (best < 0 ? 0 : stack.counts[best][i])) best = s;
    if (best < 0) continue;
    const c = stack.counts[best][i];
    const last = runs[runs.length - 1];
    if (last !== undefined && last.state === stack.states[best] && last.end === stack.times[i]) {
      runs[runs.length - 1] = {
        ...last,
        end: stack.times[i + 1],
        min: Math.min(last.min, c),
        max: Math.max(last.max, c),
      };
    } else
      runs.push({
        state: stack.states[best],
        start: stack.times[i],
        end: stack.times[i + 1],
        min: c,
        max: c,
      });
  }
  return runs;
}
