import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_SCENARIO } from '../../trace/testing/build';
import { epochNow } from '../clock';
import { startWorkerNetwork } from '../endpoint/workerNetwork';
import type { FromWorker, ToWorker } from '../protocol';
import { LiveRecorder } from './liveRecorder';
import { WorkerPool, type WorkerPoolOptions } from './workerPool';

vi.mock('../endpoint/workerNetwork', () => ({ startWorkerNetwork: vi.fn() }));

/** The worker's global scope: liveWorker.ts sets `onmessage` and posts back to the one worker started. */
const scope: { onmessage: ((event: { data: ToWorker }) => void) | null; postMessage(m: FromWorker): void } = {
  onmessage: null,
  postMessage: (message) => setTimeout(() => started.at(-1)?.onmessage?.({ data: structuredClone(message) })),
};

/** A Worker that runs the real liveWorker.ts in this thread; messages cross as clones, a tick later. */
class InThreadWorker {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor() {
    started.push(this);
  }
  postMessage(message: ToWorker): void {
    setTimeout(() => scope.onmessage?.({ data: structuredClone(message) }));
  }
  terminate(): void {
    this.terminated = true;
  }
}
const started: InThreadWorker[] = [];

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  vi.stubGlobal('Worker', InThreadWorker);
  // The warm-up request: answered at once (the mock endpoint is what the test replaces).
  vi.stubGlobal('fetch', async () => new Response(null, { status: 204 }));
  await import('../worker/liveWorker');
});

afterEach(() => {
  started.length = 0;
  vi.mocked(startWorkerNetwork).mockReset();
});

function pool(options: Partial<WorkerPoolOptions> = {}): WorkerPool {
  return new WorkerPool({
    recorder: new LiveRecorder(TEST_SCENARIO, epochNow()),
    baseHref: 'http://localhost/app/',
    realBlocking: false,
    kind: 'process',
    parent: 'main',
    name: (n) => ({ lane: `child-${n}`, label: `Process ${n}` }),
    onMessage: () => undefined,
    timings: { spawnMs: [], skewMs: [] },
    onCrash: () => undefined,
    ...options,
  });
}

describe('WorkerPool with the live worker', () => {
  it('fails to start, with the reason, when init cannot start the endpoint (an unhandled rejection before)', async () => {
    vi.mocked(startWorkerNetwork).mockRejectedValue(new Error('msw/browser failed to load'));
    const workers = pool();
    await expect(workers.spawn()).rejects.toThrow('Process 1 failed to start: msw/browser failed to load.');
    expect(started[0].terminated).toBe(true);
    expect(workers.size).toBe(0);
  });

  it('starts a worker whose endpoint starts, timing its start-up', async () => {
    vi.mocked(startWorkerNetwork).mockResolvedValue();
    const timings = { spawnMs: [] as number[], skewMs: [] as number[] };
    const workers = pool({ timings });
    const worker = await workers.spawn();
    expect(worker.lane).toBe('child-1');
    expect(timings.spawnMs).toHaveLength(1);
    expect(workers.size).toBe(1);
    workers.dispose();
  });

  it('treats an error reported after ready as a crash: terminated, and the caller told to replace it', async () => {
    vi.mocked(startWorkerNetwork).mockResolvedValue();
    const crashed: string[] = [];
    const workers = pool({ onCrash: (w) => crashed.push(w.lane) });
    await workers.spawn();
    scope.postMessage({ type: 'error', message: 'a task handler threw' });
    await vi.waitFor(() => expect(crashed).toEqual(['child-1']));
    expect(started[0].terminated).toBe(true);
    expect(workers.size).toBe(0);
  });
});
