/**
 * Live mode in headless Chromium on the preview build (issue 5), driven through the Live tab:
 * - fidelity: live makespan ÷ ideal makespan (the simulation of the same scenario with no client overhead and
 *   the workers' measured start-up) for 10 and 100 tasks at 500 ms, per strategy; budget ≤ 1.10 for I/O;
 * - worker spawn → ready, cold (first run after load) and warm (the next run), and page ↔ worker clock skew;
 * - independence: requests from workers while the page's thread is busy for 2 s;
 * - leaks: 50 consecutive live runs, then live workers and JS heap.
 * Run after `vite build`: `npx tsx bench/live.ts [--quick]`.
 */
import { chromium, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { chromiumLaunchOptions } from '../e2e/support/browser';
import { getStrategy, simulateScenario } from '../src/strategies';
import { makespan } from '../src/trace/makespan';
import { STRATEGY_IDS, type StrategyId } from '../src/trace/scenario';
import type { Trace } from '../src/trace/types';
import { startPreview } from './preview';

const IDLE = '[data-app-root][data-idle="true"]';
// The strategies that fetch (every group but the basics scenes), in the catalogue's order.
const IO: readonly StrategyId[] = STRATEGY_IDS.filter((id) => getStrategy(id).group !== 'basics');
const quick = process.argv.includes('--quick');

const median = (xs: readonly number[]) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] : 0;
const startups = (trace: Trace) =>
  trace.lanes.flatMap((l) => (l.startup ? [l.startup.end - l.startup.start] : []));

async function open(page: Page, base: string, query: Record<string, string | number>) {
  const search = new URLSearchParams(
    Object.entries({ tab: 'live', ...query }).map(([k, v]) => [k, String(v)]),
  );
  await page.goto(`${base}?${search}`);
  await page.locator(IDLE).waitFor({ state: 'attached', timeout: 60_000 });
}

/** Runs live once and returns the live trace (downloaded as the user would) and the report's text. */
async function runOnce(page: Page, during?: () => Promise<void>): Promise<{ trace: Trace; report: string }> {
  const before = await page.getByTestId('live-fidelity').count();
  await page.getByTestId('live-run').click();
  if (during) await during();
  if (before > 0)
    await page
      .locator('[data-app-root][data-idle="false"]')
      .waitFor({ state: 'attached', timeout: 5_000 })
      .catch(() => undefined);
  await page.getByTestId('live-fidelity').waitFor({ timeout: 180_000 });
  await page.locator(IDLE).waitFor({ state: 'attached', timeout: 180_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('live-download').click(),
  ]);
  const trace = JSON.parse(await readFile(await download.path(), 'utf8')) as Trace;
  return { trace, report: await page.getByTestId('live-report').innerText() };
}

function ideal(trace: Trace): number {
  const { scenario } = trace;
  const measured = startups(trace);
  const params = {
    ...scenario.params,
    overheadMs: 0,
    ...(measured.length ? { startupMs: median(measured) } : {}),
  };
  return makespan(simulateScenario({ ...scenario, params }));
}

export async function benchLive(): Promise<{ ok: boolean }> {
  const preview = await startPreview(4178);
  const browser = await chromium.launch({
    ...chromiumLaunchOptions(),
    args: [...(chromiumLaunchOptions().args ?? []), '--js-flags=--expose-gc'],
  });
  let ok = true;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    console.log(
      '\nlive ÷ ideal makespan (500 ms endpoint; ideal = simulation without client overhead, with measured start-up)',
    );
    console.log('strategy'.padEnd(20) + 'N=10'.padStart(16) + 'N=100'.padStart(16));
    for (const strategy of quick ? IO.slice(2, 4) : STRATEGY_IDS) {
      const cells: string[] = [];
      for (const tasks of [10, 100]) {
        await open(page, preview.url, { strategy, tasks, latency: 500 });
        const { trace } = await runOnce(page);
        const ratio = makespan(trace) / ideal(trace);
        if (
          IO.includes(strategy) &&
          ['sequential', 'async-blocking', 'asyncio-gather', 'asyncio-semaphore'].includes(strategy) &&
          ratio > 1.1
        )
          ok = false;
        cells.push(`${ratio.toFixed(3)} (${(makespan(trace) / 1000).toFixed(2)} s)`.padStart(16));
      }
      console.log(strategy.padEnd(20) + cells.join(''));
    }

    // Spawn → ready includes loading the worker's module and MSW, starting its interception and one warm-up
    // request. Cold: the first run after a fresh page load (nothing cached in this tab); warm: the next run.
    console.log('');
    for (const workers of [1, 8]) {
      const fresh = await browser.newPage();
      await open(fresh, preview.url, {
        strategy: 'aiomultiprocess',
        tasks: workers,
        latency: 100,
        workers,
        concurrency: 1,
      });
      const cold = await runOnce(fresh);
      const warm = await runOnce(fresh);
      await fresh.close();
      const skew = [cold.report, warm.report].map((r) => Number(/up to ([\d.]+) ms/.exec(r)?.[1] ?? NaN));
      const describe = (t: Trace) =>
        `median ${median(startups(t)).toFixed(1)} ms (max ${Math.max(...startups(t)).toFixed(1)})`;
      console.log(
        `worker spawn → ready, ${workers} at once: cold ${describe(cold.trace)}, warm ${describe(warm.trace)}; clock skew up to ${Math.max(...skew)} ms`,
      );
    }

    // Independence: once the workers are up and their 1 s requests are out, the page's thread spins for 2 s.
    const liveWorkers = () => page.workers().filter((w) => w.url().includes('liveWorker')).length;
    const busyOnceRequestsAreOut = (workers: number) => async () => {
      while (liveWorkers() < workers) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 300));
      await page.evaluate(() => {
        const end = performance.now() + 2000;
        while (performance.now() < end) {
          // the page's thread is busy
        }
      });
    };
    for (const strategy of ['aiomultiprocess', 'process-pool'] as const) {
      const tasks = strategy === 'aiomultiprocess' ? 8 : 2;
      await open(page, preview.url, {
        strategy,
        tasks,
        latency: 1000,
        workers: 2,
        concurrency: 4,
        chunksize: 1,
      });
      const { trace } = await runOnce(page, busyOnceRequestsAreOut(2));
      const waits = trace.tasks.map((t) =>
        t.segments
          .filter((s) => s.state === 'suspended' || s.state === 'blocked')
          .reduce((a, s) => a + s.end - s.start, 0),
      );
      const how =
        strategy === 'aiomultiprocess'
          ? 'fetch, answered in the worker'
          : 'blocking, answered by the service worker on the page thread';
      console.log(
        `page busy 2 s: ${strategy.padEnd(16)} requests took median ${median(waits).toFixed(0)} ms, max ${Math.max(...waits).toFixed(0)} ms (1,000 ms asked; ${how})`,
      );
    }

    const runs = quick ? 10 : 50;
    await open(page, preview.url, {
      strategy: 'aiomultiprocess',
      tasks: 10,
      latency: 50,
      workers: 4,
      concurrency: 4,
    });
    const heap = async () =>
      page.evaluate(() => {
        (window as unknown as { gc?: () => void }).gc?.();
        return (
          (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN
        );
      });
    let heapAt5 = 0;
    for (let i = 1; i <= runs; i++) {
      await runOnce(page);
      if (i === 5) heapAt5 = await heap();
    }
    const heapEnd = await heap();
    const alive = page.workers().filter((w) => w.url().includes('liveWorker')).length;
    console.log(
      `${runs} consecutive live runs: ${alive} live workers alive afterwards; JS heap after run 5 ${(heapAt5 / 1e6).toFixed(1)} MB, after run ${runs} ${(heapEnd / 1e6).toFixed(1)} MB`,
    );
    if (alive > 0) ok = false;
  } finally {
    await browser.close();
    preview.stop();
  }
  return { ok };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ok } = await benchLive();
  console.log(`live within budget: ${ok ? 'yes' : 'NO'}`);
}
