import { describe, expect, it, vi } from 'vitest';
import { defaultScenario, simulateScenario, type BudgetProblem } from '../../strategies';
import type { Scenario } from '../../trace/scenario';
import { packTrace } from './packTrace';
import type { FromSimWorker, SimWorkerLike, ToSimWorker } from './protocol';
import { createSimRunner } from './simRunner';

const scenario = (tasks: number) =>
  ({ strategy: 'sequential', params: { tasks }, seed: 1 }) as unknown as Scenario;
/** A real (small) trace, told apart by its seed. */
const trace = (seed: number) => simulateScenario({ ...defaultScenario('sequential'), seed });
const done = (jobId: number, seed: number): FromSimWorker => ({
  type: 'done',
  jobId,
  result: { packed: packTrace(trace(seed)), baseline: { kind: 'same' } },
});
/** Lets the page-side unpacking (a promise) finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

class FakeWorker implements SimWorkerLike {
  sent: ToSimWorker[] = [];
  terminated = false;
  onmessage: SimWorkerLike['onmessage'] = null;
  onerror: SimWorkerLike['onerror'] = null;
  onmessageerror: SimWorkerLike['onmessageerror'] = null;
  postMessage(message: ToSimWorker) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: FromSimWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromSimWorker>);
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const simulate = vi.fn((s: Scenario) => trace(s.params.tasks));
  const runner = createSimRunner({
    simulate,
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    wantsWorker: (s) => s.params.tasks > 100,
  });
  const callbacks = () => ({
    onProgress: vi.fn(),
    onDone: vi.fn(),
    onError: vi.fn(),
  });
  return { runner, workers, simulate, callbacks };
}

describe('sim runner', () => {
  it('refuses a run past its work budget before any work, with the problem (issue 14)', () => {
    const { runner, workers, simulate, callbacks } = setup();
    const cb = callbacks();
    const base = defaultScenario('thread-pool');
    const huge = { ...base, params: { ...base.params, tasks: 2000, workers: 256, cpuMs: 10_000 } };
    expect(runner.run(huge, cb)).toBe('main');
    expect(simulate).not.toHaveBeenCalled();
    expect(workers).toHaveLength(0);
    expect(cb.onError).toHaveBeenCalledWith({
      code: 'over-budget',
      budget: expect.objectContaining({ kind: 'segments', tasks: 2000, fitTasks: 249 }),
    });
  });

  it('passes on a budget problem the worker reports', () => {
    const { runner, workers, callbacks } = setup();
    const cb = callbacks();
    runner.run(scenario(500), cb);
    const problem = { kind: 'steps' } as unknown as BudgetProblem;
    workers[0].answer({
      type: 'error',
      jobId: workers[0].sent[0].jobId,
      problem: { code: 'over-budget', budget: problem },
    });
    expect(cb.onError).toHaveBeenCalledWith({ code: 'over-budget', budget: problem });
  });

  it('runs small scenarios on this thread, at once', () => {
    const { runner, workers, callbacks } = setup();
    const cb = callbacks();
    expect(runner.run(scenario(10), cb)).toBe('main');
    expect(cb.onDone).toHaveBeenCalledWith(trace(10));
    expect(workers).toHaveLength(0);
  });

  it('runs large scenarios in a worker, with progress', async () => {
    const { runner, workers, callbacks } = setup();
    const cb = callbacks();
    expect(runner.run(scenario(500), cb)).toBe('worker');
    const [w] = workers;
    const { jobId } = w.sent[0];
    w.answer({ type: 'progress', jobId, fraction: 0.4 });
    w.answer(done(jobId, 7));
    await settle();
    expect(cb.onProgress).toHaveBeenCalledWith(0.4);
    expect(cb.onDone).toHaveBeenCalledWith(trace(7));
  });

  it('cancels a stale worker job: terminates it and never reports its answer', async () => {
    const { runner, workers, callbacks } = setup();
    const stale = callbacks();
    runner.run(scenario(500), stale);
    const first = workers[0];
    const fresh = callbacks();
    runner.run(scenario(600), fresh);
    expect(first.terminated).toBe(true);
    first.answer(done(first.sent[0].jobId, 1));
    const second = workers[1];
    second.answer(done(second.sent[0].jobId, 2));
    await settle();
    expect(stale.onDone).not.toHaveBeenCalled();
    expect(fresh.onDone).toHaveBeenCalledWith(trace(2));
  });

  it('reuses an idle worker', () => {
    const { runner, workers, callbacks } = setup();
    runner.run(scenario(500), callbacks());
    workers[0].answer(done(workers[0].sent[0].jobId, 1));
    runner.run(scenario(500), callbacks());
    expect(workers).toHaveLength(1);
    expect(workers[0].sent).toHaveLength(2);
  });

  it('reports errors thrown by the simulator and by the worker, and replaces a crashed worker', () => {
    const { runner, workers, simulate, callbacks } = setup();
    simulate.mockImplementationOnce(() => {
      throw new Error('bad params');
    });
    const main = callbacks();
    runner.run(scenario(1), main);
    expect(main.onError).toHaveBeenCalledWith({ code: 'other', detail: 'bad params' });

    const inWorker = callbacks();
    runner.run(scenario(500), inWorker);
    const problem = { code: 'other', detail: 'sim exploded' } as const;
    workers[0].answer({ type: 'error', jobId: workers[0].sent[0].jobId, problem });
    expect(inWorker.onError).toHaveBeenCalledWith(problem);

    const crashed = callbacks();
    runner.run(scenario(500), crashed);
    workers[0].crash('out of memory');
    expect(crashed.onError).toHaveBeenCalledWith({ code: 'worker-failed', detail: 'out of memory' });
    expect(workers[0].terminated).toBe(true);
    runner.run(scenario(500), callbacks());
    expect(workers).toHaveLength(2);
  });

  it('cancel silences the job, stopping a busy worker but keeping an idle one', async () => {
    const { runner, workers, callbacks } = setup();
    runner.run(scenario(500), callbacks());
    workers[0].answer(done(workers[0].sent[0].jobId, 1));
    runner.cancel();
    expect(workers[0].terminated).toBe(false);
    const cb = callbacks();
    runner.run(scenario(500), cb);
    runner.cancel();
    expect(workers[0].terminated).toBe(true);
    workers[0].answer(done(workers[0].sent[1].jobId, 2));
    await settle();
    expect(cb.onDone).not.toHaveBeenCalled();
  });

  it('a job cancelled while its trace is being unpacked never reports it', async () => {
    const { runner, workers, callbacks } = setup();
    const cb = callbacks();
    runner.run(scenario(500), cb);
    workers[0].answer(done(workers[0].sent[0].jobId, 1));
    runner.cancel();
    await settle();
    expect(cb.onDone).not.toHaveBeenCalled();
  });

  it('dispose terminates the worker and silences the job', async () => {
    const { runner, workers, callbacks } = setup();
    const cb = callbacks();
    runner.run(scenario(500), cb);
    runner.dispose();
    expect(workers[0].terminated).toBe(true);
    workers[0].answer(done(workers[0].sent[0].jobId, 3));
    await settle();
    expect(cb.onDone).not.toHaveBeenCalled();
  });
});
