import type { Params, Scenario } from '../../trace/scenario';
import type { TaskRole, TaskState } from '../../trace/types';
import { epochNow } from '../clock';
import { slowUrl } from '../endpoint/slowUrl';
import type { TaskEnv } from '../host/env';
import type { TaskPlan } from '../host/plan';
import type { TaskOutcome } from '../protocol';
import type { LiveFaults, LiveProgress } from '../types';
import type { LiveRecorder } from './liveRecorder';

export interface LiveStats {
  failedRequests: number;
  timedOut: number;
  crashedWorkers: number;
}

/** Everything a strategy's live runner needs: the scenario, the recorder, requests, and how tasks end. */
export interface LiveContext {
  readonly scenario: Scenario;
  readonly params: Params;
  readonly recorder: LiveRecorder;
  /** Aborted when the user cancels. */
  readonly signal: AbortSignal;
  readonly faults: LiveFaults;
  readonly baseHref: string;
  readonly realBlocking: boolean;
  /** The page's own thread as a place to run tasks. */
  readonly page: TaskEnv;
  readonly stats: LiveStats;
  /** Each worker's spawn → ready time, ms, and its clock's distance from the page's, ms. */
  readonly spawnMs: number[];
  readonly skewMs: number[];
  /** Resolves when every task has finished. */
  readonly allFinished: Promise<void>;
  /** Adds one task labelled `label` on `lane` in `state` now (a request unless `role` says so); returns its index. */
  task(label: string, lane: string, state: TaskState, role?: TaskRole): number;
  /** Adds `count` tasks "task 1".."task N" on `lane` in `state` now; returns their indexes. */
  tasks(count: number, lane: string, state: TaskState): number[];
  /** A plan for `task` on `lane`: its request and the scenario's CPU work after it. */
  plan(task: number, lane: string, request: TaskPlan['request'], extra?: Partial<TaskPlan>): TaskPlan;
  /** Records how `task` ended (at `t`, epoch ms; now by default). */
  finish(task: number, outcome: TaskOutcome, t?: number): void;
  /** Ends the run with an error the user sees (e.g. a worker that could not start). */
  fail(error: unknown): void;
  /** Registers clean-up to run when the run ends or is cancelled (workers to terminate). */
  onDispose(dispose: () => void): void;
}

export function createLiveContext(init: {
  scenario: Scenario;
  recorder: LiveRecorder;
  signal: AbortSignal;
  faults: LiveFaults;
  baseHref: string;
  realBlocking: boolean;
  page: TaskEnv;
  onProgress?: (progress: LiveProgress) => void;
  disposers: (() => void)[];
}): LiveContext {
  const { scenario, recorder, faults } = init;
  const params = scenario.params;
  const stats: LiveStats = { failedRequests: 0, timedOut: 0, crashedWorkers: 0 };
  let total = 0;
  let done = 0;
  let failed = 0;
  let lastProgress = 0;
  let resolveAll = () => {};
  let rejectAll: (error: unknown) => void = () => {};
  const allFinished = new Promise<void>((resolve, reject) => {
    resolveAll = resolve;
    rejectAll = reject;
  });
  const progress = (force: boolean) => {
    const now = epochNow();
    if (!force && now - lastProgress < 100) return;
    lastProgress = now;
    init.onProgress?.({ total, done, failed, elapsedMs: now - recorder.origin });
  };
  return {
    ...init,
    params,
    stats,
    spawnMs: [],
    skewMs: [],
    allFinished,
    task(label, lane, state, role) {
      total++;
      return recorder.addTask(label, lane, state, epochNow(), role);
    },
    tasks(count, lane, state) {
      return Array.from({ length: count }, (_, i) => this.task(`task ${i + 1}`, lane, state));
    },
    plan: (task, lane, request, extra = {}) => ({
      task,
      lane,
      request,
      url: slowUrl(init.baseHref, {
        ms: params.latencyMs,
        id: `t${task + 1}`,
        jitter: params.jitterMs,
        seed: scenario.seed,
        fail: faults.failRate,
        hang: faults.hangRate,
      }),
      timeoutMs: faults.timeoutMs,
      cpuBeforeMs: 0,
      cpuAfterMs: params.cpuMs,
      gil: false,
      ...extra,
    }),
    finish(task, outcome, t = epochNow()) {
      if (recorder.isFinished(task)) return;
      recorder.finish(task, outcome === 'done' ? 'done' : 'failed', t);
      if (outcome === 'http-error') stats.failedRequests++;
      if (outcome === 'timeout') stats.timedOut++;
      if (outcome === 'done') done++;
      else failed++;
      progress(done + failed === total);
      if (done + failed === total) resolveAll();
    },
    fail: (error) => rejectAll(error),
    onDispose: (dispose) => init.disposers.push(dispose),
  };
}
