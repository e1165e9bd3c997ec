import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateScenario } from '../../strategies';
import type { FromJobWorker, ToJobWorker } from '../jobs/protocol';
import { packTrace } from '../run/packTrace';
import type { ImportRequest, ImportResult, ImportWorkerLike } from './protocol';
import { createTraceFileReader } from './traceFileReader';

class FakeWorker implements ImportWorkerLike {
  sent: ToJobWorker<ImportRequest>[] = [];
  terminated = false;
  onmessage: ImportWorkerLike['onmessage'] = null;
  onerror: ImportWorkerLike['onerror'] = null;
  onmessageerror: ImportWorkerLike['onmessageerror'] = null;
  postMessage(message: ToJobWorker<ImportRequest>) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: FromJobWorker<ImportResult>) {
    this.onmessage?.({ data: message } as MessageEvent<FromJobWorker<ImportResult>>);
  }
  /** Answers the last job it was sent. */
  done(result: ImportResult) {
    this.answer({ type: 'done', jobId: this.sent[this.sent.length - 1].jobId, result });
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

describe('the import reader (a job worker)', () => {
  it('sends the file to the worker and rebuilds the trace it answers with', async () => {
    const { reader, workers } = setup();
    const pending = reader.read(file);
    expect(workers[0].sent.map((m) => m.request)).toEqual([file]);
    workers[0].done({ ok: true, packed: packTrace(trace), format: 'chrome' });
    expect(await pending).toEqual({ ok: true, trace, format: 'chrome' });
    expect(workers[0].terminated).toBe(false); // kept for the next file
  });

  it("passes the checks' refusal on unchanged", async () => {
    const { reader, workers } = setup();
    const pending = reader.read(file);
    workers[0].done({ ok: false, error: 'tasks[0].id: must not be empty' });
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
    workers[1].done({ ok: false, error: 'x' });
    expect((await next)?.ok).toBe(false);
  });

  it('an unreadable message and an error thrown in the worker are the reader failing', async () => {
    const { reader, workers } = setup();
    const a = reader.read(file);
    workers[0].onmessageerror?.({} as MessageEvent);
    expect(await a).toMatchObject({ ok: false, problem: { code: 'reader-failed' } });
    const b = reader.read(file);
    const { jobId } = workers[1].sent[0];
    workers[1].answer({ type: 'error', jobId, problem: { code: 'other', detail: 'NotReadableError' } });
    expect(await b).toEqual({ ok: false, problem: { code: 'reader-failed', detail: 'NotReadableError' } });
  });

  it('stops a worker that runs past the limit and says so; a late answer changes nothing', async () => {
    const { reader, workers, timers } = setup();
    const pending = reader.read(file);
    timers[0]();
    expect(await pending).toEqual({ ok: false, problem: { code: 'timed-out', seconds: 30 } });
    expect(workers[0].terminated).toBe(true);
    workers[0].done({ ok: false, error: 'late' });
  });

  it('a newer file replaces one still being read: the old read resolves null, its worker is stopped', async () => {
    const { reader, workers } = setup();
    const first = reader.read(file);
    const second = reader.read(file);
    expect(await first).toBeNull();
    expect(workers[0].terminated).toBe(true);
    workers[1].done({ ok: true, packed: packTrace(trace), format: 'awaitline' });
    expect(await second).toMatchObject({ ok: true, format: 'awaitline' });
  });

  it('a file opened while the last one is being unpacked replaces it too', async () => {
    const { reader, workers } = setup();
    const first = reader.read(file);
    workers[0].done({ ok: true, packed: packTrace(trace), format: 'awaitline' });
    const second = reader.read(file); // the first is unpacking on the page now
    expect(await first).toBeNull();
    workers[0].done({ ok: false, error: 'second' });
    expect(await second).toEqual({ ok: false, problem: { code: 'refused', error: 'second' } });
  });

  it('dispose drops the job and the worker', async () => {
    const { reader, workers } = setup();
    const pending = reader.read(file);
    reader.dispose();
    expect(await pending).toBeNull();
    expect(workers[0].terminated).toBe(true);
  });
});

describe('the import reader warmed ahead of the first file', () => {
  it('hands the warmed worker the first file, and starts no second one', async () => {
    const { reader, workers } = setup();
    reader.warm();
    expect(workers).toHaveLength(1);
    expect(workers[0].sent).toEqual([]);
    const pending = reader.read(file);
    expect(workers).toHaveLength(1);
    workers[0].done({ ok: true, packed: packTrace(trace), format: 'chrome' });
    expect(await pending).toEqual({ ok: true, trace, format: 'chrome' });
    reader.warm(); // the reader has its worker: nothing more to start
    expect(workers).toHaveLength(1);
  });

  it('replaces a warmed worker that failed to start, so the file still gets a reader', async () => {
    const { reader, workers } = setup();
    reader.warm();
    workers[0].onerror?.({ message: 'reader crashed' } as ErrorEvent);
    const pending = reader.read(file);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    workers[1].done({ ok: true, packed: packTrace(trace), format: 'chrome' });
    expect(await pending).toEqual({ ok: true, trace, format: 'chrome' });
  });

  it('terminates a warmed worker when the app goes away', () => {
    const { reader, workers } = setup();
    reader.warm();
    reader.dispose();
    expect(workers[0].terminated).toBe(true);
  });
});
