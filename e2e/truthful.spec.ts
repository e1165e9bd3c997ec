import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { defaultScenario, simulateScenario } from '../src/strategies';
import { traceExtent } from '../src/trace/extent';
import { collectConsoleErrors, gotoApp, waitForIdle } from './support/app';

// Issue 12: every picture tells the truth. Each test here would have caught one way the app misled a learner.

const slider = (page: Page) => page.getByRole('slider', { name: 'Playback time' });
const panel = (page: Page) => page.locator('.python-state-panel');
const fmt = (ms: number) => `${Math.round(ms).toLocaleString('en-US')} ms`;

test.describe('what the app shows follows the run on screen', () => {
  test('a new trace clamps the playback cursor, and the slider, chart and panel all follow at once', async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    await gotoApp(page, { strategy: 'async-blocking' });
    await slider(page).fill('9009');
    await expect(panel(page).locator('.py-state__at')).toHaveText(`at ${fmt(9009)}`);
    await page.getByRole('radio', { name: /asyncio \+ aiohttp/ }).check();
    const sc = defaultScenario('asyncio-gather');
    const end = traceExtent(simulateScenario({ ...sc, params: { ...sc.params, tasks: 5 } }))[1];
    await expect(page.locator('.gantt-svg .gantt-cursor')).toHaveAttribute('data-time', String(end));
    await expect(slider(page)).toHaveValue(String(end));
    await expect(panel(page).locator('.py-state__at')).toHaveText(`at ${fmt(end)}`);
    expect(errors.messages).toEqual([]);
  });

  test('switching strategy keeps the work (tasks, latency, jitter, overhead, CPU); Reset restores the defaults', async ({
    page,
  }) => {
    await gotoApp(page, { strategy: 'sequential', tasks: 100, latency: 2000, cpu: 5 });
    await page.getByRole('radio', { name: /asyncio \+ aiohttp/ }).check();
    await waitForIdle(page);
    await expect(page.getByRole('textbox', { name: 'Tasks' })).toHaveValue('100');
    await expect(page.getByRole('textbox', { name: 'Endpoint latency' })).toHaveValue('2000');
    await expect(page.getByRole('textbox', { name: 'CPU per task' })).toHaveValue('5');
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(page.getByRole('textbox', { name: 'Tasks' })).toHaveValue('5');
  });

  test('an embed keeps the work when its reader picks another strategy', async ({ page }) => {
    await gotoApp(page, { v: 1, embed: 1, controls: 'strategy,tasks', strategy: 'sequential', tasks: 40 });
    await page.getByLabel('Strategy').selectOption('thread-pool');
    await waitForIdle(page);
    await expect(page.getByRole('textbox', { name: 'Tasks' })).toHaveValue('40');
  });
});

test.describe('counted, named and highlighted as what it is', () => {
  const stat = (page: Page, label: string) =>
    page.locator('.summary .stat').filter({ has: page.locator('dt', { hasText: label }) });

  test('asyncio.wait: main() is not a request, is listed as awaiting its tasks, and its line is its own await', async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    await gotoApp(page, { strategy: 'asyncio-wait' });
    await expect(stat(page, 'Makespan').locator('.stat-detail')).toHaveText('5 tasks');
    await expect(page.locator('.gantt .gantt-toolbar')).toContainText(
      'Timeline of 5 tasks, and main() awaiting them',
    );
    await slider(page).fill('1000');
    const loop = panel(page).locator('.py-runner').first();
    await expect(loop.locator('[data-list="suspended"] .py-chip')).not.toContainText(['main()']);
    const awaiting = loop.locator('[data-list="awaiting"]');
    await expect(awaiting).toContainText('awaiting its tasks');
    await awaiting.getByRole('button', { name: 'main()' }).click();
    await expect(panel(page).locator('.py-state__note')).toHaveText(
      'main() is suspended here, awaiting its tasks',
    );
    await expect(panel(page).locator('.py-source__line--current')).toContainText('await asyncio.wait(tasks)');
    expect(errors.messages).toEqual([]);
  });

  test('five sequential 3 s requests: response time 3 s each, done on average 9 s after the start', async ({
    page,
  }) => {
    await gotoApp(page, { strategy: 'sequential', overhead: 0, 'request-cpu': 0 });
    await expect(stat(page, 'Response time (send → answer)')).toHaveAttribute('data-raw', '3000');
    await expect(stat(page, 'Time to completion (from start)')).toHaveAttribute('data-raw', '9000');
    await expect(page.locator('.summary')).not.toContainText('latency');
  });

  test('a walk-through step shows the code of the task its caption is about', async ({ page }) => {
    await gotoApp(page, { strategy: 'task-lifecycle' });
    for (let i = 0; i < 4; i++) await page.locator('.walkthrough__next').click();
    const caption = await page.locator('.walkthrough__caption').innerText();
    const subject = /task \d+/i.exec(caption.replace(/^[\d,.]+ m?s\s*/, ''))?.[0] ?? '';
    expect(subject).not.toBe('');
    await expect(panel(page).locator('.py-state__note')).toContainText(subject.toLowerCase());
  });
});
