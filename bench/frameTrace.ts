/**
 * Where a slider step's time goes in the browser's own work (style, layout, paint), from a Chrome performance
 * trace of N key presses on the latency slider: per step, each renderer main-thread event's total duration, and
 * how much of the page style recalculation and layout touched (`elementCount`, layout's dirty / total objects).
 * Complements bench/frame.ts's CPU profile, which lumps all of the browser's own work into `(program)`.
 *
 * Run after `vite build`: `BENCH_PORT=<yours> npx tsx bench/frameTrace.ts [tasks=100] [presses=10]`.
 * The trace is kept in bench/out/frame-trace-<tasks>.json (open it in Chrome DevTools' Performance panel).
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/browser';
import { installPaintProbe, waitForIdle } from './paintProbe';
import { startPreview } from './preview';
import type { TraceEvent } from './framePainted';

const tasks = Number(process.argv[2]) || 100;
const presses = Number(process.argv[3]) || 10;
const WATCHED = [
  'RunTask',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'ParseAuthorStyleSheet',
  'HitTest',
  'IntersectionObserverController::computeIntersections',
  'ResizeObserverController::DeliverObservations',
];

async function main() {
  const preview = await startPreview(4373);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await installPaintProbe(page);
    await page.goto(`${preview.url}?strategy=asyncio-gather&tasks=${tasks}&latency=1000`);
    await waitForIdle(page);
    await page.getByRole('slider', { name: 'Endpoint latency' }).focus();
    const step = async () => {
      await page.evaluate(() => window.__probe.armKey());
      await page.keyboard.press('ArrowRight');
      const ms = await page.evaluate(() => window.__probe.painted());
      await waitForIdle(page);
      await page.waitForTimeout(100);
      return ms;
    };
    await step();
    console.log(
      `load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}; ${tasks} tasks, ${presses} presses`,
    );
    console.log(`DOM: ${await page.evaluate(() => document.getElementsByTagName('*').length)} elements`);
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8'],
    });
    const times: number[] = [];
    for (let i = 0; i < presses; i++) times.push(await step());
    const buffer = await browser.stopTracing();
    writeFileSync(`bench/out/frame-trace-${tasks}.json`, buffer);
    console.log(`painted ms: ${times.map((t) => t.toFixed(1)).join(' ')}`);
    const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
    const threadName = new Map<string, string>();
    for (const e of traceEvents)
      if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
    const main = traceEvents.filter(
      (e) => e.ph === 'X' && threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
    );
    const totals = new Map<string, { ms: number; n: number }>();
    let elements = 0;
    let styleRecalcs = 0;
    let dirty = 0;
    let layouts = 0;
    let total = 0;
    for (const e of main) {
      if (!WATCHED.includes(e.name)) continue;
      const t = totals.get(e.name) ?? { ms: 0, n: 0 };
      t.ms += (e.dur ?? 0) / 1000;
      t.n += 1;
      totals.set(e.name, t);
      if (e.name === 'UpdateLayoutTree') {
        elements += e.args?.elementCount ?? 0;
        styleRecalcs++;
      }
      if (e.name === 'Layout') {
        dirty += e.args?.beginData?.dirtyObjects ?? 0;
        total = Math.max(total, e.args?.beginData?.totalObjects ?? 0);
        layouts++;
      }
    }
    console.log('renderer main thread, per press (ms, count):');
    for (const [name, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms))
      console.log(
        `  ${(t.ms / presses).toFixed(2).padStart(8)} ms  ${(t.n / presses).toFixed(1).padStart(6)}×  ${name}`,
      );
    console.log(
      `style recalcs: ${(elements / Math.max(1, styleRecalcs)).toFixed(0)} elements each on average; ` +
        `layouts: ${(dirty / Math.max(1, layouts)).toFixed(0)} dirty of ${total} objects on average`,
    );
    await page.close();
  } finally {
    await browser.close();
    preview.stop();
  }
}

void main();
