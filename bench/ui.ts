/**
 * Time from a parameter change to the app's idle signal, in headless Chromium on the preview build.
 * Budgets (issue 4): 100 tasks < 150 ms, 1,000 < 300 ms, 10,000 < 1.5 s. Run after `vite build`.
 *
 * The change is one key press on the latency slider (same N, new trace, no typing debounce). The clock starts
 * when the keydown reaches the page and stops when `data-idle` turns "true" after the run and its paint.
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/browser';
import { startPreview } from './preview';

const CASES = [
  { tasks: 100, budgetMs: 150 },
  { tasks: 1_000, budgetMs: 300 },
  { tasks: 10_000, budgetMs: 1_500 },
];
const STRATEGIES = ['asyncio-gather', 'thread-pool', 'aiomultiprocess'];
const REPEATS = 5;

const IDLE = '[data-app-root][data-idle="true"]';

async function changeToIdle(page: Page, key: string): Promise<number> {
  await page.evaluate(() => {
    const root = document.querySelector('[data-app-root]') as HTMLElement;
    const w = window as unknown as { __idle: Promise<number>; __t0: number };
    w.__idle = new Promise((resolve) => {
      let sawBusy = false;
      const observer = new MutationObserver(() => {
        if (root.dataset.idle === 'false') sawBusy = true;
        if (sawBusy && root.dataset.idle === 'true') {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(root, { attributes: true, attributeFilter: ['data-idle'] });
    });
    // The clock starts when the key reaches the page (the user's change), not when the harness sends it.
    w.__t0 = Infinity;
    document.addEventListener('keydown', () => (w.__t0 = Math.min(w.__t0, performance.now())), {
      capture: true,
      once: true,
    });
  });
  await page.getByRole('slider', { name: 'Endpoint latency' }).press(key);
  return page.evaluate(async () => {
    const w = window as unknown as { __idle: Promise<number>; __t0: number };
    return (await w.__idle) - w.__t0;
  });
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchUi(): Promise<{ ok: boolean }> {
  const preview = await startPreview(4175);
  const browser = await chromium.launch(chromiumLaunchOptions());
  let ok = true;
  try {
    console.log(`\nParameter change → idle in headless Chromium, preview build (median of ${REPEATS}; ms)`);
    console.log(
      `${'strategy'.padEnd(18)}${CASES.map((c) => `${c.tasks.toLocaleString('en')} tasks`.padStart(14)).join('')}`,
    );
    for (const strategy of STRATEGIES) {
      const cells: string[] = [];
      for (const { tasks, budgetMs } of CASES) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        await page.goto(`${preview.url}?strategy=${strategy}&tasks=${tasks}&latency=1000`);
        await page.locator(IDLE).waitFor({ timeout: 60_000 });
        const times: number[] = [];
        for (let i = 0; i < REPEATS; i++)
          times.push(await changeToIdle(page, i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft'));
        const m = median(times);
        const within = m < budgetMs;
        ok &&= within;
        cells.push(`${m.toFixed(0)}${within ? '' : '!'}`.padStart(14));
        await page.close();
      }
      console.log(`${strategy.padEnd(18)}${cells.join('')}`);
    }
    console.log(`budgets: ${CASES.map((c) => `${c.tasks} < ${c.budgetMs} ms`).join(', ')}; "!" marks a miss`);
  } finally {
    await browser.close();
    preview.stop();
  }
  return { ok };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchUi().then(({ ok }) => (process.exitCode = ok ? 0 : 1));
}
