/**
 * Scrubbing: how long one cursor update takes (cursor line on the Gantt and companion charts + the "What Python
 * is doing" panel) on 1,000-task views, in headless Chromium on the preview build, against one frame (16.7 ms).
 * Also the pure `pythonStateAt` per call in Node. Run after `vite build`; `PLAYBACK_BENCH_URL` reuses a server.
 *
 * One update: set the time slider's value and dispatch its `input` event (React renders it synchronously), then
 * force style and layout by reading boxes; the panel must show the new time (at once when it is in view, within
 * a few frames when it is below the fold: it then renders after the frame that moves the cursor). Measured with the chart in view
 * (the panel below the fold) and scrolled to the panel (its layout then counts). Paint is not included. The machine
 * load is printed: figures on a busy shared machine run high.
 */
import { chromium, expect, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/browser';
import { defaultScenario, simulateScenario } from '../src/strategies';
import { pythonStateAt } from '../src/trace/pythonState';
import type { StrategyId } from '../src/trace/scenario';
import { startPreview } from './preview';

const FRAME_MS = 16.7;
const STEPS = 80;
const CASES: readonly { strategy: StrategyId; query: string; params: Record<string, number> }[] = [
  { strategy: 'asyncio-gather', query: 'tasks=1000&cpu=5', params: { tasks: 1000, cpuMs: 5 } },
  { strategy: 'thread-pool', query: 'tasks=1000&cpu=5', params: { tasks: 1000, cpuMs: 5 } },
  { strategy: 'aiomultiprocess', query: 'tasks=1000&view=lanes', params: { tasks: 1000 } },
];

const quantile = (xs: readonly number[], q: number) =>
  xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/**
 * What a scrub checks after each step: the state panel's time (Explore) or every small multiple's cursor
 * (Compare). An off-screen panel follows in a render of its own after the step's frame ('panel-later'): it must
 * show the step's time within a few frames.
 */
type Follower = 'panel' | 'panel-later' | 'charts';
/** Frames an off-screen panel may take to show the cursor's time. */
const LATER_FRAMES = 10;

/** Ms per cursor update while scrubbing `slider` across the whole run, in a scattered order. */
async function scrub(page: Page, slider: string, follower: Follower): Promise<number[]> {
  return page.evaluate(
    async ({ steps, sliderSelector, follower, laterFrames: LATER_FRAMES }) => {
      const input = document.querySelector(sliderSelector) as HTMLInputElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set as (
        v: string,
      ) => void;
      const max = Number(input.max);
      const out: number[] = [];
      for (let i = 0; i <= steps; i++) {
        const value = String((max * ((i * 37) % steps)) / steps + 0.5);
        const t0 = performance.now();
        setter.call(input, value);
        // React renders a discrete input event's update synchronously, before dispatchEvent returns.
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // Style and layout of what the frame needs (an off-screen panel is skipped by content-visibility).
        document.body.getBoundingClientRect();
        document.querySelector('.companion-cursor__line')?.getBoundingClientRect();
        const t1 = performance.now();
        // (No function declared in here: the page has no __name helper tsx would wrap it in.)
        const panel = 'data-time';
        let frames = 0;
        if (follower === 'panel-later')
          while (
            Number(document.querySelector('.py-state')?.getAttribute(panel)) !== Number(input.value) &&
            frames < LATER_FRAMES
          ) {
            await new Promise((r) => requestAnimationFrame(() => r(null)));
            frames += 1;
          }
        const followed =
          follower !== 'charts'
            ? // The slider snaps a value to its step: the panel must show the value the slider took.
              Number(document.querySelector('.py-state')?.getAttribute(panel)) === Number(input.value)
            : [...document.querySelectorAll('.cmp-multiple .gantt-svg .gantt-cursor')].every(
                (c) => Number(c.getAttribute('data-time')) === Number(value),
              ) && document.querySelector('.cmp-multiple .gantt-svg .gantt-cursor') !== null;
        if (!followed) throw new Error(`the ${follower} did not follow the cursor to ${value}`);
        out.push(t1 - t0);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      return out.slice(1);
    },
    { steps: STEPS, sliderSelector: slider, follower, laterFrames: LATER_FRAMES },
  );
}

/** One row of the table: median, p95 (marked when over a frame) and max; returns whether p95 is within a frame. */
function report(view: string, inView: string, times: readonly number[]): boolean {
  const p95 = quantile(times, 0.95);
  const within = p95 < FRAME_MS;
  console.log(
    `${view.padEnd(42)}${inView.padEnd(10)}${quantile(times, 0.5).toFixed(1).padStart(8)}${`${p95.toFixed(1)}${within ? '' : '!'}`.padStart(8)}${Math.max(
      ...times,
    )
      .toFixed(1)
      .padStart(8)}`,
  );
  return within;
}

/** Three 1,000-task runs side by side (the longest is sequential), the view issue 6 budgets. */
const COMPARE_QUERY = 'tab=compare&c=asyncio-gather,thread-pool,aiomultiprocess&cw=t1000';

function nodeStateAt(): string {
  return CASES.map(({ strategy, params }) => {
    const sc = defaultScenario(strategy);
    const trace = simulateScenario({ ...sc, params: { ...sc.params, ...params } });
    const end = Math.max(...trace.tasks.map((t) => t.segments.at(-1)?.end ?? 0));
    pythonStateAt(trace, 0);
    const n = 400;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) pythonStateAt(trace, (end * i) / n);
    return `${strategy} ${((performance.now() - t0) / n).toFixed(3)} ms`;
  }).join(', ');
}

export async function benchPlayback(): Promise<{ ok: boolean }> {
  const preview = process.env.PLAYBACK_BENCH_URL
    ? { url: process.env.PLAYBACK_BENCH_URL, stop: () => {} }
    : await startPreview(4176);
  const browser = await chromium.launch(chromiumLaunchOptions());
  let ok = true;
  try {
    console.log(
      `\nload average ${(await import('node:os'))
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    console.log(`pythonStateAt per call, 1,000 tasks (Node): ${nodeStateAt()}`);
    console.log(
      `Cursor update while scrubbing (slider → cursor line + panel laid out), headless Chromium, ${STEPS} positions; ms`,
    );
    console.log(
      `${'view'.padEnd(42)}${'in view'.padEnd(10)}${'median'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}`,
    );
    for (const { strategy, query } of CASES) {
      for (const panelInView of [false, true]) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        await page.goto(`${preview.url}?strategy=${strategy}&${query}`);
        await page.locator('[data-app-root][data-idle="true"]').waitFor({ timeout: 60_000 });
        if (panelInView) {
          await page.locator('.python-state-panel').scrollIntoViewIfNeeded();
          // A reader scrubs frames after scrolling, not in the same one: the panel has heard it is on screen.
          await page.evaluate(
            () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
          );
        }
        const times = await scrub(page, '.playback-bar__slider', panelInView ? 'panel' : 'panel-later');
        ok = report(`${strategy} (${query})`, panelInView ? 'panel' : 'chart', times) && ok;
        await page.close();
      }
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${preview.url}?${COMPARE_QUERY}`);
    await page.locator('[data-app-root][data-idle="true"]').waitFor({ timeout: 60_000 });
    await page.locator('.cmp-multiples .playback-bar__slider').waitFor({ timeout: 60_000 });
    await expect(page.locator('.cmp-multiple figure.gantt')).toHaveCount(3, { timeout: 60_000 });
    const times = await scrub(page, '.cmp-multiples .playback-bar__slider', 'charts');
    ok = report('compare: gather, threads, aiomultiprocess', '3 charts', times) && ok;
    await page.close();
    console.log(`budget: p95 < ${FRAME_MS} ms (one frame); "!" marks a miss`);
  } finally {
    await browser.close();
    preview.stop();
  }
  return { ok };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchPlayback().then(({ ok }) => (process.exitCode = ok ? 0 : 1));
}
