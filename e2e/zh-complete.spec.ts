import type { Page } from '@playwright/test';
import { gotoApp } from './support/app';
import { expect, test } from './support/test';

/**
 * Issue 12 item 14: every screen in zh-CN shows and says no English words. The page's visible text, the words of its
 * SVG charts and what a screen reader or tooltip says (aria-label, title, alt, placeholder...) are scanned for Latin
 * words; what may stay Latin is code, ids and units, listed here and kept short.
 * Code blocks (the editor, <code>, <kbd>) and the language switch's own "EN" are skipped whole.
 */
const ALLOWED = new Set([
  // Units and number formatting.
  ...['ms', 'px', 'KB', 'MB', 'req'],
  // Python, its libraries and what they name (the names a learner types or reads in a traceback).
  ...[
    'Python',
    'CPython',
    'asyncio',
    'aiohttp',
    'requests',
    'aiomultiprocess',
    'multiprocessing',
    'concurrent',
  ],
  ...['futures', 'ThreadPoolExecutor', 'ProcessPoolExecutor', 'Pool', 'Semaphore', 'TCPConnector', 'limit'],
  ...['gather', 'wait', 'create_task', 'run_in_executor', 'add_done_callback', 'sleep', 'time', 'get', 'map'],
  ...[
    'async',
    'await',
    'def',
    'for',
    'with',
    'main',
    'callback',
    'done',
    'pending',
    'chunksize',
    'processes',
  ],
  ...['ClientSession', 'run', 'imap', 'starmap', 'executor', 'max_workers', 'workers', 'cpu_count'],
  // Python's own names for processes and threads, shown as they appear in Python.
  ...['MainProcess', 'ForkPoolWorker', 'SpawnProcess', 'SyncManager', 'MainThread'],
  // Acronyms and product names with no Chinese form in use.
  ...['GIL', 'CPU', 'I', 'O', 'HTTP', 'URL', 'JSON', 'SVG', 'PNG', 'Chrome', 'Perfetto', 'Pyodide', 'Worker'],
  ...['Web', 'MSW', 'iframe', 'HTML', 'Gantt', 'PDF', 'API', 'JavaScript', 'Awaitline'],
  // Code in formulas and prose: min(32, cores + 4), ceil(N / 4p), loop.run_in_executor, a future, fork / spawn
  // (start methods), aiomultiprocess's Manager and childconcurrency; keys (Enter, Ctrl, Esc, Page
  // Up / Down); the .json extension.
  ...['min', 'ceil', 'cores', 'loop', 'future', 'fork', 'spawn', 'Manager', 'childconcurrency', 'Enter'],
  ...['Ctrl', 'json', 'Esc', 'Page', 'Up', 'Down'],
  // Python names in the strategies' prose: asyncio's Task class, loop.call_soon, asyncio.wait(tasks).
  ...['Task', 'call_soon', 'tasks'],
]);

/** Single letters are variables (N, p, k, c) or units (s, h). */
const allowed = (word: string) => word.length === 1 || ALLOWED.has(word);

/** Attributes a screen reader or a tooltip says: they must be Chinese too. */
const SPOKEN_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
];

/**
 * Latin words in what the page shows and says (text, and the spoken attributes above: aria-label, title, alt...),
 * outside code, with where they were seen.
 */
async function latinWords(page: Page): Promise<string[]> {
  return page.evaluate((attributes) => {
    const skip =
      'code, pre, kbd, samp, textarea, .cm-editor, script, style, [lang="en"], [translate="no"], [aria-hidden="true"] *';
    const out = new Set<string>();
    const seen = (el: Element) =>
      el.closest(skip) === null &&
      (el.closest('svg') !== null || el.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
    const scan = (raw: string, where: string) => {
      // Addresses (ui.perfetto.dev, chrome://tracing) are ids.
      const text = raw.replace(/\S*(?::\/\/|\.(?:dev|com|org|io)\b)\S*/g, '');
      for (const w of text.match(/[A-Za-z][A-Za-z_]*/g) ?? []) out.add(`${w}\t${where}`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const el = n.parentElement;
      if (el === null || !seen(el)) continue;
      scan(n.textContent ?? '', (n.textContent ?? '').trim().slice(0, 60));
    }
    for (const el of document.body.querySelectorAll(attributes.map((a) => `[${a}]`).join(','))) {
      // A hidden element's own label is still read when it is focusable (a visually hidden input).
      if (el.closest(skip) !== null) continue;
      for (const a of attributes) {
        const value = el.getAttribute(a);
        if (value) scan(value, `${a}="${value.slice(0, 60)}"`);
      }
    }
    return [...out];
  }, SPOKEN_ATTRIBUTES);
}

const strange = (found: string[]) => found.filter((w) => !allowed(w.split('\t')[0]));

const SCREENS: readonly { name: string; query: string; open?: (page: Page) => Promise<void> }[] = [
  { name: 'Explore (gather)', query: 'strategy=asyncio-gather' },
  { name: 'Explore (pitfall, lanes)', query: 'strategy=async-blocking&view=lanes' },
  { name: 'Explore (thread pool, lanes)', query: 'strategy=thread-pool&view=lanes' },
  { name: 'Explore (process pool)', query: 'strategy=process-pool&tasks=8' },
  { name: 'Explore (aiomultiprocess, lanes)', query: 'strategy=aiomultiprocess&view=lanes&tasks=8' },
  { name: 'Explore (run_in_executor)', query: 'strategy=run-in-executor' },
  { name: 'Explore (sequential)', query: 'strategy=sequential' },
  { name: 'Explore (semaphore, lanes)', query: 'strategy=asyncio-semaphore&view=lanes' },
  { name: 'Explore (task lifecycle)', query: 'strategy=task-lifecycle' },
  { name: 'Explore (done-callbacks)', query: 'strategy=done-callbacks' },
  { name: 'Explore (asyncio.wait)', query: 'strategy=asyncio-wait' },
  { name: 'Presentation mode', query: 'strategy=process-pool&present=1' },
  { name: 'Compare', query: 'tab=compare' },
  { name: 'Compare (100 requests)', query: 'tab=compare&c=sequential,process-pool,aiomultiprocess&cw=t100' },
  { name: 'Scaling', query: 'tab=scaling' },
  { name: 'Live', query: 'tab=live' },
  { name: 'Guided path', query: 'chapter=pitfall' },
];

test.describe('Chinese is complete', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const screen of SCREENS)
    test(`${screen.name} shows no English words in zh-CN`, async ({ page }) => {
      await gotoApp(page, `${screen.query}&lang=zh-CN`);
      // A cursor, so the state panel and captions show their words too.
      await page.keyboard.press('End').catch(() => {});
      expect(strange(await latinWords(page))).toEqual([]);
    });

  test('every dialog the timeline opens, and the shortcuts help, show no English words in zh-CN', async ({
    page,
  }) => {
    await gotoApp(page, 'strategy=aiomultiprocess&tasks=8&lang=zh-CN');
    const openers = page.locator('button[aria-haspopup="dialog"]:visible');
    const count = await openers.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      await openers.nth(i).click();
      await expect(page.getByRole('dialog').first()).toBeVisible();
      expect(strange(await latinWords(page)), `dialog ${i + 1}`).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
    await page.locator('body').press('?');
    await expect(page.getByRole('dialog').first()).toBeVisible();
    expect(strange(await latinWords(page)), 'shortcuts').toEqual([]);
  });
});
