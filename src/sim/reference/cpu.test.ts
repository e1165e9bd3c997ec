import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Call } from '../handler';
import { Clock } from '../clock';
import { Cpu, createProcess, createThread } from '../cpu';
import { Recorder } from '../recorder';
import { RefCpu, refProcess, refThread } from './cpu';
import { Ticker } from './ticker';

/** A thread's life: wait `delay`, then alternate CPU bursts and sleeps (blocking I/O, GIL released). */
interface ThreadPlan {
  readonly process: number;
  readonly delay: number;
  readonly work: readonly { readonly cpu: number; readonly sleep: number }[];
}

const arbPlans = fc.array(
  fc.record({
    process: fc.integer({ min: 0, max: 2 }),
    delay: fc.integer({ min: 0, max: 12 }),
    work: fc.array(
      fc.record({ cpu: fc.integer({ min: 0, max: 14 }), sleep: fc.integer({ min: 0, max: 8 }) }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  }),
  { minLength: 1, maxLength: 7 },
);

/** Both CPUs behind one interface: start something after `ms`, and burn on thread `i`. */
interface Machine {
  after(ms: number, action: () => void): void;
  burn(thread: number, ms: number, done: () => void): void;
  now(): number;
  run(): void;
}

/** When each burst of each thread ended, under `machine`. */
function burstEnds(plans: readonly ThreadPlan[], machine: Machine): number[][] {
  const ends = plans.map((): number[] => []);
  plans.forEach((plan, i) => {
    const step = (k: number): void => {
      if (k === plan.work.length) return;
      machine.burn(i, plan.work[k].cpu, () => {
        ends[i].push(machine.now());
        machine.after(plan.work[k].sleep, () => step(k + 1));
      });
    };
    machine.after(plan.delay, () => step(0));
  });
  machine.run();
  return ends;
}

function fastMachine(plans: readonly ThreadPlan[], cores: number): Machine {
  const clock = new Clock();
  const cpu = new Cpu(clock, new Recorder(), cores);
  const procs = [0, 1, 2].map((p) => createProcess(`p${p}`));
  const threads = plans.map((plan, i) => createThread(`t${i}`, procs[plan.process]));
  return {
    after: (ms, action) => clock.later(ms, action),
    burn: (i, ms, done) => cpu.run(threads[i], ms, -1, new Call(done), 0),
    now: () => clock.now,
    run: () => clock.run(),
  };
}

function referenceMachine(plans: readonly ThreadPlan[], cores: number): Machine {
  const ticker = new Ticker();
  const cpu = new RefCpu(ticker, cores);
  const procs = [0, 1, 2].map(() => refProcess());
  const threads = plans.map((plan) => refThread(procs[plan.process]));
  return {
    after: (ms, action) => void ticker.countdown(ms, action),
    burn: (i, ms, done) => cpu.burn(threads[i], ms, done),
    now: () => ticker.now,
    run: () => void ticker.run(),
  };
}

describe('Cpu (GIL per process, shared cores) = RefCpu', () => {
  it('ends every burst at the same time, with threads of several processes competing for few cores', () => {
    fc.assert(
      fc.property(arbPlans, fc.integer({ min: 1, max: 3 }), (plans, cores) => {
        expect(burstEnds(plans, fastMachine(plans, cores))).toEqual(
          burstEnds(plans, referenceMachine(plans, cores)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('a thread waiting for a core is not overtaken by the GIL passing between threads of another process', () => {
    // One core. Process 0: threads A and B, 20 ms each; process 1: thread C, 5 ms, which waits for the core
    // from t = 0. When A's slice ends at 5 ms, the core must go to C, not to B (A's GIL successor).
    const plans: ThreadPlan[] = [
      { process: 0, delay: 0, work: [{ cpu: 20, sleep: 0 }] },
      { process: 0, delay: 0, work: [{ cpu: 20, sleep: 0 }] },
      { process: 1, delay: 0, work: [{ cpu: 5, sleep: 0 }] },
    ];
    expect(burstEnds(plans, referenceMachine(plans, 1))[2]).toEqual([10]);
    expect(burstEnds(plans, fastMachine(plans, 1))[2]).toEqual([10]);
  });
});
