import { expect, test } from './support/test';
import { simulateScenario } from '../src/strategies';
import { STRATEGY_IDS, type StrategyId } from '../src/trace/scenario';
import { seriousA11yViolations } from './support/a11y';
import { collectConsoleErrors, gotoApp } from './support/app';
import { downloadLiveTrace, runLiveInUi } from './support/live';
import { concurrencyLimit, peakInFlight, traceShape } from './support/liveShape';

// Small work, so every strategy really runs in a few seconds: 10 tasks against a 500 ms endpoint. The test checks
// what the trace draws and how the run ends; how close the live makespan comes to the simulation's is a timing,
// measured by bench/live.ts.
const SMALL = { tab: 'live', tasks: 10, latency: 500 };

/**
 * Where the live twin draws a different waiting state from the model, pinned so that aligning them is a reviewed
 * change. sequential: the page awaits `fetch` (its thread free) where Python's `requests.get` holds the thread.
 */
const LIVE_WAITS: Partial<Record<StrategyId, readonly string[]>> = { sequential: ['suspended'] };

test.describe('live mode', () => {
  for (const strategy of STRATEGY_IDS) {
    test(`${strategy} runs for real: the simulation's lanes and tasks, every task done after its requests, waits overlapping as in the model`, async ({
      page,
    }) => {
      const errors = collectConsoleErrors(page);
      await gotoApp(page, { ...SMALL, strategy });
      const outcome = await runLiveInUi(page);
      expect(outcome.ratio, 'the report compares the run with its simulation').not.toBeNull();
      const trace = await downloadLiveTrace(page);
      expect(trace.scenario.strategy).toBe(strategy);
      expect(trace.cancelled).toBeUndefined();
      expect(new Set(trace.tasks.map((t) => t.segments.at(-1)?.state))).toEqual(new Set(['done']));

      const live = traceShape(trace);
      const model = traceShape(simulateScenario(trace.scenario));
      // Every lane the model draws, live mode starts too (aiomultiprocess's Manager included), in the same order.
      expect(live.lanes).toEqual(model.lanes);
      expect(live.tasks).toEqual(model.tasks);
      expect(live.requestsPerTask).toEqual(model.requestsPerTask);
      expect(live.waits).toEqual(LIVE_WAITS[strategy] ?? model.waits);
      // Requests overlap exactly when the strategy lets them, and never beyond its pool or semaphore.
      const limit = concurrencyLimit(trace);
      expect(peakInFlight(trace)).toBeLessThanOrEqual(limit);
      expect(peakInFlight(trace) > 1).toBe(limit > 1);
      expect(errors.messages).toEqual([]);
    });
  }

  test('Cancel stops a run at once and keeps the partial trace, marked cancelled', async ({ page }) => {
    await gotoApp(page, { tab: 'live', strategy: 'process-pool', tasks: 40, latency: 1000, workers: 2 });
    await page.getByTestId('live-run').click();
    await expect(page.getByTestId('live-progress')).toContainText(/[1-9]\d* of 40/, { timeout: 20_000 });
    await page.getByTestId('live-cancel').click();
    await expect(page.getByTestId('live-fidelity')).toBeVisible();
    await expect(page.getByTestId('live-report')).toContainText(/cancelled/i);
    await expect.poll(() => page.workers().filter((w) => w.url().includes('liveWorker')).length).toBe(0);
    const trace = await downloadLiveTrace(page);
    expect(trace.cancelled).toBe(true);
    const finished = trace.tasks.filter((t) => t.segments.at(-1)?.state === 'done').length;
    expect(finished).toBeGreaterThan(0);
    expect(finished).toBeLessThan(40);
  });

  test('a failing endpoint draws failed tasks and the run goes on', async ({ page }) => {
    await gotoApp(page, { tab: 'live', strategy: 'asyncio-gather', tasks: 10, latency: 200 });
    await page.getByLabel('Failure rate').fill('100');
    await runLiveInUi(page);
    await expect(page.getByTestId('live-report')).toContainText(/HTTP 500\)?\s*10(?!\d)/i);
    const trace = await downloadLiveTrace(page);
    expect(trace.tasks.map((t) => t.segments.at(-1)?.state)).toEqual(Array(10).fill('failed'));
  });

  test('a request that never answers times out and fails its task', async ({ page }) => {
    await gotoApp(page, { tab: 'live', strategy: 'thread-pool', tasks: 4, latency: 200, workers: 4 });
    await page.getByLabel('Hang rate').fill('100');
    await page.getByLabel('Request timeout').fill('600');
    await runLiveInUi(page);
    await expect(page.getByTestId('live-report')).toContainText(/TIMED OUT\s*4(?!\d)/i);
  });

  test('a crashing worker fails its current task, is replaced, and the run completes', async ({ page }) => {
    await gotoApp(page, {
      tab: 'live',
      strategy: 'process-pool',
      tasks: 12,
      latency: 300,
      workers: 2,
      chunksize: 1,
    });
    await page.getByLabel('Crash a worker').check();
    await page.getByLabel('Crash at').fill('150');
    await runLiveInUi(page);
    await expect(page.getByTestId('live-report')).toContainText(/CRASHED WORKERS\s*1(?!\d)/i);
    const trace = await downloadLiveTrace(page);
    const ends = trace.tasks.map((t) => t.segments.at(-1)?.state);
    expect(ends.filter((s) => s === 'failed')).toHaveLength(1);
    expect(ends.filter((s) => s === 'done')).toHaveLength(11);
    expect(trace.lanes.filter((l) => l.kind === 'process' && l.parent === 'main')).toHaveLength(3);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`after a run with faults, the Live tab has no serious accessibility violations (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await gotoApp(page, { tab: 'live', strategy: 'thread-pool', tasks: 6, latency: 200, cpu: 20 });
      await page.getByLabel('Failure rate').fill('30');
      await runLiveInUi(page);
      await page.getByRole('tab', { name: 'JavaScript' }).click();
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }
});
