/**
 * A run's work estimated before it starts, against the budget the simulator enforces while it runs
 * (`sim/budget.ts`). A scenario past the budget is refused with a `BudgetProblem`: which limit, the parameters
 * that made it large, and what would fit. The UI words it (ui/timeline/budgetText.ts).
 */
import { RUN_LIMITS, type WorkKind, type WorkLimitExceeded } from '../sim/budget';
import type { Scenario, StrategyId } from '../trace/scenario';

/** CPython's switch interval: a CPU-bound thread gives up the GIL (or its core) every 5 ms when others wait. */
const SLICE_MS = 5;
/** Segments and events of a task without CPU slicing (measured: at most 6 of each, task-lifecycle). */
const BASE_PER_TASK = 6;
/** What a kept segment and a kept event cost in V8 (16 M segments took 2.4 GB). */
const SEGMENT_BYTES = 150;
const EVENT_BYTES = 100;

/** Strategies whose CPU work runs on several threads of one process (they take turns for the GIL). */
const THREADED: ReadonlySet<StrategyId> = new Set(['thread-pool']);
/** Strategies whose CPU work runs in several processes (they take turns for the cores). */
const POOLED: ReadonlySet<StrategyId> = new Set(['process-pool', 'aiomultiprocess']);

export interface WorkEstimate {
  readonly segments: number;
  readonly events: number;
  readonly steps: number;
  readonly bytes: number;
  /** 5 ms turns each task's CPU work is cut into (1 when nothing contends for the GIL or a core). */
  readonly slicesPerTask: number;
  /** What makes the turns: threads sharing one GIL, or more processes than cores; null when uncut. */
  readonly contention: 'gil' | 'cores' | null;
}

function contentionOf(scenario: Scenario): WorkEstimate['contention'] {
  const { params, strategy } = scenario;
  if (params.cpuMs <= SLICE_MS) return null;
  if (THREADED.has(strategy) && params.workers > 1) return 'gil';
  if (POOLED.has(strategy) && params.workers >= params.cores) return 'cores';
  return null;
}

/**
 * The work a scenario will do, an upper estimate in the usual cases (CPU turns assumed to contend all run).
 * @example estimateWork(threadPool({ tasks: 2000, workers: 256, cpuMs: 10000 })).segments // ≈ 8 M
 */
export function estimateWork(scenario: Scenario): WorkEstimate {
  const { params } = scenario;
  const contention = contentionOf(scenario);
  const slicesPerTask = contention === null ? 1 : Math.ceil(params.cpuMs / SLICE_MS);
  const perTask = BASE_PER_TASK + (contention === null ? 0 : 2 * slicesPerTask);
  const segments = params.tasks * perTask;
  const events = params.tasks * BASE_PER_TASK;
  // Spawned processes burn their start-up on the cores too, in turns when they outnumber them.
  const startupTurns =
    scenario.strategy === 'aiomultiprocess' && params.workers > params.cores
      ? params.workers * 2 * Math.ceil(params.startupMs / SLICE_MS)
      : 0;
  const steps = segments + events + startupTurns;
  return {
    segments,
    events,
    steps,
    bytes: segments * SEGMENT_BYTES + events * EVENT_BYTES,
    slicesPerTask,
    contention,
  };
}

/** Why a run is refused (before it starts) or stopped (while it runs), and what would fit. */
export interface BudgetProblem {
  readonly kind: WorkKind;
  /** The estimated count (refused before starting), or the limit itself (stopped while running). */
  readonly count: number;
  readonly limit: number;
  readonly bytes: number;
  readonly stage: 'estimate' | 'running';
  readonly tasks: number;
  readonly cpuMs: number;
  readonly workers: number;
  readonly cores: number;
  readonly slicesPerTask: number;
  readonly contention: WorkEstimate['contention'];
  /** Most tasks that fit with the other parameters unchanged (at least 1). */
  readonly fitTasks: number;
  /** Most CPU per task that fits with the other parameters unchanged; null when no CPU amount would. */
  readonly fitCpuMs: number | null;
}

/** The part of the budget an estimate uses most: the limit it would pass first. */
function worst(estimate: WorkEstimate, detail: 'full' | 'outcome'): { kind: WorkKind; ratio: number } {
  const ratios: [WorkKind, number][] = [['steps', estimate.steps / RUN_LIMITS.steps]];
  if (detail === 'full')
    ratios.push(
      ['segments', estimate.segments / RUN_LIMITS.segments],
      ['events', estimate.events / RUN_LIMITS.events],
    );
  const [kind, ratio] = ratios.reduce((a, b) => (b[1] > a[1] ? b : a));
  return { kind, ratio };
}

function problemFor(scenario: Scenario, kind: WorkKind, stage: BudgetProblem['stage']): BudgetProblem {
  const estimate = estimateWork(scenario);
  const { params } = scenario;
  const { ratio } = worst(estimate, 'full');
  const scale = Math.max(ratio, 1);
  const fitTasks = Math.max(1, Math.floor(params.tasks / scale));
  // Segments per task that fit, less the unsliced base, is twice the turns that fit.
  const perTask = Math.min(RUN_LIMITS.segments, RUN_LIMITS.steps / 2) / params.tasks;
  const turns = Math.floor((perTask - BASE_PER_TASK) / 2);
  const fitCpuMs = estimate.contention !== null && turns >= 1 ? turns * SLICE_MS : null;
  return {
    kind,
    count: stage === 'running' ? RUN_LIMITS[kind] : Math.ceil(estimate[kind]),
    limit: RUN_LIMITS[kind],
    bytes: estimate.bytes,
    stage,
    tasks: params.tasks,
    cpuMs: params.cpuMs,
    workers: params.workers,
    cores: params.cores,
    slicesPerTask: estimate.slicesPerTask,
    contention: estimate.contention,
    fitTasks,
    fitCpuMs,
  };
}

/**
 * The budget problem of a scenario before it runs, or null when its estimate fits.
 * @example checkBudget({ strategy: 'thread-pool', params: { ...p, tasks: 2000, workers: 256, cpuMs: 10000 }, seed: 1 })?.kind // 'segments'
 */
export function checkBudget(scenario: Scenario, detail: 'full' | 'outcome' = 'full'): BudgetProblem | null {
  const { kind, ratio } = worst(estimateWork(scenario), detail);
  return ratio > 1 ? problemFor(scenario, kind, 'estimate') : null;
}

/** The problem of a run the simulator stopped past its budget (an estimate that fell short). */
export function stoppedProblem(scenario: Scenario, error: WorkLimitExceeded): BudgetProblem {
  return problemFor(scenario, error.kind, 'running');
}

/** Thrown by `simulateScenario` for a run over budget: carries the problem across to the UI. */
export class OverBudget extends Error {
  constructor(readonly problem: BudgetProblem) {
    super(`this run is too large: about ${problem.count} ${problem.kind}, the budget is ${problem.limit}`);
    this.name = 'OverBudget';
  }
}
