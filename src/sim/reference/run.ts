/**
 * A slow, obvious, time-stepped reference simulator: 1 ms ticks, plain arrays for every line, no event
 * queue, no cancelled events. The property tests compare the fast engine (src/sim) with it on small random
 * scenarios. It covers every strategy of the catalogue, for whole-millisecond scenarios without jitter.
 *
 * The rules it implements (ticker.ts, cpu.ts, loop.ts, workers.ts, pools.ts each state theirs):
 * - things that take time are countdowns; those ending in the same ms run in the order they were set;
 * - an event loop runs one coroutine at a time, from a first-in first-out ready line;
 * - a thread runs one job at a time; a blocking request holds it (without the GIL);
 * - CPU needs the process's GIL and one of the shared cores; whoever waits behind a running thread gets
 *   its turn within 5 ms (CPython's switch interval).
 * The same-ms order matters: under GIL or core round-robin, which of two slices ending together goes
 * first decides who waits next, so the reference keeps the engine's documented tie rule to agree exactly.
 */
import type { Params, Scenario } from '../../trace/scenario';
import { createContext, type RefContext } from './context';
import { refProcess, refThread } from './cpu';
import { RefLoop, type LoopOp } from './loop';
import { aioPoolMap, processPoolMap } from './pools';
import { RefSlots } from './slots';
import { RefThreadPool, RefWorker, type RefJob, type ThreadOp } from './workers';

/** What the reference predicts for a run; task i is the trace's i-th task. */
export interface RefResult {
  /** Per task, when it finished, ms. */
  readonly finish: readonly number[];
  /** Per task, when each of its requests went out, ms. */
  readonly sent: readonly (readonly number[])[];
  readonly makespan: number;
}

const WHOLE_MS: readonly (keyof Params)[] = ['latencyMs', 'overheadMs', 'cpuMs', 'startupMs'];

/** Throws unless the reference can run `params`: no jitter, and whole milliseconds everywhere. */
export function checkReferenceParams(params: Params): void {
  if (params.jitterMs !== 0) throw new RangeError('reference: jitter must be 0');
  if (!Number.isInteger(params.requestCpuMs / 2))
    throw new RangeError('reference: requestCpuMs must be an even number of ms (half to send, half to read)');
  for (const key of WHOLE_MS) {
    if (!Number.isInteger(params[key])) throw new RangeError(`reference: ${key} must be whole ms`);
  }
}

/**
 * Predicts a scenario's finish and send times by ticking through it 1 ms at a time.
 * @example referenceRun({ strategy: 'sequential', params, seed: 1 }).makespan // N × (L + overhead + cpu)
 */
export function referenceRun(scenario: Scenario): RefResult {
  const { params, strategy } = scenario;
  checkReferenceParams(params);
  const n = params.tasks;
  const ctx = createContext(
    strategy === 'asyncio-wait' ? n + 1 : n,
    params.latencyMs + params.overheadMs,
    params.requestCpuMs / 2,
    params.cores,
  );
  const main = refProcess();
  const cpu = { kind: 'cpu', ms: params.cpuMs } as const;
  const tasks = Array.from({ length: n }, (_, i) => i);
  const loop = (): RefLoop => new RefLoop(ctx, main);
  /** When the last done-callback returned: the program ends after it. */
  let callbacksEnd = 0;
  switch (strategy) {
    case 'sequential':
      runJobs(ctx, tasks, [{ kind: 'request' }, cpu]);
      break;
    case 'async-blocking':
      spawnAll(loop(), tasks, [{ kind: 'block' }, cpu]);
      break;
    case 'asyncio-gather':
      spawnAll(loop(), tasks, [{ kind: 'await', connections: new RefSlots(params.connectorLimit) }, cpu]);
      break;
    case 'asyncio-semaphore': {
      const slots = new RefSlots(params.concurrency);
      const connections = new RefSlots(params.connectorLimit);
      const ops: LoopOp[] = [
        { kind: 'acquire', slots },
        { kind: 'await', connections },
        { kind: 'release', slots },
        cpu,
      ];
      spawnAll(loop(), tasks, ops);
      break;
    }
    case 'task-lifecycle':
      spawnAll(loop(), tasks, [cpu, { kind: 'await' }, cpu]);
      break;
    case 'done-callbacks': {
      // The task only fetches; its CPU work is its done-callback's, run on the loop after it finishes.
      const l = loop();
      const ended = () => (callbacksEnd = Math.max(callbacksEnd, ctx.ticker.now));
      for (const task of tasks) l.spawn(task, [{ kind: 'await' }], () => l.callSoon(params.cpuMs, ended));
      break;
    }
    case 'asyncio-wait': {
      // main() is the first task; it wakes (and returns) once the loop gets to it after the last task.
      const l = loop();
      let remaining = n;
      for (let i = 1; i <= n; i++) {
        l.spawn(i, [{ kind: 'await' }, cpu], () => {
          if (--remaining === 0) l.spawn(0, []);
        });
      }
      break;
    }
    case 'thread-pool': {
      const pool = new RefThreadPool(
        ctx,
        Array.from({ length: params.workers }, () => refThread(main)),
      );
      for (const task of tasks) pool.submit({ task, ops: [{ kind: 'request' }, cpu], finish: true });
      break;
    }
    case 'run-in-executor': {
      // workers 0: the default executor, min(32, os.cpu_count() + 4) threads (written out, not imported).
      const size = params.workers > 0 ? params.workers : Math.min(32, params.cores + 4);
      const pool = new RefThreadPool(
        ctx,
        Array.from({ length: size }, () => refThread(main)),
      );
      spawnAll(loop(), tasks, [{ kind: 'offload', pool }, cpu]);
      break;
    }
    case 'process-pool':
      processPoolMap(ctx, params, [{ kind: 'request' }, cpu]);
      break;
    case 'aiomultiprocess':
      aioPoolMap(ctx, params, [{ kind: 'await' }, cpu]);
      break;
    default: {
      const never: never = strategy;
      throw new Error(`reference: unknown strategy ${String(never)}`);
    }
  }
  ctx.ticker.run();
  if (ctx.finish.some(Number.isNaN)) throw new Error('reference: a task never finished');
  return { finish: ctx.finish, sent: ctx.sent, makespan: Math.max(callbacksEnd, ...ctx.finish) };
}

function spawnAll(loop: RefLoop, tasks: readonly number[], ops: readonly LoopOp[]): void {
  for (const task of tasks) loop.spawn(task, ops);
}

/** The main thread running `ops` for every task, one task after another (a plain for loop). */
function runJobs(ctx: RefContext, tasks: readonly number[], ops: readonly ThreadOp[]): void {
  const jobs: RefJob[] = tasks.map((task) => ({ task, ops, finish: true }));
  new RefWorker(ctx, refThread(refProcess()), () => jobs.shift()).wake();
}
