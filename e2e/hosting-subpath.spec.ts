import { expect, test } from './support/test';
import { defaultScenario, simulateScenario } from '../src/strategies';
import { makespan } from '../src/trace/makespan';
import { collectConsoleErrors } from './support/app';
import {
  EMBED_QUERY,
  hostDistUnderSubPath,
  idle,
  LIVE_QUERY,
  PYTHON_QUERY,
  runLive,
  runPython,
  SUB_PATH,
} from './support/staticHost';

// The built app copied under a course's sub-path on a plain static host, as a teacher would upload it.
const host = hostDistUnderSubPath();
const { at } = host;

test.describe('dist/ under a sub-path of a static host', () => {
  test('the app, a worker run, the embed route and the demo page load from the sub-path only', async ({
    page,
  }) => {
    test.setTimeout(90_000); // five page loads, one of them a 2,000-task run in the worker
    const errors = collectConsoleErrors(page);
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    const before = host.server.requests.length;

    await page.goto(at('localhost', `${SUB_PATH}?strategy=gather&tasks=20`));
    await idle(page);
    await expect(page.locator('.timeline-panel svg').first()).toBeVisible();
    await expect(page.locator('.companion-charts svg').first()).toBeVisible(); // the lazily loaded charts chunk

    // Over the worker threshold: the module worker must load relative to the page too.
    const big = defaultScenario('thread-pool', { tasks: 2000 });
    await page.goto(at('localhost', `${SUB_PATH}?strategy=thread-pool&tasks=2000`));
    await idle(page);
    await expect(page.locator('.summary .stat[data-raw]').first()).toHaveAttribute(
      'data-raw',
      String(makespan(simulateScenario(big))),
    );
    expect(host.server.requests.some((p) => /simWorker.*\.js$/.test(p))).toBe(true);

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

    const asked = host.server.requests.slice(before);
    expect(asked.filter((p) => !p.startsWith(SUB_PATH))).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors.messages).toEqual([]);
  });

  test('a live run works from the sub-path: the mock’s service worker is scoped there and the workers load', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const errors = collectConsoleErrors(page);
    const before = host.server.requests.length;
    await page.goto(at('localhost', `${SUB_PATH}${LIVE_QUERY}`));
    await idle(page);
    const ratio = await runLive(page);
    expect(ratio).toBeGreaterThan(0.75);
    expect(ratio).toBeLessThan(1.25);
    await expect(page.getByTestId('live-report')).toContainText('with its service worker');
    const asked = host.server.requests.slice(before);
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
    const before = host.server.requests.length;
    await page.goto(at('localhost', `${SUB_PATH}${PYTHON_QUERY}`));
    await idle(page);
    await runPython(page);
    expect(page.url()).not.toContain('code='); // the strategy's own program: nothing to carry
    const asked = host.server.requests.slice(before);
    expect(asked).toContain(`${SUB_PATH}pyodide/pyodide.asm.wasm`);
    expect(asked).toContain(`${SUB_PATH}pyodide/python_stdlib.zip`);
    expect(asked.filter((p) => !p.startsWith(SUB_PATH))).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors.messages).toEqual([]);
  });
});
