import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateScenario } from '../../strategies';
import { packTrace } from '../run/packTrace';
import type { FromImportWorker, ImportWorkerLike, ToImportWorker } from './protocol';
import { createTraceFileReader } from './traceFileReader';

class FakeWorker implements ImportWorkerLike {
  sent: ToImportWorker[] = [];
  terminated = false;
  onmessage: ImportWorkerLike['onmessage'] = null;
  onerror: ImportWorkerLike['onerror'] = null;
  onmessageerror: ImportWorkerLike['onmessageerror'] = null;
  postMessage(message: ToImportWorker) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: FromImportWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromImportWorker>);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const timers: (() => void)[] = [];
  const reader = createTraceFileReader({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    timeoutMs: 30_000,
    setTimer: (run) => timers.push(run),
    clearTimer: () => {},
  });
  return { reader, workers, timers };
}

const file = new Blob(['{}']);
const trace = simulateScenario(defaultScenario('thread-pool'));

describe('the import reader (a worker)', () => {
  it('sends the file to the worker and rebuilds the trace it answers with', async () => {
    const { reader, workers } = setup();
    const pending = reader.read(file);
    expect(workers[0].sent).toEqual([{ type: 'read', jobId: 1, file }]);
    workers[0].answer({ type: 'done', jobId: 1, packed: packTrace(trace), format: 'chrome' });
    expect(await pending).toEqual({ ok: true, trace, format: 'chrome' });
    expect(workers[0].terminated).toBe(false); // kept for the next file
  });

  it("passes the checks' refusal on unchanged", async () => {
    const { reader, workers } = setup();
    const pending = reader.read(file);
    workers[0].answer({ type: 'refused', jobId: 1, error: 'tasks[0].id: must not be empty' });
    expect(await pending).toEqual({
      ok: false,
      problem: { code: 'refused', error: 'tasks[0].id: must not be empty' },
    });
  });

  it('a crashed worker is reported, and the next file gets a fresh one', async () => {
    const { reader, workers } = setup();
    const pending = reader.read(file);
    workers[0].onerror?.({ message: 'out of memory', preventDefault: () => {} } as ErrorEvent);
    expect(await pending).toEqual({ ok: false, problem: { code: 'reader-failed', detail: 'out of memory' } });
    expect(workers[0].terminated).toBe(true);
    const next = reader.read(file);
    expect(workers).toHaveLength(2);
    workers[1].answer({ type: 'refused', jobId: 2, error: 'x' });
    expect((await next)?.ok).toBe(false);
  });

  it('an unreadable message and a failure inside the worker are reported as the reader failing', async () => {
    const { reader, workers } = setup();
    const a = reader.read(file);
    workers[0].onmessageerror?.({} as MessageEvent);
    expect(await a).toMatchObject({ ok: false, problem: { code: 'reader-failed' } });
    const b = reader.read(file);
    workers[1].answer({ type: 'failed', jobId: 2, detail: 'boom' });
    expect(await b).toEqual({ ok: false, problem: { code: 'reader-failed', detail: 'boom' } });
  });

  it('stops a worker that runs past the limit and says so', async () => {
    const { reader, workers, timers } = setup();
    const pending = reader.read(file);
    timers[0]();
    expect(await pending).toEqual({ ok: false, problem: { code: 'timed-out', seconds: 30 } });
    expect(workers[0].terminated).toBe(true);
    // A late answer from the stopped worker changes nothing.
    workers[0].answer({ type: 'refused', jobId: 1, error: 'late' });
  });

  it('a newer file replaces one still being read: the old read resolves null, its worker is stopped', async () => {
    const { reader, workers } = setup();
    const first = reader.read(file);
    const second = reader.read(file);
    expect(await first).toBeNull();
    expect(workers[0].terminated).toBe(true);
    workers[1].answer({ type: 'done', jobId: 2, packed: packTrace(trace), format: 'awaitline' });
    expect(await second).toMatchObject({ ok: true, format: 'awaitline' });
  });

  it('dispose drops the job and the worker', async () => {
    const { reader, workers } = setup();
    const pending = reader.read(file);
    reader.dispose();
    expect(await pending).toBeNull();
    expect(workers[0].terminated).toBe(true);
  });
});
