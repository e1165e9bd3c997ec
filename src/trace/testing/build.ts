/**
 * Small builders for hand-written traces in tests (trace/, sim/, ui/). Not part of the public API.
 */
import type { Scenario } from '../scenario';
import type { Lane, LaneKind, Segment, Task, TaskState, Trace, TraceEvent, TraceEventKind } from '../types';
import type { StepPoint } from '../sweep';

export const TEST_SCENARIO: Scenario = {
  strategy: 'asyncio-gather',
  seed: 1,
  params: {
    tasks: 3,
    latencyMs: 100,
    jitterMs: 0,
    jitterKind: 'uniform',
    overheadMs: 0,
    requestCpuMs: 0,
    cpuMs: 10,
    workers: 2,
    concurrency: 2,
    connectorLimit: 0,
    chunksize: 0,
    cores: 2,
    startupMs: 0,
  },
};

export function lane(id: string, kind: LaneKind, parent: string | null = null): Lane {
  return { id, kind, label: id, parent };
}

/** One step of a task's life: a state held for `ms`, on `lane` if it differs from the task's own lane. */
export type Step = readonly [state: Exclude<TaskState, 'done' | 'failed'>, ms: number, lane?: string];

/**
 * A task that starts at `start` and goes through `steps` back to back, then ends `done` (or `outcome`).
 *
 * @example task('a', 't0', 0, [['running', 5], ['suspended', 100], ['running', 5]])
 */
export function task(
  id: string,
  laneId: string,
  start: number,
  steps: readonly Step[],
  outcome: 'done' | 'failed' | null = 'done',
): Task {
  let at = start;
  const segments = steps.map(([state, ms, on]): Segment => {
    const seg = { state, start: at, end: at + ms, lane: on ?? laneId };
    at += ms;
    return seg;
  });
  if (outcome !== null)
    segments.push({ state: outcome, start: at, end: at, lane: steps.at(-1)?.[2] ?? laneId });
  return { id, label: id, lane: laneId, segments };
}

export function event(kind: TraceEventKind, time: number, laneId: string, taskId?: string): TraceEvent {
  return taskId === undefined ? { kind, time, lane: laneId } : { kind, time, lane: laneId, task: taskId };
}

export interface TraceParts {
  readonly lanes: readonly Lane[];
  readonly tasks: readonly Task[];
  readonly events?: readonly TraceEvent[];
  readonly cancelled?: boolean;
}

/** A sim trace of the test scenario; events are sorted by time (stably) for you. */
export function makeTrace({ lanes, tasks, events = [], cancelled }: TraceParts): Trace {
  const sorted = [...events].sort((a, b) => a.time - b.time);
  const trace: Trace = { version: 1, engine: 'sim', scenario: TEST_SCENARIO, lanes, tasks, events: sorted };
  return cancelled === undefined ? trace : { ...trace, cancelled };
}

/**
 * A step series written as `[t, value]` pairs, for the expected side of a test.
 * @example points([0, 0], [10, 2]) // [{ t: 0, value: 0 }, { t: 10, value: 2 }]
 */
export function points(...pairs: readonly (readonly [t: number, value: number])[]): StepPoint[] {
  return pairs.map(([t, value]) => ({ t, value }));
}
