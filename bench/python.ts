/**
 * CPython in the page (issue 15), in headless Chromium on the preview build, through the code panel:
 * - cold start to first picture: a fresh browser context (empty cache), Run on the editor's own program (the
 *   catalogue's 5-request aiohttp gather) → the recording drawn and the page idle; budget ≤ 5 s;
 * - warm run of the 100-request gather: Run again in the same page → drawn and idle; budget ≤ 300 ms;
 * - the worker's memory: the interpreter's WebAssembly heap after the 100-request run;
 * - Stop: a runaway `while True: pass` → Stop → the panel idle with the run stopped; budget ≤ 100 ms.
 * Times are taken in the page (click → the DOM says so), not through Playwright's round trips.
 * Run after `vite build`: `npx tsx bench/python.ts` (`npm run bench:python`).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { loadavg } from 'node:os';
import { chromiumLaunchOptions } from '../e2e/support/browser';
import { resolve } from 'node:path';
import { loadPyodide } from 'pyodide';
import { startPreview } from './preview';

const PORT = 4185;
const IDLE = '[data-app-root][data-idle="true"]';
const DRAWN = '[data-testid="program-outcome"][data-kind="drawn"]';
const STOPPED = '[data-testid="program-outcome"][data-kind="stopped"]';
const BUDGET = { coldMs: 5_000, warmMs: 300, stopMs: 100 };

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fmt = (ms: number) => `${Math.round(ms)} ms`;

/**
 * Clicks `button` and resolves with the ms until every selector of `done` matches, after the program panel
 * has left `idle` (so the previous run's outcome does not count).
 */
function timeClick(page: Page, button: string, done: readonly string[]): Promise<number> {
  return page.evaluate(
    ([testId, selectors]) =>
      new Promise<number>((resolve) => {
        let busy = false;
        const started = performance.now();
        const check = () => {
          busy ||= document.querySelector('.program:not([data-phase="idle"])') !== null;
          if (!busy || !selectors.every((s) => document.querySelector(s))) return;
          observer.disconnect();
          resolve(performance.now() - started);
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        document.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)?.click();
        check();
      }),
    [button, done] as const,
  );
}

async function openExplorer(page: Page, base: string, query: string): Promise<void> {
  // tsx may wrap the named functions of timeClick in a `__name` helper; the page needs one.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.goto(`${base}?${query}`);
  await page.locator(IDLE).waitFor({ state: 'attached', timeout: 60_000 });
  await page.locator('.python-editor .cm-content').waitFor({ timeout: 60_000 });
}

async function setProgram(page: Page, source: string): Promise<void> {
  await page.locator('.python-editor .cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(source);
}

/** A fresh context (empty cache): Run on the editor's program, to the first picture. */
async function cold(browser: Browser, base: string): Promise<{ ms: number; loadMs: number; split: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let split = '';
  // The worker says how the load divides: the interpreter, then Awaitline's runtime and its warm-up run.
  page.on('console', (m) => {
    if (m.text().startsWith('python: ')) split = m.text().slice('python: '.length);
  });
  await openExplorer(page, base, 'strategy=asyncio-gather');
  const ms = await timeClick(page, 'program-run', [DRAWN, IDLE]);
  const loadMs = Number(await page.locator(DRAWN).getAttribute('data-load-ms'));
  await context.close();
  return { ms, loadMs, split };
}

export async function benchPython(): Promise<{ ok: boolean }> {
  const load = loadavg()[0];
  const nodeStarted = performance.now();
  await loadPyodide({ indexURL: `${resolve('node_modules/pyodide')}/`, stdout: () => {}, stderr: () => {} });
  const nodeLoadMs = performance.now() - nodeStarted;
  const preview = await startPreview(PORT);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const colds = [];
    for (let i = 0; i < 3; i++) colds.push(await cold(browser, preview.url));

    const page = await browser.newPage();
    await openExplorer(page, preview.url, 'strategy=asyncio-gather&tasks=100');
    await timeClick(page, 'program-run', [DRAWN, IDLE]); // loads the interpreter
    const warm: number[] = [];
    const workerMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      warm.push(await timeClick(page, 'program-run', [DRAWN, IDLE]));
      workerMs.push(Number(await page.locator(DRAWN).getAttribute('data-real-ms')));
    }
    const memory = Number(await page.locator(DRAWN).getAttribute('data-memory-bytes'));
    const fetches = await page.locator('.timeline-panel').getByText('fetch() 100').count();

    const stops: number[] = [];
    await setProgram(page, 'while True:\n    pass\n');
    for (let i = 0; i < 3; i++) {
      await page.getByTestId('program-run').click();
      await page.locator('.program[data-phase="running"]').waitFor({ timeout: 60_000 });
      await page.waitForTimeout(300); // well inside the loop
      stops.push(await timeClick(page, 'program-stop', [STOPPED, '.program[data-phase="idle"]']));
    }

    const coldMs = median(colds.map((c) => c.ms));
    const warmMs = median(warm);
    const stopMs = median(stops);
    console.log(
      `CPython in the page (Pyodide 314, headless Chromium, preview build; load average ${load.toFixed(1)} on ` +
        `this machine's cores)`,
    );
    console.log(
      `  cold start → first picture: ${colds.map((c) => fmt(c.ms)).join(', ')} (median ${fmt(coldMs)}; ` +
        `interpreter load ${colds.map((c) => fmt(c.loadMs)).join(', ')}); budget ≤ ${fmt(BUDGET.coldMs)}`,
    );
    console.log(
      `    of which (last): ${colds.at(-1)?.split}; the interpreter alone in Node: ${fmt(nodeLoadMs)}`,
    );
    console.log(
      `  warm 100-request gather → drawn: ${warm.map(fmt).join(', ')} (median ${fmt(warmMs)}; in the ` +
        `worker ${fmt(median(workerMs))}; ${fetches ? '100 tasks drawn' : 'TASKS NOT DRAWN'}); budget ≤ ${fmt(BUDGET.warmMs)}`,
    );
    console.log(`  worker memory (WebAssembly heap after that run): ${(memory / 2 ** 20).toFixed(1)} MiB`);
    console.log(
      `  Stop (terminate → idle): ${stops.map(fmt).join(', ')} (median ${fmt(stopMs)}); budget ≤ ${fmt(BUDGET.stopMs)}`,
    );
    const ok = coldMs <= BUDGET.coldMs && warmMs <= BUDGET.warmMs && stopMs <= BUDGET.stopMs && fetches > 0;
    console.log(`  within budget: ${ok ? 'yes' : 'NO'}`);
    return { ok };
  } finally {
    await browser.close();
    preview.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPython();
