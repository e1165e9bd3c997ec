/**
 * Direct manipulation at frame speed (issue 16), in headless Chromium on the preview build:
 * - slider step → new picture painted: a key press on the latency slider, clock from the keydown's dispatch to
 *   the end of the first frame (its Commit on the main thread) after the explorer committed the new trace (Gantt,
 *   companions, summary), read from a Chrome trace of the steps (bench/framePainted.ts). Budgets: 100 tasks ≤ 16.7 ms median and ≤ 33 ms p95, 1,000 ≤ 50 ms median, 10,000 ≤ 200 ms.
 * - a 2 s pointer drag across the latency slider at 100 tasks: frames counted with requestAnimationFrame,
 *   budget ≤ 10 % dropped.
 * - where the time goes: a CPU profile (CDP Profiler) of 10 key presses at 100 tasks, on an unminified build
 *   so functions keep their names, summarised by self time.
 * Run after `vite build`; the profile build goes to bench/out/dist-profile. While working on it:
 * `FRAME_ONLY=profile` skips the timed parts, `FRAME_ONLY=drag` only the drag (of `FRAME_DRAG_TASKS` tasks if given), `FRAME_ONLY=steps` times only the steps (of `FRAME_TASKS=100,1000`
 * if given, on the build in `BENCH_DIST` if given), `FRAME_PROFILE_TASKS=1000` profiles at another size (`FRAME_PROFILE_DIST` another build), and
 * `BENCH_PORT` (bench/preview.ts) serves on one's own port. The profile is kept in bench/out/frame-profile-<tasks>.cpuprofile
 * (open it in Chrome DevTools or speedscope).
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/browser';
import { startPreview } from './preview';
import { installPaintProbe, waitForIdle } from './paintProbe';
import { summariseProfile, type CpuProfile } from './profileSummary';
import { PAINTED_TRACE_CATEGORIES, pressTimes } from './framePainted';

const FRAME_MS = 1000 / 60;
const STEP_CASES = [
  { tasks: 100, steps: 30, medianMs: FRAME_MS, p95Ms: 33 },
  { tasks: 1_000, steps: 20, medianMs: 50, p95Ms: Infinity },
  { tasks: 10_000, steps: 10, medianMs: 200, p95Ms: Infinity },
];
const STRATEGY = 'asyncio-gather';
const DRAG_MS = 2000;
const DRAG_BUDGET = 0.1;
const PROFILE_PRESSES = 10;
const SLIDER = { name: 'Endpoint latency' } as const;

const quantile = (xs: readonly number[], q: number) =>
  xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function openExplorer(browser: Browser, url: string, tasks: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await installPaintProbe(page);
  await page.goto(`${url}?strategy=${STRATEGY}&tasks=${tasks}&latency=1000`);
  await waitForIdle(page);
  // Focused once: each step is then a bare key press (a locator's press would resolve roles in the page).
  await page.getByRole('slider', SLIDER).focus();
  return page;
}

/** Ms from one key press on the latency slider to the end of the frame that shows its new trace. */
async function stepToPainted(page: Page): Promise<number> {
  await page.evaluate(() => window.__probe.armKey());
  await page.keyboard.press('ArrowRight');
  const ms = await page.evaluate(() => window.__probe.painted());
  await waitForIdle(page);
  await page.waitForTimeout(50);
  return ms;
}

async function benchSteps(browser: Browser, url: string): Promise<boolean> {
  let ok = true;
  console.log(
    `\nSlider step → new picture painted (key press on the latency slider, ${STRATEGY}; ms from the keydown, read from a Chrome trace: bench/framePainted.ts)`,
  );
  console.log(
    `${'tasks'.padEnd(10)}${'steps'.padStart(7)}${'median'.padStart(9)}${'p95'.padStart(9)}${'max'.padStart(9)}  budget${''.padEnd(26)}${'drawn'.padStart(7)}${'presented'.padStart(11)}${'probe'.padStart(8)}${'CPU'.padStart(8)}${'worker'.padStart(8)}`,
  );
  const sizes = process.env.FRAME_TASKS?.split(',').map(Number);
  for (const c of STEP_CASES.filter((c) => !sizes || sizes.includes(c.tasks))) {
    const page = await openExplorer(browser, url, c.tasks);
    await stepToPainted(page); // one warm-up step (JIT, first worker job)
    const probe: number[] = [];
    await browser.startTracing(page, { categories: [...PAINTED_TRACE_CATEGORIES] });
    for (let i = 0; i < c.steps; i++) probe.push(await stepToPainted(page));
    const presses = pressTimes(await browser.stopTracing());
    await page.close();
    if (presses.length !== c.steps)
      throw new Error(`${presses.length} of ${c.steps} presses found in the trace`);
    const painted = presses.map((p) => p.painted);
    const median = quantile(painted, 0.5);
    const p95 = quantile(painted, 0.95);
    const within = median <= c.medianMs && p95 <= c.p95Ms;
    ok &&= within;
    const budget = `median ≤ ${c.medianMs.toFixed(c.medianMs % 1 ? 1 : 0)}${Number.isFinite(c.p95Ms) ? `, p95 ≤ ${c.p95Ms}` : ''}`;
    const cell = (ms: number, width: number) => ms.toFixed(1).padStart(width);
    const [drawn, presented, cpu, workerCpu] = (['drawn', 'presented', 'cpu', 'workerCpu'] as const).map(
      (key) =>
        quantile(
          presses.map((p) => p[key]),
          0.5,
        ),
    );
    console.log(
      c.tasks.toLocaleString('en').padEnd(10) +
        String(c.steps).padStart(7) +
        cell(median, 9) +
        cell(p95, 9) +
        cell(Math.max(...painted), 9) +
        `  ${`${budget}${within ? '' : '  MISS'}`.padEnd(32)}` +
        cell(drawn, 7) +
        cell(presented, 11) +
        cell(quantile(probe, 0.5), 8) +
        cell(cpu, 8) +
        cell(workerCpu, 8),
    );
  }
  console.log(
    '  painted: the end of the first frame after the new picture was committed (its Commit on the main thread);\n' +
      '  drawn: the commit of the new picture (the awaitline:drawn mark); presented: that frame on the display;\n' +
      '  probe: the first task after that frame, as timed in the page (it may wait for the next frame);\n' +
      '  CPU, worker: the main thread’s and the simulation worker’s CPU time from the keydown to painted (medians)',
  );
  return ok;
}

/**
 * A 2 s drag of the latency slider's thumb from 10 % to 90 %: one pointer move per frame, sent on the wall clock
 * without waiting for the page (as a hand moves; the browser coalesces moves while the page is busy). Frames are
 * counted by requestAnimationFrame from the press to the release.
 */
async function benchDrag(browser: Browser, url: string): Promise<boolean> {
  const page = await openExplorer(browser, url, Number(process.env.FRAME_DRAG_TASKS) || 100);
  const box = await page.getByRole('slider', SLIDER).boundingBox();
  if (!box) throw new Error('latency slider not laid out');
  const cdp = await page.context().newCDPSession(page);
  const y = box.y + box.height / 2;
  const x0 = box.x + box.width * 0.1;
  const x1 = box.x + box.width * 0.9;
  const mouse = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', x: number) =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x,
      y,
      button: 'left',
      buttons: type === 'mouseReleased' ? 0 : 1,
      clickCount: type === 'mouseMoved' ? 0 : 1,
    });
  await mouse('mouseMoved', x0);
  await page.evaluate(() => window.__probe.startFrames());
  await mouse('mousePressed', x0);
  const moves = Math.round(DRAG_MS / FRAME_MS);
  const sent: Promise<unknown>[] = [];
  const start = Date.now();
  for (let i = 1; i <= moves; i++) {
    sent.push(mouse('mouseMoved', x0 + ((x1 - x0) * i) / moves));
    const wait = start + i * FRAME_MS - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await Promise.all(sent);
  await mouse('mouseReleased', x1);
  const frames = await page.evaluate(() => window.__probe.stopFrames());
  const runs = await page.evaluate(() => window.__probe.drawnCount());
  await page.close();
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  const dropped = gaps.reduce((n, gap) => n + Math.max(0, Math.round(gap / FRAME_MS) - 1), 0);
  const span = frames.at(-1)! - frames[0];
  const expected = Math.max(1, Math.round(span / FRAME_MS));
  const share = dropped / expected;
  const within = share <= DRAG_BUDGET;
  console.log(
    `\nPointer drag across the latency slider, ${Number(process.env.FRAME_DRAG_TASKS) || 100} tasks: ${moves} moves in ${(
      (Date.now() - start) /
      1000
    ).toFixed(
      2,
    )} s; ${frames.length} frames over ${(span / 1000).toFixed(2)} s, ${dropped} of ${expected} dropped (${(
      100 * share
    ).toFixed(
      1,
    )} %; budget ≤ ${100 * DRAG_BUDGET} %)${within ? '' : '  MISS'}; frame interval median ${quantile(
      gaps,
      0.5,
    ).toFixed(1)} ms, p95 ${quantile(gaps, 0.95).toFixed(1)} ms, max ${Math.max(...gaps).toFixed(
      1,
    )} ms; ${runs} new pictures committed`,
  );
  return within;
}

/** CPU profile of PROFILE_PRESSES key presses at 100 tasks on the unminified build, by self time. */
async function profilePresses(browser: Browser, url: string): Promise<void> {
  const tasks = Number(process.env.FRAME_PROFILE_TASKS) || 100;
  const page = await openExplorer(browser, url, tasks);
  await stepToPainted(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < PROFILE_PRESSES; i++) await stepToPainted(page);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await page.close();
  writeFileSync(`bench/out/frame-profile-${tasks}.cpuprofile`, JSON.stringify(profile));
  console.log(
    `\nCPU profile of ${PROFILE_PRESSES} key presses at ${tasks} tasks (unminified build, 0.1 ms sampling, self time):`,
  );
  console.log(summariseProfile(profile));
}

export async function benchFrame(): Promise<{ ok: boolean }> {
  const only = process.env.FRAME_ONLY;
  // FRAME_PROFILE_DIST: an unminified build made elsewhere (e.g. before a change) to profile instead of this tree's.
  const profileDist = process.env.FRAME_PROFILE_DIST ?? 'bench/out/dist-profile';
  if (only !== 'steps' && only !== 'drag' && !process.env.FRAME_PROFILE_DIST)
    execSync(`npx vite build --logLevel error --minify false --outDir ${profileDist} --emptyOutDir`, {
      stdio: 'inherit',
    });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    console.log(
      `\nload average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    // One server at a time (BENCH_PORT may give both the same port).
    const preview = await startPreview(4371);
    let steps: boolean;
    let drag: boolean;
    try {
      steps = only === 'profile' || only === 'drag' ? true : await benchSteps(browser, preview.url);
      drag = only === 'profile' || only === 'steps' ? true : await benchDrag(browser, preview.url);
    } finally {
      preview.stop();
    }
    if (only === 'steps' || only === 'drag') return { ok: steps && drag };
    await new Promise((r) => setTimeout(r, 300));
    const profileServer = await startPreview(4372, '/', profileDist);
    try {
      await profilePresses(browser, profileServer.url);
    } finally {
      profileServer.stop();
    }
    return { ok: steps && drag };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchFrame().then(({ ok }) => (process.exitCode = ok ? 0 : 1));
}
