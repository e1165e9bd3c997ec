import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { calloutMessages } from '../../i18n/messages/callouts';
import { queueMessages } from '../../i18n/messages/queue';
import { defaultScenario, simulateScenario, STRATEGIES } from '../../strategies';
import { findCallouts } from '../../trace/callouts';
import { calloutKindName, calloutLabel } from './captions';

/** Each strategy's own words for a task that has not started yet (issue 12: a for-loop has no pool). */
const WORDS = {
  sequential: /waiting their turn in the loop/,
  'asyncio-semaphore': /waiting for the semaphore/,
  'asyncio-gather': /waiting for a connection/,
  'thread-pool': /queued for a worker/,
  'run-in-executor': /queued for a worker/,
  'process-pool': /queued for a worker/,
  aiomultiprocess: /queued for a worker/,
} as const;

const runWithQueue = (id: keyof typeof WORDS) => {
  const sc = defaultScenario(id);
  // Enough requests that something queues: 100 against the default pool, k = 3 or a 4-connection session.
  return simulateScenario({ ...sc, params: { ...sc.params, tasks: 100, connectorLimit: 4, concurrency: 3 } });
};

describe('strategy vocabulary', () => {
  it('every strategy whose tasks queue says what they wait for', () => {
    for (const s of STRATEGIES) {
      const trace = simulateScenario({
        ...defaultScenario(s.id),
        params: { ...defaultScenario(s.id).params, tasks: 100, connectorLimit: 4, concurrency: 3 },
      });
      const queues = trace.tasks.some((t) => t.segments.some((seg) => seg.state === 'queued'));
      if (queues) expect(s.queue, s.id).toBeDefined();
    }
  });

  for (const [id, words] of Object.entries(WORDS) as [keyof typeof WORDS, RegExp][]) {
    it(`${id}: the queue callout, its menu entry, legend and panel use its words, in en and zh-CN`, () => {
      const strategy = STRATEGIES.find((s) => s.id === id);
      const queue = strategy?.queue;
      const callout = findCallouts(runWithQueue(id)).find(
        (c) => c.kind === 'pool-saturated' || c.kind === 'semaphore-full',
      );
      expect(callout, id).toBeDefined();
      if (callout === undefined) return;
      const en = translator(calloutMessages, 'en');
      const label = calloutLabel(en, callout, queue);
      expect(label).toMatch(words);
      if (id === 'sequential') expect(label).not.toMatch(/pool|queued/);
      expect(translator(queueMessages, 'en')(queue ?? 'worker')).toMatch(words);
      const zh = translator(calloutMessages, 'zh-CN');
      expect(calloutLabel(zh, callout, queue)).not.toMatch(/[A-Za-z]{3,}/);
      expect(calloutKindName(zh, callout.kind, queue)).not.toMatch(/[A-Za-z]{3,}/);
    });
  }
});
