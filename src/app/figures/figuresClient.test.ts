import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateScenario } from '../../strategies';
import { summarize } from '../../trace/summary';
import type { FromJobWorker, ToJobWorker } from '../jobs/protocol';
import { packTrace } from '../run/packTrace';
import { createFiguresClient } from './figuresClient';
import type { FiguresRequest, FiguresResult, FiguresWorkerLike } from './protocol';

class FakeWorker implements FiguresWorkerLike {
  sent: ToJobWorker<FiguresRequest>[] = [];
  terminated = false;
  onmessage: FiguresWorkerLike['onmessage'] = null;
  onerror: FiguresWorkerLike['onerror'] = null;
  onmessageerror: FiguresWorkerLike['onmessageerror'] = null;
  postMessage(message: ToJobWorker<FiguresRequest>) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: FromJobWorker<FiguresResult>) {
    this.onmessage?.({ data: message } as MessageEvent<FromJobWorker<FiguresResult>>);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = createFiguresClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

const trace = simulateScenario(defaultScenario('thread-pool'));
const columns = packTrace(trace);

describe('the figures client (a job worker)', () => {
  it('sends the columns and settles with the summary the worker answers', async () => {
    const { client, workers } = setup();
    const pending = client.summarise(columns);
    expect(pending.value).toBeUndefined();
    expect(workers[0].sent[0].request).toBe(columns);
    workers[0].answer({ type: 'done', jobId: workers[0].sent[0].jobId, result: summarize(trace) });
    await pending.done;
    expect(pending.value).toEqual(summarize(trace));
  });

  it('settles null when a newer trace replaces the job, or the worker fails: the page computes them then', async () => {
    const { client, workers } = setup();
    const first = client.summarise(columns);
    const second = client.summarise(columns);
    await first.done;
    expect(first.value).toBeNull();
    workers[workers.length - 1].onerror?.({ message: 'boom' } as ErrorEvent);
    await second.done;
    expect(second.value).toBeNull();
  });

  it('starts one worker ahead of the first job, and hands it that job', () => {
    const { client, workers } = setup();
    client.warm();
    client.warm();
    expect(workers).toHaveLength(1);
    client.summarise(columns);
    expect(workers).toHaveLength(1);
    expect(workers[0].sent).toHaveLength(1);
    client.dispose();
    expect(workers[0].terminated).toBe(true);
  });
});
