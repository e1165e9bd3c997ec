import type { Scenario } from '../trace/scenario';
import type { LaneKind, Trace } from '../trace/types';
import { TRACE_VERSION } from '../trace/types';
import { columnarTrace } from '../trace/columnarTrace';
import { Clock } from './clock';
import { Coroutines } from './coroutines';
import { Cpu, createProcess, createThread, type SimProcess, type SimThread } from './cpu';
import { RequestDurations } from './latency';
import { Recorder, type Detail, type RunOutcome } from './recorder';
import { createRng, type Rng } from './rng';

/**
 * One simulation: the virtual clock, the seeded RNG, the CPU (GIL + cores) and the recorder, plus helpers
 * to lay out processes, threads and event loops. Strategies compose the pieces; `trace()` runs it.
 */
export class World {
  /**
   * The last world made, kept until the next one replaces it. V8 gives a class's instances their shape (map)
   * field by field, through transitions it holds weakly: once every object of a finished run is collected, those
   * maps go too, and every optimised function that checked them is thrown away ("weak objects"
   * deoptimisation), so the next run started cold, about twice as slow (100k asyncio-gather in outcome mode,
   * each run from a collected heap). One finished world alive keeps the maps, and the simulator's optimised code.
   */
  static last: World | undefined;
  readonly clock = new Clock();
  /** Where each task's coroutine is in its program (tasks of every loop). */
  readonly coroutines = new Coroutines();
  readonly rng: Rng;
  readonly recorder: Recorder;
  readonly cpu: Cpu;
  /**
   * CPU the client spends on each request, on its own thread: half to build and send it, half to read the
   * answer (aiohttp ~0.4 ms, requests ~1.5 ms on CPython 3.11; separate from the network's `overheadMs`).
   */
  readonly requestCpuHalfMs: number;
  private readonly durations: RequestDurations;
  /** The run's loops, threads and pools, kept with it (see `last`): nothing else refers to some once it is over. */
  readonly components: object[] = [];

  constructor(
    readonly scenario: Scenario,
    detail: Detail = 'full',
  ) {
    this.recorder = new Recorder(detail);
    this.rng = createRng(scenario.seed);
    this.requestCpuHalfMs = scenario.params.requestCpuMs / 2;
    this.durations = new RequestDurations(scenario.params, this.rng);
    this.cpu = new Cpu(this.clock, this.recorder, scenario.params.cores);
    World.last = this;
  }

  get params() {
    return this.scenario.params;
  }

  get now(): number {
    return this.clock.now;
  }

  /** A process lane and its interpreter (own GIL). */
  process(id: string, label: string, parent: string | null = null): SimProcess {
    this.recorder.addLane({ id, kind: 'process', label, parent });
    return createProcess(id);
  }

  /** A thread (or the event loop's thread) of `proc`, drawn as its own lane under the process. */
  thread(id: string, label: string, proc: SimProcess, kind: LaneKind = 'thread'): SimThread {
    this.recorder.addLane({ id, kind, label, parent: proc.lane });
    return createThread(id, proc);
  }

  /** The main thread of a single-threaded process, drawn on the process lane itself. */
  mainThread(proc: SimProcess): SimThread {
    return createThread(proc.lane, proc);
  }

  /** Duration of the next request (latency, jitter, client overhead). */
  requestMs(): number {
    return this.durations.next();
  }

  /** Creates `count` tasks labelled "task 1".."task N" in `state` at t = 0 on `lane`. */
  tasks(count: number, lane: string, state: 'queued' | 'ready'): number[] {
    return this.recorder.addTasks(count, lane, state, 0);
  }

  /**
   * Runs the simulation to the end and returns its trace: its tasks and events are made when first read, and
   * the simulation worker packs them straight from the recorder's columns (trace/columnarTrace.ts).
   */
  trace(): Trace {
    this.clock.run();
    const body = this.recorder.body();
    return columnarTrace(
      { version: TRACE_VERSION, engine: 'sim', scenario: this.scenario, lanes: this.recorder.lanes },
      body,
    );
  }

  /** Runs the simulation to the end and returns only its outcome (what `detail: 'outcome'` is for). */
  outcome(): RunOutcome {
    this.clock.run();
    return this.recorder.outcome();
  }
}
