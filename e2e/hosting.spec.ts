import type { Frame, FrameLocator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultScenario, simulateScenario } from '../src/strategies';
import { makespan } from '../src/trace/makespan';
import { collectConsoleErrors } from './support/app';
import { startStaticServer, type StaticServer } from './support/staticServer';

// `dist/` copied under a course's sub-path on a plain static host, as a teacher would upload it.
const SUB_PATH = '/course/week3/awaitline/';
const EMBED_QUERY = '?v=1&embed=1&controls=tasks,latency&strategy=asyncio-gather&tasks=12';
// Threads doing blocking requests: the case that needs the service worker, or its emulation without one.
const LIVE_QUERY = '?tab=live&strategy=thread-pool&tasks=6&latency=400&workers=3';
// The catalogue's own program, as the editor shows it: 6 aiohttp requests of 1 s, run on CPython in the page.
const PYTHON_QUERY = '?strategy=asyncio-gather&tasks=6&latency=1000&jitter=0';

const PARENT_PAGE = (
  src: string,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Course page on another site</title></head><body style="margin:0"><main style="max-width:768px;margin:0 auto">
<h1>Week 3</h1><iframe id="awaitline" src="${src}" title="Awaitline" style="width:100%;height:300px;border:0"></iframe></main>
<script>
  window.heights = [];
  addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'awaitline:height') return;
    window.heights.push({ height: data.height, origin: event.origin });
    document.getElementById('awaitline').style.height = data.height + 'px';
  });
</script></body></html>`;

let root = '';
let server: StaticServer;
const pages = new Map<string, string>();

test.beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'awaitline-host-'));
  await cp(resolve('dist'), join(root, SUB_PATH), { recursive: true });
  server = await startStaticServer(root, pages);
  pages.set('/parent.html', PARENT_PAGE(at('localhost', `${SUB_PATH}${EMBED_QUERY}`)));
  pages.set(
    '/python-parent.html',
    PARENT_PAGE(at('localhost', `${SUB_PATH}${PYTHON_QUERY}`)).replace('height:300px', 'height:1400px'),
  );
  pages.set(
    '/live-parent.html',
    PARENT_PAGE(at('localhost', `${SUB_PATH}${LIVE_QUERY}`)).replace('height:300px', 'height:1400px'),
  );
});
test.afterAll(async () => {
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** Runs live in `scope` (the page or the embedded frame) and returns live ÷ simulated makespan. */
async function runLive(scope: Page | FrameLocator): Promise<number> {
  await scope.getByTestId('live-run').click();
  const fidelity = scope.getByTestId('live-fidelity');
  await fidelity.waitFor({ timeout: 30_000 });
  await scope.locator('[data-app-root][data-idle="true"]').waitFor({ timeout: 30_000 });
  return Number(await fidelity.getAttribute('data-ratio'));
}

/**
 * Runs the editor's program (unedited: the strategy's own, as copied) on CPython in `scope` and checks the
 * recording: drawn, of the catalogue's shape, beside the model at about its makespan, its Cost time printed.
 */
async function runPython(scope: Page | FrameLocator): Promise<void> {
  await scope.getByTestId('program-run').click();
  const outcome = scope.getByTestId('program-outcome');
  await outcome.waitFor({ timeout: 150_000 });
  await expect(outcome).toHaveAttribute('data-kind', 'drawn');
  await expect(scope.getByTestId('program-match')).toHaveAttribute('data-matched', 'true');
  const ratio = Number(await scope.getByTestId('fidelity').getAttribute('data-ratio'));
  expect(ratio).toBeGreaterThan(0.95);
  expect(ratio).toBeLessThan(1.2);
  await expect(scope.getByTestId('program-output')).toContainText(/Cost time: 1\.0\d\d s/);
  await expect(scope.locator('.timeline-panel').getByText('fetch() 6')).toBeVisible();
  // The controls now follow the matched scenario, and the editor still shows the program as it ran.
  await expect(scope.locator('.python-editor .cm-content')).toContainText('N = 6');
  await expect(scope.locator('.python-editor .cm-content')).toContainText('LIMIT = 100');
}

const at = (host: string, path: string) => `http://${host}:${server.port}${path}`;
const idle = (page: Page | Frame) =>
  page.locator('[data-app-root][data-idle="true"]').waitFor({ timeout: 20_000 });

test.describe('dist/ under a sub-path of a static host', () => {
  test('the app, a worker run, the embed route and the demo page load from the sub-path only', async ({
    page,
  }) => {
    test.setTimeout(90_000); // five page loads, one of them a 2,000-task run in the worker
    const errors = collectConsoleErrors(page);
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    const before = server.requests.length;

    await page.goto(at('localhost', `${SUB_PATH}?strategy=gather&tasks=20`));
    await idle(page);
    await expect(page.locator('.timeline-panel svg').first()).toBeVisible();
    await expect(page.locator('.companion-charts svg').first()).toBeVisible(); // the lazily loaded charts chunk

    // Over the worker threshold: the module worker must load relative to the page too.
    const big = {
      ...defaultScenario('thread-pool'),
      params: { ...defaultScenario('thread-pool').params, tasks: 2000 },
    };
    await page.goto(at('localhost', `${SUB_PATH}?strategy=thread-pool&tasks=2000`));
    await idle(page);
    await expect(page.locator('.summary .stat[data-raw]').first()).toHaveAttribute(
      'data-raw',
      String(makespan(simulateScenario(big))),
    );
    expect(server.requests.some((p) => /simWorker.*\.js$/.test(p))).toBe(true);

    await page.goto(at('localhost', `${SUB_PATH}${EMBED_QUERY}`));
    await idle(page);
    await expect(page.locator('.embed svg').first()).toBeVisible();
    await expect(page.getByRole('link', { name: /Open in Awaitline/ })).toHaveAttribute(
      'href',
      new RegExp(`^${SUB_PATH}\\?v=1&strategy=asyncio-gather&tasks=12$`),
    );

    await page.goto(at('localhost', `${SUB_PATH}embed-demo.html`));
    for (const frame of page.frames().slice(1)) await idle(frame);
    expect(page.frames()).toHaveLength(3);

    const asked = server.requests.slice(before);
    expect(asked.filter((p) => !p.startsWith(SUB_PATH))).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors.messages).toEqual([]);
  });

  test('a live run works from the sub-path: the mock’s service worker is scoped there and the workers load', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const errors = collectConsoleErrors(page);
    const before = server.requests.length;
    await page.goto(at('localhost', `${SUB_PATH}${LIVE_QUERY}`));
    await idle(page);
    const ratio = await runLive(page);
    expect(ratio).toBeGreaterThan(0.75);
    expect(ratio).toBeLessThan(1.25);
    await expect(page.getByTestId('live-report')).toContainText('with its service worker');
    const asked = server.requests.slice(before);
    expect(asked).toContain(`${SUB_PATH}mockServiceWorker.js`);
    expect(asked.some((p) => /liveWorker.*\.js$/.test(p))).toBe(true);
    expect(asked.filter((p) => !p.startsWith(SUB_PATH))).toEqual([]);
    expect(errors.messages).toEqual([]);
  });

  test('Python runs from the sub-path: the interpreter and its files come from <base>pyodide/, no CDN', async ({
    page,
  }) => {
    test.setTimeout(240_000); // the interpreter's first load takes seconds, more on a loaded machine
    const errors = collectConsoleErrors(page);
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    const before = server.requests.length;
    await page.goto(at('localhost', `${SUB_PATH}${PYTHON_QUERY}`));
    await idle(page);
    await runPython(page);
    expect(page.url()).not.toContain('code='); // the strategy's own program: nothing to carry
    const asked = server.requests.slice(before);
    expect(asked).toContain(`${SUB_PATH}pyodide/pyodide.asm.wasm`);
    expect(asked).toContain(`${SUB_PATH}pyodide/python_stdlib.zip`);
    expect(asked.filter((p) => !p.startsWith(SUB_PATH))).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors.messages).toEqual([]);
  });
});

/**
 * In every frame: record uncaught errors; in the cross-site Awaitline frame, deny storage and service workers the
 * way browsers that block third-party storage do, whatever this browser's own policy is.
 */
async function denyStorageInCrossSiteFrame(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { frameErrors: string[]; storageWasDenied: boolean };
    w.frameErrors = [];
    addEventListener('error', (e) => w.frameErrors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => w.frameErrors.push(String(e.reason)));
    if (window.top === window || location.hostname !== 'localhost') return;
    try {
      void window.localStorage.length;
      w.storageWasDenied = false;
    } catch {
      w.storageWasDenied = true;
    }
    const deny = () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { configurable: true, get: deny });
    Object.defineProperty(window, 'sessionStorage', { configurable: true, get: deny });
    if (navigator.serviceWorker) {
      Object.defineProperty(navigator.serviceWorker, 'register', {
        configurable: true,
        value: () => Promise.reject(new DOMException('denied', 'SecurityError')),
      });
    }
  });
}

test.describe('embedded cross-site', () => {
  test('a course page on 127.0.0.1 embeds the app from localhost: it loads, draws and reports its height', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const errors = collectConsoleErrors(page);
    await denyStorageInCrossSiteFrame(page);
    await page.goto(at('127.0.0.1', '/parent.html'));

    const frame = page.frameLocator('#awaitline');
    await frame.locator('[data-app-root][data-idle="true"]').waitFor({ timeout: 20_000 });
    await expect(frame.locator('.embed svg').first()).toBeVisible();
    await expect(frame.locator('.embed-summary')).toContainText(/3\.0\d s/);

    const child = page.frames().find((f) => f.url().startsWith(at('localhost', SUB_PATH)));
    expect(child).toBeDefined();
    const content = await child!.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { heights: { height: number }[] }).heights.at(-1)?.height),
      )
      .toBe(content);
    const origins = await page.evaluate(() =>
      (window as unknown as { heights: { origin: string }[] }).heights.map((h) => h.origin),
    );
    expect(new Set(origins)).toEqual(new Set([at('localhost', '')]));
    expect(
      await page.locator('#awaitline').evaluate((f) => Math.round(f.getBoundingClientRect().height)),
    ).toBe(content);

    // A control still works there (the run is redone), and nothing was thrown in either frame.
    await frame.getByRole('textbox', { name: 'Endpoint latency', exact: true }).fill('1000');
    await expect(frame.locator('.embed-summary')).toContainText(/1\.0\d s/);
    await frame.locator('[data-app-root][data-idle="true"]').waitFor();
    const denied = await child!.evaluate(
      () => (window as unknown as { storageWasDenied: boolean }).storageWasDenied,
    );
    test.info().annotations.push({
      type: 'browser policy',
      description: `localStorage natively denied in the cross-site frame: ${denied}`,
    });
    expect(await child!.evaluate(() => (window as unknown as { frameErrors: string[] }).frameErrors)).toEqual(
      [],
    );
    expect(await page.evaluate(() => (window as unknown as { frameErrors: string[] }).frameErrors)).toEqual(
      [],
    );
    expect(errors.messages).toEqual([]);
  });

  test('live mode runs in the cross-site frame without storage or a service worker, and says so', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const errors = collectConsoleErrors(page);
    await denyStorageInCrossSiteFrame(page);
    await page.goto(at('127.0.0.1', '/live-parent.html'));
    const frame = page.frameLocator('#awaitline');
    await frame.locator('[data-app-root][data-idle="true"]').waitFor({ timeout: 20_000 });
    const ratio = await runLive(frame);
    expect(ratio).toBeGreaterThan(0.75);
    expect(ratio).toBeLessThan(1.25);
    const report = frame.getByTestId('live-report');
    await expect(report).toContainText('without a service worker');
    await expect(report).toContainText('emulated');
    const child = page.frames().find((f) => f.url().startsWith(at('localhost', SUB_PATH)));
    expect(await child!.evaluate(() => (window as unknown as { frameErrors: string[] }).frameErrors)).toEqual(
      [],
    );
    expect(errors.messages).toEqual([]);
  });

  test('Python runs in the cross-site frame, without storage or a service worker', async ({ page }) => {
    test.setTimeout(240_000);
    const errors = collectConsoleErrors(page);
    await denyStorageInCrossSiteFrame(page);
    await page.goto(at('127.0.0.1', '/python-parent.html'));
    const frame = page.frameLocator('#awaitline');
    await frame.locator('[data-app-root][data-idle="true"]').waitFor({ timeout: 20_000 });
    await runPython(frame);
    const child = page.frames().find((f) => f.url().startsWith(at('localhost', SUB_PATH)));
    expect(await child!.evaluate(() => (window as unknown as { frameErrors: string[] }).frameErrors)).toEqual(
      [],
    );
    expect(errors.messages).toEqual([]);
  });
});
