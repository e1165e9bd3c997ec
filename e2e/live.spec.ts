import { expect, test } from '@playwright/test';
import { STRATEGY_IDS } from '../src/trace/scenario';
import { seriousA11yViolations } from './support/a11y';
import { collectConsoleErrors, gotoApp } from './support/app';
import { downloadLiveTrace, runLiveInUi } from './support/live';

// Small work, so every strategy really runs in a few seconds: 10 tasks against a 500 ms endpoint (a request's
// fixed costs, a few tens of ms on a loaded machine, stay well inside the tolerance).
const SMALL = { tab: 'live', tasks: 10, latency: 500 };

test.describe('live mode', () => {
  for (const strategy of STRATEGY_IDS) {
    test(`${strategy} runs for real, its trace is valid and within 25% of the simulation`, async ({
      page,
    }) => {
      const errors = collectConsoleErrors(page);
      await gotoApp(page, { ...SMALL, strategy });
      const outcome = await runLiveInUi(page);
      const why = `live ${outcome.liveMs} ms vs simulated ${outcome.simMs} ms`;
      expect(outcome.ratio, why).not.toBeNull();
      expect(outcome.ratio, why).toBeGreaterThan(0.75);
      expect(outcome.ratio, why).toBeLessThan(1.25);
      const trace = await downloadLiveTrace(page);
      expect(trace.scenario.strategy).toBe(strategy);
      expect(trace.cancelled).toBeUndefined();
      const ends = trace.tasks.map((t) => t.segments.at(-1)?.state);
      expect(ends.every((s) => s === 'done')).toBe(true);
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
